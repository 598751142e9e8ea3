import SearchableMap from "minisearch/SearchableMap";
import { firstAtOrAfter, kthLargest } from "./arrays.js";
import { decode, decodeGaps, encode, encodeGaps } from "./base64.js";

/**
 * A compact inverted index that ranks exactly as MiniSearch does (BM25+ per field, field boosts,
 * fuzzy terms weighted by edit distance, OR of the query terms, the sum multiplied by how many
 * distinct query terms matched) and that MiniSearch could not be at scale:
 *
 * - Postings are typed arrays, about 6 bytes each, where MiniSearch keeps a Map entry (about 45
 *   bytes); they persist as base64 and load in milliseconds instead of rebuilding Maps.
 * - A search can be restricted to ranges of documents (a province's facts) and then reads only
 *   the postings inside them, while document frequencies and lengths stay those of the whole
 *   index: the scores are the ones a search of everything would give.
 * - Consecutive documents with the same text in a field (the facts of one sentence share its
 *   sentence and its section) form one unit of that field, posted once.
 *
 * The term dictionary is MiniSearch's own radix tree (SearchableMap), for its fuzzy lookup.
 */
export class TermIndex {
  private constructor(
    private readonly dictionary: SearchableMap<number>,
    private readonly terms: readonly string[],
    private readonly fields: readonly FieldPostings[],
    private readonly options: TermIndexOptions,
    /** Number of documents. */
    readonly size: number,
  ) {}

  /**
   * Indexes `size` documents; `textOf(doc, field)` gives a document's text in a field (fields
   * in the order of `options.fields`). A new unit starts where the text differs from the previous
   * document's, or where `breaksUnit(doc)` says so (a new sentence or province).
   */
  static build(size: number, textOf: (doc: number, field: number) => string, breaksUnit: (doc: number) => boolean, options: TermIndexOptions): TermIndex {
    const ids = new Map<string, number>();
    const terms: string[] = [];
    // Sections and sentences repeat across units: each text is tokenised once.
    const tokens = new Map<string, string[]>();
    const fields = options.fields.map((_, field) => {
      const unitStart: number[] = [];
      const unitLength: number[] = [];
      const postTerm: number[] = [];
      const postUnit: number[] = [];
      const postTf: number[] = [];
      let previous: string | null = null;
      for (let doc = 0; doc < size; doc++) {
        const text = textOf(doc, field);
        if (doc > 0 && text === previous && !breaksUnit(doc)) continue;
        previous = text;
        const unit = unitStart.length;
        unitStart.push(doc);
        let list = tokens.get(text);
        if (!list) tokens.set(text, (list = options.tokenize(text)));
        const tf = new Map<number, number>();
        for (const term of list) {
          if (!term) continue;
          let id = ids.get(term);
          if (id === undefined) {
            ids.set(term, (id = terms.length));
            terms.push(term);
          }
          tf.set(id, (tf.get(id) ?? 0) + 1);
        }
        // MiniSearch's field length: the distinct terms of the text.
        unitLength.push(new Set(list).size);
        for (const [term, n] of tf) {
          postTerm.push(term);
          postUnit.push(unit);
          // A term more than 255 times in one sentence does not happen; the count saturates there.
          postTf.push(Math.min(n, 0xff));
        }
      }
      unitStart.push(size);
      return { unitStart: Uint32Array.from(unitStart), unitLength: Uint16Array.from(unitLength, (n) => Math.min(n, 0xffff)), postTerm, postUnit, postTf };
    });
    // Postings grouped by term (a counting sort keeps each term's units in ascending order).
    const packed = fields.map((f): SavedField => {
      const offsets = new Uint32Array(terms.length + 1);
      for (const t of f.postTerm) offsets[t + 1]! += 1;
      for (let t = 0; t < terms.length; t++) offsets[t + 1]! += offsets[t]!;
      const next = offsets.slice(0, terms.length);
      const units = new Uint32Array(f.postTerm.length);
      const tf = new Uint8Array(f.postTerm.length);
      f.postTerm.forEach((t, i) => {
        const at = next[t]!++;
        units[at] = f.postUnit[i]!;
        tf[at] = f.postTf[i]!;
      });
      return { unitStart: f.unitStart, unitLength: f.unitLength, offsets, units, tf };
    });
    return TermIndex.assemble(terms, packed, options, size);
  }

