import { MemoryConversationStore, type ConversationStore } from "../../bot/index.js";

/**
 * What the instances of the service share: conversation context, delivery de-duplication and
 * per-chat rate-limit counters. One instance keeps
 * them in memory ({@link MemoryState}); several share them through Redis (`RedisState`).
 */
export interface SharedState {
  readonly kind: "memory" | "redis";
  readonly conversations: ConversationStore;
  /**
   * True the first time `key` is claimed within `ttlMs`, false for a repeat: a delivery retried by
   * Telegram or Zalo is processed once, whichever instance it reaches.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Counts one hit on `key` in a fixed window of `windowMs`; returns the hits in the window so far. */
  hit(key: string, windowMs: number): Promise<number>;
  /** Whether the shared part is reachable now (always true in memory). */
  healthy(): boolean;
  close(): Promise<void>;
}

/** Options of {@link MemoryState}. */
export interface MemoryStateOptions {
  /** Conversation context lifetime. Default: the core's `DEFAULT_CONTEXT_TTL_MS`, 30 minutes. */
  readonly contextTtlMs?: number;
  /** Clock. Default Date.now. */
  readonly now?: () => number;
  /** Most keys of each kind kept (claims, counters); the oldest go first. Default 100 000. */
  readonly maxKeys?: number;
}

/** Expiring keys in a Map, bounded in count; Map order is insertion order, so the oldest go first. */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();
  constructor(
    private readonly now: () => number,
    private readonly maxKeys: number,
  ) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  set(key: string, value: V, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, until: this.now() + ttlMs });
    while (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Like {@link get}, keeping the expiry; for counters. */
  expiryOf(key: string): number | undefined {
    return this.get(key) === undefined ? undefined : this.entries.get(key)!.until;
  }
}

/** Shared state of a single instance, in memory. */
export class MemoryState implements SharedState {
  readonly kind = "memory";
  readonly conversations: ConversationStore;
  private readonly claims: ExpiringMap<true>;
  private readonly counters: ExpiringMap<number>;
  private readonly now: () => number;

  constructor(options: MemoryStateOptions = {}) {
    this.now = options.now ?? Date.now;
    const maxKeys = options.maxKeys ?? 100_000;
    this.conversations = new MemoryConversationStore({ ttlMs: options.contextTtlMs, now: this.now });
    this.claims = new ExpiringMap(this.now, maxKeys);
    this.counters = new ExpiringMap(this.now, maxKeys);
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (this.claims.get(key)) return false;
    this.claims.set(key, true, ttlMs);
    return true;
  }

  async hit(key: string, windowMs: number): Promise<number> {
    const until = this.counters.expiryOf(key);
    const count = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, count, until === undefined ? windowMs : until - this.now());
    return count;
  }

  healthy(): boolean {
    return true;
  }

  async close(): Promise<void> {}
}
