import { foldText } from "../text/index.js";

/** A word of a text, folded, with where it starts. */
export interface Word {
  readonly text: string;
  readonly folded: string;
  readonly start: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
let last: { text: string; words: readonly Word[] } | null = null;

/**
 * The words of a text, folded. The last text's are kept: a question is looked through for names,
 * short forms, contractions and typos in turn, each over the same words.
 */
export function wordsOf(text: string): readonly Word[] {
  if (last?.text === text) return last.words;
  const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0], folded: foldText(m[0]), start: m.index ?? 0 }));
  last = { text, words };
  return words;
}
