import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { parseVietnameseNumber, parseFigure } from "../../../knowledge/facts/index.js";

/** Writes an integer the Vietnamese way: "." between groups of three digits. */
function withThousandDots(n: number): string {
  const digits = String(n);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(".");
}

describe("parseVietnameseNumber", () => {
  it.each([
    ["1.837", 1837],
    ["312.000", 312000],
    ["460.643", 460643],
    ["5.500", 5500],
    ["6.517", 6517],
    ["128", 128],
    ["03", 3],
    ["0", 0],
    ["1.000.000", 1000000],
  ])("reads %s (dots group thousands) as %d", (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each([
    ["99,7", 99.7],
    ["66,79", 66.79],
    ["99,99", 99.99],
    ["1,2", 1.2],
    ["83,06", 83.06],
    ["1.234,5", 1234.5],
  ])("reads %s (comma is the decimal mark) as %d", (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it("reads a dot not followed by groups of three digits as a decimal point", () => {
    expect(parseVietnameseNumber("4.0")).toBe(4);
    expect(parseVietnameseNumber("2.5")).toBe(2.5);
  });

  it("ignores white space around the number", () => {
    expect(parseVietnameseNumber(" 1.837 ")).toBe(1837);
  });

  it.each(["", "abc", "1.2.3", "1,2,3", "10/63", "99,7%", "5G", "-5", "1.23.456", "1.837,"])("gives null for %j", (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });

  it("reads back any integer written with thousands dots", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (n) => parseVietnameseNumber(withThousandDots(n)) === n));
  });

  it("reads back any decimal written with a decimal comma", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.stringMatching(/^\d{1,4}$/), (whole, fraction) => {
        const expected = Number(`${whole}.${fraction}`);
        return (
          parseVietnameseNumber(`${whole},${fraction}`) === expected &&
          parseVietnameseNumber(`${withThousandDots(whole)},${fraction}`) === expected
        );
      }),
    );
  });
});

describe("parseFigure", () => {
  it.each([
    ["1.837", { value: 1837, outOf: null, percent: false }],
    ["312.000", { value: 312000, outOf: null, percent: false }],
    ["128", { value: 128, outOf: null, percent: false }],
    ["460.643", { value: 460643, outOf: null, percent: false }],
    ["99,7%", { value: 99.7, outOf: null, percent: true }],
    ["66,79%", { value: 66.79, outOf: null, percent: true }],
    ["100%", { value: 100, outOf: null, percent: true }],
    ["1,2 triệu", { value: 1_200_000, outOf: null, percent: false }],
    ["2 triệu", { value: 2_000_000, outOf: null, percent: false }],
    ["1,3 triệu", { value: 1_300_000, outOf: null, percent: false }],
    ["10/63", { value: 10, outOf: 63, percent: false }],
    ["16/63", { value: 16, outOf: 63, percent: false }],
    ["159/163", { value: 159, outOf: 163, percent: false }],
    ["376/612", { value: 376, outOf: 612, percent: false }],
    ["03/09", { value: 3, outOf: 9, percent: false }],
    ["11/11", { value: 11, outOf: 11, percent: false }],
  ])("reads the corpus figure %s", (raw, expected) => {
    expect(parseFigure(raw)).toEqual(expected);
  });

  it("accepts a space before the percent sign and the other multiplier words", () => {
    expect(parseFigure("92 %")).toEqual({ value: 92, outOf: null, percent: true });
    expect(parseFigure("5 nghìn")?.value).toBe(5000);
    expect(parseFigure("3 ngàn")?.value).toBe(3000);
    expect(parseFigure("1,5 tỷ")?.value).toBe(1_500_000_000);
    expect(parseFigure("2 tỉ")?.value).toBe(2_000_000_000);
  });

  it.each(["", "abc", "5G", "2 người", "1.2.3", "10/abc", "%", "12 triệu đồng"])("gives null for %j", (raw) => {
    expect(parseFigure(raw)).toBeNull();
  });

  it("reads back any percentage written with a decimal comma", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.stringMatching(/^\d{1,2}$/), (whole, fraction) => {
        const parsed = parseFigure(`${whole},${fraction}%`);
        return parsed !== null && parsed.percent && parsed.outOf === null && parsed.value === Number(`${whole}.${fraction}`);
      }),
    );
  });

  it("reads back any ratio x/y of integers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (x, y) => {
        const parsed = parseFigure(`${withThousandDots(x)}/${withThousandDots(y)}`);
        return parsed !== null && parsed.value === x && parsed.outOf === y && !parsed.percent;
      }),
    );
  });

  it("multiplies by a million for triệu", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
        return parseFigure(`${whole},${tenth} triệu`)?.value === whole * 1_000_000 + tenth * 100_000;
      }),
    );
  });
});
