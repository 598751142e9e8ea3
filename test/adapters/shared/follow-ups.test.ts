import { describe, expect, it } from "vitest";
import { MemoryState } from "../../../adapters/runtime/memory-state.js";
import { FollowUps } from "../../../adapters/shared/follow-ups.js";

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

  it("offers under a new short id each time, for buttons", async () => {
    const f = new FollowUps(new MemoryState().suggestions, 60_000, "telegram");
    const first = await f.offerAnew([{ text: "Nguồn?", command: "sources" }, { text: "Tóm tắt Long An", command: "overview" }]);
    const second = await f.offerAnew([{ text: "Chi tiết hơn", command: "more" }]);
    expect(first).toMatch(/^[\w-]{8}$/);
    expect(second).not.toBe(first);
    expect(await f.question(first, 1)).toEqual({ text: "Tóm tắt Long An", command: "overview" });
    expect(await f.question(first, 2)).toBeUndefined();
    expect(await f.question(second, 0)).toEqual({ text: "Chi tiết hơn", command: "more" });
    expect(await f.question("unknown", 0)).toBeUndefined();
  });
});
