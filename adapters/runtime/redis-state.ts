import { Redis } from "ioredis";
import type { Logger } from "pino";
import { DEFAULT_CONTEXT_TTL_MS, type ConversationStore, type DialogState } from "../../bot/index.js";
import { DEFAULT_TIMEOUTS, type Timeouts } from "../timeouts.js";
import type { Deliveries, FollowUp, KeptLists, KeptPictures, RateCounters, SharedState } from "./state.js";
import { RedisTokenStore, type TokenStore } from "./token-store.js";
import { RedisUnansweredLog, type UnansweredLog, type UnansweredLogOptions } from "./unanswered.js";

/** Options of {@link RedisState}. */
export interface RedisStateOptions {
  /** `redis://…` or `rediss://…`. */
  readonly url: string;
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

// INCR and, on the first hit of a window (or a counter left without one), its expiry, in one
// step (PEXPIRE … NX needs Redis 7); then the hits and the time left.
const HIT =
  "local n = redis.call('INCR', KEYS[1]) local left = redis.call('PTTL', KEYS[1]) if left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) left = tonumber(ARGV[1]) end return {n, left}";

/**
 * The state in Redis, so that any number of instances answer as one. Every call fails when Redis
 * does not answer: {@link FallbackState} puts this instance's memory in its place meanwhile.
 */
export class RedisState implements SharedState {
  readonly kind = "redis";
  readonly redis: Redis;
  readonly conversations: ConversationStore;
  readonly deliveries: Deliveries;
  readonly rates: RateCounters;
  readonly suggestions: KeptLists;
  readonly charts: KeptPictures;
  private readonly prefix: string;
  private readonly startMs: number;

  constructor(options: RedisStateOptions) {
    this.prefix = options.prefix ?? "cds:";
    const ttl = options.contextTtlMs ?? DEFAULT_CONTEXT_TTL_MS;
    const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    this.startMs = timeouts.redisStartMs;
    this.redis = new Redis(options.url, {
      // Fail fast while disconnected rather than queue: an answer must not wait for Redis.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: timeouts.redisConnectMs,
      commandTimeout: timeouts.redisCommandMs,
      retryStrategy: (times) => Math.min(times * 200, timeouts.redisReconnectMaxMs),
    });
    const redis = this.redis;
    // Sent by its digest (EVALSHA; ioredis sends the script once when Redis does not know it),
    // not its text on every message.
    redis.defineCommand("cdsHit", { numberOfKeys: 1, lua: HIT });
    const hit = (key: string, windowMs: number) => (redis as Redis & { cdsHit(key: string, windowMs: number): Promise<[number, number]> }).cdsHit(key, windowMs);
    this.conversations = {
      get: async (chatId) => {
        const json = await redis.get(this.key("chat", chatId));
        return json ? (JSON.parse(json) as DialogState) : undefined;
      },
      set: async (chatId, state) => void (await redis.set(this.key("chat", chatId), JSON.stringify(state), "PX", ttl)),
    };
    this.deliveries = { claim: async (key, ttlMs) => (await redis.set(this.key("seen", key), "1", "PX", ttlMs, "NX")) === "OK" };
    this.rates = {
      hit: async (key, windowMs) => {
        const [count, left] = await hit(this.key("hits", key), windowMs);
        return { count: Number(count), resetInMs: Number(left) };
      },
    };
    this.suggestions = {
      keep: async (key, items, ttlMs) => void (await (items.length ? redis.set(this.key("suggestions", key), JSON.stringify(items), "PX", ttlMs) : redis.del(this.key("suggestions", key)))),
      get: async (key) => {
        const json = await redis.get(this.key("suggestions", key));
        return json ? (JSON.parse(json) as FollowUp[]) : undefined;
      },
    };
    this.charts = {
      put: async (id, png, ttlMs) => void (await redis.set(this.key("chart", id), png, "PX", ttlMs)),
      get: async (id) => (await redis.getBuffer(this.key("chart", id))) ?? undefined,
    };
  }

  tokens(options: { readonly name: string; readonly logger: Logger }): TokenStore {
    return new RedisTokenStore({ redis: this.redis, key: this.key(options.name, "token"), logger: options.logger });
  }

  unansweredLog(options: UnansweredLogOptions): UnansweredLog {
    return new RedisUnansweredLog(this.redis, this.key("unanswered", "questions"), options);
  }

  /** Resolves once connected, or rejects after `timeoutMs` (default: the `redisStartMs` timeout, 5 s). */
  async ready(timeoutMs = this.startMs): Promise<void> {
    if (this.redis.status === "ready") return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Redis not reachable within ${timeoutMs} ms`)), timeoutMs);
      this.redis.once("ready", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  healthy(): boolean {
    return this.redis.status === "ready";
  }

  /**
   * After a command failed with `e`: a connection that no longer answers is dropped, so the next
   * calls fail at once instead of each waiting its own timeout, and ioredis reconnects; its ready
   * check tells when Redis answers again.
   */
  failed(e: Error): void {
    if (e.message === "Command timed out" && this.redis.status === "ready") this.redis.disconnect(true);
  }

  async close(): Promise<void> {
    if (this.redis.status === "end") return;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  /** A key of this service: prefix, kind, id. */
  key(kind: string, id: string): string {
    return `${this.prefix}${kind}:${id}`;
  }
}
