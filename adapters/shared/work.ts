import { setTimeout as sleep } from "node:timers/promises";

/**
 * Messages being answered: one chat's messages in the order they came (a follow-up needs the
 * answer before it), different chats side by side, and all of them tracked so that a stop waits
 * for them.
 */
export class ChatWork {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly running = new Set<Promise<void>>();

  /**
   * Runs `task` after the tasks already queued for `chat`; a failure it lets out goes to
   * `onError` (the task's own, so that it is logged where the task's other lines are).
   */
  enqueue(chat: string, task: () => Promise<void>, onError: (e: unknown) => void): void {
    void this.run(chat, task).catch(onError);
  }

  /**
   * Runs `task` after the tasks already queued for `chat`; resolves or rejects as it does, for a
   * caller that waits for its own task (a Telegram webhook answered once the update is handled).
   */
  run(chat: string, task: () => Promise<void>): Promise<void> {
    const run = (this.tails.get(chat) ?? Promise.resolve()).then(task);
    // The next task of the chat follows this one whether it succeeded or not.
    const tail = run.catch(() => undefined);
    this.tails.set(chat, tail);
    this.running.add(tail);
    void tail.finally(() => {
      this.running.delete(tail);
      if (this.tails.get(chat) === tail) this.tails.delete(chat);
    });
    return run;
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
