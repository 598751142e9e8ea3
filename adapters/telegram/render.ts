import { blockLines as plainLines, chartTitle, itemMarked, paragraphsOf, vi, type Answer, type AnswerFact, type Block, type Citation, type Marked } from "../../bot/index.js";
import { CAPTION_LIMIT, packMessages, type Line, type Paragraph, type Span } from "./html.js";

/**
 * Answers as Telegram shows them, from their blocks (pure functions, no I/O): the figures in
 * bold, each quote in an expandable block quote under its numbered source, the source title
 * linked when the article has an address.
 */

// A figure as written stands alone: "1.480" is not the "480" of another, nor the "1" of "[1]".
const BEFORE = String.raw`(?<![\p{L}\p{N}\[./,])`;
const AFTER = String.raw`(?![\p{L}\p{N}\]]|[.,/]\p{N})`;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Spans of a line of text with every figure of `raws` in bold. */
export function withFigures(text: string, raws: readonly string[]): Span[] {
  const unique = [...new Set(raws.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!unique.length) return [{ text }];
  const pattern = new RegExp(`${BEFORE}(?:${unique.map(escapeRegExp).join("|")})${AFTER}`, "gu");
  const spans: Span[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > at) spans.push({ text: text.slice(at, m.index) });
    spans.push({ text: m[0], bold: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) spans.push({ text: text.slice(at) });
  return spans;
}

/** Plain text (no markup) as paragraphs: blank lines separate paragraphs. */
export function textParagraphs(text: string): Paragraph[] {
  return text.split(/\n{2,}/).map((p) => p.split("\n").map((line) => ({ spans: [{ text: line }] })));
}

/** "[1] Title · source · date" ("— Title…" unnumbered), the title linked when the article has an address. */
function sourceLine(c: Citation, numbered = true): Line {
  const rest = [c.source, c.date].filter(Boolean).join(" · ");
  return { spans: [{ text: numbered ? `[${c.n}] ` : "— " }, { text: c.title, ...(c.url ? { href: c.url } : {}) }, ...(rest ? [{ text: ` · ${rest}` }] : [])] };
}

function quoteLine(c: Citation, facts: readonly AnswerFact[]): Line {
  const raws = facts.filter((f) => f.citation === c.n).map((f) => f.raw);
  return { spans: withFigures(`“${c.quote}”`, raws), quote: true };
}

/** Words with their figure in bold. */
const markedSpans = (m: Marked): Span[] => [{ text: m.before }, { text: m.figure, bold: true }, { text: m.after }];

/** The lines of one block: the headline in bold, figures in bold, a section's title in bold above its lines. */
function blockLines(block: Block, answer: Answer): Line[] {
  switch (block.kind) {
    case "headline":
      return [{ spans: [{ text: block.text, bold: true }] }];
    case "figure":
    case "fact":
      return [{ spans: markedSpans(itemMarked(block)) }];
    case "section":
      return [{ spans: [{ text: block.title, bold: true }] }, ...block.items.flatMap((item) => blockLines(item, answer))];
    // The chart is sent as a picture of its own; the articles "nguồn?" lists are each citation's, shown with its quote.
    case "series":
    case "references":
      return [];
    default:
      return plainLines(block, answer).map((l) => ({ spans: [{ text: l.text }] }));
  }
}

/**
 * An answer as paragraphs, from its blocks: the headline in bold, the figures of its lines in
 * bold, its notes, then its sources: the label in bold and each numbered source, linked, above
 * its quote in an expandable block quote (the quote's figures in bold too), a paragraph each.
 */
export function answerParagraphs(answer: Answer): Paragraph[] {
  return paragraphsOf(answer.blocks).flatMap((blocks): Paragraph[] => {
    const [first] = blocks;
    if (first?.kind !== "citations") return [blocks.flatMap((b) => blockLines(b, answer))];
    const label: Line = { spans: [{ text: first.label, bold: true }] };
    return answer.citations.map((c, i): Paragraph => [...(i === 0 ? [label] : []), sourceLine(c), quoteLine(c, answer.facts)]);
  });
}

/** An answer's figure as a reader says it: "gần 1.600 dịch vụ công trực tuyến", "hạng 17/63". */
export function figureLabel(f: AnswerFact): string {
  const qualifier = f.qualifier ? `${f.qualifier.toLowerCase()} ` : "";
  if (f.unit === "hạng") return vi.rank(f.raw);
  return `${qualifier}${f.raw}${f.unit && f.unit !== "%" ? ` ${f.unit}` : ""}`;
}

/**
 * The caption of a comparison or ranking chart: its title, one line a bar (figure in bold,
 * citation number), and the sources' titles; at most 1024 characters, valid HTML. Lines that do
 * not fit are left to the text message sent with the chart, which has them all.
 */
export function chartCaption(answer: Answer): string {
  const headline: Paragraph = [{ spans: [{ text: chartTitle(answer.blocks), bold: true }] }];
  const bars: Paragraph = answer.series.map((p) => ({ spans: [{ text: `• ${p.label}: ` }, { text: p.figure, bold: true }, { text: ` [${p.citation}]` }] }));
  const sources: Paragraph = answer.citations.map((c) => sourceLine(c));
  return packMessages([headline, bars, sources], CAPTION_LIMIT)[0] ?? "";
}

/** One cited figure as a message of its own (inline mode): the figure, its quote, its source. */
export function citedFigureHtml(fact: AnswerFact, citation: Citation): string {
  const figure: Paragraph = [{ spans: [{ text: `${fact.province}: ` }, { text: figureLabel(fact), bold: true }, ...(fact.period ? [{ text: ` (${fact.period})` }] : [])] }];
  return packMessages([figure, [quoteLine(citation, [fact]), sourceLine(citation, false)]])[0] ?? "";
}
