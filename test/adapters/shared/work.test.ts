import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { ChatWork } from "../../../adapters/shared/work.js";

/** A task that records its start and end under `name`, and waits for `release` in between. */
function gated(name: string, order: string[]): { task: () => Promise<void>; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  return {
    task: async () => {
      order.push(`${name} start`);
      await gate;
      order.push(`${name} end`);
    },
    release,
  };
}

describe("ChatWork.run", () => {
  it("runs one chat's tasks in the order queued, and other chats' alongside", async () => {
    const work = new ChatWork();
    const order: string[] = [];
    const a1 = gated("a1", order);
    const a2 = gated("a2", order);
    const b1 = gated("b1", order);
    const runs = [work.run("a", a1.task), work.run("a", a2.task), work.run("b", b1.task)];
    await sleep(10);
    expect(order).toEqual(["a1 start", "b1 start"]);
    expect(work.size).toBe(3);
    a1.release();
    await sleep(10);
    expect(order).toEqual(["a1 start", "b1 start", "a1 end", "a2 start"]);
    a2.release();
    b1.release();
    await Promise.all(runs);
    expect(work.size).toBe(0);
  });

  it("rejects as its task does, and the chat's next task still runs", async () => {
    const work = new ChatWork();
    const failing = work.run("a", async () => {
      throw new Error("Telegram refused");
    });
    let ran = false;
    const next = work.run("a", async () => {
      ran = true;
    });
    await expect(failing).rejects.toThrow("Telegram refused");
    await next;
    expect(ran).toBe(true);
  });
});

describe("ChatWork.enqueue", () => {
  it("hands a task's failure to its own onError", async () => {
    const work = new ChatWork();
    const errors: unknown[] = [];
    work.enqueue("a", () => Promise.reject(new Error("not sent")), (e) => errors.push((e as Error).message));
    expect(await work.drain(1000)).toBe(true);
    expect(errors).toEqual(["not sent"]);
  });
});

describe("ChatWork.drain", () => {
  it("waits for the tasks queued meanwhile too, and says false when the deadline comes first", async () => {
    const work = new ChatWork();
    const order: string[] = [];
    const slow = gated("slow", order);
    work.enqueue("a", async () => {
      work.enqueue("b", async () => void order.push("queued meanwhile"), () => undefined);
    }, () => undefined);
    work.enqueue("c", slow.task, () => undefined);
    expect(await work.drain(50)).toBe(false);
    slow.release();
    expect(await work.drain(1000)).toBe(true);
    expect(order).toEqual(["slow start", "queued meanwhile", "slow end"]);
  });
});
