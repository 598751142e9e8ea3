import { createRequire } from "node:module";
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { RedisState } from "../runtime/redis-state.js";

type Count = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Count) => void;
type ChildOptions = Parameters<FastifyRateLimitStore["child"]>[0];

// The plugin's own two stores (its package exports no types for them): Redis shares the counts
// between instances, the local one (an LRU) keeps them in this process.
const require = createRequire(import.meta.url);
const RedisStore = require("@fastify/rate-limit/store/RedisStore.js") as new (continueExceeding: boolean, exponentialBackoff: boolean, redis: RedisState["redis"], key: string) => FastifyRateLimitStore;
const LocalStore = require("@fastify/rate-limit/store/LocalStore.js") as new (continueExceeding: boolean, exponentialBackoff: boolean) => FastifyRateLimitStore;

const incr = (store: FastifyRateLimitStore, key: string, timeWindow: number, max: number) =>
  new Promise<Count>((resolve, reject) => store.incr(key, (e, r) => (e || !r ? reject(e ?? new Error("no count")) : resolve(r)), timeWindow, max));

class FallbackStore implements FastifyRateLimitStore {
  constructor(
    private readonly state: RedisState,
    private readonly shared: FastifyRateLimitStore,
    private readonly local: FastifyRateLimitStore,
  ) {}

  incr(key: string, callback: Callback, timeWindow: number, max: number): void {
    this.state.withFallback(() => incr(this.shared, key, timeWindow, max), () => incr(this.local, key, timeWindow, max)).then((r) => callback(null, r), (e: Error) => callback(e));
  }

  child(routeOptions: ChildOptions): FastifyRateLimitStore {
    return new FallbackStore(this.state, this.shared.child(routeOptions), this.local.child(routeOptions));
  }
}

/**
 * The per-address limit's counters: in Redis, shared by every instance, and in this process while
 * Redis is unreachable or hangs, so the limit holds through an outage (the plugin's own Redis
 * store, with `skipOnError`, let every request through then).
 */
export function sharedAddressCounters(state: RedisState): FastifyRateLimitStoreCtor {
  // A fixed window, as the plugin's default: neither extended nor backed off past the limit.
  return class {
    constructor() {
      return new FallbackStore(state, new RedisStore(false, false, state.redis, state.key("ip", "")), new LocalStore(false, false));
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
