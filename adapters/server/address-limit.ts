import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { RateCounters } from "../runtime/state.js";

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type ChildOptions = Parameters<FastifyRateLimitStore["child"]>[0];

// The plugin's store interface over the state's counters, in fixed windows as the plugin's
// default: neither extended nor backed off past the limit.
class CountersStore implements FastifyRateLimitStore {
  constructor(
    private readonly rates: RateCounters,
    private readonly prefix: string,
  ) {}

  incr(key: string, callback: Callback, timeWindow: number): void {
    this.rates.hit(`${this.prefix}${key}`, timeWindow).then(
      (h) => callback(null, { current: h.count, ttl: h.resetInMs }),
      (e: Error) => callback(e),
    );
  }

  // A route with a limit of its own counts apart (none has one today; the plugin requires it).
  // The plugin passes the route's merged limit settings, not the route options its types say.
  child(routeOptions: ChildOptions): FastifyRateLimitStore {
    const { method, url } = (routeOptions as unknown as { routeInfo: { method: string; url: string } }).routeInfo;
    return new CountersStore(this.rates, `${this.prefix}${method}${url}-`);
  }
}

/**
 * The per-address limit's counters: the state's, so shared by every instance through Redis, and
 * kept in this process while Redis is unreachable or hangs, so the limit holds through an outage
 * (the plugin's own Redis store, with `skipOnError`, let every request through then).
 */
export function addressCounters(rates: RateCounters): FastifyRateLimitStoreCtor {
  return class {
    constructor() {
      return new CountersStore(rates, "ip:");
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
