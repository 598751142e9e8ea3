import { setTimeout as sleep } from "node:timers/promises";
import { HttpError, type Transformer } from "grammy";
import { linkedSignal } from "../runtime/abort.js";
import { apiSignal } from "./commands.js";

// grammY types signals as its Node shim's; at run time they are Node's own.
const nodeSignal = (signal: unknown): AbortSignal | undefined => signal as AbortSignal | undefined;

/**
 * Bounds on the bot's outgoing calls, as grammY API transformers. Without them a Bot API call
 * could hold an update, and every later update of its chat, for ever: grammY waits 500 s for an
 * answer by default, and the auto-retry plugin retries a network failure without a limit (3 s,
 * 6 s, 12 s… up to an hour between tries), so a Telegram that hangs or drops connections never
 * let the update fail and be reported.
 */

/**
 * Gives up one attempt of a call after `seconds` (a `getUpdates` long poll: after its own
 * `timeout` plus `seconds`), as an `HttpError` saying so; the retries decide what comes next.
 */
export function attemptTimeout(seconds: number): Transformer {
  return async (prev, method, payload, signal) => {
    const poll = method === "getUpdates" ? Number((payload as { timeout?: unknown }).timeout ?? 0) || 0 : 0;
    const limit = seconds + poll;
    const attempt = linkedSignal([nodeSignal(signal)], limit * 1000);
    try {
      return await prev(method, payload, apiSignal(attempt.signal));
    } catch (e) {
      if (attempt.timedOut) throw new HttpError(`Telegram did not answer '${method}' within ${limit} s`, e);
      throw e;
    } finally {
      attempt.release();
    }
  };
}

/**
 * Retries a call that failed on the network (no answer, connection refused or closed, the
 * attempt timed out) `retries` times, waiting `firstWaitMs` (production: 1 s), then twice as long
 * each time, then lets it fail. `getUpdates` is left to the poller, which retries it on its own.
 */
export function retryNetworkFailures(retries: number, firstWaitMs: number): Transformer {
  return async (prev, method, payload, signal) => {
    for (let tried = 0; ; tried++) {
      try {
        return await prev(method, payload, signal);
      } catch (e) {
        if (!(e instanceof HttpError) || method === "getUpdates" || signal?.aborted || tried >= retries) throw e;
        await sleep(firstWaitMs * 2 ** tried, undefined, { signal: nodeSignal(signal) }).catch(() => {
          throw e;
        });
      }
    }
  };
}

/**
 * Retries a call Telegram refused with a server error (5xx) `retries` times, waiting `firstWaitMs`
 * (production: 3 s), then twice as long each time, then returns the refusal. Here rather than in
 * the auto-retry plugin, whose waits (3 s doubling) cannot be set.
 */
export function retryServerErrors(retries: number, firstWaitMs: number): Transformer {
  return async (prev, method, payload, signal) => {
    for (let tried = 0; ; tried++) {
      const result = await prev(method, payload, signal);
      if (result.ok || result.error_code < 500 || signal?.aborted || tried >= retries) return result;
      const waited = await sleep(firstWaitMs * 2 ** tried, true, { signal: nodeSignal(signal) }).catch(() => false);
      if (!waited) return result;
    }
  };
}
