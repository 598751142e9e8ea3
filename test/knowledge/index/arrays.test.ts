import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstAtOrAfter, firstOf, kthLargest, kthLargestOf } from "../../../knowledge/index/arrays.js";

describe("firstAtOrAfter", () => {
  it("finds the first place holding at least the value", () => {
    const xs = Uint32Array.from([1, 3, 3, 7, 10]);
    expect(firstAtOrAfter(xs, 0)).toBe(0);
    expect(firstAtOrAfter(xs, 3)).toBe(1);
    expect(firstAtOrAfter(xs, 4)).toBe(3);
    expect(firstAtOrAfter(xs, 11)).toBe(5);
    expect(firstAtOrAfter(xs, 7, 4, 5)).toBe(4);
  });

  it("agrees with a scan from the left, on any ascending array", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000)), fc.nat(1001), (list, value) => {
        const xs = Uint32Array.from(list.sort((a, b) => a - b));
        const scan = xs.findIndex((x) => x >= value);
        return firstAtOrAfter(xs, value) === (scan < 0 ? xs.length : scan);
      }),
    );
  });
});

describe("kthLargest", () => {
  it("gives the k-th largest, ties counted", () => {
    expect(kthLargest(Float64Array.from([5, 1, 4, 2, 3]), 1)).toBe(5);
    expect(kthLargest(Float64Array.from([5, 1, 4, 2, 3]), 2)).toBe(4);
    expect(kthLargest(Float64Array.from([2, 2, 2, 1]), 3)).toBe(2);
    expect(kthLargest(Float64Array.from([2, 2, 2, 1]), 4)).toBe(1);
  });

  it("agrees with sorting, on any numbers", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1 }), fc.nat(), (list, k) => {
        const kth = (k % list.length) + 1;
        return kthLargest(Float64Array.from(list), kth) === [...list].sort((a, b) => b - a)[kth - 1];
      }),
    );
  });
});

describe("kthLargestOf", () => {
  it("gives the k-th largest of the first n values and leaves them in place", () => {
    const values = Float64Array.from([5, 1, 4, 2, 3, 9]);
    const scratch = new Float64Array(6);
    expect(kthLargestOf(values, 5, 1, scratch)).toBe(5);
    expect(kthLargestOf(values, 5, 2, scratch)).toBe(4);
    expect(kthLargestOf(values, 5, 5, scratch)).toBe(1);
    expect(kthLargestOf(Float64Array.from([2, 2, 2, 1]), 4, 3, new Float64Array(4))).toBe(2);
    expect([...values]).toEqual([5, 1, 4, 2, 3, 9]);
  });

  it("agrees with sorting, for few (a heap) and many (selection)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: 0, max: 1e6 }), { minLength: 1, maxLength: 300 }), fc.nat(), (list, k) => {
        const n = list.length;
        const kth = (k % n) + 1;
        const values = Float64Array.from(list);
        return kthLargestOf(values, n, kth, new Float64Array(n)) === [...list].sort((a, b) => b - a)[kth - 1] && values.every((v, i) => Object.is(v, list[i]));
      }),
    );
  });
});

describe("firstOf", () => {
  it("gives the first few in order, the earlier of equals first", () => {
    const byValue = (a: [string, number], b: [string, number]) => b[1] - a[1];
    const list: [string, number][] = [["a", 1], ["b", 3], ["c", 2], ["d", 3], ["e", 0]];
    expect(firstOf(list, 2, byValue)).toEqual([["b", 3], ["d", 3]]);
    expect(firstOf(list, 3, byValue)).toEqual([["b", 3], ["d", 3], ["c", 2]]);
    expect(firstOf(list, 0, byValue)).toEqual([]);
    expect(firstOf(list, 9, byValue).map(([k]) => k)).toEqual(["b", "d", "c", "a", "e"]);
  });

  it("agrees with a stable sort cut short, on any list", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ v: fc.integer({ min: 0, max: 5 }), id: fc.nat() })), fc.nat(12), (list, n) => {
        const compare = (a: { v: number }, b: { v: number }) => a.v - b.v;
        expect(firstOf(list, n, compare)).toEqual([...list].sort(compare).slice(0, n));
      }),
    );
  });
});
