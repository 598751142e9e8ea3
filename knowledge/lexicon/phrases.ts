import { foldText } from "../text/index.js";

/** A text as folded words: diacritics off, lower case, split at anything but letters, digits and "%". */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}%]+/u)
    .filter(Boolean);
}

/** Where a phrase of a {@link PhraseSet} stands in a list of words. */
export interface PhraseMatch {
  /** Index of the phrase in the list the set was made from. */
  readonly phrase: number;
  /** Word offsets, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/**
 * Phrases looked up in folded words, the longest first at each position: "bao nhiêu %" before
 * "bao nhiêu", "chỉ số chuyển đổi số" before "chuyển đổi số".
 */
export class PhraseSet {
  /** Each phrase's folded words, by index. */
  readonly words: readonly (readonly string[])[];
  private readonly byFirst = new Map<string, number[]>();

  constructor(readonly phrases: readonly string[]) {
    this.words = phrases.map(foldedWords);
    this.words.forEach((w, i) => {
      if (!w.length) return;
      const list = this.byFirst.get(w[0]!) ?? [];
      list.push(i);
      this.byFirst.set(w[0]!, list);
    });
    for (const list of this.byFirst.values()) list.sort((a, b) => this.words[b]!.length - this.words[a]!.length);
  }

  /** The longest phrase starting at `at`, if any. */
  at(words: readonly string[], at: number): PhraseMatch | null {
    const list = this.byFirst.get(words[at]!);
    if (!list) return null;
    // Read at every word of every question, for each set: plain loops, no closure per phrase.
    const left = words.length - at;
    phrases: for (const i of list) {
      const p = this.words[i]!;
      if (p.length > left) continue;
      for (let j = 1; j < p.length; j++) if (words[at + j] !== p[j]) continue phrases;
      return { phrase: i, start: at, end: at + p.length };
    }
    return null;
  }

  /** Every phrase found, left to right, not overlapping (the longest wins where two start). */
  findAll(words: readonly string[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let i = 0; i < words.length; ) {
      const m = this.at(words, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i += 1;
    }
    return out;
  }

  /** The first phrase found, left to right. */
  first(words: readonly string[]): PhraseMatch | null {
    for (let i = 0; i < words.length; i++) {
      const m = this.at(words, i);
      if (m) return m;
    }
    return null;
  }

  /** True when any phrase stands in the words. */
  some(words: readonly string[]): boolean {
    return this.first(words) !== null;
  }
}
