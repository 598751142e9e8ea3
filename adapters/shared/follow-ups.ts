import { randomBytes } from "node:crypto";
import type { FollowUp, KeptLists } from "../runtime/state.js";

export type { FollowUp } from "../runtime/state.js";

/**
 * The follow-ups offered under an answer, each its words and, for a command ("Nguồn?"), the
 * command it sends, kept in the state's `suggestions` (shared between instances where the state
 * is: any instance may get the tap or the reply) so that a button or a typed number asks them. A
 * channel offers them under the chat (Zalo: the reply "2" picks from what was offered last there)
 * or under a new id (Telegram: a button carries only an id, and an older answer's buttons keep
 * working).
 */
export class FollowUps {
  constructor(
    private readonly lists: KeptLists,
    /** How long a follow-up stays offered. */
    private readonly ttlMs: number,
    /** Keeps each channel's keys apart: "zalo-oa", "telegram". */
    private readonly channel: string,
  ) {}

  /** Offers `followUps` under `key` (none: forgets those offered before). */
  async offer(key: string, followUps: readonly FollowUp[]): Promise<void> {
    await this.lists.keep(this.keyOf(key), followUps.map(sent), this.ttlMs);
  }

  /** Offers `followUps` under a new random id, short enough for any button; returns the id. */
  async offerAnew(followUps: readonly FollowUp[]): Promise<string> {
    const id = randomBytes(6).toString("base64url");
    await this.offer(id, followUps);
    return id;
  }

  /** Follow-up `index` (from 0) of those offered under `key`: its words and command; undefined once expired or unknown. */
  async question(key: string, index: number): Promise<FollowUp | undefined> {
    return (await this.lists.get(this.keyOf(key)))?.[index];
  }

  private keyOf(key: string): string {
    return `${this.channel}:${key}`;
  }
}

// What is kept of a follow-up: its words and command, nothing else a caller's object carries (a
// suggestion's label).
function sent(f: FollowUp): FollowUp {
  return f.command ? { text: f.text, command: f.command } : { text: f.text };
}
