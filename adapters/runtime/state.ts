import type { Logger } from "pino";
import type { ConversationStore, Suggestion } from "../../bot/index.js";
import type { Timeouts } from "../timeouts.js";
import { FallbackState } from "./fallback-state.js";
import { MemoryState } from "./memory-state.js";
import { RedisState } from "./redis-state.js";
import type { TokenStore } from "./token-store.js";
import type { UnansweredLog, UnansweredLogOptions } from "./unanswered.js";

/**
 * What the instances of the service share, by namespace. One instance keeps it in memory (and in
 * files, for what must outlive a restart: {@link MemoryState}); several share it through Redis
 * ({@link FallbackState} over `RedisState`, this instance's memory standing in while Redis is
 * down). Features ask for a namespace and never learn which backend answers: adding a backend
 * touches the state modules only.
 */
export interface SharedState {
  /** "redis" when REDIS_URL is set (for /readyz), whichever backend answers at the moment. */
  readonly kind: "memory" | "redis";
  /** Each conversation's context, by chat. */
  readonly conversations: ConversationStore;
  /** Deliveries already seen: a retry by Telegram or Zalo is processed once, whichever instance it reaches. */
  readonly deliveries: Deliveries;
  /** Fixed-window counters: the per-chat and per-address limits. */
  readonly rates: RateCounters;
  /** Follow-ups offered under an answer (words and command), for buttons and numbered replies. */
  readonly suggestions: KeptLists;
  /** Chart pictures the server hosts for a platform to fetch. */
  readonly charts: KeptPictures;
  /** Where a channel's token pair survives restarts: `file` alone, or Redis when the state is shared. */
  tokens(options: { readonly name: string; readonly file: string; readonly logger: Logger }): TokenStore;
  /** The questions the bot could not answer: counted in `file` alone, or in Redis when shared. */
  unansweredLog(options: UnansweredLogOptions & { readonly file: string }): UnansweredLog;
  /** Whether the shared part is reachable now (always true in memory). */
  healthy(): boolean;
  /** Resolves once the shared part answers (memory: at once); rejects after `timeoutMs`, by default the `redisStartMs` timeout (REDIS_START_WAIT_MS, 5 s). */
  ready(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Delivery ids claimed once. */
export interface Deliveries {
  /** True the first time `key` is claimed within `ttlMs`, false for a repeat. */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/** One counter's state after a hit. */
export interface Hits {
  /** Hits in the window so far, this one included. */
  readonly count: number;
  /** Until the window ends. */
  readonly resetInMs: number;
}

/** Counters in fixed windows that start at their first hit. */
export interface RateCounters {
  /** Counts one hit on `key` in a window of `windowMs`. */
  hit(key: string, windowMs: number): Promise<Hits>;
}

/** What a follow-up sends when tapped or picked: its words and, for a command ("Nguồn?"), the command. */
export type FollowUp = Pick<Suggestion, "text" | "command">;

/** Lists of follow-ups kept for a while under a key. */
export interface KeptLists {
  /** Keeps `items` under `key` for `ttlMs`; an empty list forgets the key. */
  keep(key: string, items: readonly FollowUp[], ttlMs: number): Promise<void>;
  /** The list under `key`; undefined once expired, forgotten or never kept. */
  get(key: string): Promise<readonly FollowUp[] | undefined>;
}

/** Pictures kept for a while under an id. */
export interface KeptPictures {
  put(id: string, png: Buffer, ttlMs: number): Promise<void>;
  /** The picture under `id`; undefined once expired or never kept. */
  get(id: string): Promise<Buffer | undefined>;
}

/** What {@link openState} needs. */
export interface StateOptions {
  /** `redis://…` or `rediss://…` to share the state; null for one instance on its own. */
  readonly redisUrl: string | null;
  /** Conversation context lifetime. */
  readonly contextTtlMs: number;
  /** Waits on Redis (connecting, each reply, between reconnections, at start). Default: production's. */
  readonly timeouts?: Pick<Timeouts, "redisConnectMs" | "redisCommandMs" | "redisReconnectMaxMs" | "redisStartMs">;
  readonly logger: Logger;
}

/** The state the settings ask for: in memory, or in Redis with this instance's memory standing in. */
export function openState(options: StateOptions): SharedState {
  const local = new MemoryState({ contextTtlMs: options.contextTtlMs });
  if (!options.redisUrl) return local;
  const shared = new RedisState({ url: options.redisUrl, contextTtlMs: options.contextTtlMs, timeouts: options.timeouts });
  return new FallbackState(shared, local, options.logger);
}
