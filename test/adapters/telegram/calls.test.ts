import { GrammyError, HttpError, type Transformer } from "grammy";
import { describe, expect, it } from "vitest";
import { attemptTimeout, retryNetworkFailures, retryServerErrors } from "../../../adapters/telegram/calls.js";

type Prev = Parameters<Transformer>[0];
type Result = Awaited<ReturnType<Prev>>;
const OK = { ok: true, result: true } as unknown as Result;
const call = (t: Transformer, prev: (method: string, signal: AbortSignal | undefined) => Promise<Result>, method = "sendMessage", payload: Record<string, unknown> = {}) =>
  t(((m: string, _p: unknown, s: unknown) => prev(m, s as AbortSignal | undefined)) as Prev, method as never, payload as never, undefined);

/** A Bot API that never answers: resolves only when the attempt is aborted, as fetch rejects. */
const hang = (_method: string, signal: AbortSignal | undefined) =>
  new Promise<Result>((_resolve, reject) => signal!.addEventListener("abort", () => reject(new HttpError("Network request for 'sendMessage' failed!", signal!.reason))));

describe("attemptTimeout", () => {
  it("gives up an attempt that gets no answer, saying which call and after how long", async () => {
    const failure = await call(attemptTimeout(0.05), hang).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HttpError);
    expect((failure as HttpError).message).toBe("Telegram did not answer 'sendMessage' within 0.05 s");
  });

  it("gives a getUpdates long poll its own timeout on top", async () => {
    let aborted = false;
    const poll = call(attemptTimeout(0.05), (_m, signal) => new Promise<Result>((resolve) => {
      signal!.addEventListener("abort", () => (aborted = true));
      setTimeout(() => resolve(OK), 200);
    }), "getUpdates", { timeout: 1 });
    expect(await poll).toBe(OK);
    expect(aborted).toBe(false);
  });

  it("passes an answer through", async () => {
    expect(await call(attemptTimeout(5), async () => OK)).toBe(OK);
  });
});

describe("retryNetworkFailures", () => {
  const failing = (failures: number) => {
    let tries = 0;
    return {
      tries: () => tries,
      prev: async () => {
        if (tries++ < failures) throw new HttpError("Network request for 'sendMessage' failed!", new Error("socket hang up"));
        return OK;
      },
    };
  };

  it("retries network failures up to the number of retries, then answers", async () => {
    const api = failing(3);
    expect(await call(retryNetworkFailures(3, 1), api.prev)).toBe(OK);
    expect(api.tries()).toBe(4);
  });

  it("lets the call fail once its retries are used up", async () => {
    const api = failing(10);
    await expect(call(retryNetworkFailures(3, 1), api.prev)).rejects.toBeInstanceOf(HttpError);
    expect(api.tries()).toBe(4);
  });

  it("does not retry what is not a network failure, nor getUpdates (its poller retries)", async () => {
    let tries = 0;
    const refused = async (): Promise<Result> => {
      tries++;
      throw new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 400, description: "Bad Request" }, "sendMessage", {});
    };
    await expect(call(retryNetworkFailures(3, 1), refused)).rejects.toBeInstanceOf(GrammyError);
    const polls = failing(10);
    await expect(call(retryNetworkFailures(3, 1), polls.prev, "getUpdates")).rejects.toBeInstanceOf(HttpError);
    expect([tries, polls.tries()]).toEqual([1, 1]);
  });
});

describe("retryServerErrors", () => {
  /** A Bot API answering with each of `statuses` in turn (200: OK), then OK; counts the tries. */
  const answering = (...statuses: number[]) => {
    let tries = 0;
    return {
      tries: () => tries,
      prev: async (): Promise<Result> => {
        const status = statuses[tries++] ?? 200;
        return (status === 200 ? OK : { ok: false, error_code: status, description: "Internal Server Error" }) as Result;
      },
    };
  };

  it("retries a 5xx up to the number of retries, then answers", async () => {
    const api = answering(500, 502, 503);
    expect(await call(retryServerErrors(3, 1), api.prev)).toBe(OK);
    expect(api.tries()).toBe(4);
  });

  it("returns the refusal once its retries are used up", async () => {
    const api = answering(500, 500, 500, 500, 500);
    expect(await call(retryServerErrors(3, 1), api.prev)).toMatchObject({ ok: false, error_code: 500 });
    expect(api.tries()).toBe(4);
  });

  it("waits the first wait, then twice as long", async () => {
    const api = answering(500, 500);
    const started = performance.now();
    await call(retryServerErrors(3, 20), api.prev);
    expect(performance.now() - started).toBeGreaterThanOrEqual(20 + 40 - 2);
  });

  it("does not retry a refusal that is not a server error", async () => {
    const api = answering(400);
    expect(await call(retryServerErrors(3, 1), api.prev)).toMatchObject({ ok: false, error_code: 400 });
    expect(api.tries()).toBe(1);
  });
});
