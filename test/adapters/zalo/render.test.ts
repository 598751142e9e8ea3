import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Block, FactBlock, SectionItem } from "../../../bot/index.js";
import { chartTitle, cutText, followUpsText, zaloMessages } from "../../../adapters/zalo/render.js";
import { answerFrom, citationOf } from "../../support/answers.js";

/** A line of a fact: "• <words> [n]". */
const fact = (words: string, citation: number): FactBlock => ({ kind: "fact", place: null, words: { before: words, figure: "", after: "" }, goal: null, period: null, citation });
const headline = (text: string): Block => ({ kind: "headline", text, verdict: null, statement: null });
const SOURCES: Block = { kind: "citations", label: "Nguồn" };
const quoted = (quotes: readonly string[]) => quotes.map((q, i) => citationOf(i + 1, q));
const asked = (texts: readonly string[]) => texts.map((text) => ({ label: text, text }));

describe("zaloMessages", () => {
  it("sends a short answer whole, with its follow-up questions numbered", () => {
    const a = answerFrom({ blocks: [headline("Lào Cai: 1.837 dịch vụ công [1]."), SOURCES], citations: quoted(["Đã tích hợp 1.837 dịch vụ công."]), suggestions: asked(["Chi tiết hơn", "Nguồn?"]) });
    expect(zaloMessages(a)).toEqual([
      "Lào Cai: 1.837 dịch vụ công [1].\n\nNguồn:\n[1] “Đã tích hợp 1.837 dịch vụ công.”\n    — Bài 1\n\nHỏi tiếp (gõ số hoặc gõ câu hỏi):\n1. Chi tiết hơn\n2. Nguồn?",
    ]);
  });

  it("writes every message in NFC", () => {
    const nfd = "Hòa Bình: 12 xã [1].".normalize("NFD");
    const [m] = zaloMessages(answerFrom({ blocks: [headline(nfd), SOURCES], citations: quoted(["Có 12 xã.".normalize("NFD")]) }));
    expect(m).toBe("Hòa Bình: 12 xã [1].\n\nNguồn:\n[1] “Có 12 xã.”\n    — Bài 1");
    expect(m!.normalize("NFC")).toBe(m);
  });

  it("cuts a long answer by section, each message with the sources of its own figures", () => {
    const q = (w: string) => `${w} ${"x".repeat(60)}.`;
    const a = answerFrom({
      blocks: [
        headline("So sánh:"),
        { kind: "section", title: "An Giang", items: [fact("A1", 1), fact("A2", 2)] },
        { kind: "section", title: "Kiên Giang", items: [fact("K1", 3), fact("K2", 4)] },
        { kind: "note", about: "merger", text: "Ghi chú: tỉnh cũ." },
        SOURCES,
      ],
      citations: quoted([q("a1"), q("a2"), q("k1"), q("k2")]),
    });
    expect(zaloMessages(a, 300)).toEqual([
      `So sánh:\nAn Giang:\n• A1 [1]\n• A2 [2]\n\nNguồn:\n[1] “${q("a1")}”\n    — Bài 1\n[2] “${q("a2")}”\n    — Bài 2`,
      `Kiên Giang:\n• K1 [3]\n• K2 [4]\n\nGhi chú: tỉnh cũ.\n\nNguồn:\n[3] “${q("k1")}”\n    — Bài 3\n[4] “${q("k2")}”\n    — Bài 4`,
    ]);
  });

  it("keeps the sources of an answer that lists sources, each with the line naming its article", () => {
    const quotes = ["q".repeat(150), "r".repeat(150)];
    const a = answerFrom({ blocks: [headline("Nguồn của câu trả lời trước:"), { kind: "references" }, SOURCES], citations: quoted(quotes) });
    const messages = zaloMessages(a, 250);
    expect(messages.some((m) => m.includes("[1] Bài 1") && m.includes(`[1] “${quotes[0]}”`))).toBe(true);
    expect(messages.some((m) => m.includes("[2] Bài 2") && m.includes(`[2] “${quotes[1]}”`))).toBe(true);
    for (const m of messages) expect(m.length).toBeLessThanOrEqual(250);
  });

  it("never exceeds the limit, loses no line, and puts each cited figure with its source when they fit together", () => {
    const word = fc.stringMatching(/^[a-zà-ỹ0-9.,%]{1,12}$/);
    const item = fc.tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.array(item, { minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(word, { minLength: 1, maxLength: 40 }), { minLength: 6, maxLength: 6 }),
        fc.array(word, { maxLength: 3 }),
        fc.integer({ min: 200, max: 2000 }),
        (sections, quoteWords, suggestions, limit) => {
          const blocks: Block[] = sections.map(([title, items]) => ({
            kind: "section",
            title,
            items: items.map(([words, cite]): SectionItem => (cite ? fact(words.join(" "), cite) : { kind: "line", text: words.join(" "), bullet: true })),
          }));
          const quotes = quoteWords.map((w) => w.join(" ").normalize("NFC"));
          const a = answerFrom({ blocks: [headline("Số liệu:"), ...blocks, SOURCES], citations: quoted(quotes), suggestions: asked(suggestions) });
          const messages = zaloMessages(a, limit);
          for (const m of messages) expect(m.length).toBeLessThanOrEqual(limit);
          const all = messages.join("\n");
          for (const [words, cite] of sections.flatMap(([, items]) => items)) {
            const l = `• ${words.join(" ")}${cite ? ` [${cite}]` : ""}`.normalize("NFC");
            const entry = cite ? `[${cite}] “${quotes[cite - 1]}”\n    — Bài ${cite}` : "";
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
  it("is the title of the answer's chart, in NFC", () => {
    expect(chartTitle(answerFrom({ blocks: [headline("So sánh:"), { kind: "series", title: "So sánh Hòa Bình".normalize("NFD") }] }))).toBe("So sánh Hòa Bình");
  });
});
