import MiniSearch from "minisearch";
import type { Fact } from "../facts/index.js";
import { INDEX_OPTIONS, type FactDocument } from "./options.js";

/** A fact found by a search, with its relevance. */
export interface FactHit {
  readonly fact: Fact;
  /** MiniSearch's BM25 score, weighted by field. */
  readonly score: number;
  /** Folded query terms the fact matched. */
  readonly terms: readonly string[];
}

/**
 * The typed facade over MiniSearch: search facts by words, optionally within provinces. No
 * MiniSearch type leaks out of it.
 */
export class FactIndex {
  private readonly byId: ReadonlyMap<string, Fact>;

  private constructor(
    private readonly search_: MiniSearch<FactDocument>,
    facts: readonly Fact[],
  ) {
    this.byId = new Map(facts.map((f) => [f.id, f]));
  }

  /** Indexes facts; `documentOf` gives each fact's searchable text. */
  static build(facts: readonly Fact[], documentOf: (fact: Fact) => FactDocument): FactIndex {
    const ms = new MiniSearch<FactDocument>(INDEX_OPTIONS);
    ms.addAll(facts.map(documentOf));
    return new FactIndex(ms, facts);
  }

  /** Restores an index saved with {@link toJSON}, with the same options it was built with. */
  static load(json: string, facts: readonly Fact[]): FactIndex {
    return new FactIndex(MiniSearch.loadJSON<FactDocument>(json, INDEX_OPTIONS), facts);
  }

  /** The index as JSON text, for {@link load}. */
  toJSON(): string {
    return JSON.stringify(this.search_);
  }

  /** Number of facts indexed. */
  get size(): number {
    return this.search_.documentCount;
  }

  /** Facts matching the query's words, best first; only facts `accept` lets through. */
  search(query: string, accept: (fact: Fact) => boolean = () => true): FactHit[] {
    const out: FactHit[] = [];
    for (const r of this.search_.search(query, { filter: (r) => { const f = this.byId.get(String(r.id)); return !!f && accept(f); } })) {
      const fact = this.byId.get(String(r.id));
      if (fact) out.push({ fact, score: r.score, terms: r.terms });
    }
    return out;
  }
}
