import SearchableMap from "minisearch/SearchableMap";
import { addColumn, addColumnsTo, addTermDocs, finalScore, gather, type Accumulators, type Column, type TermDocs } from "./accumulate.js";
import { firstAtOrAfter, kthLargestOf } from "./arrays.js";
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
 * The term dictionary is MiniSearch's own radix tree (SearchableMap), for its fuzzy lookup; a
 * term looked up exactly (each weighed figure asks the rarity of each measure word) is found in a
 * plain Map, a hash lookup rather than a walk down the tree.
 */
export class TermIndex {
  private constructor(
    private readonly dictionary: SearchableMap<number>,
    /** Each term's number: the dictionary's exact lookups. */
    private readonly ids: ReadonlyMap<string, number>,
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
    const ids = new Map<string, number>();
    terms.forEach((t, i) => {
      dictionary.set(t, i);
      ids.set(t, i);
    });
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
    return new TermIndex(dictionary, ids, terms, fields, options, size);
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
   * Documents matching the query, best first, with MiniSearch's score (to rounding: a term's
   * score in a document is summed over its fields and fuzzy neighbours first, a repeated query
   * term's counted at its first place, the score columns of very common terms last); equal scores
   * in the order the query reached the documents, as MiniSearch's sort leaves them (a score
   * column reaches them in document order). Only documents inside `ranges` ([from, to) pairs,
   * ascending, each starting and ending where a unit does) when given, and then at most the
   * `best` of each range when given.
   *
   * Ranges are read one at a time, every term over one range before the next, so that the
   * range's accumulators stay in the processor's cache. Score columns come last, those that can
   * add the most first, and are added to every document of the range only until what the others
   * could add to a document is less than a floor under the range's `best`-th final score; the
   * others are then added only to the documents that could still reach it. A ranking over every
   * province reads the columns of "tỷ lệ" or "cấp" for a few documents a province rather than
   * for all of them.
   */
  search(query: string, ranges: readonly (readonly [number, number])[] | null = null, best?: number): TermMatches {
    const within = ranges ?? [[0, this.size] as const];
    const acc = this.scratch();
    const { terms, columns } = this.plan(query);
    const most = (c: Column) => this.columnMax.get(c.scores)! * c.times;
    columns.sort((a, b) => most(b) - most(a));
    // What the columns from the i-th on can add to a document's sum, at most.
    const rests = new Float64Array(columns.length + 1);
    for (let i = columns.length - 1; i >= 0; i--) rests[i] = rests[i + 1]! + most(columns[i]!);
    // Where each term's documents were left, range after range.
    const cursors = new Uint32Array(terms.length);
    // The code that reached a document first: its terms' first, or a column's if smaller (read
    // while the range's accumulators still hold the document).
    const reachOf = (doc: number) => {
      let r = acc.reach[doc]!;
      for (const c of columns) if (c.code < r && c.scores[doc]! > 0) r = c.code;
      return r;
    };
    const found: Found = { docs: [], scores: [], keys: [] };
    for (const [from, to] of within) {
      acc.reach.fill(0xffffffff, from, to);
      terms.forEach(({ docs, times, code }, k) => {
        let i = cursors[k]!;
        if (i < docs.docs.length && docs.docs[i]! < from) i = firstAtOrAfter(docs.docs, from, i, docs.docs.length);
        cursors[k] = addTermDocs(docs, i, to, times, code, acc);
      });
      const n = columns.length ? this.addColumns(from, to, columns, rests, best) : gather(from, to, acc, acc.finalDocs, acc.finals);
      this.keep(n, best, found, reachOf);
      acc.total.fill(0, from, to);
      acc.matched.fill(0, from, to);
    }
    const { docs, scores, keys } = found;
    const rank = Array.from(docs.keys()).sort((a, b) => scores[b]! - scores[a]! || keys[a]! - keys[b]! || docs[a]! - docs[b]!);
    return { docs: Uint32Array.from(rank, (i) => docs[i]!), scores: Float64Array.from(rank, (i) => scores[i]!) };
  }

