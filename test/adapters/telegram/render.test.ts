import { describe, expect, it } from "vitest";
import type { Answer, Citation, Statement } from "../../../bot/index.js";
import { packMessages } from "../../../adapters/telegram/html.js";
import { answerParagraphs, chartCaption, citedFigureHtml, figureLabel, withFigures } from "../../../adapters/telegram/render.js";
import { shownText } from "../../fakes/telegram-api.js";
import { answerFrom } from "../../support/answers.js";

const CITATION: Citation = {
  n: 1,
  articleId: "a1",
  title: "Tỉnh <X> & số hóa",
  source: "TTXVN",
  url: "https://example.org/a?x=1&y=2",
  date: "2024-03-01",
  quote: "Kết nối 1.480 dịch vụ công trực tuyến (tăng 1.300 dịch vụ).",
};

const STATEMENT: Statement = {
  place: "Long An",
  goal: null,
  figure: { before: "", figure: "1.480", after: " dịch vụ công trực tuyến" },
  measure: null,
  scope: null,
  period: "tháng 8/2023",
  citation: 1,
};

const FACT = { province: "Long An", raw: "1.480", value: 1480, unit: "dịch vụ công trực tuyến", period: "tháng 8/2023", qualifier: null, target: false, citation: 1 };

const ANSWER: Answer = {
  ...answerFrom({
    blocks: [
      { kind: "headline", text: "Long An: 1.480 dịch vụ công trực tuyến (tháng 8/2023) [1].", verdict: null, statement: STATEMENT },
      { kind: "fact", place: null, words: { before: "còn 11.480 hồ sơ và ", figure: "1.480", after: " thủ tục" }, goal: null, period: null, citation: 1 },
      { kind: "note", about: "merger", text: "Ghi chú: a < b & c." },
      { kind: "citations", label: "Nguồn" },
    ],
    citations: [CITATION],
  }),
  facts: [FACT],
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
  it("renders the headline in bold, each line's own figure in bold, each source linked above its quote in an expandable block quote", () => {
    expect(html(ANSWER)).toEqual([
      "<b>Long An: 1.480 dịch vụ công trực tuyến (tháng 8/2023) [1].</b>\n" +
        "• còn 11.480 hồ sơ và <b>1.480</b> thủ tục [1]\n\n" +
        "Ghi chú: a &lt; b &amp; c.\n\n" +
        "<b>Nguồn</b>\n" +
        '[1] <a href="https://example.org/a?x=1&amp;y=2">Tỉnh &lt;X&gt; &amp; số hóa</a> · TTXVN · 2024-03-01\n' +
        "<blockquote expandable>“Kết nối <b>1.480</b> dịch vụ công trực tuyến (tăng 1.300 dịch vụ).”</blockquote>",
    ]);
  });

  it("labels the sources in the answer's language and shows a title without address unlinked", () => {
    const english = answerFrom({
      blocks: [{ kind: "headline", text: "Long An: 1.480 [1].", verdict: null, statement: STATEMENT }, { kind: "citations", label: "Sources (quoted in Vietnamese)" }],
      citations: [{ ...CITATION, url: null, source: null, date: null }],
    });
    expect(html(english)).toEqual(["<b>Long An: 1.480 [1].</b>\n\n<b>Sources (quoted in Vietnamese)</b>\n[1] Tỉnh &lt;X&gt; &amp; số hóa\n<blockquote expandable>“Kết nối 1.480 dịch vụ công trực tuyến (tăng 1.300 dịch vụ).”</blockquote>"]);
  });

  it("lists the sources of 'nguồn?' once, each with its quote", () => {
    const sources = answerFrom({
      blocks: [{ kind: "headline", text: "Nguồn của câu trả lời trước:", verdict: null, statement: null }, { kind: "references" }, { kind: "citations", label: "Nguồn" }],
      citations: [CITATION],
    });
    expect(html(sources).map(shownText)).toEqual(["Nguồn của câu trả lời trước:\n\nNguồn\n[1] Tỉnh <X> & số hóa · TTXVN · 2024-03-01\n“Kết nối 1.480 dịch vụ công trực tuyến (tăng 1.300 dịch vụ).”"]);
  });

  it("puts a section's title in bold above its lines, and lists a greeting's suggestions", () => {
    const overview = answerFrom({
      blocks: [
        { kind: "headline", text: "Xin chào!", verdict: null, statement: null },
        { kind: "section", title: "Kinh tế số", items: [{ kind: "line", text: "Long An: 47 số liệu", bullet: true }] },
        { kind: "suggestions" },
      ],
      suggestions: [{ label: "Tóm tắt", text: "Tóm tắt Long An" }],
    });
    expect(html(overview)).toEqual(["<b>Xin chào!</b>\n<b>Kinh tế số</b>\n• Long An: 47 số liệu\n• Tóm tắt Long An"]);
  });

  it("splits a long answer between citations, each message valid and under 4 096 characters", () => {
    const quote = "Tỷ lệ đạt 95% ".repeat(150).trim();
    const citations = [1, 2, 3].map((n) => ({ ...CITATION, n, quote }));
    const long = answerFrom({ blocks: [ANSWER.blocks[0]!, { kind: "citations", label: "Nguồn" }], citations });
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
    expect(figureLabel({ ...FACT, qualifier: "Gần", raw: "1.600" })).toBe("gần 1.600 dịch vụ công trực tuyến");
    expect(figureLabel({ ...FACT, unit: "%", raw: "92%" })).toBe("92%");
    expect(figureLabel({ ...FACT, unit: "hạng", raw: "17/63" })).toBe("hạng 17/63");
  });
});

