import { describe, expect, it } from "vitest";
import { ChannelLifecycle } from "../../../adapters/shared/lifecycle.js";
import { captureLogs } from "./logs.js";

/** A reply that ends only when released, or when `signal` aborts (as the channels' HTTP calls do). */
function reply(signal?: AbortSignal): { task: () => Promise<void>; release: () => void } {
  let release!: () => void;
  const done = new Promise<void>((resolve, reject) => {
    release = resolve;
    signal?.addEventListener("abort", () => reject(new Error("aborted")));
  });
  return { task: () => done, release };
}

describe("ChannelLifecycle.stop", () => {
  it("stops the intake, waits for the work in hand, then releases, once however often it is called", async () => {
    const { logger, lines } = captureLogs();
    const life = new ChannelLifecycle({ product: "Zalo OA", logger });
    const steps: string[] = [];
    const r = reply();
    life.work.enqueue("chat", async () => {
      await r.task();
      steps.push("reply sent");
    }, () => undefined);
    expect(life.stopped).toBe(false);
    const stop = life.stop({ intake: async () => void steps.push("intake stopped"), release: async () => void steps.push("released") });
    expect(life.stopped).toBe(true);
    expect(life.stop()).toBe(stop);
    r.release();
    await stop;
    expect(steps).toEqual(["intake stopped", "reply sent", "released"]);
    expect(lines.filter((l) => l.level === "warn")).toEqual([]);
  });

  it("cancels the work that outlasts the wait through its abort signal, saying so", async () => {
    const { logger, lines } = captureLogs();
    const life = new ChannelLifecycle({ product: "Zalo Bot", logger, drainMs: 20 });
    const failures: string[] = [];
    life.work.enqueue("chat", reply(life.abort.signal).task, (e) => failures.push((e as Error).message));
    await life.stop();
    expect(life.abort.signal.aborted).toBe(true);
    expect(failures).toEqual(["aborted"]);
    expect(lines.filter((l) => l.level === "warn").map((l) => [l.msg, l.inHand, l.waitedMs])).toEqual([["Zalo Bot work still in hand at stop: cancelled", 1, 20]]);
  });

  it("leaves it unfinished when told not to cancel, saying so", async () => {
    const { logger, lines } = captureLogs();
    const life = new ChannelLifecycle({ product: "Telegram", logger, drainMs: 20, cancelLate: false });
    const r = reply();
    life.work.enqueue("chat", r.task, () => undefined);
    await life.stop();
    expect(life.abort.signal.aborted).toBe(false);
    expect(life.work.size).toBe(1);
    expect(lines.filter((l) => l.level === "warn").map((l) => l.msg)).toEqual(["Telegram work still in hand at stop: left unfinished"]);
    r.release();
  });
});

describe("ChannelLifecycle.settled", () => {
  it("says whether the work ended within the time given", async () => {
    const life = new ChannelLifecycle({ product: "Zalo OA", logger: captureLogs().logger });
    const r = reply();
    life.work.enqueue("chat", r.task, () => undefined);
    expect(await life.settled(20)).toBe(false);
    r.release();
    expect(await life.settled(1000)).toBe(true);
  });
});
