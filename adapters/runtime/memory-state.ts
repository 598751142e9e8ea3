import type { Logger } from "pino";
import { MemoryConversationStore, OldestFirst, type ConversationStore } from "../../bot/index.js";
import type { Deliveries, FollowUp, Hits, KeptLists, KeptPictures, RateCounters, SharedState } from "./state.js";
import { FileTokenStore, type TokenStore } from "./token-store.js";
import { FileUnansweredLog, type UnansweredLog, type UnansweredLogOptions } from "./unanswered.js";

/** Options of {@link MemoryState}. */
export interface MemoryStateOptions {
  /** Conversation context lifetime. Default: the core's `DEFAULT_CONTEXT_TTL_MS`, 30 minutes. */
  readonly contextTtlMs?: number;
  /** Clock. Default Date.now. */
  readonly now?: () => number;
  /** Most keys of each kind kept (claims, counters, suggestion lists); the oldest go first. Default 100 000. */
  readonly maxKeys?: number;
}

/** Chart pictures kept at most: a picture weighs tens of kilobytes, and Zalo fetches it within seconds. */
const MAX_PICTURES = 200;

/** Expiring keys in a Map, bounded in count; Map order is insertion order, so the oldest go first. */
class ExpiringMap<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();
  private readonly oldest = new OldestFirst(this.entries);
  constructor(
    private readonly now: () => number,
    private readonly maxKeys: number,
  ) {}

  get(key: string): V | undefined {
    return this.live(key)?.value;
  }

  /** A key's value and expiry, while it lives; the value may be changed in place. */
  live(key: string): { value: V; readonly until: number } | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  set(key: string, value: V, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, until: this.now() + ttlMs });
    this.oldest.trim(this.maxKeys);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

/**
 * The state of a single instance: in memory, and in files for what must outlive a restart (the
 * token pair, the unanswered questions). Also what stands in for Redis while it is down.
 */
export class MemoryState implements SharedState {
  readonly kind = "memory";
  readonly conversations: ConversationStore;
  readonly deliveries: Deliveries;
  readonly rates: RateCounters;
  readonly suggestions: KeptLists;
  readonly charts: KeptPictures;

  constructor(options: MemoryStateOptions = {}) {
    const now = options.now ?? Date.now;
    const maxKeys = options.maxKeys ?? 100_000;
    this.conversations = new MemoryConversationStore({ ttlMs: options.contextTtlMs, now });
    this.deliveries = memoryDeliveries(new ExpiringMap(now, maxKeys));
    this.rates = memoryRates(new ExpiringMap(now, maxKeys), now);
    this.suggestions = memoryLists(new ExpiringMap(now, maxKeys));
    const pictures = new ExpiringMap<Buffer>(now, MAX_PICTURES);
    this.charts = { put: async (id, png, ttlMs) => pictures.set(id, png, ttlMs), get: async (id) => pictures.get(id) };
  }

  tokens(options: { readonly file: string; readonly logger: Logger }): TokenStore {
    return new FileTokenStore(options.file, options.logger);
  }

  unansweredLog(options: UnansweredLogOptions & { readonly file: string }): UnansweredLog {
    return new FileUnansweredLog(options.file, options);
  }

  healthy(): boolean {
    return true;
  }

  async ready(): Promise<void> {}

  async close(): Promise<void> {}
}

function memoryDeliveries(claims: ExpiringMap<true>): Deliveries {
  return {
    claim: async (key, ttlMs) => {
      if (claims.get(key)) return false;
      claims.set(key, true, ttlMs);
      return true;
    },
  };
}

function memoryRates(counters: ExpiringMap<number>, now: () => number): RateCounters {
  return {
    hit: async (key, windowMs): Promise<Hits> => {
      // Counted up in place: a fixed window's expiry never moves, and setting the key again
      // would leave a deleted slot in the map at every request.
      const counter = counters.live(key);
      if (!counter) {
        counters.set(key, 1, windowMs);
        return { count: 1, resetInMs: windowMs };
      }
      counter.value += 1;
      return { count: counter.value, resetInMs: counter.until - now() };
    },
  };
}

function memoryLists(lists: ExpiringMap<readonly FollowUp[]>): KeptLists {
  return {
    keep: async (key, items, ttlMs) => (items.length ? lists.set(key, items, ttlMs) : lists.delete(key)),
    get: async (key) => lists.get(key),
  };
}
