import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { FollowUp, KeptLists } from "../runtime/state.js";

export type { FollowUp } from "../runtime/state.js";

/** Follow-ups offered by content ({@link FollowUps.offerByContent}) are written again after this long: 5 minutes. */
export const REWRITE_AFTER_MS = 5 * 60_000;

/**
 * The follow-ups offered under an answer, each its words and, for a command ("Nguồn?"), the
 * command it sends, kept in the state's `suggestions` (shared between instances where the state
 * is: any instance may get the tap or the reply) so that a button or a typed number asks them. A
 * channel offers them under the chat (Zalo: the reply "2" picks from what was offered last there)
 * or under an id made from them (Telegram: a button carries only an id, and an older answer's
 * buttons keep working).
 */
export class FollowUps {
  // Ids offered by content that this instance wrote, and when. The same follow-ups make the same
  // id, so writing them again before REWRITE_AFTER_MS spends a Redis round trip for nothing: on
  // the HTTP bench's realistic mix, one in five of the Telegram webhook's, which answers a few
  // hundred different suggestion lists again and again.
  private readonly written = new LRUCache<string, number>({ max: 10_000 });

  constructor(
    private readonly lists: KeptLists,
    /** How long a follow-up stays offered. */
    private readonly ttlMs: number,
    /** Keeps each channel's keys apart: "zalo-oa", "telegram". */
    private readonly channel: string,
    /** Clock. Default `Date.now`. */
    private readonly now: () => number = Date.now,
  ) {}

  /** Offers `followUps` under `key` (none: forgets those offered before). */
  async offer(key: string, followUps: readonly FollowUp[]): Promise<void> {
    await this.lists.keep(this.keyOf(key), followUps.map(sent), this.ttlMs);
  }

  /**
   * Offers `followUps` under an id made from them (12 characters of their SHA-256, short enough
   * for any button) and returns it. Each offer lasts at least `ttlMs`: written with
   * {@link REWRITE_AFTER_MS} to spare, the same follow-ups are written again only once this
   * instance's last write of them is that old. (Written while Redis was down, they are in this
   * instance's memory only, until it or another instance writes them again: within that spare.)
   */
  async offerByContent(followUps: readonly FollowUp[]): Promise<string> {
    const items = followUps.map(sent);
    const id = createHash("sha256").update(JSON.stringify(items)).digest("base64url").slice(0, 12);
    const now = this.now();
    if (now - (this.written.get(id) ?? -Infinity) < REWRITE_AFTER_MS) return id;
    await this.lists.keep(this.keyOf(id), items, this.ttlMs + REWRITE_AFTER_MS);
    this.written.set(id, now);
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
