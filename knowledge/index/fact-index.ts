import type { Fact } from "../facts/index.js";
import { decode, decodeGaps, encode, encodeGaps } from "./base64.js";
import { FIELDS, INDEX_OPTIONS, type FactDocument } from "./options.js";
import { TermIndex, type SavedTermIndex } from "./term-index.js";

/** A fact found by a search, with its relevance. */
export interface FactHit {
  readonly fact: Fact;
  /** The BM25+ score MiniSearch would give, weighted by field. */
  readonly score: number;
}

/** What a search is restricted to. */
export interface SearchScope {
  /** Only facts on these provinces; every fact when absent. */
  readonly provinces?: Iterable<string>;
  /** At most this many facts per province, the best ones; all when absent. */
  readonly perProvince?: number;
}

/**
 * The typed facade over the term index: search facts by words, optionally within provinces.
 * Facts are held grouped by province, so a search within a province reads only that province's
 * postings while scoring as a search of the whole corpus would.
 */
export class FactIndex {
  /** Each province's facts: a range of the facts in order; ranges in ascending order. */
  private readonly ranges: ReadonlyMap<string, readonly [number, number]>;

  private constructor(
    private readonly terms: TermIndex,
    private readonly facts: readonly Fact[],
    private readonly near: NearWords,
  ) {
    this.ranges = provinceRanges(facts);
  }

  /**
   * Indexes facts, which must come grouped by province (see {@link groupByProvince});
   * `docs` holds each fact's searchable text, in the same order.
   */
  static build(facts: readonly Fact[], docs: readonly FactDocument[]): FactIndex {
    const breaks = (i: number) => facts[i]!.province !== facts[i - 1]!.province || facts[i]!.sentenceId !== facts[i - 1]!.sentenceId;
    return new FactIndex(TermIndex.build(facts.length, (i, field) => docs[i]![FIELDS[field]!], breaks, INDEX_OPTIONS), facts, nearWordsOf(facts));
  }

  /** Restores an index saved with {@link toJSON}, over the same facts in the same order. */
  static load(saved: SavedFactIndex, facts: readonly Fact[]): FactIndex {
    if (saved.terms.size !== facts.length) throw new Error(`the saved index holds ${saved.terms.size} facts, not ${facts.length}`);
    const offsets = decode(saved.near.offsets, Uint32Array);
    const ids = decodeGaps(saved.near.ids, offsets);
    // A damaged file must not load as words that point past the table.
    let whole = offsets.length === facts.length + 1 && offsets[0] === 0;
    for (let i = 1; whole && i < offsets.length; i++) whole = offsets[i]! >= offsets[i - 1]!;
    for (let i = 0; whole && i < ids.length; i++) whole = ids[i]! < saved.near.words.length;
    if (!whole) throw new Error("the saved index is damaged");
    return new FactIndex(TermIndex.load(saved.terms, INDEX_OPTIONS), facts, { words: saved.near.words, offsets, ids });
  }

  /** The index as a JSON-ready object, for {@link load}. */
  toJSON(): SavedFactIndex {
    const { words, offsets, ids } = this.near;
    return { terms: this.terms.toJSON(), near: { words: [...words], offsets: encode(offsets), ids: encodeGaps(ids, offsets) } };
  }

  /** Number of facts indexed. */
  get size(): number {
    return this.terms.size;
  }

  /**
   * Facts matching the query's words, best first, within the scope given. Equal scores keep the
   * order in which the query reached the facts, as MiniSearch's sort does.
   */
  search(query: string, scope: SearchScope = {}): FactHit[] {
    const provinces = scope.provinces ? new Set(scope.provinces) : null;
    const ranges = [...this.ranges].filter(([p]) => !provinces || provinces.has(p)).map(([, r]) => r);
    if (!ranges.length) return [];
    // Without a number per province, neighbouring provinces are read as one range.
    const found = this.terms.search(query, scope.perProvince === undefined ? joined(ranges) : ranges, scope.perProvince);
    return Array.from(found.docs, (doc, i) => ({ fact: this.facts[doc]!, score: found.scores[i]! }));
  }

  /**
   * The search terms of the words right around a fact's figure, before it and after it, each
   * once, in no particular order, without bigrams: what the figure measures and counts. Worked out
   * with the index and saved with it, rather than for each question that weighs the fact
   * (tokenising them took longer than the search); a fact the index does not hold (a copy) has
   * them worked out on the spot.
   */
  wordsNear(fact: Fact): readonly string[] {
    const doc = this.docOf(fact);
    if (doc === undefined) return [...new Set(INDEX_OPTIONS.tokenize(`${fact.left} ${fact.after}`).filter((t) => !t.includes("_")))];
    const { words, offsets, ids } = this.near;
    const out: string[] = [];
    for (let i = offsets[doc]!; i < offsets[doc + 1]!; i++) out.push(words[ids[i]!]!);
    return out;
  }

  /**
   * Phrase sets made ready for {@link namedNear}: each phrase's words as their numbers in the
   * table of near words (a phrase with a word no figure stands near is dropped).
   */
  nearPhrases(phraseSets: readonly (readonly (readonly string[])[])[]): NearPhrases {
    if (!this.ids) {
      this.ids = new Map();
      this.near.words.forEach((w, i) => this.ids!.set(w, i));
    }
    const ids = this.ids;
    return {
      sets: phraseSets,
      ids: phraseSets.map((phrases) => phrases.map((words) => words.map((w) => ids.get(w) ?? -1)).filter((p) => !p.includes(-1))),
    };
  }
  private ids: Map<string, number> | undefined;