  /** Restores an index saved with {@link toJSON}, with the options it was built with. */
  static load(saved: SavedTermIndex, options: TermIndexOptions): TermIndex {
    if (saved.fields.length !== options.fields.length) throw new Error("the saved index has other fields");
    const fields = saved.fields.map((f): SavedField => {
      const offsets = decode(f.offsets, Uint32Array);
      return {
        unitStart: decode(f.unitStart, Uint32Array),
        unitLength: decode(f.unitLength, Uint16Array),
        offsets,
        units: decodeGaps(f.units, offsets),
        tf: decode(f.tf, Uint8Array),
      };
    });
    return TermIndex.assemble(saved.terms, fields, options, saved.size);
  }

  private static assemble(terms: readonly string[], saved: readonly SavedField[], options: TermIndexOptions, size: number): TermIndex {
    const dictionary = new SearchableMap<number>();
    terms.forEach((t, i) => dictionary.set(t, i));
    const fields = saved.map((f): FieldPostings => {
      const units = f.unitLength.length;
      // A damaged file must not load as an index that reads past its arrays.
      let whole = f.unitStart.length === units + 1 && f.unitStart[units] === size && f.offsets.length === terms.length + 1;
      whole &&= f.offsets[terms.length] === f.units.length && f.tf.length === f.units.length;
      for (let i = 0; whole && i < f.units.length; i++) whole = f.units[i]! < units;
      for (let i = 1; whole && i < f.unitStart.length; i++) whole = f.unitStart[i]! >= f.unitStart[i - 1]!;
      for (let i = 1; whole && i < f.offsets.length; i++) whole = f.offsets[i]! >= f.offsets[i - 1]!;
      if (!whole) throw new Error("the saved index is damaged");
      const { unitStart, unitLength } = f;
      // MiniSearch's running mean of the field length over documents, in document order.
      let avgLength = 0;
      for (let u = 0, doc = 0; u < units; u++) {
        for (const end = unitStart[u + 1]!; doc < end; doc++) avgLength = (avgLength * doc + unitLength[u]!) / (doc + 1);
      }
      // Each posting's BM25+ score does not depend on the query: it is computed once, the first
      // time a search reads the term (not at load: most terms are never asked for).
      return { ...f, avgLength, impact: new Float64Array(f.units.length), ready: new Uint8Array(terms.length) };
    });
    return new TermIndex(dictionary, terms, fields, options, size);
  }

  /** The index as a JSON-ready object: terms, and each field's typed arrays in base64. */
  toJSON(): SavedTermIndex {
    return {
      size: this.size,
      terms: [...this.terms],
      fields: this.fields.map((f) => ({
        unitStart: encode(f.unitStart),
        unitLength: encode(f.unitLength),
        offsets: encode(f.offsets),
        units: encodeGaps(f.units, f.offsets),
        tf: encode(f.tf),
      })),
    };
  }

