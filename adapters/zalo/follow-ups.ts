import type { Logger } from "pino";
import type { Suggestion } from "../../bot/index.js";
import { RedisState } from "../runtime/redis-state.js";
import { ExpiringMap, type SharedState } from "../runtime/state.js";

/** What a follow-up sends when picked: its words and, for a command ("Nguồn?"), the command. */
export type FollowUp = Pick<Suggestion, "text" | "command">;

/**
 * The follow-up questions last offered in each chat, so that a reply "2" asks the second one.
 * Kept as long as a conversation's context, in Redis when the service shares its state there
 * (any instance may get the reply), in this instance's memory otherwise — and in memory too while
 * Redis is unreachable. Zalo has no buttons in a plain-text chat: numbers are the buttons.
 */
export class FollowUps {
  private readonly local: ExpiringMap<readonly FollowUp[]>;

  constructor(
    private readonly state: SharedState,
    private readonly ttlMs: number,
    private readonly logger: Logger,
    now: () => number = Date.now,
  ) {
    this.local = new ExpiringMap(now, 50_000);
  }

  /** Remembers the questions offered in `chat` now (none: forgets the earlier ones). */
  async remember(chat: string, questions: readonly FollowUp[]): Promise<void> {
    this.local.set(chat, questions, this.ttlMs);
    const shared = this.shared(chat);
    if (!shared) return;
    await (questions.length ? shared.redis.set(shared.key, JSON.stringify(questions), "PX", this.ttlMs) : shared.redis.del(shared.key)).catch((e: Error) =>
      this.logger.debug({ error: { message: e.message } }, "follow-up questions kept in memory only"),
    );
  }

  /**
   * The question a reply picks: "2" (or "2." / "số 2") → the second question last offered in
   * `chat`; null when the reply is not such a number or nothing was offered.
   */
  async pick(chat: string, reply: string): Promise<FollowUp | null> {
    const m = /^\s*(?:số\s*)?(\d{1,2})\s*[.)]?\s*$/iu.exec(reply.normalize("NFC"));
    if (!m) return null;
    const offered = await this.recall(chat);
    return offered[Number(m[1]) - 1] ?? null;
  }

  private async recall(chat: string): Promise<readonly FollowUp[]> {
    const shared = this.shared(chat);
    if (shared) {
      try {
        const json = await shared.redis.get(shared.key);
        return json ? (JSON.parse(json) as FollowUp[]) : [];
      } catch (e) {
        this.logger.debug({ error: { message: (e as Error).message } }, "follow-up questions read from memory");
      }
    }
    return this.local.get(chat) ?? [];
  }

  private shared(chat: string) {
    return this.state instanceof RedisState && this.state.healthy() ? { redis: this.state.redis, key: this.state.key("zalo-follow-ups", chat) } : null;
  }
}
