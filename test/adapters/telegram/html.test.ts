import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, lineHtml, packMessages, spanHtml, type Paragraph } from "../../../adapters/telegram/html.js";
import { parseTelegramHtml } from "../../fakes/telegram-api.js";

const plain = (text: string): Paragraph => [{ spans: [{ text }] }];

describe("escapeHtml", () => {
  it("escapes <, > and & (and quotes, for attributes)", () => {
    expect(escapeHtml(`a < b && c > "d"`)).toBe("a &lt; b &amp;&amp; c &gt; &quot;d&quot;");
  });
});

describe("spanHtml", () => {
  it("links http(s) addresses and shows any other as plain text", () => {
    expect(spanHtml({ text: "Báo & Đài", href: "https://example.org/?a=1&b=2", bold: true })).toBe('<a href="https://example.org/?a=1&amp;b=2"><b>Báo &amp; Đài</b></a>');
    expect(spanHtml({ text: "x", href: "javascript:alert(1)" })).toBe("x");
  });
});

describe("lineHtml", () => {
  it("puts a quote line in an expandable block quote", () => {
    expect(lineHtml({ spans: [{ text: "“a " }, { text: "1.480", bold: true }, { text: "”" }], quote: true })).toBe("<blockquote expandable>“a <b>1.480</b>”</blockquote>");
  });
});

describe("packMessages", () => {
  it("joins paragraphs with a blank line while they fit", () => {
    expect(packMessages([plain("một"), plain("hai")], 20)).toEqual(["một\n\nhai"]);
  });

  it("moves a paragraph that does not fit whole to the next message", () => {
    expect(packMessages([plain("aaaa bbbb"), [{ spans: [{ text: "cccc" }] }, { spans: [{ text: "dddd" }] }]], 12)).toEqual(["aaaa bbbb", "cccc\ndddd"]);
  });

  it("cuts a paragraph longer than a message between lines", () => {
    const p: Paragraph = [{ spans: [{ text: "first line" }] }, { spans: [{ text: "second line" }] }, { spans: [{ text: "third" }] }];
    expect(packMessages([p], 20)).toEqual(["first line", "second line\nthird"]);
  });

  it("cuts a line longer than a message between words, closing and reopening its tags", () => {
    const line: Paragraph = [{ spans: [{ text: "số " }, { text: "một hai ba bốn năm", bold: true }], quote: true }];
    const messages = packMessages([line], 50);
    // 50 less the block quote's 36 characters leaves 14 for text and tags.
    expect(messages).toEqual([
      "<blockquote expandable>số <b>một </b></blockquote>",
      "<blockquote expandable><b>hai ba </b></blockquote>",
      "<blockquote expandable><b>bốn năm</b></blockquote>",
    ]);
  });

  it("cuts a word longer than a message between characters, never inside an entity or a surrogate pair", () => {
    const messages = packMessages([plain("&&&&&&😀😀😀<<<<")], 10);
    // An emoji counts 2 (UTF-16), "&" 5 and "<" 4 once escaped.
    expect(messages).toEqual(["&amp;&amp;", "&amp;&amp;", "&amp;&amp;", "😀😀😀&lt;", "&lt;&lt;", "&lt;"]);
  });

  it("drops lines with nothing to show (Telegram refuses an empty message)", () => {
    expect(packMessages([plain("  "), [{ spans: [{ text: "" }] }]])).toEqual([]);
  });

  it("always gives valid Telegram HTML within the limit, losing no text (property)", () => {
    const span = fc.record({ text: fc.string({ unit: fc.constantFrom("a", "b", " ", "\n", "<", ">", "&", '"', "é", "😀", "ư", "1", ".") , maxLength: 80 }), bold: fc.boolean(), href: fc.option(fc.constantFrom("https://a.example/?x=1&y=<2>", "ftp://nope"), { nil: undefined }) });
    const line = fc.record({ spans: fc.array(span, { maxLength: 4 }), quote: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.array(line, { maxLength: 4 }), { maxLength: 5 }), fc.integer({ min: 60, max: 400 }), (paragraphs, limit) => {
        const messages = packMessages(paragraphs, limit);
        const shown = messages.map((m) => {
          expect(m.length).toBeLessThanOrEqual(limit);
          const parsed = parseTelegramHtml(m);
          if (!parsed.ok) throw new Error(`${parsed.error}: ${m}`);
          expect(parsed.text.trim()).not.toBe("");
          return parsed.text;
        });
        const words = (s: string) => s.replace(/\s+/g, "");
        expect(words(shown.join(""))).toBe(words(paragraphs.flatMap((p) => p.flatMap((l) => l.spans.map((s) => s.text))).join("")));
      }),
      { numRuns: 300 },
    );
  });
});
