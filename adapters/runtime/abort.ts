/** A signal aborted by the first of its causes, unlinked from them once the work it guards is over. */
export interface LinkedSignal {
  readonly signal: AbortSignal;
  /** True once its own timeout aborted it. */
  readonly timedOut: boolean;
  /** Unlinks it from its sources and clears its timer. Call it (in a `finally`) when the work is over. */
  release(): void;
}

/**
 * A signal that aborts when any of `sources` does (with that source's reason) or after
 * `timeoutMs` (a `TimeoutError`).
 *
 * Not `AbortSignal.any` nor `AbortSignal.timeout`: `any` keeps a reference to each signal it makes
 * inside every source for as long as the source lives (nodejs/node#55351, and #64476 for a signal
 * that is listened to, as an HTTP request does), so combining a channel's own signal, which lives
 * as long as the process, with each call's timeout left some hundred bytes behind per call, for
 * good — 0.3 KB per message answered on Zalo, found by test/e2e/soak.test.ts. And a
 * `timeout` signal lives, with its timer, until it fires, long after a quick call is over. Here
 * the links are listeners and a timer, removed by {@link LinkedSignal.release}.
 */
export function linkedSignal(sources: readonly (AbortSignal | null | undefined)[], timeoutMs?: number): LinkedSignal {
  const controller = new AbortController();
  const unlinks: (() => void)[] = [];
  let timedOut = false;
  for (const source of sources) {
    if (!source) continue;
    if (source.aborted) {
      controller.abort(source.reason);
      break;
    }
    const abort = () => controller.abort(source.reason);
    source.addEventListener("abort", abort, { once: true });
    unlinks.push(() => source.removeEventListener("abort", abort));
  }
  if (timeoutMs !== undefined && !controller.signal.aborted) {
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError"));
    }, timeoutMs);
    unlinks.push(() => clearTimeout(timer));
  }
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    release: () => {
      for (const unlink of unlinks.splice(0)) unlink();
    },
  };
}
