import { Redis } from "ioredis";
import type { Logger } from "pino";
import { DEFAULT_CONTEXT_TTL_MS, type ConversationStore, type DialogState } from "../../bot/index.js";
import { DEFAULT_TIMEOUTS, type Timeouts } from "../timeouts.js";
import { MemoryState, type SharedState } from "./state.js";

/** Options of {@link RedisState}. */
export interface RedisStateOptions {
  /** `redis://…` or `rediss://…`. */
  readonly url: string;
  readonly logger: Logger;
  /** Conversation context lifetime. Default {@link DEFAULT_CONTEXT_TTL_MS}, 30 minutes. */
  readonly contextTtlMs?: number;
  /** Prefix of every key, so one Redis can serve other programs too. Default "cds:". */
  readonly prefix?: string;
  /**
   * Waits on Redis: connecting, each reply, between reconnections, at start. Default: production's
   * ({@link DEFAULT_TIMEOUTS}). Without a reply timeout a Redis that stops answering while its
   * connection stays open (a hung server, a network cut without a reset) held every message, and
   * /readyz still said ready.
   */
  readonly timeouts?: Pick<Timeouts, "redisConnectMs" | "redisCommandMs" | "redisReconnectMaxMs" | "redisStartMs">;
}

// INCR and, on the first hit of a window, its expiry, in one step (PEXPIRE … NX needs Redis 7).
const HIT = "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n";

/**
 * Shared state in Redis, so that any number of instances answer as one. When Redis cannot be
 * reached the service keeps answering from this instance's memory (context of earlier turns is
 * lost, said once in the log) and ioredis reconnects by itself; {@link healthy} reports it.
 */
export class RedisState implements SharedState {
  readonly kind = "redis";
  readonly redis: Redis;
  readonly conversations: ConversationStore;
  private readonly local: MemoryState;
  private readonly logger: Logger;
  private readonly prefix: string;
  private readonly startMs: number;
  private degraded = false;

  constructor(options: RedisStateOptions) {
    this.logger = options.logger;
    this.prefix = options.prefix ?? "cds:";
    const ttl = options.contextTtlMs ?? DEFAULT_CONTEXT_TTL_MS;
    const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    this.startMs = timeouts.redisStartMs;
    this.local = new MemoryState({ contextTtlMs: ttl });
    this.redis = new Redis(options.url, {
      // Fail fast while disconnected rather than queue: an answer must not wait for Redis.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: timeouts.redisConnectMs,
      commandTimeout: timeouts.redisCommandMs,
      retryStrategy: (times) => Math.min(times * 200, timeouts.redisReconnectMaxMs),
    });
    this.redis.on("error", (e: Error) => this.down(e));
    this.redis.on("ready", () => this.up());
    this.conversations = {
      get: (chatId) =>
        this.withFallback(
          async () => {
            const json = await this.redis.get(this.key("chat", chatId));
            return json ? (JSON.parse(json) as DialogState) : undefined;
          },
          () => this.local.conversations.get(chatId),
        ),
      set: (chatId, state) =>
        this.withFallback(
          async () => {
            await this.redis.set(this.key("chat", chatId), JSON.stringify(state), "PX", ttl);
          },
          () => this.local.conversations.set(chatId, state),
        ),
    };
  }

  /** Resolves once connected, or rejects after `timeoutMs` (default: the `redisStartMs` timeout, 5 s). */
  async connected(timeoutMs = this.startMs): Promise<void> {
    if (this.redis.status === "ready") return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Redis not reachable within ${timeoutMs} ms`)), timeoutMs);
      this.redis.once("ready", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  claim(key: string, ttlMs: number): Promise<boolean> {
    return this.withFallback(
      async () => (await this.redis.set(this.key("seen", key), "1", "PX", ttlMs, "NX")) === "OK",
      () => this.local.claim(key, ttlMs),
    );
  }

  hit(key: string, windowMs: number): Promise<number> {
    return this.withFallback(
      async () => Number(await this.redis.eval(HIT, 1, this.key("hits", key), windowMs)),
      () => this.local.hit(key, windowMs),
    );
  }

  healthy(): boolean {
    return this.redis.status === "ready";
  }

  async close(): Promise<void> {
    if (this.redis.status === "end") return;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  /** A key of this service: prefix, kind, id. */
  key(kind: string, id: string): string {
    return `${this.prefix}${kind}:${id}`;
  }

  /**
   * `shared` while Redis answers; `local`, this instance's own, when it is unreachable, fails or
   * hangs (the failure said once in the log).
   */
  async withFallback<T>(shared: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    if (this.redis.status !== "ready") {
      this.down(new Error(`Redis connection is ${this.redis.status}`));
      return local();
    }
    try {
      return await shared();
    } catch (e) {
      this.down(e as Error);
      // A connection that no longer answers is dropped: the next calls fall back at once instead
      // of each waiting its own timeout, and ioredis reconnects; its ready check tells when Redis
      // answers again.
      if ((e as Error).message === "Command timed out" && this.redis.status === "ready") this.redis.disconnect(true);
      return local();
    }
  }

  private down(e: Error): void {
    if (this.degraded) return;
    this.degraded = true;
    this.logger.error(
      { err: { message: e.message } },
      "Redis unreachable: answering on; conversation context, de-duplication, chat and address limits are kept in this instance until it returns",
    );
  }

  private up(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.logger.info("Redis reachable again: state is shared anew");
  }
}
