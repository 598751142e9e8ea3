import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode, decodeGaps, encode, encodeGaps } from "../../../knowledge/index/base64.js";

// Lists of ascending numbers one after another, and where each starts.
const lists = fc.array(fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 20 }), { maxLength: 10 }).map((ls) => {
  const sorted = ls.map((l) => [...new Set(l)].sort((a, b) => a - b));
  const offsets = new Uint32Array(sorted.length + 1);
  sorted.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
  return { values: Uint32Array.from(sorted.flat()), offsets };
});

describe("encode and decode", () => {
  it("give back the typed array saved", () => {
    fc.assert(fc.property(fc.uint32Array(), (xs) => decode(encode(xs), Uint32Array).join() === xs.join()));
    fc.assert(fc.property(fc.uint16Array(), (xs) => decode(encode(xs), Uint16Array).join() === xs.join()));
    expect(decode(encode(Uint8Array.from([0, 1, 255])), Uint8Array)).toEqual(Uint8Array.from([0, 1, 255]));
  });

  it("refuse bytes that do not make whole elements", () => {
    expect(() => decode("AAAA", Uint32Array)).toThrow(/damaged/);
  });
});

describe("encodeGaps and decodeGaps", () => {
  it("give back every list", () => {
    fc.assert(fc.property(lists, ({ values, offsets }) => decodeGaps(encodeGaps(values, offsets), offsets).join() === values.join()));
  });

  it("take one byte for a gap under 128", () => {
    const values = Uint32Array.from([3, 10, 127, 0, 200]);
    const offsets = Uint32Array.from([0, 3, 5]);
    expect(Buffer.from(encodeGaps(values, offsets), "base64")).toEqual(Buffer.from([3, 7, 117, 0, 0xc8, 0x01]));
  });

  it("refuse text holding fewer or more numbers than the offsets say", () => {
    const offsets = Uint32Array.from([0, 2]);
    expect(() => decodeGaps(Buffer.from([1]).toString("base64"), offsets)).toThrow(/damaged/);
    expect(() => decodeGaps(Buffer.from([1, 2, 3]).toString("base64"), offsets)).toThrow(/damaged/);
  });
});