  // Adds the score columns to a range whose postings are read, and gathers its documents found
  // with their final scores (see `search`); gives how many. The floor: the documents best so far,
  // finished, score at least their best-th final score, so the range's best do too; a document
  // that cannot reach it is not among them.
  private addColumns(from: number, to: number, columns: readonly Column[], rests: Float64Array, best: number | undefined): number {
    const acc = this.scratch();
    let n = gather(from, to, acc, acc.finalDocs, acc.finals);
    let floor = 0;
    if (best !== undefined && n >= best) {
      const cut = kthLargestOf(acc.finals, n, best, acc.selection);
      let top = 0;
      for (let i = 0; i < n; i++) if (acc.finals[i]! >= cut) acc.floors[top++] = finalScore(acc.finalDocs[i]!, columns, acc);
      floor = kthLargestOf(acc.floors, top, best, acc.selection);
    }
    let added = 0;
    while (added < columns.length && !(rests[added]! * (columns.length - added) * (1 + 1e-12) < floor)) added += 1;
    for (const c of columns.slice(0, added)) addColumn(c, from, to, acc);
    if (added) n = gather(from, to, acc, acc.finalDocs, acc.finals);
    if (added === columns.length) return n;
    return addColumnsTo(acc.finalDocs, acc.finals, n, floor, columns.slice(added), rests[added]!, acc);
  }

  // Keeps a range's documents gathered, or its best: cut at the best-th score; of the documents
  // scoring the cut itself, the first reached. Each kept document's reach is noted for the sort.
  private keep(n: number, best: number | undefined, found: Found, reachOf: (doc: number) => number): void {
    const { finals, finalDocs, selection } = this.scratch();
    const { docs, scores, keys } = found;
    const first = docs.length;
    if (best === undefined || n <= best) {
      for (let i = 0; i < n; i++) {
        docs.push(finalDocs[i]!);
        scores.push(finals[i]!);
      }
    } else {
      const cut = kthLargestOf(finals, n, best, selection);
      const tied: number[] = [];
      for (let i = 0; i < n; i++) {
        if (finals[i]! > cut) {
          docs.push(finalDocs[i]!);
          scores.push(finals[i]!);
        } else if (finals[i] === cut) tied.push(finalDocs[i]!);
      }
      const room = best - (docs.length - first);
      const byReach = tied.length > room ? tied.map((doc) => ({ doc, key: reachOf(doc) })).sort((a, b) => a.key - b.key || a.doc - b.doc).map((t) => t.doc) : tied;
      for (const doc of byReach.slice(0, room)) {
        docs.push(doc);
        scores.push(cut);
      }
    }
    for (let i = first; i < docs.length; i++) keys.push(reachOf(docs[i]!));
  }

  /**
   * A query as a search reads it: its distinct terms in the order of their first place, a very
   * common one as its score column, the others as their documents; each numbered by codes in
   * that order, a term by one for each neighbour and field (a column by one). A term asked several
   * times (synonyms repeat words) adds its score as many times but counts once among the terms
   * matched: it is read once, at its first place in the query.
   */
  private plan(query: string): { terms: QueryTerm[]; columns: Column[] } {
    const occurrences = new Map<string, number>();
    for (const term of this.options.tokenize(query)) if (term) occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
    const terms: QueryTerm[] = [];
    const columns: Column[] = [];
    let code = 0;
    for (const [term, times] of occurrences) {
      const scores = this.denseScores(term);
      if (scores) {
        columns.push({ scores, times, code: code++ });
        continue;
      }
      const docs = this.termDocs(term);
      if (docs.docs.length) terms.push({ docs, times, code });
      code += docs.codes;
    }
    return { terms, columns };
  }

  /**
   * A query term's documents, each with the score the term adds to it, summed over its fields and
   * its fuzzy neighbours (see {@link TermDocs}). Adding that one score to each document costs
   * far less than adding each field's posting to each document of its unit (a word of the text
   * before a figure is in its clause and its sentence too). Worked out the first time the term is
   * asked, and kept: the terms asked most recently, {@link TERM_DOCS_KEPT} documents in all.
   */
  private termDocs(term: string): TermDocs {
    const known = this.termDocsKept.get(term);
    if (known) {
      // Marked as used last.
      this.termDocsKept.delete(term);
      this.termDocsKept.set(term, known);
      return known;
    }
    // The accumulators, zero between searches, hold the scores, the documents seen and the first
    // neighbour and field while the term's postings are read.
    const { total, matched, reach } = this.scratch();
    const seen: number[] = [];
    let codes = 0;
    for (const [id, weight] of this.expand(term)) {
      this.fields.forEach((f, field) => {
        const boosted = weight * this.options.fields[field]!.boost;
        const end = f.offsets[id + 1]!;
        if (f.offsets[id]! !== end) this.impacts(f, id);
        for (let i = f.offsets[id]!; i < end; i++) {
          const score = boosted * f.impact[i]!;
          for (let doc = f.unitStart[f.units[i]!]!; doc < f.unitStart[f.units[i]! + 1]!; doc++) {
            if (matched[doc] === 0) {
              matched[doc] = 1;
              reach[doc] = codes;
              seen.push(doc);
            }
            total[doc] = total[doc]! + score;
          }
        }
        codes += 1;
      });
    }
    const docs = Uint32Array.from(seen).sort();
    const found: TermDocs = { docs, scores: Float64Array.from(docs, (d) => total[d]!), firsts: Uint32Array.from(docs, (d) => reach[d]!), codes };
    for (const d of seen) total[d] = matched[d] = 0;
    this.termDocsKept.set(term, found);
    this.termDocsCount += docs.length;
    for (const [oldest, { docs: dropped }] of this.termDocsKept) {
      if (this.termDocsCount <= TERM_DOCS_KEPT) break;
      this.termDocsKept.delete(oldest);
      this.termDocsCount -= dropped.length;
    }
    return found;
  }
  private readonly termDocsKept = new Map<string, TermDocs>();
  private termDocsCount = 0;

