import { describe, expect, it } from "vitest";
import { MemoryState } from "../../../adapters/runtime/memory-state.js";
import { FollowUps, REWRITE_AFTER_MS, type FollowUp } from "../../../adapters/shared/follow-ups.js";

// Through Redis, shared between instances and kept while it is down: test/e2e/redis-stores.test.ts.
describe("FollowUps", () => {
  it("gives the follow-up offered under a key by its index, with its command, while it is offered", async () => {
    let now = 0;
    const f = new FollowUps(new MemoryState({ now: () => now }).suggestions, 60_000, "zalo-oa");
    await f.offer("1", [{ text: "Chi tiết hơn", command: "more" }, { text: "Nguồn?", command: "sources" }, { text: "Lào Cai có bao nhiêu dịch vụ công?" }]);
    expect(await f.question("1", 2)).toEqual({ text: "Lào Cai có bao nhiêu dịch vụ công?" });
    expect(await f.question("1", 1)).toEqual({ text: "Nguồn?", command: "sources" });
    expect(await f.question("1", 0)).toEqual({ text: "Chi tiết hơn", command: "more" });
    expect(await f.question("1", 3)).toBeUndefined();
    expect(await f.question("2", 0)).toBeUndefined();
    await f.offer("1", []);
    expect(await f.question("1", 0)).toBeUndefined();
    await f.offer("1", [{ text: "Nguồn?", command: "sources" }]);
    now = 60_000;
    expect(await f.question("1", 0)).toBeUndefined();
  });

  it("keeps each channel's keys apart, and of a suggestion only its words and command", async () => {
    const lists = new MemoryState().suggestions;
    await new FollowUps(lists, 60_000, "zalo-oa").offer("7", [{ label: "Nguồn", text: "Nguồn?", command: "sources" } as { text: string; command: "sources" }]);
    expect(await new FollowUps(lists, 60_000, "zalo-bot").question("7", 0)).toBeUndefined();
    expect(await lists.get("zalo-oa:7")).toStrictEqual([{ text: "Nguồn?", command: "sources" }]);
  });

  it("offers by content under a short id, for buttons: the same follow-ups, the same id", async () => {
    const f = new FollowUps(new MemoryState().suggestions, 60_000, "telegram");
    const first = await f.offerByContent([{ text: "Nguồn?", command: "sources" }, { text: "Tóm tắt Long An", command: "overview" }]);
    const second = await f.offerByContent([{ text: "Chi tiết hơn", command: "more" }]);
    expect(first).toMatch(/^[\w-]{12}$/);
    expect(second).not.toBe(first);
    expect(await f.offerByContent([{ label: "Nguồn", text: "Nguồn?", command: "sources" } as { text: string; command: "sources" }, { text: "Tóm tắt Long An", command: "overview" }])).toBe(first);
    expect(await f.question(first, 1)).toEqual({ text: "Tóm tắt Long An", command: "overview" });
    expect(await f.question(first, 2)).toBeUndefined();
    expect(await f.question(second, 0)).toEqual({ text: "Chi tiết hơn", command: "more" });
    expect(await f.question("unknown", 0)).toBeUndefined();
  });

  it("writes the same follow-ups again only after REWRITE_AFTER_MS, each offer lasting its whole time", async () => {
    let now = 0;
    const memory = new MemoryState({ now: () => now }).suggestions;
    const writes: number[] = [];
    const lists = { ...memory, keep: (key: string, items: readonly FollowUp[], ttlMs: number) => (writes.push(now), memory.keep(key, items, ttlMs)), get: (key: string) => memory.get(key) };
    const f = new FollowUps(lists, 60_000, "telegram", () => now);
    const offered = [{ text: "Nguồn?", command: "sources" as const }];
    const id = await f.offerByContent(offered);
    now = REWRITE_AFTER_MS - 1;
    await f.offerByContent(offered);
    expect(writes).toEqual([0]);
    // Offered last just now: it still answers a whole minute later, though not written since.
    now = REWRITE_AFTER_MS - 1 + 60_000;
    expect(await f.question(id, 0)).toEqual({ text: "Nguồn?", command: "sources" });
    await f.offerByContent(offered);
    expect(writes).toEqual([0, REWRITE_AFTER_MS - 1 + 60_000]);
  });
});
