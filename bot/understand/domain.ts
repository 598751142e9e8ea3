import type { Knowledge } from "../../knowledge/index.js";
import type { Question } from "./question.js";

/**
 * True when the question's own words speak of the articles' domain: it uses a phrase of the
 * lexicon or names an index, or two of its two-syllable words stand in the corpus (or one stands
 * in several sentences): "giá đô" sharing a word pair with one sentence is chance, not topic.
 */
export function namesDomain(q: Question, k: Knowledge): boolean {
  if (q.lexical || q.index) return true;
  const words = q.measure.filter((t) => !t.weak).flatMap((t) => t.words);
  const pairs = new Set(words.slice(1).map((w, i) => `${words[i]}_${w}`));
  const used = [...pairs].map((p) => k.index.sentencesUsing(p, 3)).filter((n) => n > 0);
  return used.length >= 2 || used.some((n) => n >= 3);
}

/** True when the question speaks of the domain ({@link namesDomain}) or asks a kind of figure. */
export function isDomain(q: Question, k: Knowledge): boolean {
  return q.kind !== null || namesDomain(q, k);
}
