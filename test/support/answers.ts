import { plainText, type Answer, type Block, type Citation, type SeriesPoint, type Suggestion } from "../../bot/index.js";

/** A citation of article `a<n>` titled "Bài <n>", with no publisher, date or address unless given. */
export const citationOf = (n: number, quote: string, more: Partial<Citation> = {}): Citation => ({ n, articleId: `a${n}`, title: `Bài ${n}`, source: null, url: null, date: null, quote, ...more });

/**
 * An answer as the core hands it to channels, from its blocks: its text rendered by the core's
 * plain renderer, its headline that of its headline block.
 */
export function answerFrom(parts: { blocks: readonly Block[]; citations?: readonly Citation[]; suggestions?: readonly Suggestion[]; series?: readonly SeriesPoint[]; intent?: Answer["intent"] }): Answer {
  const citations = parts.citations ?? [];
  const suggestions = parts.suggestions ?? [];
  const headline = parts.blocks.find((b) => b.kind === "headline");
  return {
    question: "q",
    intent: parts.intent ?? "figure",
    provinces: [],
    text: plainText({ blocks: parts.blocks, citations, suggestions }),
    headline: headline?.kind === "headline" ? headline.text : "",
    blocks: parts.blocks,
    citations,
    facts: [],
    suggestions,
    series: parts.series ?? [],
    unanswered: null,
  };
}
