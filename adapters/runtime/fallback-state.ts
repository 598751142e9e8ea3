import type { Logger } from "pino";
import type { MemoryState } from "./memory-state.js";
import type { RedisState } from "./redis-state.js";
import type { SharedState } from "./state.js";
import type { TokenStore } from "./token-store.js";
import type { UnansweredLog, UnansweredLogOptions } from "./unanswered.js";

/**
 * What each method of a namespace does: a `write` goes to the backend in use; a `read` asks the
 * backend in use and, when Redis has nothing, this instance's memory too, which may hold what was
 * kept while Redis was down (the conversation continued meanwhile, a button offered then).
 */
type Roles<T> = { readonly [K in keyof T]: "read" | "write" };

type Call = (...args: unknown[]) => Promise<unknown>;

/**
 * The shared state in Redis while it answers, and this instance's memory while it does not
 * (unreachable, failing, or hung past its command timeout): the service keeps answering, the
 * outage said once in the log, its end too. Callers see one {@link SharedState} and never learn
 * which backend answered.
 */
export class FallbackState implements SharedState {
  readonly kind = "redis";
  readonly conversations: SharedState["conversations"];
  readonly deliveries: SharedState["deliveries"];
  readonly rates: SharedState["rates"];
  readonly suggestions: SharedState["suggestions"];
  readonly charts: SharedState["charts"];
  private degraded = false;

  constructor(
    private readonly shared: RedisState,
    private readonly local: MemoryState,
    private readonly logger: Logger,
  ) {
    shared.redis.on("error", (e: Error) => this.down(e));
    shared.redis.on("ready", () => this.up());
    this.conversations = this.namespace("conversations", { get: "read", set: "write" });
    this.deliveries = this.namespace("deliveries", { claim: "write" });
    this.rates = this.namespace("rates", { hit: "write" });
    this.suggestions = this.namespace("suggestions", { keep: "write", get: "read" });
    this.charts = this.namespace("charts", { put: "write", get: "read" });
  }

  /**
   * Redis's alone, with no stand-in: a refresh token is single-use, and a pair saved in one
   * instance's file while Redis is down would be spent again by the others. A refresh fails until
   * Redis is back (the access token in hand keeps serving meanwhile).
   */
  tokens(options: { readonly name: string; readonly file: string; readonly logger: Logger }): TokenStore {
    return this.shared.tokens(options);
  }

  /** Redis's, which keeps the counts made during an outage and adds them when it is back. */
  unansweredLog(options: UnansweredLogOptions & { readonly file: string }): UnansweredLog {
    return this.shared.unansweredLog(options);
  }

  healthy(): boolean {
    return this.shared.healthy();
  }

  ready(timeoutMs?: number): Promise<void> {
    return this.shared.ready(timeoutMs);
  }

  async close(): Promise<void> {
    await this.shared.close();
    await this.local.close();
  }

  // One namespace with each method of `roles` falling back; the roles list every method, so a
  // method added to a namespace's interface does not compile until it is given one.
  private namespace<N extends "conversations" | "deliveries" | "rates" | "suggestions" | "charts">(name: N, roles: Roles<SharedState[N]>): SharedState[N] {
    const calls = {} as Record<string, Call>;
    const sharedNs = this.shared[name] as unknown as Record<string, Call>;
    const localNs = this.local[name] as unknown as Record<string, Call>;
    for (const [method, role] of Object.entries(roles) as [string, "read" | "write"][]) {
      // Bound: a namespace may be a class instance (the conversations in memory).
      const shared = sharedNs[method]!.bind(sharedNs);
      const local = localNs[method]!.bind(localNs);
      calls[method] = (...args) =>
        this.use(
          role === "write" ? () => shared(...args) : async () => (await shared(...args)) ?? local(...args),
          () => local(...args),
        );
    }
    return calls as unknown as SharedState[N];
  }

  // `shared` while Redis answers; `local` when it is unreachable, fails or hangs.
  private async use<T>(shared: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    if (!this.shared.healthy()) {
      this.down(new Error(`Redis connection is ${this.shared.redis.status}`));
      return local();
    }
    try {
      return await shared();
    } catch (e) {
      this.down(e as Error);
      this.shared.failed(e as Error);
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
