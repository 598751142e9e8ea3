/**
 * Measures the two search engines on one corpus: extracts its facts and records the bot's
 * searches once, then builds each engine and loads and searches it in fresh processes, the
 * engines alternating (A, B, A, B…) so that the machine's load weighs on both alike.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { failed, runChild, type Failure } from "../scale/measure.js";
import type { ScaleTurns } from "../scale/questions.js";
import type { CorpusInput, CorpusOutput } from "./corpus-child.js";
import type { EngineName } from "./engines.js";
import type { BuildOutput, IndexInput, QueryOutput } from "./index-child.js";

/** The engines in the order each pair is run: the bot's first. */
export const ENGINE_NAMES: readonly EngineName[] = ["terms", "minisearch"];

/** One corpus to measure. */
export interface SearchCase {
  /** "5 (shipped)", "10 000"… */
  readonly label: string;
  readonly corpusDir: string;
  readonly turns: ScaleTurns;
  /** Build processes per engine. */
  readonly builds: number;
  /** Load-and-search processes per engine. */
  readonly runs: number;
}

/** What one engine measured on one corpus. */
export interface EngineRuns {
  readonly builds: readonly BuildOutput[];
  readonly queries: readonly QueryOutput[];
  /** Why a child did not finish, when one did not. */
  readonly failure: string | null;
}

/** Everything measured on one corpus. */
export interface SearchResult {
  readonly label: string;
  readonly corpus: CorpusOutput | Failure;
  readonly engines: Readonly<Record<EngineName, EngineRuns>>;
  /** The machine's 1-minute load average when the measurement began and ended. */
  readonly load: readonly [number, number];
}

const script = (name: string) => fileURLToPath(new URL(name, import.meta.url));
/** Room for an engine whose index outgrows Node's default heap: its size is what is measured. */
const HEAP = ["--max-old-space-size=16384"];

/** Measures one corpus; `work` is a folder for its files, `log` receives a line per step. */
export function measureSearch(c: SearchCase, work: string, log: (line: string) => void): SearchResult {
  const loadBefore = loadavg()[0]!;
  mkdirSync(work, { recursive: true });
  const turnsPath = join(work, "turns.json");
  writeFileSync(turnsPath, JSON.stringify(c.turns));
  const paths = { corpusPath: join(work, "corpus.json"), searchesPath: join(work, "searches.json") };
  const corpus = runChild<CorpusOutput>(script("corpus-child.ts"), { corpusDir: c.corpusDir, turnsPath, ...paths } satisfies CorpusInput, HEAP);
  log(`  ${c.label}: ${failed(corpus) ? `FAILED: ${corpus.failed}` : `${corpus.facts} facts, ${corpus.searches} searches recorded`}`);
  type Runs = { builds: BuildOutput[]; queries: QueryOutput[]; failure: string | null };
  const runs = Object.fromEntries(ENGINE_NAMES.map((e): [EngineName, Runs] => [e, { builds: [], queries: [], failure: null }])) as Record<EngineName, Runs>;
  if (failed(corpus)) for (const e of ENGINE_NAMES) runs[e].failure = "the corpus child failed";
  const step = (mode: "build" | "query", count: number) => {
    for (let i = 0; i < count; i++) {
      for (const engine of ENGINE_NAMES) {
        const r = runs[engine];
        if (r.failure) continue;
        const input: IndexInput = { engine, mode, ...paths, indexPath: join(work, `${engine}.json`) };
        const out = runChild<BuildOutput | QueryOutput>(script("index-child.ts"), input, HEAP);
        if (failed(out)) r.failure = `${mode}: ${out.failed}`;
        else if (mode === "build") r.builds.push(out as BuildOutput);
        else r.queries.push(out as QueryOutput);
        log(`  ${c.label}: ${engine} ${mode} ${failed(out) ? `FAILED: ${out.failed}` : describe(out)}`);
      }
    }
  };
  step("build", c.builds);
  step("query", c.runs);
  return { label: c.label, corpus, engines: runs, load: [loadBefore, loadavg()[0]!] };
}

function describe(out: BuildOutput | QueryOutput): string {
  if ("buildMs" in out) return `${(out.buildMs / 1000).toFixed(2)} s, ${(out.persistedBytes / 2 ** 20).toFixed(1)} MB, ${out.residentMB.toFixed(0)} MB resident`;
  return `load ${out.loadMs.toFixed(0)} ms, ${out.residentAfterLoadMB.toFixed(0)} MB resident`;
}
