import type { Citation, Intent } from "./types.js";

/** What a conversation remembers between turns. */
export interface DialogState {
  /** Former provinces the last answer was about. */
  readonly provinces: readonly string[];
  /** The last topic asked (the question without its provinces, as typed), if any. */
  readonly query: string | null;
  readonly intent: Intent;
  /** Facts the last answers showed, so "chi tiết hơn" shows others. */
  readonly shownFactIds: readonly string[];
  /** Citations of the last answer with sources, for "nguồn?". */
  readonly citations: readonly Citation[];
}

/**
 * Where conversation state lives, per chat. The core needs only these two calls; an
 * in-memory store comes here, a Redis one with the server.
 */
export interface ConversationStore {
  get(chatId: string): Promise<DialogState | undefined>;
  set(chatId: string, state: DialogState): Promise<void>;
}

/** Options of {@link MemoryConversationStore}. */
export interface MemoryStoreOptions {
  /** A conversation is forgotten this long after its last turn. Default 30 minutes. */
  readonly ttlMs?: number;
  /** At most this many conversations are kept; the least recently used goes first. Default 10 000. */
  readonly maxChats?: number;
  /** Clock, injectable for tests. Default Date.now. */
  readonly now?: () => number;
}

/** Conversation state in memory, bounded by age (TTL) and count (LRU). */
export class MemoryConversationStore implements ConversationStore {
  private readonly entries = new Map<string, { state: DialogState; at: number }>();
  private readonly ttlMs: number;
  private readonly maxChats: number;
  private readonly now: () => number;

  constructor(options: MemoryStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 30 * 60_000;
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
    while (this.entries.size > this.maxChats) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Number of conversations held. */
  get size(): number {
    return this.entries.size;
  }
}
