import { setTimeout as sleep } from "node:timers/promises";

/** How long a channel's stop waits for the replies under way before cancelling them: 15 s. */
export const DRAIN_MS = 15_000;

/**
 * Messages being answered after their webhook was acknowledged: one chat's messages in the order
 * they came (a follow-up needs the answer before it), different chats side by side, and all of
 * them tracked so that a stop waits for them.
 */
export class ChatWork {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly running = new Set<Promise<void>>();

  /**
   * Runs `task` after the tasks already queued for `chat`; a failure it lets out goes to
   * `onError` (the task's own, so that it is logged where the task's other lines are).
   */
  enqueue(chat: string, task: () => Promise<void>, onError: (e: unknown) => void): void {
    const run = (this.tails.get(chat) ?? Promise.resolve()).then(task).catch(onError);
    this.tails.set(chat, run);
    this.running.add(run);
    void run.finally(() => {
      this.running.delete(run);
      if (this.tails.get(chat) === run) this.tails.delete(chat);
    });
  }

  /** Tasks queued or running. */
  get size(): number {
    return this.running.size;
  }

  /** Waits until every task (also those queued meanwhile) is done; false if `deadlineMs` passed first. */
  async drain(deadlineMs: number): Promise<boolean> {
    const timer = new AbortController();
    const deadline = sleep(deadlineMs, false, { signal: timer.signal }).catch(() => false);
    try {
      while (this.running.size) {
        const done = await Promise.race([Promise.allSettled([...this.running]).then(() => true), deadline]);
        if (!done) return false;
      }
      return true;
    } finally {
      timer.abort();
    }
  }
}
