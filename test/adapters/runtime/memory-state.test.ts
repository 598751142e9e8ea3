import { describe, expect, it } from "vitest";
import { MemoryState } from "../../../adapters/runtime/memory-state.js";

describe("MemoryState", () => {
  it("claims a delivery once until it expires", async () => {
    let now = 1_000;
    const s = new MemoryState({ now: () => now });
    expect(await s.deliveries.claim("telegram:1", 60_000)).toBe(true);
    expect(await s.deliveries.claim("telegram:1", 60_000)).toBe(false);
    now += 60_001;
    expect(await s.deliveries.claim("telegram:1", 60_000)).toBe(true);
  });

  it("counts hits in a fixed window that starts at the first hit, saying when it ends", async () => {
    let now = 0;
    const s = new MemoryState({ now: () => now });
    expect([await s.rates.hit("c", 60_000), await s.rates.hit("c", 60_000)]).toEqual([
      { count: 1, resetInMs: 60_000 },
      { count: 2, resetInMs: 60_000 },
    ]);
    now = 59_999;
    expect(await s.rates.hit("c", 60_000)).toEqual({ count: 3, resetInMs: 1 });
    now = 60_000;
    expect(await s.rates.hit("c", 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
  });

  it("keeps at most maxKeys claims, forgetting the oldest", async () => {
    const s = new MemoryState({ maxKeys: 2 });
    await s.deliveries.claim("a", 60_000);
    await s.deliveries.claim("b", 60_000);
    await s.deliveries.claim("c", 60_000);
    expect([await s.deliveries.claim("a", 60_000), await s.deliveries.claim("c", 60_000)]).toEqual([true, false]);
  });

  it("keeps a list of follow-ups until it expires, and forgets it when kept empty", async () => {
    let now = 0;
    const s = new MemoryState({ now: () => now });
    await s.suggestions.keep("telegram:x", [{ text: "Nguồn?", command: "sources" }, { text: "Chi tiết hơn" }], 1000);
    expect(await s.suggestions.get("telegram:x")).toEqual([{ text: "Nguồn?", command: "sources" }, { text: "Chi tiết hơn" }]);
    await s.suggestions.keep("telegram:x", [], 1000);
    expect(await s.suggestions.get("telegram:x")).toBeUndefined();
    await s.suggestions.keep("telegram:x", [{ text: "Nguồn?", command: "sources" }], 1000);
    now = 1000;
    expect(await s.suggestions.get("telegram:x")).toBeUndefined();
  });

  it("keeps a picture until it expires", async () => {
    let now = 0;
    const s = new MemoryState({ now: () => now });
    await s.charts.put("c1", Buffer.from("png"), 3_600_000);
    expect(await s.charts.get("c1")).toEqual(Buffer.from("png"));
    now = 3_600_000;
    expect(await s.charts.get("c1")).toBeUndefined();
  });
});