describe("chartCaption", () => {
  it("captions a chart with its title, one line a bar (its figure whole, in bold) and the sources", () => {
    const comparison: Answer = {
      ...ANSWER,
      intent: "comparison",
      blocks: [{ kind: "headline", text: "So sánh tỷ lệ dùng smartphone:", verdict: null, statement: null }, { kind: "series", title: "So sánh tỷ lệ dùng smartphone" }],
      series: [
        { label: "An Giang", value: 66.2, unit: "%", raw: "66,2%", figure: "66,2%", citation: 1 },
        { label: "Long An", value: 88, unit: "%", raw: "88%", figure: "khoảng 88%", citation: 1 },
      ],
    };
    expect(chartCaption(comparison)).toBe(
      "<b>So sánh tỷ lệ dùng smartphone</b>\n\n• An Giang: <b>66,2%</b> [1]\n• Long An: <b>khoảng 88%</b> [1]\n\n" +
        '[1] <a href="https://example.org/a?x=1&amp;y=2">Tỉnh &lt;X&gt; &amp; số hóa</a> · TTXVN · 2024-03-01',
    );
  });

  it("stays within 1 024 characters however many bars and sources", () => {
    const many: Answer = {
      ...ANSWER,
      blocks: [{ kind: "series", title: "Xếp hạng" }],
      series: Array.from({ length: 60 }, (_, i) => ({ label: `Tỉnh số ${i}`, value: i, unit: "dịch vụ", raw: String(i), figure: `${i} dịch vụ`, citation: i + 1 })),
      citations: Array.from({ length: 60 }, (_, i) => ({ ...CITATION, n: i + 1 })),
    };
    const caption = chartCaption(many);
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(shownText(caption)).toMatch(/^Xếp hạng\n\n• Tỉnh số 0: 0 dịch vụ \[1\]/);
  });
});

describe("citedFigureHtml", () => {
  it("gives one figure with its period, its quote and its source", () => {
    expect(citedFigureHtml(FACT, CITATION)).toBe(
      "Long An: <b>1.480 dịch vụ công trực tuyến</b> (tháng 8/2023)\n\n" +
        "<blockquote expandable>“Kết nối <b>1.480</b> dịch vụ công trực tuyến (tăng 1.300 dịch vụ).”</blockquote>\n" +
        '— <a href="https://example.org/a?x=1&amp;y=2">Tỉnh &lt;X&gt; &amp; số hóa</a> · TTXVN · 2024-03-01',
    );
  });
});