  /**
   * Documents matching the query, best first, with MiniSearch's score (to rounding: the scores
   * are summed field by field, a repeated query term's at its first place); equal scores in the
   * order the query reached the documents, as MiniSearch's sort leaves them (a very common
   * term's score column reaches them in document order). Only documents inside `ranges` ([from,
   * to) pairs, ascending, each starting and ending where a unit does) when given, and then at
   * most the `best` of each range when given.
   */
  search(query: string, ranges: readonly (readonly [number, number])[] | null = null, best?: number): TermMatches {
    const within = ranges ?? [[0, this.size] as const];
    const { total, matched, stamps, order } = this.scratch();
    let touches = 0;
    let stamp = 0;
    const unitRanges = this.fields.map((f) => within.map(([from, to]): [number, number] => [firstAtOrAfter(f.unitStart, from), firstAtOrAfter(f.unitStart, to)]));
    const terms = this.options.tokenize(query).filter(Boolean);
    // A term asked several times (synonyms repeat words) adds its score as many times but counts
    // once among the terms matched: its postings are read once, at its first place in the query.
    const occurrences = new Map<string, number>();
    for (const term of terms) occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
    for (const [term, times] of occurrences) {
      const dense = this.denseScores(term);
      if (dense) {
        // A very common term: its scores, one per document, are added range by range in order.
        for (const [from, to] of within) {
          for (let doc = from; doc < to; doc++) {
            const score = dense[doc]!;
            if (score === 0) continue;
            if (matched[doc] === 0) order[doc] = touches++;
            matched[doc] = matched[doc]! + 1;
            for (let n = 0; n < times; n++) total[doc] = total[doc]! + score;
          }
        }
        continue;
      }
      stamp += 1;
      for (const [id, weight] of this.expand(term)) {
        for (let field = 0; field < this.fields.length; field++) {
          touches = this.post(this.fields[field]!, id, weight * this.options.fields[field]!.boost, unitRanges[field]!, stamp, times, touches);
        }
      }
    }
    // Each range read once in order: its documents found and their final scores set apart, its
    // best kept (cut at its best-th score, found by selection on a copy), its accumulators
    // cleared for the next search.
    const docs: number[] = [];
    const scores: number[] = [];
    const { finals, finalDocs, selection } = this.scratch();
    for (const [from, to] of within) {
      let n = 0;
      for (let doc = from; doc < to; doc++) {
        if (matched[doc] === 0) continue;
        finalDocs[n] = doc;
        finals[n++] = total[doc]! * matched[doc]!;
      }
      total.fill(0, from, to);
      matched.fill(0, from, to);
      stamps.fill(0, from, to);
      if (best === undefined || n <= best) {
        for (let i = 0; i < n; i++) {
          docs.push(finalDocs[i]!);
          scores.push(finals[i]!);
        }
        continue;
      }
      selection.set(finals.subarray(0, n));
      const cut = kthLargest(selection.subarray(0, n), best);
      // Of the documents scoring the cut itself, those reached first are kept.
      const first = docs.length;
      const tied: number[] = [];
      for (let i = 0; i < n; i++) {
        if (finals[i]! > cut) {
          docs.push(finalDocs[i]!);
          scores.push(finals[i]!);
        } else if (finals[i] === cut) tied.push(finalDocs[i]!);
      }
      for (const doc of tied.sort((a, b) => order[a]! - order[b]!).slice(0, best - (docs.length - first))) {
        docs.push(doc);
        scores.push(cut);
      }
    }
    const rank = Array.from(docs.keys()).sort((a, b) => scores[b]! - scores[a]! || order[docs[a]!]! - order[docs[b]!]!);
    return { docs: Uint32Array.from(rank, (i) => docs[i]!), scores: Float64Array.from(rank, (i) => scores[i]!) };
  }

  /**
   * A very common term's score in every document, as a search would sum it over the fields, or
   * null for any other term. Adding a few such columns in document order costs less than
   * scattering their long postings: the {@link DENSE_TERMS} commonest terms (with no fuzzy
   * neighbours) of an index of {@link DENSE_MIN_DOCUMENTS} documents or more, with more postings
   * than half its documents, get one, made the first time they are asked for.
   */
  private denseScores(term: string): Float64Array | null {
    const known = this.dense.get(term);
    if (known !== undefined) return known;
    if (!this.denseTerms) {
      const postings = (id: number) => this.fields.reduce((n, f) => n + f.offsets[id + 1]! - f.offsets[id]!, 0);
      this.denseTerms = new Set(
        this.size < DENSE_MIN_DOCUMENTS
          ? []
          : this.terms
              .map((t, id) => ({ t, n: postings(id) }))
              .filter(({ t, n }) => n > this.size / 2 && !this.options.fuzzy(t))
              .sort((a, b) => b.n - a.n)
              .slice(0, DENSE_TERMS)
              .map(({ t }) => t),
      );
    }
    const id = this.dictionary.get(term);
    if (id === undefined || !this.denseTerms.has(term)) return null;
    const scores = new Float64Array(this.size);
    this.fields.forEach((f, field) => {
      this.impacts(f, id);
      const boosted = this.options.fields[field]!.boost;
      for (let i = f.offsets[id]!; i < f.offsets[id + 1]!; i++) {
        const unit = f.units[i]!;
        for (let doc = f.unitStart[unit]!; doc < f.unitStart[unit + 1]!; doc++) scores[doc] = scores[doc]! + boosted * f.impact[i]!;
      }
    });
    this.dense.set(term, scores);
    return scores;
  }
  private readonly dense = new Map<string, Float64Array>();
  private denseTerms: ReadonlySet<string> | undefined;

