import { describe, expect, it } from "vitest";
import { scaleChartSvg } from "../../../bench/scale/chart.js";
import { parseSizes } from "../../../bench/scale/section.js";
import { percentile, ratio } from "../../../bench/scale/stats.js";
import { baselineRight, botAnswerRight, hasFigure } from "../../../bench/scale/quality.js";
import type { Answer } from "../../../bot/index.js";

describe("parseSizes", () => {
  it("reads a comma-separated list, sorted, each size once", () => {
    expect(parseSizes("1000,100")).toEqual([100, 1000]);
    expect(parseSizes(" 10_000, 100 ,100")).toEqual([100, 10000]);
  });

  it("falls back to 100, 1 000 and 10 000 for nothing usable", () => {
    expect(parseSizes(undefined)).toEqual([100, 1000, 10000]);
    expect(parseSizes("")).toEqual([100, 1000, 10000]);
    expect(parseSizes("many,-3")).toEqual([100, 1000, 10000]);
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const xs = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 99)).toBe(10);
    expect(percentile(xs, 10)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("ratio", () => {
  it("says how many times a value is its baseline", () => {
    expect(ratio(30, 2)).toBe("15×");
    expect(ratio(3, 2)).toBe("1.5×");
    expect(ratio(1, 4)).toBe("0.25×");
    expect(ratio(1, 0)).toBe("–");
  });
});

describe("hasFigure", () => {
  it("finds a figure as a whole token only", () => {
    expect(hasFigure("đạt 92% trong năm", "92%")).toBe(true);
    expect(hasFigure("đạt 192% trong năm", "92%")).toBe(false);
    expect(hasFigure("hơn 11.000 chữ ký số", "1.000")).toBe(false);
    expect(hasFigure("hơn 1.000 tổ", "1.000")).toBe(true);
    expect(hasFigure("1.000,5 tỷ", "1.000")).toBe(false);
  });
});

describe("botAnswerRight and baselineRight", () => {
  const expected = { text: "", style: "vi" as const, dated: false, province: "Long An", measure: "so-may-atm", raw: "479", articleIds: ["00001", "00007"] };
  const answer = (raw: string, province: string, articleId: string): Answer => ({
    question: "",
    intent: "figure",
    provinces: [province],
    text: "",
    headline: `${province}: ${raw} máy ATM [1].`,
    blocks: [],
    citations: [{ n: 1, articleId, title: "", source: null, url: null, date: null, quote: `lắp đặt ${raw} máy ATM` }],
    facts: [{ province, raw, value: null, unit: "máy ATM", period: null, qualifier: null, target: false, citation: 1 }],
    suggestions: [],
    series: [],
    unanswered: null,
  });

  it("needs the right figure, province and a citation of an article stating it", () => {
    expect(botAnswerRight(answer("479", "Long An", "00007"), expected)).toBe(true);
    expect(botAnswerRight(answer("479", "Long An", "00002"), expected)).toBe(false);
    expect(botAnswerRight(answer("479", "Kiên Giang", "00001"), expected)).toBe(false);
    expect(botAnswerRight(answer("4.479", "Long An", "00001"), expected)).toBe(false);
  });

  it("takes the baseline's top sentence as right when it holds the figure", () => {
    expect(baselineRight("Các ngân hàng lắp đặt 479 máy ATM.", expected)).toBe(true);
    expect(baselineRight("Các ngân hàng lắp đặt 1.479 máy ATM.", expected)).toBe(false);
    expect(baselineRight(undefined, expected)).toBe(false);
  });
});

describe("scaleChartSvg", () => {
  it("draws latency and memory against size, bot beside baseline, with the goals", () => {
    const svg = scaleChartSvg([
      { size: 100, botP50: 0.5, botP99: 5, baseP50: 0.4, baseP99: 4, botMB: 110, baseMB: 120 },
      { size: 1000, botP50: 1, botP99: 8, baseP50: 6, baseP99: 70, botMB: 160, baseMB: 250 },
      { size: 10000, botP50: 2, botP99: 9, baseP50: null, baseP99: null, botMB: 330, baseMB: null },
    ]);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<polyline/g)).toHaveLength(6);
    expect(svg.match(/<circle/g)).toHaveLength(15);
    expect(svg).toContain("goal: p99 &lt; 10 ms");
    expect(svg).toContain("goal: &lt; 1 GB");
    expect(svg).toContain("10 000");
  });
});
