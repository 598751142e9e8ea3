import type { Fact } from "../facts/index.js";
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
  ) {
    this.ranges = provinceRanges(facts);
  }

  /**
   * Indexes facts, which must come grouped by province (see {@link groupByProvince});
   * `documentOf` gives each fact's searchable text.
   */
  static build(facts: readonly Fact[], documentOf: (fact: Fact) => FactDocument): FactIndex {
    const docs = facts.map(documentOf);
    const breaks = (i: number) => facts[i]!.province !== facts[i - 1]!.province || facts[i]!.sentenceId !== facts[i - 1]!.sentenceId;
    return new FactIndex(TermIndex.build(facts.length, (i, field) => docs[i]![FIELDS[field]!], breaks, INDEX_OPTIONS), facts);
  }

  /** Restores an index saved with {@link toJSON}, over the same facts in the same order. */
  static load(saved: SavedTermIndex, facts: readonly Fact[]): FactIndex {
    if (saved.size !== facts.length) throw new Error(`the saved index holds ${saved.size} facts, not ${facts.length}`);
    return new FactIndex(TermIndex.load(saved, INDEX_OPTIONS), facts);
  }

  /** The index as a JSON-ready object, for {@link load}. */
  toJSON(): SavedTermIndex {
    return this.terms.toJSON();
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

  /** How many distinct fact sentences use a (folded) search term, counting up to `atMost`. */
  sentencesUsing(term: string, atMost: number): number {
    const seen = new Set<string>();
    for (const doc of this.terms.unitsWith(term, FIELDS.indexOf("sentence"))) {
      seen.add(this.facts[doc]!.sentenceId);
      if (seen.size >= atMost) break;
    }
    return seen.size;
  }
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
