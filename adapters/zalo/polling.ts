import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "pino";
import { BOT_UNAUTHORIZED, POLL_SECONDS, type ZaloBotClient } from "./bot-client.js";
import { errorFields, ZaloApiError } from "./errors.js";
import { DEFAULT_TIMEOUTS } from "../timeouts.js";
import { backoff } from "./http.js";

/** What {@link BotPoller} needs. */
export interface BotPollerOptions {
  readonly client: Pick<ZaloBotClient, "deleteWebhook" | "getUpdates">;
  /** Called with each update as Zalo sent it; must not throw (it queues work and returns). */
  readonly onUpdate: (update: unknown) => void;
  readonly logger: Logger;
  /** First wait after a failed poll, doubled up to 30 s, with jitter. Default 1 s ({@link DEFAULT_TIMEOUTS}). */
  readonly retryWaitMs?: number;
}

/**
 * Long polling for a bot without a public address: `deleteWebhook` first (Zalo serves no updates
 * while a webhook is set), then `getUpdates` in a loop — one update per call, 408 (nothing came)
 * is just the next call, failures wait longer each time. A refused token stops it, said once.
 * {@link stop} cancels the call being held and resolves when the loop has ended.
 */
export class BotPoller {
  private readonly abort = new AbortController();
  private loop: Promise<void> | null = null;

  constructor(private readonly options: BotPollerOptions) {}

  start(): void {
    this.loop ??= this.run().catch((e: unknown) => this.options.logger.error({ error: errorFields(e) }, "Zalo Bot polling ended"));
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { client, onUpdate, logger } = this.options;
    const signal = this.abort.signal;
    const pollBackoff = { retries: 0, baseDelayMs: this.options.retryWaitMs ?? DEFAULT_TIMEOUTS.zaloPollRetryWaitMs, maxDelayMs: 30_000 };
    let failures = 0;
    let webhookDeleted = false;
    while (!signal.aborted) {
      try {
        if (!webhookDeleted) {
          await client.deleteWebhook({ signal });
          webhookDeleted = true;
          logger.info("Zalo Bot long polling started");
        }
        const update = await client.getUpdates(POLL_SECONDS, signal);
        failures = 0;
        if (update !== null) onUpdate(update);
      } catch (e) {
        if (signal.aborted) return;
        if (e instanceof ZaloApiError && e.code === BOT_UNAUTHORIZED) {
          logger.error({ error: errorFields(e) }, "Zalo Bot token refused (401): polling stopped; check ZALO_BOT_TOKEN and restart");
          return;
        }
        const wait = backoff(failures++, pollBackoff);
        logger.warn({ error: errorFields(e), retryInMs: wait }, "Zalo Bot polling failed, trying again");
        await sleep(wait, undefined, { signal }).catch(() => undefined);
      }
    }
  }
}
