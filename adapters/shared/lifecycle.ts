import type { Logger } from "pino";
import { ChatWork } from "./work.js";

/** How long a channel's stop waits for the replies under way before cancelling them: 15 s. */
const DRAIN_MS = 15_000;

/** After cancelling, how long the cancelled work is given to end: 5 s. */
const CANCELLED_MS = 5000;

/** Options of {@link ChannelLifecycle}. */
export interface LifecycleOptions {
  /** The product as the log names it: "Zalo OA", "Telegram". */
  readonly product: string;
  readonly logger: Logger;
  /** Longest wait at stop for the work in hand. Default {@link DRAIN_MS}. */
  readonly drainMs?: number;
  /**
   * Whether work still in hand past the wait is cancelled (the channel's outgoing calls, which
   * take {@link ChannelLifecycle.abort}'s signal, are aborted) or left unfinished (a channel whose
   * client takes no such signal). Default true.
   */
  readonly cancelLate?: boolean;
}

/** What a channel does at stop, around the wait for its work. */
export interface StopSteps {
  /** Stops taking work (a poller, a runner); before the wait. */
  readonly intake?: () => Promise<void>;
  /** Frees what the channel holds (connections, a start still retrying); after the wait. */
  readonly release?: () => Promise<void>;
}

/**
 * The life of a channel after it started: its work (one queue per chat, every task tracked), the
 * signal that cancels its outgoing calls, and a stop that runs once: stop taking work, wait for
 * the work in hand, cancel what outlasts the wait (said in the log), free the rest.
 */
export class ChannelLifecycle {
  /** Messages being answered, per chat. */
  readonly work = new ChatWork();
  /** Aborted at stop when replies outlast the wait. */
  readonly abort = new AbortController();
  private stopping: Promise<void> | null = null;

  constructor(private readonly options: LifecycleOptions) {}

  /** True once {@link stop} was called: webhooks answer 503, so the platform delivers again elsewhere. */
  get stopped(): boolean {
    return this.stopping !== null;
  }

  /** Resolves once no work is queued or in flight (false if `ms` passed first). */
  settled(ms = 30_000): Promise<boolean> {
    return this.work.drain(ms);
  }

  /** Stops the channel with `steps`; later calls get the first call's promise. */
  stop(steps: StopSteps = {}): Promise<void> {
    return (this.stopping ??= this.shutdown(steps));
  }

  private async shutdown(steps: StopSteps): Promise<void> {
    const { product, logger, drainMs = DRAIN_MS, cancelLate = true } = this.options;
    await steps.intake?.();
    if (!(await this.work.drain(drainMs))) {
      logger.warn({ inHand: this.work.size, waitedMs: drainMs }, `${product} work still in hand at stop: ${cancelLate ? "cancelled" : "left unfinished"}`);
      if (cancelLate) {
        this.abort.abort();
        await this.work.drain(CANCELLED_MS);
      }
    }
    await steps.release?.();
  }
}
