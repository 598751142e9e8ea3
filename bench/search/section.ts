/**
 * The search section of `npm run bench` (`BENCH_SECTIONS=search`): the bot's term index beside
 * MiniSearch itself, one instance per province, over the same facts, on the shipped corpus and on
 * synthetic corpora (`BENCH_SEARCH_SIZES`, default `seed,10000`; "seed" is the shipped corpus;
 * `BENCH_SEARCH_RUNS` load-and-search processes per engine, default 3). Writes its part of
 * bench/RESULTS.md and every raw figure to .cache/bench-search/results.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CORPUS_DIR } from "../../knowledge/index.js";
import { QUESTIONS } from "../questions.js";
import { writeResultsSection } from "../results-file.js";
import { scaleRounds, type ScaleTurn, type ScaleTurns } from "../scale/questions.js";
import { generateCorpus } from "../synthetic/corpus.js";
import { writeCorpus } from "../synthetic/write.js";
import { measureSearch, type SearchCase } from "./measure.js";
import { searchReport } from "./report.js";

/** Rounds of the 21 benchmark questions on the shipped corpus (as the embedded section asks them). */
const SEED_ROUNDS = 40;

/** Corpus sizes from a comma-separated list ("seed,10000"): 0 for the shipped corpus. */
export function parseSearchSizes(list: string | undefined): number[] {
  const sizes = (list ?? "")
    .split(",")
    .map((s) => s.trim().replace(/[_ ]/g, ""))
    .filter(Boolean)
    .map((s) => (s === "seed" ? 0 : Number(s)))
    .filter((x) => Number.isInteger(x) && x >= 0);
  return sizes.length ? [...new Set(sizes)].sort((a, b) => a - b) : [0, 10_000];
}

const cacheDir = fileURLToPath(new URL("../../.cache/", import.meta.url));

function searchCase(size: number, seed: string, runs: number, rounds: number): SearchCase {
  if (!size) {
    const once: ScaleTurn[] = QUESTIONS.map((q) => ({ text: q.text, kind: q.intent, chat: null, expected: null }));
    const turns: ScaleTurns = { warmUp: once, rounds: Array.from({ length: SEED_ROUNDS }, () => once) };
    return { label: "5 (shipped)", corpusDir: DEFAULT_CORPUS_DIR, turns, builds: 3, runs };
  }
  const articles = generateCorpus(seed, size);
  const corpusDir = writeCorpus(join(cacheDir, "bench-scale", "corpora", `${seed}-${size}`), seed, articles);
  return { label: size.toLocaleString("en").replace(/,/g, " "), corpusDir, turns: scaleRounds(seed, articles, rounds), builds: size >= 10_000 ? 1 : 3, runs };
}

/** Runs the search section and writes its figures; returns the Markdown section. */
export function runSearchSection(env: NodeJS.ProcessEnv = process.env): string {
  const sizes = parseSearchSizes(env.BENCH_SEARCH_SIZES);
  const seed = env.BENCH_SEED || "issue-7";
  const runs = Math.max(1, Number(env.BENCH_SEARCH_RUNS) || 3);
  const rounds = Math.max(1, Number(env.BENCH_ROUNDS) || 3);
  const work = join(cacheDir, "bench-search");
  console.log(`search: sizes ${sizes.map((s) => s || "seed").join(", ")}, seed ${seed}, ${runs} runs per engine`);
  const results = sizes.map((size) => {
    const c = searchCase(size, seed, runs, rounds);
    return measureSearch(c, join(work, `size-${size}`), (line) => console.log(line));
  });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, "results.json"), JSON.stringify(results, null, 1));
  const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  const command = `BENCH_SECTIONS=search${env.BENCH_SEARCH_SIZES ? ` BENCH_SEARCH_SIZES=${env.BENCH_SEARCH_SIZES}` : ""} npm run bench`;
  const section = searchReport(results, { machine, date: new Date().toISOString().slice(0, 10), command, seed, runs, rounds, seedRounds: SEED_ROUNDS });
  writeResultsSection("search", section);
  return section;
}