  /**
   * The terms of the index a query term stands for, with their weight: itself (1), then the
   * terms within its edit distance (less the farther they are), in MiniSearch's order. Words
   * recur across questions and the radix-tree walk of a fuzzy lookup is the costly part of a
   * search: expansions are remembered, at most {@link EXPANSIONS_KEPT} of them.
   */
  private expand(term: string): readonly (readonly [number, number])[] {
    const known = this.expansions.get(term);
    if (known) return known;
    const out: [number, number][] = [];
    const exact = this.dictionary.get(term);
    if (exact !== undefined) out.push([exact, 1]);
    const fuzzy = this.options.fuzzy(term);
    const maxDistance = fuzzy ? Math.min(this.options.maxFuzzy, Math.round(term.length * fuzzy)) : 0;
    if (maxDistance) {
      for (const [derived, [id, distance]] of this.dictionary.fuzzyGet(term, maxDistance)) {
        if (distance) out.push([id, (this.options.fuzzyWeight * derived.length) / (derived.length + distance)]);
      }
    }
    if (this.expansions.size >= EXPANSIONS_KEPT) this.expansions.clear();
    this.expansions.set(term, out);
    return out;
  }
  private readonly expansions = new Map<string, readonly (readonly [number, number])[]>();

  /**
   * The first document of each unit of `field` holding exactly `term`, in order: for counting
   * distinct sentences without reading every posting.
   */
  *unitsWith(term: string, field: number): Generator<number> {
    const id = this.dictionary.get(term);
    const f = this.fields[field];
    if (id === undefined || !f) return;
    for (let i = f.offsets[id]!; i < f.offsets[id + 1]!; i++) yield f.unitStart[f.units[i]!]!;
  }

  // Adds one query term's BM25+ score in one field, weighted (term weight times field boost, the
  // order MiniSearch multiplies them in), `times` times, to the documents it reaches in the
  // ranges. A document counts the term (its `stamp`) among those it matched once, however many
  // fields hold it; one matched for the first time takes the next place in the order reached.
  private post(f: FieldPostings, id: number, boosted: number, ranges: readonly [number, number][], stamp: number, times: number, touches: number): number {
    const start = f.offsets[id]!;
    const end = f.offsets[id + 1]!;
    if (start === end) return touches;
    this.impacts(f, id);
    const { units, impact, unitStart } = f;
    const { total, matched, stamps, order } = this.scratch();
    for (const [from, to] of ranges) {
      for (let i = from === 0 ? start : firstAtOrAfter(units, from, start, end); i < end && units[i]! < to; i++) {
        const unit = units[i]!;
        const score = boosted * impact[i]!;
        for (let doc = unitStart[unit]!, last = unitStart[unit + 1]!; doc < last; doc++) {
          if (stamps[doc] !== stamp) {
            stamps[doc] = stamp;
            if (matched[doc] === 0) order[doc] = touches++;
            matched[doc] = matched[doc]! + 1;
          }
          for (let n = 0; n < times; n++) total[doc] = total[doc]! + score;
        }
      }
    }
    return touches;
  }

