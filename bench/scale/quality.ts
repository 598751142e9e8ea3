/**
 * When an answer to a figure question is right. The bot: its first figure is the right one
 * (as written, for the right province) and its citation quotes an article that states it. The
 * plain-MiniSearch baseline: its top sentence holds the right figure as a whole token.
 */
import type { Answer } from "../../bot/index.js";
import type { FigureQuestion } from "../synthetic/corpus.js";

/** True when `figure` stands in `text` as a whole token: "10%" is not inside "110%", nor "1.000" inside "11.000". */
export function hasFigure(text: string, figure: string): boolean {
  for (let i = text.indexOf(figure); i >= 0; i = text.indexOf(figure, i + 1)) {
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(i + figure.length, i + figure.length + 2);
    if (!/\d$|\d[.,]$/.test(before) && !/^\d|^[.,]\d/.test(after)) return true;
  }
  return false;
}

/** The bot's answer is right: first figure, province and cited article. */
export function botAnswerRight(answer: Answer, expected: FigureQuestion): boolean {
  const first = answer.facts[0];
  if (!first || first.raw !== expected.raw || first.province !== expected.province) return false;
  const citation = answer.citations.find((c) => c.n === first.citation);
  return !!citation && expected.articleIds.includes(citation.articleId) && hasFigure(answer.headline, expected.raw);
}

/** The baseline's top sentence is right: it holds the figure. */
export function baselineRight(topSentence: string | undefined, expected: FigureQuestion): boolean {
  return topSentence !== undefined && hasFigure(topSentence, expected.raw);
}
