import type { FigureKind, Scope } from "../knowledge/index.js";
import type { PeriodPart } from "./understand/period-part.js";
import type { Term } from "./understand/question.js";
import type { Citation, Intent } from "./types.js";
import { OldestFirst } from "./oldest-first.js";

/** What a question asked of a figure, kept so that a follow-up ("còn Kiên Giang?", "năm 2021?") can ask it again. */
export interface Ask {
  readonly measure: readonly Term[];
  readonly counted: readonly string[] | null;
  readonly kind: FigureKind | null;
  readonly change: boolean;
  readonly index: string | null;
  readonly goal: boolean;
  readonly scope: Scope | null;
  readonly place: string | null;
  readonly year: number | null;
  /** The part of that year asked ("11 tháng", "quý III"); absent in states kept before it was. */
  readonly part?: PeriodPart | null;
  readonly label: string;
}

/** What a conversation remembers between turns. */
export interface DialogState {
  /** Former provinces the last answer was about. */
  readonly provinces: readonly string[];
  /** What the last figure, comparison or ranking asked, if any. */
  readonly ask: Ask | null;
  readonly intent: Intent;
  /** Year of the last figure shown, for "năm trước thì sao?". */
  readonly year: number | null;
  /** Facts the last answers showed, so "chi tiết hơn" shows others; at most {@link SHOWN_KEPT}. */
  readonly shownFactIds: readonly string[];
  /** Citations of the last answer with sources, for "nguồn?". */
  readonly citations: readonly Citation[];
}

/** Facts remembered as shown, the newest kept: "chi tiết hơn" pages through a few dozen at most. */
export const SHOWN_KEPT = 60;

/**
 * Where conversation state lives, per chat. The core needs only these two calls; an
 * in-memory store comes here, a Redis one with the server.
 */
export interface ConversationStore {
  get(chatId: string): Promise<DialogState | undefined>;
  set(chatId: string, state: DialogState): Promise<void>;
}

/** How long a conversation's context is kept after its last turn, unless set otherwise: 30 minutes. */
export const DEFAULT_CONTEXT_TTL_MS = 30 * 60_000;

/** Options of {@link MemoryConversationStore}. */
export interface MemoryStoreOptions {
  /** A conversation is forgotten this long after its last turn. Default {@link DEFAULT_CONTEXT_TTL_MS}. */
  readonly ttlMs?: number;
  /** At most this many conversations are kept; the least recently used goes first. Default 10 000. */
  readonly maxChats?: number;
  /** Clock, injectable for tests. Default Date.now. */
  readonly now?: () => number;
}

/** Conversation state in memory, bounded by age (TTL) and count (LRU). */
export class MemoryConversationStore implements ConversationStore {
  private readonly entries = new Map<string, { state: DialogState; at: number }>();
  private readonly oldest = new OldestFirst(this.entries);
  private readonly ttlMs: number;
  private readonly maxChats: number;
  private readonly now: () => number;

  constructor(options: MemoryStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_CONTEXT_TTL_MS;
    this.maxChats = options.maxChats ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  async get(chatId: string): Promise<DialogState | undefined> {
    const e = this.entries.get(chatId);
    if (!e) return undefined;
    if (this.now() - e.at > this.ttlMs) {
      this.entries.delete(chatId);
      return undefined;
    }
    // Map keeps insertion order: re-inserting marks it most recently used.
    this.entries.delete(chatId);
    this.entries.set(chatId, e);
    return e.state;
  }

  async set(chatId: string, state: DialogState): Promise<void> {
    this.entries.delete(chatId);
    this.entries.set(chatId, { state, at: this.now() });
    this.oldest.trim(this.maxChats);
  }

  /** Number of conversations held. */
  get size(): number {
    return this.entries.size;
  }
}
