import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answer, Citation } from "../../../bot/index.js";
import { chartTitle, cutText, followUpsText, zaloMessages } from "../../../adapters/zalo/render.js";

const citation = (n: number, quote: string): Citation => ({ n, articleId: `a${n}`, title: `Bài ${n}`, source: null, url: null, date: null, quote });
/** An answer as the core writes it: body paragraphs, then "Nguồn:" and one `[n] “quote”` / `    — title` pair per citation. */
function answerOf(body: string, quotes: readonly string[], suggestions: readonly string[] = []): Answer {
  const citations = quotes.map((q, i) => citation(i + 1, q));
  const sources = citations.length ? `\n\nNguồn:\n${citations.map((c) => `[${c.n}] “${c.quote}”\n    — ${c.title}`).join("\n")}` : "";
  return {
    question: "q",
    intent: "comparison",
    provinces: [],
    text: body + sources,
    headline: body.split("\n")[0]!,
    citations,
    facts: [],
    suggestions: suggestions.map((s) => ({ label: s, text: s })),
    series: [],
  };
}

describe("zaloMessages", () => {
  it("sends a short answer whole, with its follow-up questions numbered", () => {
    const a = answerOf("Lào Cai: 1.837 dịch vụ công [1].", ["Đã tích hợp 1.837 dịch vụ công."], ["Chi tiết hơn", "Nguồn?"]);
    expect(zaloMessages(a)).toEqual([
      "Lào Cai: 1.837 dịch vụ công [1].\n\nNguồn:\n[1] “Đã tích hợp 1.837 dịch vụ công.”\n    — Bài 1\n\nHỏi tiếp (gõ số hoặc gõ câu hỏi):\n1. Chi tiết hơn\n2. Nguồn?",
    ]);
  });

  it("writes every message in NFC", () => {
    const nfd = "Hòa Bình: 12 xã [1].".normalize("NFD");
    const [m] = zaloMessages(answerOf(nfd, ["Có 12 xã.".normalize("NFD")]));
    expect(m).toBe("Hòa Bình: 12 xã [1].\n\nNguồn:\n[1] “Có 12 xã.”\n    — Bài 1");
    expect(m!.normalize("NFC")).toBe(m);
  });

  it("cuts a long answer by section, each message with the sources of its own figures", () => {
    const q = (w: string) => `${w} ${"x".repeat(60)}.`;
    const body = "So sánh:\nAn Giang:\n• A1 [1]\n• A2 [2]\nKiên Giang:\n• K1 [3]\n• K2 [4]\n\nGhi chú: tỉnh cũ.";
    const messages = zaloMessages(answerOf(body, [q("a1"), q("a2"), q("k1"), q("k2")]), 300);
    expect(messages).toEqual([
      `So sánh:\nAn Giang:\n• A1 [1]\n• A2 [2]\n\nNguồn:\n[1] “${q("a1")}”\n    — Bài 1\n[2] “${q("a2")}”\n    — Bài 2`,
      `Kiên Giang:\n• K1 [3]\n• K2 [4]\n\nGhi chú: tỉnh cũ.\n\nNguồn:\n[3] “${q("k1")}”\n    — Bài 3\n[4] “${q("k2")}”\n    — Bài 4`,
    ]);
  });

  it("keeps the sources of an answer that only lists sources", () => {
    const quotes = ["q".repeat(150), "r".repeat(150)];
    const messages = zaloMessages(answerOf("Nguồn của câu trả lời trước:", quotes), 250);
    expect(messages.join("\n")).toContain(`[1] “${quotes[0]}”`);
    expect(messages.join("\n")).toContain(`[2] “${quotes[1]}”`);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(250);
  });

  it("never exceeds the limit, loses no line, and puts each cited figure with its source when they fit together", () => {
    const word = fc.stringMatching(/^[a-zà-ỹ0-9.,%]{1,12}$/);
    const line = fc.tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }));
    fc.assert(
      fc.property(
        fc.array(fc.array(line, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(word, { minLength: 1, maxLength: 40 }), { minLength: 6, maxLength: 6 }),
        fc.array(word, { maxLength: 3 }),
        fc.integer({ min: 200, max: 2000 }),
        (paragraphs, quoteWords, suggestions, limit) => {
          const lines = paragraphs.map((p) => p.map(([words, cite]) => `• ${words.join(" ")}${cite ? ` [${cite}]` : ""}`.normalize("NFC")));
          const body = lines.map((p) => p.join("\n")).join("\n\n");
          const quotes = quoteWords.map((w) => w.join(" ").normalize("NFC"));
          const a = answerOf(body, quotes, suggestions);
          const messages = zaloMessages(a, limit);
          for (const m of messages) expect(m.length).toBeLessThanOrEqual(limit);
          const all = messages.join("\n");
          for (const l of lines.flat()) {
            const cite = /\[(\d)\]/.exec(l)?.[1];
            const entry = cite ? `[${cite}] “${quotes[Number(cite) - 1]}”\n    — Bài ${cite}` : "";
            if (`${l}\n\nNguồn:\n${entry}`.length <= limit) {
              expect(messages.some((m) => m.includes(l) && m.includes(entry))).toBe(true);
            } else expect(all.replace(/\s+/g, "")).toContain(l.replace(/\s+/g, "").slice(0, 20));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("cutText", () => {
  it("cuts between paragraphs, then lines, then words, and keeps every character", () => {
    expect(cutText("aaaa\n\nbbbb\ncccc dddd", 9)).toEqual(["aaaa", "bbbb", "cccc dddd"]);
    // One grapheme of 6 UTF-16 units (a musical note with its stem marks) in 5-unit messages.
    expect(cutText("x \u{1D15F}\u{1D165}\u{1D16E}", 5)).toEqual(["x", "\u{1D15F}\u{1D165}", "\u{1D16E}"]);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.integer({ min: 5, max: 60 }), (text, limit) => {
        const pieces = cutText(text, limit);
        for (const p of pieces) expect(p.length).toBeLessThanOrEqual(limit);
        expect(pieces.join("").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
      }),
    );
  });
});

describe("followUpsText", () => {
  it("numbers the questions the user can type, and is empty without any", () => {
    expect(followUpsText([{ label: "Chi tiết", text: "Chi tiết hơn" }])).toBe("Hỏi tiếp (gõ số hoặc gõ câu hỏi):\n1. Chi tiết hơn");
    expect(followUpsText([])).toBe("");
  });
});

describe("chartTitle", () => {
  it("is the headline without its closing colon", () => {
    expect(chartTitle(answerOf("So sánh tỷ lệ dùng smartphone:\n• An Giang: 66,2% [1]", ["q"]))).toBe("So sánh tỷ lệ dùng smartphone");
  });
});
