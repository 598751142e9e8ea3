import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idOf, parseZaloJson } from "../../../adapters/zalo/json.js";

describe("parseZaloJson", () => {
  it("keeps a whole number beyond 2^53 as the string of its digits, other numbers as numbers", () => {
    expect(parseZaloJson('{"id":8465324713426781347,"error":-216,"ts":1700000000000,"r":0.5,"n":9007199254740991}')).toEqual({
      id: "8465324713426781347",
      error: -216,
      ts: 1700000000000,
      r: 0.5,
      n: 9007199254740991,
    });
  });

  it("keeps every non-negative integer exact, however large", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 40n }), (n) => {
        expect(idOf((parseZaloJson(`{"id":${n}}`) as { id: unknown }).id)).toBe(n.toString());
      }),
    );
  });

  it("throws a SyntaxError on text that is not JSON, and a __proto__ key stays a plain key", () => {
    expect(() => parseZaloJson("{oops")).toThrow(SyntaxError);
    const o = parseZaloJson('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("idOf", () => {
  it("takes ID strings and safe whole numbers, nothing else", () => {
    expect(idOf("8465324713426781347")).toBe("8465324713426781347");
    expect(idOf("e4ea2cd5189df1c3a88c")).toBe("e4ea2cd5189df1c3a88c");
    expect(idOf(42)).toBe("42");
    for (const v of [-1, 1.5, "", "a b", "x".repeat(65), null, undefined, {}, [], true]) expect(idOf(v)).toBeNull();
  });
});
