import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { barShares, byArticle, factRuns, isChatId, newChatId, quotePreview, safeLink, statementRuns } from "../../../adapters/web/public/answer-text.js";

const STATEMENT = {
  place: "Long An",
  goal: null,
  figure: { before: "gần ", figure: "1.600", after: " dịch vụ công trực tuyến" },
  measure: null,
  scope: null,
  period: "tháng 8/2023",
  citation: 2,
};

const citation = (n: number, articleId: string, quote = "q") => ({ n, articleId, title: `Bài ${articleId}`, source: null, url: null, date: null, quote });

describe("statementRuns", () => {
  it("says a statement as the plain text does, the figure and the citation marker apart", () => {
    expect(statementRuns(STATEMENT)).toEqual([
      { kind: "text", text: "Long An: gần " },
      { kind: "figure", text: "1.600" },
      { kind: "text", text: " dịch vụ công trực tuyến (tháng 8/2023) " },
      { kind: "cite", n: 2 },
    ]);
    expect(statementRuns({ ...STATEMENT, goal: "mục tiêu", figure: { before: "", figure: "92%", after: "" }, measure: "tỷ lệ hồ sơ", scope: "trong khu vực", period: null })).toEqual([
      { kind: "text", text: "Long An: mục tiêu " },
      { kind: "figure", text: "92%" },
      { kind: "text", text: " — tỷ lệ hồ sơ, trong khu vực " },
      { kind: "cite", n: 2 },
    ]);
  });
});

describe("factRuns", () => {
  it("gives the article's words with the figure apart, then the goal and period, then the citation", () => {
    expect(factRuns({ place: "An Giang", words: { before: "Phấn đấu ", figure: "80%", after: " hồ sơ…" }, goal: "mục tiêu", period: "2025", citation: 3 })).toEqual([
      { kind: "text", text: "An Giang: Phấn đấu " },
      { kind: "figure", text: "80%" },
      { kind: "text", text: " hồ sơ… (mục tiêu, 2025) " },
      { kind: "cite", n: 3 },
    ]);
  });
});

describe("byArticle", () => {
  it("names each article once, its citations under it, in the order of first citation", () => {
    const groups = byArticle([citation(3, "b"), citation(1, "a"), citation(2, "b"), citation(4, "a")]);
    expect(groups.map((g) => [g.article.title, g.citations.map((c) => c.n)])).toEqual([
      ["Bài a", [1, 4]],
      ["Bài b", [2, 3]],
    ]);
  });
});

describe("quotePreview", () => {
  const quote = "Tính đến tháng 8/2023, Cổng dịch vụ công của tỉnh cung cấp gần 1.600 dịch vụ công trực tuyến (đạt 84,23%); có 570 dịch vụ phát sinh hồ sơ.";

  it("starts a little before the first figure the citation backs, at a word", () => {
    expect(quotePreview(quote, ["570"])).toBe("…vụ công trực tuyến (đạt 84,23%); có 570 dịch vụ phát sinh hồ sơ.");
    // 40 characters before "1.600" fall where "Cổng" starts.
    expect(quotePreview(quote, ["570", "1.600"])).toBe("…Cổng dịch vụ công của tỉnh cung cấp gần 1.600 dịch vụ công trực tuyến (đạt 84,23%); có 570 dịch vụ phát sinh hồ sơ.");
  });

  it("keeps the quote whole when its figure is near its start, or not in it, or unknown", () => {
    expect(quotePreview("Đạt 92% hộp thư.", ["92%"])).toBe("Đạt 92% hộp thư.");
    expect(quotePreview(quote, ["999"])).toBe(quote);
    expect(quotePreview(quote, [])).toBe(quote);
  });
});

describe("barShares", () => {
  it("draws a percentage against 100%", () => {
    expect(barShares([{ value: 66.2, unit: "%" }, { value: 88, unit: "%" }])).toEqual([0.662, 0.88]);
    expect(barShares([{ value: 60, unit: "%" }, { value: 120, unit: "%" }])).toEqual([0.5, 1]);
  });

  it("draws other figures against the largest", () => {
    expect(barShares([{ value: 1837, unit: "dịch vụ công" }, { value: 918.5, unit: "dịch vụ công trực tuyến" }])).toEqual([1, 0.5]);
    expect(barShares([{ value: 10, unit: "hạng" }, { value: 40, unit: "hạng" }])).toEqual([0.25, 1]);
  });

  it("draws no bar for zero or less", () => {
    expect(barShares([{ value: 0, unit: null }, { value: -3, unit: null }, { value: 50, unit: null }])).toEqual([0, 0, 1]);
    expect(barShares([{ value: 0, unit: "%" }])).toEqual([0]);
    expect(barShares([])).toEqual([]);
  });
});

describe("safeLink", () => {
  it("keeps http and https addresses and refuses any other scheme", () => {
    expect(safeLink("https://baotintuc.vn/a.htm")).toBe("https://baotintuc.vn/a.htm");
    expect(safeLink("http://example.org")).toBe("http://example.org/");
    expect(safeLink("javascript:alert(1)")).toBeNull();
    expect(safeLink("data:text/html,<b>x</b>")).toBeNull();
    expect(safeLink("not a url")).toBeNull();
    expect(safeLink(null)).toBeNull();
  });
});

describe("newChatId and isChatId", () => {
  it("makes a key the API accepts from random bytes", () => {
    expect(newChatId(new Uint8Array([0, 15, 255]))).toBe("web-000fff");
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 60 }), (bytes) => {
        expect(isChatId(newChatId(bytes))).toBe(true);
      }),
    );
  });

  it("refuses a stored key the API would refuse", () => {
    expect(isChatId("web-1:a@b.c_d")).toBe(true);
    expect(isChatId(null)).toBe(false);
    expect(isChatId("")).toBe(false);
    expect(isChatId("có dấu")).toBe(false);
    expect(isChatId("x".repeat(129))).toBe(false);
  });
});
