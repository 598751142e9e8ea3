import { describe, expect, it } from "vitest";
import type { QueryOutput } from "../../../bench/search/index-child.js";
import type { EngineRuns, SearchResult } from "../../../bench/search/measure.js";
import { agreement, searchReport } from "../../../bench/search/report.js";
import { parseSearchSizes } from "../../../bench/search/section.js";

// An engine measured once: searches of one province take 1 ms but the slowest `slowest`.
function runs(o: { loadMs: number; residentMB: number; slowest: number; firstRound: number[][] }): EngineRuns {
  const query: QueryOutput = {
    loadMs: o.loadMs,
    loadCpuMs: o.loadMs / 2,
    residentBeforeLoadMB: 50,
    residentAfterLoadMB: o.residentMB,
    heapAfterLoadMB: 10,
    peakResidentMB: o.residentMB,
    byClass: { "one province": [...Array(98).fill(1), o.slowest, o.slowest], "every province": [2] },
    cpu: [0.5],
    firstRound: o.firstRound,
  };
  return { builds: [{ buildMs: 1000, serializeMs: 10, persistedBytes: 2 ** 20, residentMB: o.residentMB, peakResidentMB: o.residentMB }], queries: [query], failure: null };
}

const result: SearchResult = {
  label: "10 000",
  corpus: { articles: 10_000, facts: 120_000, sentences: 80_000, provinces: 60, searches: 100 },
  engines: {
    terms: runs({ loadMs: 600, residentMB: 300, slowest: 5, firstRound: [[1, 2, 3], [4, 5]] }),
    minisearch: runs({ loadMs: 4000, residentMB: 2000, slowest: 30, firstRound: [[1, 3, 2], [5, 4]] }),
  },
  load: [1, 2],
};
const context = { machine: "test machine", date: "2026-12-07", command: "BENCH_SECTIONS=search npm run bench", seed: "s", runs: 1, rounds: 1, seedRounds: 40 };

describe("searchReport", () => {
  it("checks each engine against the scale goals at the largest corpus", () => {
    const rows = searchReport([result], context).split("\n").filter((l) => /^\| (goal|load|search|resident)/.test(l));
    expect(rows).toEqual([
      "| goal at 10 000 articles | term index (the bot's) | MiniSearch 7.2, one per province |",
      "| load ≤ 2 s (file read, parsed, index restored) | 600 ms — met | 4.00 s — **not met** |",
      "| search p99 ≤ 10 ms (every search the bot ran) | 5.00 ms — met | 30 ms — **not met** |",
      "| resident memory ≤ 1 GB (the index alone, loaded) | 300 MB — met | 2000 MB — **not met** |",
    ]);
  });

  it("gives MiniSearch's figures as times the term index's, a column per kind of search run, and how often they agree", () => {
    const lines = searchReport([result], context).split("\n");
    expect(lines.find((l) => l.startsWith("| articles | engine"))).toMatch(/\| one province \| every province \|$/);
    expect(lines.find((l) => l.startsWith("| 10 000 | MiniSearch"))).toBe(
      "| 10 000 | MiniSearch 7.2, one per province | 1.00 s (1.0×) | 1.0 MB | 4.00 s (6.7×) | 2.00 s | 2000 MB (6.7×) | 10 MB | 1.00 ms / 30 ms (6.0×) | 0.50 ms / 0.50 ms | 1.00 ms / 30 ms | 2.00 ms / 2.00 ms |",
    );
    expect(lines.find((l) => l.startsWith("| 10 000 | 120 000"))).toBe("| 10 000 | 120 000 | 2 | 50.0% | 100.0% |");
  });

  it("names the engine that failed instead of its figures", () => {
    const broken: SearchResult = { ...result, engines: { ...result.engines, minisearch: { builds: [], queries: [], failure: "build: heap out of memory" } } };
    expect(searchReport([broken], context)).toContain("| load ≤ 2 s (file read, parsed, index restored) | 600 ms — met | failed: build: heap out of memory |");
  });
});

describe("agreement", () => {
  it("counts the same best fact and the share of the best ten in common", () => {
    expect(agreement([[1, 2], [3]], [[1, 9], [4]])).toEqual({ sameBest: 0.5, commonTen: 0.25, searches: 2 });
    expect(agreement([], [])).toEqual({ sameBest: 1, commonTen: 1, searches: 0 });
  });
});

describe("parseSearchSizes", () => {
  it("reads 'seed' as the shipped corpus, 0", () => {
    expect(parseSearchSizes("10000, seed")).toEqual([0, 10000]);
    expect(parseSearchSizes(undefined)).toEqual([0, 10000]);
  });
});
