import { describe, expect, it } from "vitest";
import type { Answer, Citation } from "../../../bot/index.js";
import { packMessages } from "../../../adapters/telegram/html.js";
import { answerParagraphs, chartCaption, citedFigureHtml, figureLabel, withFigures } from "../../../adapters/telegram/render.js";
import { shownText } from "../../fakes/telegram-api.js";

const CITATION: Citation = {
  n: 1,
  articleId: "a1",
  title: "Tỉnh <X> & số hóa",
  source: "TTXVN",
  url: "https://example.org/a?x=1&y=2",
  date: "2024-03-01",
  quote: "Kết nối 1.480 dịch vụ công trực tuyến (tăng 1.300 dịch vụ).",
};

const ANSWER: Answer = {
  question: "Long An kết nối bao nhiêu dịch vụ công?",
  intent: "figure",
  provinces: ["Long An"],
  headline: "Long An: 1.480 dịch vụ công trực tuyến (tháng 8/2023) [1].",
  text:
    "Long An: 1.480 dịch vụ công trực tuyến (tháng 8/2023) [1].\n• còn 11.480 hồ sơ và 1.480 thủ tục [1]\n\nGhi chú: a < b & c.\n\n" +
    "Nguồn:\n[1] “Kết nối 1.480 dịch vụ công trực tuyến (tăng 1.300 dịch vụ).”\n    — Tỉnh <X> & số hóa, TTXVN, 2024-03-01 (https://example.org/a?x=1&y=2)",
  citations: [CITATION],
  facts: [{ province: "Long An", raw: "1.480", value: 1480, unit: "dịch vụ công trực tuyến", period: "tháng 8/2023", qualifier: null, target: false, citation: 1 }],
  suggestions: [],
  series: [],
};

const html = (a: Answer) => packMessages(answerParagraphs(a));

describe("withFigures", () => {
  it("bolds a figure standing alone, not inside a longer number nor a citation mark", () => {
    expect(withFigures("11.480 và 1.480 [1] 1.4800 1.480.", ["1.480", "1"])).toEqual([
      { text: "11.480 và " },
      { text: "1.480", bold: true },
      { text: " [1] 1.4800 " },
      { text: "1.480", bold: true },
      { text: "." },
    ]);
  });
});

describe("answerParagraphs", () => {
  it("renders the headline in bold, figures in bold, each source linked above its quote in an expandable block quote", () => {
    expect(html(ANSWER)).toEqual([
      "<b>Long An: 1.480 dịch vụ công trực tuyến (tháng 8/2023) [1].</b>\n" +
        "• còn 11.480 hồ sơ và <b>1.480</b> thủ tục [1]\n\n" +
        "Ghi chú: a &lt; b &amp; c.\n\n" +
        "Nguồn:\n" +
        '[1] <a href="https://example.org/a?x=1&amp;y=2">Tỉnh &lt;X&gt; &amp; số hóa</a> · TTXVN · 2024-03-01\n' +
        "<blockquote expandable>“Kết nối <b>1.480</b> dịch vụ công trực tuyến (tăng 1.300 dịch vụ).”</blockquote>",
    ]);
  });

  it("keeps the core's sources label in the answer's language and shows a title without address unlinked", () => {
    const english: Answer = {
      ...ANSWER,
      text: ANSWER.text.replace("Nguồn:", "Sources (quoted in Vietnamese):"),
      citations: [{ ...CITATION, url: null, source: null, date: null }],
    };
    expect(shownText(html(english)[0]!)).toContain("Sources (quoted in Vietnamese):\n[1] Tỉnh <X> & số hóa\n“Kết nối 1.480");
  });

  it("leaves a multi-line headline (a greeting) unstyled", () => {
    const greeting: Answer = { ...ANSWER, intent: "greeting", headline: "Xin chào!\nBạn có thể hỏi:", text: "Xin chào!\nBạn có thể hỏi:\n• Long An?", citations: [], facts: [] };
    expect(html(greeting)).toEqual(["Xin chào!\nBạn có thể hỏi:\n• Long An?"]);
  });

  it("splits a long answer between citations, each message valid and under 4 096 characters", () => {
    const quote = "Tỷ lệ đạt 95% ".repeat(150).trim();
    const citations = [1, 2, 3].map((n) => ({ ...CITATION, n, quote }));
    const long: Answer = { ...ANSWER, text: `${ANSWER.headline}\n\nNguồn:\n…`, citations, facts: [] };
    const messages = html(long);
    expect(messages.length).toBe(3);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(4096);
      expect(shownText(m).match(/“/g)?.length).toBe(1);
    }
  });
});

describe("figureLabel", () => {
  it("says a figure with its qualifier and unit, a rank as a rank", () => {
    expect(figureLabel({ ...ANSWER.facts[0]!, qualifier: "Gần", raw: "1.600" })).toBe("gần 1.600 dịch vụ công trực tuyến");
    expect(figureLabel({ ...ANSWER.facts[0]!, unit: "%", raw: "92%" })).toBe("92%");
    expect(figureLabel({ ...ANSWER.facts[0]!, unit: "hạng", raw: "17/63" })).toBe("hạng 17/63");
  });
});

describe("chartCaption", () => {
  it("captions a chart with the headline, one line a bar and the sources", () => {
    const comparison: Answer = {
      ...ANSWER,
      intent: "comparison",
      headline: "So sánh tỷ lệ dùng smartphone:",
      series: [
        { label: "An Giang", value: 66.2, unit: "%", raw: "66,2%", citation: 1 },
        { label: "Long An", value: 3, unit: "triệu thuê bao", raw: "3", citation: 1 },
      ],
    };
    expect(chartCaption(comparison)).toBe(
      "<b>So sánh tỷ lệ dùng smartphone:</b>\n\n• An Giang: <b>66,2%</b> [1]\n• Long An: <b>3</b> triệu thuê bao [1]\n\n" +
        '[1] <a href="https://example.org/a?x=1&amp;y=2">Tỉnh &lt;X&gt; &amp; số hóa</a> · TTXVN · 2024-03-01',
    );
  });

  it("stays within 1 024 characters however many bars and sources", () => {
    const many: Answer = {
      ...ANSWER,
      headline: "Xếp hạng:",
      series: Array.from({ length: 60 }, (_, i) => ({ label: `Tỉnh số ${i}`, value: i, unit: "dịch vụ", raw: String(i), citation: i + 1 })),
      citations: Array.from({ length: 60 }, (_, i) => ({ ...CITATION, n: i + 1 })),
    };
    const caption = chartCaption(many);
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(shownText(caption)).toMatch(/^Xếp hạng:\n\n• Tỉnh số 0: 0 dịch vụ \[1\]/);
  });
});

describe("citedFigureHtml", () => {
  it("gives one figure with its period, its quote and its source", () => {
    expect(citedFigureHtml(ANSWER.facts[0]!, CITATION)).toBe(
      "Long An: <b>1.480 dịch vụ công trực tuyến</b> (tháng 8/2023)\n\n" +
        "<blockquote expandable>“Kết nối <b>1.480</b> dịch vụ công trực tuyến (tăng 1.300 dịch vụ).”</blockquote>\n" +
        '— <a href="https://example.org/a?x=1&amp;y=2">Tỉnh &lt;X&gt; &amp; số hóa</a> · TTXVN · 2024-03-01',
    );
  });
});