  // Computes a term's postings' BM25+ scores in a field, if not yet done: from the term frequency,
  // the unit's length against the field's mean length over documents, and the term's document
  // frequency (documents, not units, holding it).
  private impacts(f: FieldPostings, id: number): void {
    if (f.ready[id]) return;
    const { k, b, d } = this.options.bm25;
    const { unitStart, unitLength, offsets, tf, units, impact, avgLength } = f;
    const start = offsets[id]!;
    const end = offsets[id + 1]!;
    let df = 0;
    for (let i = start; i < end; i++) df += unitStart[units[i]! + 1]! - unitStart[units[i]!]!;
    const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
    for (let i = start; i < end; i++) {
      const n = tf[i]!;
      impact[i] = idf * (d + (n * (k + 1)) / (n + k * (1 - b + (b * unitLength[units[i]!]!) / avgLength)));
    }
    f.ready[id] = 1;
  }

  // Score accumulators, one slot per document, zeroed after each search; one set per index.
  private scratch(): Scratch {
    return (this.scratch_ ??= {
      total: new Float64Array(this.size),
      matched: new Uint16Array(this.size),
      stamps: new Uint16Array(this.size),
      order: new Uint32Array(this.size),
      finals: new Float64Array(this.size),
      finalDocs: new Uint32Array(this.size),
      selection: new Float64Array(this.size),
    });
  }
  private scratch_: Scratch | undefined;
}

/** Terms given a score column (see TermIndex's `denseScores`): 32, 800 KB each per 100 000 documents. */
export const DENSE_TERMS = 32;

/** Documents an index must hold for its commonest terms to get score columns: 4 096. */
export const DENSE_MIN_DOCUMENTS = 4096;

/** Query terms whose expansion a {@link TermIndex} remembers: beyond it, it starts afresh. */
export const EXPANSIONS_KEPT = 10_000;

/** How a {@link TermIndex} reads and ranks text; the same options must build and load it. */
export interface TermIndexOptions {
  /** Fields in document order, each with its boost. */
  readonly fields: readonly { readonly name: string; readonly boost: number }[];
  /** Text to terms, for documents and queries alike. */
  readonly tokenize: (text: string) => string[];
  /** Edit distance allowed for a query term, as a share of its length; 0 or false for none. */
  readonly fuzzy: (term: string) => number | false;
  /** Most edits a fuzzy term may need. */
  readonly maxFuzzy: number;
  /** Weight of a fuzzy match at distance 0, falling with distance. */
  readonly fuzzyWeight: number;
  /** BM25+ parameters. */
  readonly bm25: { readonly k: number; readonly b: number; readonly d: number };
}

/** The documents a {@link TermIndex.search} found, best first, and their scores. */
export interface TermMatches {
  readonly docs: Uint32Array;
  readonly scores: Float64Array;
}

/** A {@link TermIndex} as JSON: its terms, and each field's typed arrays in base64. */
export interface SavedTermIndex {
  readonly size: number;
  readonly terms: readonly string[];
  readonly fields: readonly {
    readonly unitStart: string;
    readonly unitLength: string;
    readonly offsets: string;
    readonly units: string;
    readonly tf: string;
  }[];
}

interface SavedField {
  /** First document of each unit, and the number of documents at the end. */
  readonly unitStart: Uint32Array;
  /** Distinct terms of each unit: its length for BM25. */
  readonly unitLength: Uint16Array;
  /** Where each term's postings start in `units` and `tf`; one more entry for the end. */
  readonly offsets: Uint32Array;
  readonly units: Uint32Array;
  /** Times the term stands in the unit, up to 255. */
  readonly tf: Uint8Array;
}

interface FieldPostings extends SavedField {
  /** MiniSearch's running mean of the field's length over documents. */
  readonly avgLength: number;
  /** Each posting's BM25+ score, as MiniSearch computes it, once its term's `ready` is set. */
  readonly impact: Float64Array;
  readonly ready: Uint8Array;
}

interface Scratch {
  /** Score so far, per document. */
  readonly total: Float64Array;
  /** Distinct query terms matched, per document. */
  readonly matched: Uint16Array;
  /** The last query term (by its number in the search) counted as matched, per document. */
  readonly stamps: Uint16Array;
  /** When the query first reached each document it matched: ties keep this order. */
  readonly order: Uint32Array;
  /** A range's documents found, and their final scores. */
  readonly finalDocs: Uint32Array;
  readonly finals: Float64Array;
  /** A copy of the final scores, for selection to reorder. */
  readonly selection: Float64Array;
}
