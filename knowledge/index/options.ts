import { searchTerms } from "../text/index.js";
import type { TermIndexOptions } from "./term-index.js";

/** What the index holds per fact: the text fields searched. */
export interface FactDocument {
  /** Words between the previous figure and this one: what the figure measures. */
  readonly left: string;
  /** Words after the figure: its counted noun ("thành viên"). */
  readonly after: string;
  /** The ";"-part of the sentence holding the figure. */
  readonly clause: string;
  /** The whole sentence. */
  readonly sentence: string;
  /** The heading above it and its paragraph's first sentence: the section's subject. */
  readonly context: string;
}

/** Fields searched, with their weight: the words nearest the figure count most. */
export const FIELD_BOOST: Readonly<Record<keyof FactDocument, number>> = {
  /** 3: the measure ("tỷ lệ sử dụng hộp thư điện tử công vụ … đạt"). */
  left: 3,
  /** 2.5: the counted noun. */
  after: 2.5,
  /** 1.5: the clause. */
  clause: 1.5,
  /** 1: the sentence. */
  sentence: 1,
  /** 0.5: the section. */
  context: 0.5,
};

/** The fields in the order the index stores them. */
export const FIELDS = Object.keys(FIELD_BOOST) as readonly (keyof FactDocument)[];

/**
 * THE options of the fact index, shared by build and load. Our tokenizer folds Vietnamese,
 * keeps figures whole ("10/63", "99,7%") and adds syllable bigrams. The ranking is MiniSearch's
 * with its defaults (BM25+ k 1.2, b 0.7, d 0.5; fuzzy weight 0.45, at most 6 edits), OR of the
 * query terms, no prefix search.
 */
export const INDEX_OPTIONS: TermIndexOptions = {
  fields: FIELDS.map((name) => ({ name, boost: FIELD_BOOST[name] })),
  tokenize: searchTerms,
  /**
   * Typo tolerance on long words only (six letters and more, edit distance up to 20%), so a
   * mistyped "thuong mai" still matches while short words ("xã", "tổ") never match noise.
   * Bigrams are exact.
   */
  fuzzy: (term) => (term.length >= 6 && !term.includes("_") ? 0.2 : false),
  maxFuzzy: 6,
  fuzzyWeight: 0.45,
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
};
