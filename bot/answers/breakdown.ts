import type { Fact, Knowledge } from "../../knowledge/index.js";
import type { Candidate } from "../match/candidates.js";

// Scores this close name the measure alike: neither is told apart by the question's words.
const TIED = 0.02;

/** Two counts of the same noun in one sentence, each after its "trong đó" or "gồm": parts of one whole. */
export function sameBreakdown(k: Knowledge, a: Fact, b: Fact): boolean {
  if (a.sentenceId !== b.sentenceId || a.kind !== "count" || b.kind !== "count" || a.unit !== b.unit || a.clauseStart === b.clauseStart) return false;
  const text = k.sentence(a.sentenceId)?.text ?? "";
  const opens = /(?<![\p{L}])(?:trong đó|trong số đó|bao gồm|gồm)(?![\p{L}])/iu.exec(text);
  return opens !== null && opens.index < Math.min(a.start, b.start);
}

/**
 * The parts of one breakdown a question names alike ("bao nhiêu tổ" of "Tổ cấp phường/xã: 156
 * tổ …; Tổ cấp khóm/ấp: 731 tổ"), in the article's order, when the best candidate is one of
 * them: the whole is asked, and the article does not state it. Empty otherwise.
 */
export function tiedParts(k: Knowledge, best: Candidate, candidates: readonly Candidate[]): Fact[] {
  const other = candidates.find((c) => c !== best && Math.abs(c.score - best.score) < TIED && sameBreakdown(k, best.fact, c.fact));
  return other ? [best.fact, other.fact].sort((x, y) => x.start - y.start) : [];
}
