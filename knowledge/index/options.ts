import type { Options, SearchOptions } from "minisearch";
import { searchTerms } from "../text/index.js";

/** What the index stores per fact: the text fields searched, by the fact's id. */
export interface FactDocument {
  readonly id: string;
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
export const FIELD_BOOST: Readonly<Record<keyof Omit<FactDocument, "id">, number>> = {
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

/**
 * Typo tolerance on long words only (six letters and more, edit distance up to 20%), so a
 * mistyped "thuong mai" still matches while short words ("xã", "tổ") never match noise.
 * Bigrams are exact.
 */
const fuzzy = (term: string): number | boolean => (term.length >= 6 && !term.includes("_") ? 0.2 : false);

/** Search defaults, used for every query. */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: FIELD_BOOST,
  fuzzy,
  prefix: false,
  combineWith: "OR",
};

/**
 * THE MiniSearch options of the fact index, shared by build and load (`loadJSON` must get the
 * same tokenizer). Our tokenizer folds Vietnamese, keeps figures whole ("10/63", "99,7%") and
 * adds syllable bigrams; terms arrive folded, so `processTerm` only drops empties.
 */
export const INDEX_OPTIONS: Options<FactDocument> = {
  idField: "id",
  fields: Object.keys(FIELD_BOOST),
  storeFields: [],
  tokenize: (text) => searchTerms(text),
  processTerm: (term) => term || null,
  searchOptions: SEARCH_OPTIONS,
};
