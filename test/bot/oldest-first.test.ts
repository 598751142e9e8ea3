import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OldestFirst } from "../../bot/index.js";

describe("OldestFirst", () => {
  it("keeps the newest keys, a key set again counting as new, whatever deletes come between", () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("set" as const), key: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ kind: fc.constant("delete" as const), key: fc.integer({ min: 0, max: 30 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), fc.integer({ min: 0, max: 8 }), (ops, max) => {
        const map = new Map<number, true>();
        const oldest = new OldestFirst(map);
        // The model: keys oldest first, in a plain array.
        let model: number[] = [];
        for (const { kind, key } of ops) {
          map.delete(key);
          model = model.filter((k) => k !== key);
          if (kind === "set") {
            map.set(key, true);
            model.push(key);
            oldest.trim(max);
            model = model.slice(Math.max(0, model.length - max));
          }
        }
        expect([...map.keys()]).toEqual(model);
      }),
    );
  });

  it("trims a full map of 100 000 keys in the order they came", () => {
    const map = new Map<string, number>();
    const oldest = new OldestFirst(map);
    for (let i = 0; i < 250_000; i++) {
      map.set(`chat-${i}`, i);
      oldest.trim(100_000);
    }
    expect(map.size).toBe(100_000);
    expect(map.keys().next().value).toBe("chat-150000");
  });
});