  /**
   * How many of the phrase sets stand right around a fact's figure: those with one phrase whose
   * every word is among {@link wordsNear}. Asked of thousands of facts by a ranking over every
   * province, so read in the saved numbers, with no list made for each fact.
   */
  namedNear(fact: Fact, phrases: NearPhrases): number {
    const doc = this.docOf(fact);
    let named = 0;
    if (doc === undefined) {
      const near = this.wordsNear(fact);
      for (const set of phrases.sets) if (set.some((words) => words.every((w) => near.includes(w)))) named++;
      return named;
    }
    const { offsets, ids } = this.near;
    const from = offsets[doc]!;
    const to = offsets[doc + 1]!;
    sets: for (const set of phrases.ids) {
      phrases: for (const words of set) {
        for (const id of words) if (!within(ids, from, to, id)) continue phrases;
        named++;
        continue sets;
      }
    }
    return named;
  }

  // Each fact's place in the index, by the fact itself: made the first time a fact is asked about.
  private docOf(fact: Fact): number | undefined {
    if (!this.docs) {
      this.docs = new Map();
      this.facts.forEach((f, i) => this.docs!.set(f, i));
    }
    return this.docs.get(fact);
  }
  private docs: Map<Fact, number> | undefined;

  /**
   * How rare a search term (a folded word, or two joined by "_") is among the fact sentences, 0
   * for one every sentence uses to 1 for one none uses: its inverse document frequency, scaled.
   */
  rarity(term: string): number {
    // Asked for each measure word of each figure weighed: worked out once per term (at most
    // RARITIES_KEPT of them, then afresh).
    let rarity = this.rarities.get(term);
    if (rarity === undefined) {
      const { units, of } = this.terms.unitFrequency(term, SENTENCE_FIELD);
      rarity = of ? Math.log((of + 1) / (units + 1)) / Math.log(of + 1) : 1;
      if (this.rarities.size >= RARITIES_KEPT) this.rarities.clear();
      this.rarities.set(term, rarity);
    }
    return rarity;
  }
  private readonly rarities = new Map<string, number>();

  /** How many distinct fact sentences use a (folded) search term, counting up to `atMost`. */
  sentencesUsing(term: string, atMost: number): number {
    const seen = new Set<string>();
    for (const doc of this.terms.unitsWith(term, SENTENCE_FIELD)) {
      seen.add(this.facts[doc]!.sentenceId);
      if (seen.size >= atMost) break;
    }
    return seen.size;
  }
}

// The field whose units are the fact sentences.
const SENTENCE_FIELD = FIELDS.indexOf("sentence");

/** Search terms whose rarity a {@link FactIndex} remembers: 10 000; beyond it, it starts afresh. */
export const RARITIES_KEPT = 10_000;

/** A {@link FactIndex} as JSON: its term index, and the words around each fact's figure. */
export interface SavedFactIndex {
  readonly terms: SavedTermIndex;
  readonly near: {
    /** The table of words. */
    readonly words: readonly string[];
    /** Where each fact's words start in `ids`, as Uint32Array in base64; one more for the end. */
    readonly offsets: string;
    /** Each fact's words, ascending numbers into `words`, saved as gaps (see `encodeGaps`). */
    readonly ids: string;
  };
}

/** Phrase sets to look for around figures, made by {@link FactIndex.nearPhrases}. */
export interface NearPhrases {
  /** Each set's phrases, each phrase its words. */
  readonly sets: readonly (readonly (readonly string[])[])[];
  /** The same, each word as its number in the table of near words. */
  readonly ids: readonly (readonly (readonly number[])[])[];
}

/** The words around each fact's figure, as numbers into a table: a few bytes a fact. */
interface NearWords {
  readonly words: readonly string[];
  readonly offsets: Uint32Array;
  readonly ids: Uint32Array;
}

// The distinct search terms of `left` and `after` of each fact, bigrams left out.
function nearWordsOf(facts: readonly Fact[]): NearWords {
  const table = new Map<string, number>();
  const words: string[] = [];
  const offsets = new Uint32Array(facts.length + 1);
  const ids: number[] = [];
  facts.forEach((f, i) => {
    const own = new Set<number>();
    for (const term of INDEX_OPTIONS.tokenize(`${f.left} ${f.after}`)) {
      if (term.includes("_")) continue;
      let id = table.get(term);
      if (id === undefined) table.set(term, (id = words.push(term) - 1));
      own.add(id);
    }
    // Ascending, so that they save as small gaps.
    for (const id of Array.from(own).sort((a, b) => a - b)) ids.push(id);
    offsets[i + 1] = ids.length;
  });
  return { words, offsets, ids: Uint32Array.from(ids) };
}

// Whether `id` is among `ids[from…to)`.
function within(ids: Uint32Array, from: number, to: number, id: number): boolean {
  for (let i = from; i < to; i++) if (ids[i] === id) return true;
  return false;
}

// Ranges in ascending order, neighbours joined into one.
function joined(ranges: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = out[out.length - 1];
    if (last && last[1] === from) last[1] = to;
    else out.push([from, to]);
  }
  return out;
}

/**
 * Facts grouped by province, each province where its first fact stood, the facts of a province
 * in their order: the order a {@link FactIndex} needs.
 */
export function groupByProvince(facts: readonly Fact[]): Fact[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const g = groups.get(f.province);
    if (g) g.push(f);
    else groups.set(f.province, [f]);
  }
  return [...groups.values()].flat();
}

function provinceRanges(facts: readonly Fact[]): Map<string, readonly [number, number]> {
  const ranges = new Map<string, readonly [number, number]>();
  let from = 0;
  for (let i = 1; i <= facts.length; i++) {
    if (i < facts.length && facts[i]!.province === facts[from]!.province) continue;
    const p = facts[from]!.province;
    if (ranges.has(p)) throw new Error(`the facts of ${p} are not grouped together`);
    ranges.set(p, [from, i]);
    from = i;
  }
  return ranges;
}