  /**
   * A very common term's score in every document, as a search would sum it over the fields, or
   * null for any other term. Looking a document up in such a column costs less than scattering
   * the term's long postings over every document, and it can be left for the documents that could
   * still be among the best: the {@link DENSE_TERMS} commonest terms (with no fuzzy neighbours) of
   * an index of {@link DENSE_MIN_DOCUMENTS} documents or more, with more postings than a
   * sixteenth of its documents, get one, made the first time they are asked for.
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
              .filter(({ t, n }) => n > this.size / 16 && !this.options.fuzzy(t))
              .sort((a, b) => b.n - a.n)
              .slice(0, DENSE_TERMS)
              .map(({ t }) => t),
      );
    }
    // Most terms have no column: known without looking the term up.
    if (!this.denseTerms.has(term)) return null;
    const id = this.ids.get(term);
    if (id === undefined) return null;
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
    this.columnMax.set(scores, scores.reduce((a, b) => Math.max(a, b), 0));
    return scores;
  }
  private readonly dense = new Map<string, Float64Array>();
  /** Each score column's highest score. */
  private readonly columnMax = new Map<Float64Array, number>();
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
    const exact = this.ids.get(term);
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
  /** How many units (sentences of a province) hold a term in a field, and how many units the field has. */
  unitFrequency(term: string, field: number): { readonly units: number; readonly of: number } {
    const id = this.ids.get(term);
    const f = this.fields[field];
    if (!f) return { units: 0, of: 0 };
    return { units: id === undefined ? 0 : f.offsets[id + 1]! - f.offsets[id]!, of: f.unitStart.length - 1 };
  }

  *unitsWith(term: string, field: number): Generator<number> {
    const id = this.ids.get(term);
    const f = this.fields[field];
    if (id === undefined || !f) return;
    for (let i = f.offsets[id]!; i < f.offsets[id + 1]!; i++) yield f.unitStart[f.units[i]!]!;
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
      reach: new Uint32Array(this.size),
      finals: new Float64Array(this.size),
      finalDocs: new Uint32Array(this.size),
      floors: new Float64Array(this.size),
      selection: new Float64Array(this.size),
    });
  }
  private scratch_: Scratch | undefined;
}

/** Terms given a score column (see TermIndex's `denseScores`): 64, 800 KB each per 100 000 documents. */
export const DENSE_TERMS = 64;

/** Documents the terms asked most recently keep, in all (see TermIndex's `termDocs`): 3 million, 16 bytes each. */
export const TERM_DOCS_KEPT = 3_000_000;

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

/** A distinct term of a query, read from its documents. */
interface QueryTerm {
  readonly docs: TermDocs;
  /** How often the query asks it. */
  readonly times: number;
  /** The code of its first neighbour and field. */
  readonly code: number;
}

/** The documents a search keeps, range after range: their scores, and the code that reached each first. */
interface Found {
  readonly docs: number[];
  readonly scores: number[];
  readonly keys: number[];
}

interface Scratch extends Accumulators {
  /** A range's documents found, and their scores. */
  readonly finalDocs: Uint32Array;
  readonly finals: Float64Array;
  /** Room for selecting among the scores. */
  readonly selection: Float64Array;
  /** The final scores of a range's best documents so far. */
  readonly floors: Float64Array;
}
