/**
 * Child process of the search section: one engine, in a process of its own so that its memory is
 * its own. "build": builds the engine over the section's facts and persists it. "query": starts
 * as a service would, loading the persisted form (read, parsed, restored), searches the warm-up
 * searches untimed, then the timed rounds, each search once, and keeps the first round's results.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { childInput, childResult, heapMB, peakResidentMB, residentMB } from "../scale/child.js";
import type { RecordedSearch, RecordedSearches } from "./corpus-child.js";
import { ENGINES, type EngineName, type SearchCorpus } from "./engines.js";

/** Input of the index child. */
export interface IndexInput {
  readonly engine: EngineName;
  readonly mode: "build" | "query";
  /** The {@link SearchCorpus} as JSON (build). */
  readonly corpusPath: string;
  /** The {@link RecordedSearches} as JSON (query). */
  readonly searchesPath: string;
  /** Where the persisted engine is written (build) and read (query). */
  readonly indexPath: string;
}

/** What a build child reports. */
export interface BuildOutput {
  readonly buildMs: number;
  readonly serializeMs: number;
  readonly persistedBytes: number;
  readonly residentMB: number;
  readonly peakResidentMB: number;
}

/** What a query child reports. */
export interface QueryOutput {
  /** Reading the file, parsing it and restoring the engine. */
  readonly loadMs: number;
  /**
   * The CPU time the load took (this process's, garbage collection threads included): on a machine
   * shared with other work, what it cost rather than how long it waited for a core.
   */
  readonly loadCpuMs: number;
  /** Resident memory and heap once loaded, after a full collection; the process's own before. */
  readonly residentBeforeLoadMB: number;
  readonly residentAfterLoadMB: number;
  readonly heapAfterLoadMB: number;
  readonly peakResidentMB: number;
  /** Milliseconds per search, by how many provinces it reads (see {@link searchClass}). */
  readonly byClass: Record<string, number[]>;
  /** CPU milliseconds per search, every search pooled. */
  readonly cpu: number[];
  /** The first round's results, the best 10 of each search, for comparing the engines. */
  readonly firstRound: readonly (readonly number[])[];
}

/** "one province" (a figure), "several provinces" (a comparison), "every province" (a ranking). */
export function searchClass(s: RecordedSearch, provinces: number): string {
  return s.provinces.length === 1 ? "one province" : s.provinces.length >= provinces ? "every province" : "several provinces";
}

const input = childInput<IndexInput>();
const kind = ENGINES[input.engine];
if (input.mode === "build") {
  const corpus = JSON.parse(readFileSync(input.corpusPath, "utf8")) as SearchCorpus;
  residentMB();
  let t = performance.now();
  const engine = kind.build(corpus);
  const buildMs = performance.now() - t;
  t = performance.now();
  const persisted = engine.serialize();
  const serializeMs = performance.now() - t;
  writeFileSync(input.indexPath, persisted);
  const resident = residentMB();
  childResult({ buildMs, serializeMs, persistedBytes: Buffer.byteLength(persisted), residentMB: resident, peakResidentMB: peakResidentMB() } satisfies BuildOutput);
} else {
  const searches = JSON.parse(readFileSync(input.searchesPath, "utf8")) as RecordedSearches;
  const residentBeforeLoadMB = residentMB();
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const spent = process.cpuUsage(since);
    return (spent.user + spent.system) / 1000;
  };
  let used = process.cpuUsage();
  let t = performance.now();
  const engine = kind.load(readFileSync(input.indexPath, "utf8"));
  const loadMs = performance.now() - t;
  const loadCpuMs = cpuMs(used);
  const residentAfterLoadMB = residentMB();
  const heapAfterLoadMB = heapMB();
  const run = (s: RecordedSearch) => engine.search(s.query, s.provinces.length >= searches.provinces ? null : s.provinces, s.perProvince);
  for (const s of searches.warmUp) run(s);
  const byClass: Record<string, number[]> = {};
  const cpu: number[] = [];
  const firstRound: number[][] = [];
  for (const [r, round] of searches.rounds.entries()) {
    for (const s of round) {
      used = process.cpuUsage();
      t = performance.now();
      const found = run(s);
      (byClass[searchClass(s, searches.provinces)] ??= []).push(performance.now() - t);
      cpu.push(cpuMs(used));
      if (r === 0) firstRound.push(found.slice(0, 10));
    }
  }
  childResult({ loadMs, loadCpuMs, residentBeforeLoadMB, residentAfterLoadMB, heapAfterLoadMB, peakResidentMB: peakResidentMB(), byClass, cpu, firstRound } satisfies QueryOutput);
}
