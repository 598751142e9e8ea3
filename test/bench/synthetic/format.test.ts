import { describe, expect, it } from "vitest";
import { formatCount, formatMillions, formatPercent, formatRatio } from "../../../bench/synthetic/format.js";
import { parseFigure } from "../../../knowledge/facts/index.js";

describe("formatCount", () => {
  it("groups thousands with a dot", () => {
    expect(formatCount(996)).toBe("996");
    expect(formatCount(1837)).toBe("1.837");
    expect(formatCount(312000)).toBe("312.000");
    expect(formatCount(2340367)).toBe("2.340.367");
  });
});

describe("formatPercent", () => {
  it("writes the decimal comma and drops trailing zeros", () => {
    expect(formatPercent(99.7, 1)).toBe("99,7%");
    expect(formatPercent(83.92, 2)).toBe("83,92%");
    expect(formatPercent(95, 1)).toBe("95%");
    expect(formatPercent(90.1, 2)).toBe("90,1%");
    expect(formatPercent(100, 0)).toBe("100%");
  });
});

describe("formatMillions", () => {
  it("writes millions in words, with one decimal when there is one", () => {
    expect(formatMillions(1.2)).toBe("1,2 triệu");
    expect(formatMillions(2)).toBe("2 triệu");
    expect(formatMillions(4.45)).toBe("4,5 triệu");
  });
});

describe("formatRatio", () => {
  it("writes x/y, padded to two digits when asked", () => {
    expect(formatRatio(10, 63)).toBe("10/63");
    expect(formatRatio(3, 9, true)).toBe("03/09");
    expect(formatRatio(159, 163, true)).toBe("159/163");
  });
});

describe("the formats", () => {
  it("are read back by the extractor's number parser to the value written", () => {
    expect(parseFigure(formatCount(1837))?.value).toBe(1837);
    expect(parseFigure(formatPercent(99.7, 1))?.value).toBe(99.7);
    expect(parseFigure(formatMillions(1.2))?.value).toBe(1200000);
    expect(parseFigure(formatRatio(10, 63))).toEqual({ value: 10, outOf: 63, percent: false });
  });
});
