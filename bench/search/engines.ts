/**
 * The two search engines the search section compares over the same facts: the bot's own term
 * index (one index over every fact, a province's facts a range of it) and MiniSearch itself, one
 * instance per province, with the options the term index reproduces (the fields and their boosts,
 * the bot's tokenizer of folded words and word pairs, its fuzzy rule, OR, no prefix search).
 */
import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import { FIELD_BOOST, FIELDS, INDEX_OPTIONS, TermIndex, type FactDocument, type SavedTermIndex } from "../../knowledge/index/index.js";
import { searchTerms } from "../../knowledge/text/index.js";

/** The facts to index, grouped by province: each fact's searchable text, province and sentence. */
export interface SearchCorpus {
  readonly documents: readonly FactDocument[];
  readonly provinces: readonly string[];
  readonly sentences: readonly string[];
}

/** A built or loaded index the section searches as the bot does. */
export interface SearchEngine {
  /**
   * Fact numbers matching `query`, best first: within `provinces` (every province when null),
   * each province's best `perProvince`.
   */
  search(query: string, provinces: readonly string[] | null, perProvince: number): number[];
  /** The persisted form. */
  serialize(): string;
}

/** How to build an engine over a corpus and load it from its persisted form. */
export interface EngineKind {
  readonly build: (corpus: SearchCorpus) => SearchEngine;
  readonly load: (persisted: string) => SearchEngine;
}

/** The engines compared, by name: "terms" (the bot's) and "minisearch". */
export type EngineName = "terms" | "minisearch";

type Ranges = readonly (readonly [string, readonly [number, number]])[];

// The term index and each province's range of facts.
function termsEngine(index: TermIndex, ranges: Ranges): SearchEngine {
  return {
    search(query, provinces, perProvince) {
      const wanted = provinces ? new Set(provinces) : null;
      const within = ranges.filter(([p]) => !wanted || wanted.has(p)).map(([, r]) => r);
      return within.length ? Array.from(index.search(query, within, perProvince).docs) : [];
    },
    serialize: () => JSON.stringify({ ranges, index: index.toJSON() }),
  };
}

const terms: EngineKind = {
  build(corpus) {
    const { documents: docs, provinces, sentences } = corpus;
    const breaks = (i: number) => provinces[i] !== provinces[i - 1] || sentences[i] !== sentences[i - 1];
    const index = TermIndex.build(docs.length, (i, field) => docs[i]![FIELDS[field]!], breaks, INDEX_OPTIONS);
    const ranges: [string, [number, number]][] = [];
    provinces.forEach((p, i) => {
      const last = ranges[ranges.length - 1];
      if (last?.[0] === p) last[1][1] = i + 1;
      else ranges.push([p, [i, i + 1]]);
    });
    return termsEngine(index, ranges);
  },
  load(persisted) {
    const saved = JSON.parse(persisted) as { ranges: Ranges; index: SavedTermIndex };
    return termsEngine(TermIndex.load(saved.index, INDEX_OPTIONS), saved.ranges);
  },
};

interface Doc extends FactDocument {
  readonly id: number;
}

/** MiniSearch's options equivalent to the term index's (as its test's oracle has them). */
const MINISEARCH_OPTIONS: Options<Doc> = {
  fields: [...FIELDS],
  tokenize: searchTerms,
  processTerm: (t: string) => t || null,
  searchOptions: { boost: FIELD_BOOST, fuzzy: INDEX_OPTIONS.fuzzy, maxFuzzy: INDEX_OPTIONS.maxFuzzy, prefix: false, combineWith: "OR" },
};

// One MiniSearch per province; a search reads each province asked, keeps its best, then sorts them.
function miniSearchEngine(byProvince: ReadonlyMap<string, MiniSearch<Doc>>): SearchEngine {
  return {
    search(query, provinces, perProvince) {
      const found: { id: number; score: number }[] = [];
      for (const p of provinces ?? byProvince.keys()) {
        const results = byProvince.get(p)?.search(query) ?? [];
        for (const r of results.slice(0, perProvince)) found.push({ id: r.id as number, score: r.score });
      }
      return found.sort((a, b) => b.score - a.score).map((r) => r.id);
    },
    serialize: () => JSON.stringify([...byProvince]),
  };
}

const minisearch: EngineKind = {
  build(corpus) {
    const byProvince = new Map<string, MiniSearch<Doc>>();
    corpus.documents.forEach((d, id) => {
      const p = corpus.provinces[id]!;
      let index = byProvince.get(p);
      if (!index) byProvince.set(p, (index = new MiniSearch<Doc>(MINISEARCH_OPTIONS)));
      index.add({ ...d, id });
    });
    return miniSearchEngine(byProvince);
  },
  load(persisted) {
    const saved = JSON.parse(persisted) as [string, AsPlainObject][];
    return miniSearchEngine(new Map(saved.map(([p, js]) => [p, MiniSearch.loadJS<Doc>(js, MINISEARCH_OPTIONS)])));
  },
};

/** The engines by name. */
export const ENGINES: Readonly<Record<EngineName, EngineKind>> = { terms, minisearch };
