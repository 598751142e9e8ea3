import { randomBytes } from "node:crypto";
import type { KeptLists } from "../runtime/state.js";

/**
 * The follow-up questions offered under an answer, kept in the state's `suggestions` (shared
 * between instances where the state is: any instance may get the tap or the reply) so that a
 * button or a typed number asks them. A channel offers them under the chat (Zalo: the reply "2"
 * picks from what was offered last there) or under a new id (Telegram: a button carries only an
 * id, and an older answer's buttons keep working).
 */
export class FollowUps {
  constructor(
    private readonly lists: KeptLists,
    /** How long a question stays offered. */
    private readonly ttlMs: number,
    /** Keeps each channel's keys apart: "zalo-oa", "telegram". */
    private readonly channel: string,
  ) {}

  /** Offers `questions` under `key` (none: forgets those offered before). */
  async offer(key: string, questions: readonly string[]): Promise<void> {
    await this.lists.keep(this.keyOf(key), questions, this.ttlMs);
  }

  /** Offers `questions` under a new random id, short enough for any button; returns the id. */
  async offerAnew(questions: readonly string[]): Promise<string> {
    const id = randomBytes(6).toString("base64url");
    await this.offer(id, questions);
    return id;
  }

  /** Question `index` (from 0) of those offered under `key`; undefined once expired or unknown. */
  async question(key: string, index: number): Promise<string | undefined> {
    return (await this.lists.get(this.keyOf(key)))?.[index];
  }

  private keyOf(key: string): string {
    return `${this.channel}:${key}`;
  }
}
