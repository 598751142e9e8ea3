import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "pino";
import { errors, request, type Dispatcher, type FormData } from "undici";
import { linkedSignal } from "../runtime/abort.js";
import { DEFAULT_TIMEOUTS } from "../timeouts.js";
import { errorFields, ZaloApiError, ZaloNetworkError } from "./errors.js";
import { isObject, parseZaloJson } from "./json.js";

/** When and how often a failed call is tried again. */
export interface RetryPolicy {
  /** Tries after the first. Default 3. */
  readonly retries: number;
  /** First wait; doubled each try, with jitter. Default 500 ms. */
  readonly baseDelayMs: number;
  /** Longest wait. Default 8 s. */
  readonly maxDelayMs: number;
}

/** Default retry policy: 3 more tries, waiting about 0.5, 1 and 2 s. */
export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: DEFAULT_TIMEOUTS.zaloRetryWaitMs, maxDelayMs: 8000 };
/** Default time one call may take, connection to last byte: 10 s. */
export const DEFAULT_TIMEOUT_MS = DEFAULT_TIMEOUTS.zaloCallMs;

/** What a Zalo client is built on. */
export interface ZaloHttpOptions {
  /** undici dispatcher: an `Agent`/`Pool` in production, a `MockAgent` or any dispatcher in tests. */
  readonly dispatcher: Dispatcher;
  /** Per-call timeout. Default {@link DEFAULT_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  /** Aborted when the channel stops: calls in flight and waits between tries end at once. */
  readonly signal?: AbortSignal;
  /** Retries are logged here (warn). */
  readonly logger?: Logger;
}

/** What a caller may give one client method besides its arguments. */
export interface CallOptions {
  /** Cancels the call, its retries and the waits between them (besides the client's own signal). */
  readonly signal?: AbortSignal;
  /**
   * Where the call's retries are logged: the logger of the delivery being answered, so that its
   * lines carry the webhook request's id. Default: the client's own.
   */
  readonly logger?: Logger;
}

/** One HTTP call to Zalo. */
export interface ZaloCall {
  /** The API method, for errors and logs ("message/cs", "sendMessage"). Never the URL: it may hold a token. */
  readonly method: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | FormData;
  /** Overrides the client's timeout (long polling). */
  readonly timeoutMs?: number;
  /** Cancels this call (besides the client's own signal). */
  readonly signal?: AbortSignal;
}

/** Zalo's answer: the HTTP status and the JSON object of the body (null when the body is not one). */
export interface ZaloReply {
  readonly status: number;
  readonly json: Record<string, unknown> | null;
}

/**
 * The HTTP layer both Zalo clients share: POST over an injected undici dispatcher, a timeout per
 * call, JSON read without losing big IDs, and retries with exponential backoff and jitter for
 * the failures worth retrying.
 */
export class ZaloHttp {
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;

  constructor(private readonly options: ZaloHttpOptions) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** One POST; throws {@link ZaloNetworkError} when no answer came back in time. */
  async post(call: ZaloCall): Promise<ZaloReply> {
    // Linked, not AbortSignal.any: the client's signal lives as long as the channel (see linkedSignal).
    const cancel = linkedSignal([this.options.signal, call.signal], call.timeoutMs ?? this.timeoutMs);
    try {
      const res = await request(call.url, {
        method: "POST",
        dispatcher: this.options.dispatcher,
        headers: call.headers,
        body: call.body,
        signal: cancel.signal,
      });
      const text = await res.body.text();
      let json: Record<string, unknown> | null = null;
      try {
        const parsed = parseZaloJson(text);
        json = isObject(parsed) ? parsed : null;
      } catch {
        json = null;
      }
      return { status: res.statusCode, json };
    } catch (e) {
      if (cancel.timedOut) throw new ZaloNetworkError("timeout", call.method, `no answer within ${call.timeoutMs ?? this.timeoutMs} ms`, { cause: e });
      if (cancel.signal.aborted) throw new ZaloNetworkError("aborted", call.method, "cancelled", { cause: e });
      // undici's errors and system errors (ECONNREFUSED, ECONNRESET…) are the network's; anything else is a bug, thrown as is.
      if (e instanceof errors.UndiciError || typeof (e as NodeJS.ErrnoException).code === "string") throw new ZaloNetworkError("network", call.method, (e as Error).message, { cause: e });
      throw e;
    } finally {
      cancel.release();
    }
  }

  /**
   * Runs `attempt` until it succeeds, fails for good, or the tries run out: network failures,
   * timeouts, HTTP 429 and 5xx, and Zalo's own rate-limit codes (`rateLimitCodes`) are retried;
   * everything else is thrown at once. `call.signal` (and the client's own) ends the waits
   * between tries; each retry is logged to `call.logger` (or the client's).
   */
  async retrying<T>(attempt: () => Promise<T>, rateLimitCodes: ReadonlySet<number>, call: CallOptions = {}): Promise<T> {
    const logger = call.logger ?? this.options.logger;
    for (let tried = 0; ; tried++) {
      try {
        return await attempt();
      } catch (e) {
        if (tried >= this.retry.retries || !isRetryable(e, rateLimitCodes)) throw e;
        const wait = backoff(tried, this.retry);
        logger?.warn({ error: errorFields(e), retryInMs: wait, attempt: tried + 1 }, "Zalo call failed, retrying");
        const cancel = linkedSignal([this.options.signal, call.signal]);
        try {
          await sleep(wait, undefined, { signal: cancel.signal });
        } catch {
          throw e;
        } finally {
          cancel.release();
        }
      }
    }
  }
}

/** Whether a failure may pass if tried again later. */
export function isRetryable(e: unknown, rateLimitCodes: ReadonlySet<number>): boolean {
  if (e instanceof ZaloNetworkError) return e.code === "network" || e.code === "timeout" || (e.code === "http_status" && (e.status === 429 || (e.status ?? 0) >= 500));
  if (e instanceof ZaloApiError) return rateLimitCodes.has(e.code);
  return false;
}

/** The wait before try `tried + 2`: half of `base·2^tried` (capped) plus a random part of the other half. */
export function backoff(tried: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** tried);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** A non-2xx status or a body that is not Zalo's JSON, as the error it is. */
export function unusable(method: string, reply: ZaloReply): ZaloNetworkError {
  return reply.status < 200 || reply.status > 299
    ? new ZaloNetworkError("http_status", method, `HTTP ${reply.status}`, { status: reply.status })
    : new ZaloNetworkError("bad_response", method, "the answer is not Zalo's JSON");
}
