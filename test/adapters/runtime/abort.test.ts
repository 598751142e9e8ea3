import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { linkedSignal } from "../../../adapters/runtime/abort.js";

describe("linkedSignal", () => {
  it("aborts when a source aborts, with that source's reason", () => {
    const quiet = new AbortController();
    const stopping = new AbortController();
    const linked = linkedSignal([quiet.signal, undefined, stopping.signal]);
    stopping.abort("stopping");
    expect(linked.signal.aborted).toBe(true);
    expect(linked.signal.reason).toBe("stopping");
    expect(linked.timedOut).toBe(false);
  });

  it("is aborted from the start when a source already is", () => {
    const done = new AbortController();
    done.abort("done before");
    expect(linkedSignal([done.signal], 60_000).signal.reason).toBe("done before");
  });

  it("aborts with a TimeoutError once its time is up, and says so", async () => {
    const linked = linkedSignal([], 20);
    await new Promise((resolve) => linked.signal.addEventListener("abort", resolve));
    expect(linked.timedOut).toBe(true);
    expect((linked.signal.reason as DOMException).name).toBe("TimeoutError");
  });

  it("once released, leaves nothing in a long-lived source and no longer follows it", () => {
    const channel = new AbortController();
    const calls = Array.from({ length: 1000 }, () => linkedSignal([channel.signal], 60_000));
    expect(getEventListeners(channel.signal, "abort")).toHaveLength(1000);
    for (const c of calls) c.release();
    // What AbortSignal.any keeps in a long-lived source for good (nodejs/node#55351) is gone here.
    expect(getEventListeners(channel.signal, "abort")).toHaveLength(0);
    channel.abort("stop");
    expect(calls.some((c) => c.signal.aborted)).toBe(false);
  });
});
