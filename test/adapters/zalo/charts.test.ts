import { describe, expect, it } from "vitest";
import { MemoryState } from "../../../adapters/runtime/memory-state.js";
import { ChartStore } from "../../../adapters/zalo/charts.js";

describe("ChartStore", () => {
  it("gives the same picture a new random id each time, so an id cannot be computed from a chart", async () => {
    const store = new ChartStore(new MemoryState().charts);
    const png = Buffer.from("the same chart");
    const first = await store.put(png);
    const second = await store.put(png);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(second).toMatch(/^[0-9a-f]{32}$/);
    expect(second).not.toBe(first);
    // Not the old content hash (sha256 of the picture, cut to 32 digits).
    expect([first, second]).not.toContain("bda5cab1a2c6c22f369595b7c715c29c");
    expect(await store.get(first)).toEqual(png);
    expect(await store.get(second)).toEqual(png);
  });
});
