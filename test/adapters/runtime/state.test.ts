import { describe, expect, it } from "vitest";
import { MemoryState } from "../../../adapters/runtime/state.js";

describe("MemoryState", () => {
  it("claims a key once until it expires", async () => {
    let now = 1_000;
    const s = new MemoryState({ now: () => now });
    expect(await s.claim("telegram:1", 60_000)).toBe(true);
    expect(await s.claim("telegram:1", 60_000)).toBe(false);
    now += 60_001;
    expect(await s.claim("telegram:1", 60_000)).toBe(true);
  });

  it("counts hits in a fixed window that starts at the first hit", async () => {
    let now = 0;
    const s = new MemoryState({ now: () => now });
    expect([await s.hit("c", 60_000), await s.hit("c", 60_000)]).toEqual([1, 2]);
    now = 59_999;
    expect(await s.hit("c", 60_000)).toBe(3);
    now = 60_000;
    expect(await s.hit("c", 60_000)).toBe(1);
  });

  it("keeps at most maxKeys claims, forgetting the oldest", async () => {
    const s = new MemoryState({ maxKeys: 2 });
    await s.claim("a", 60_000);
    await s.claim("b", 60_000);
    await s.claim("c", 60_000);
    expect([await s.claim("a", 60_000), await s.claim("c", 60_000)]).toEqual([true, false]);
  });
});
