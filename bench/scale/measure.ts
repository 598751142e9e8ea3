/**
 * Measures one corpus size: writes the seeded corpus and its turns to the cache, then runs the
 * build, answer and baseline children, each in a fresh Node process so that resident memory is
 * that of one knowledge base and nothing else. Builds and loads are repeated and their medians
 * kept; latencies of every answer child are pooled.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "../synthetic/corpus.js";
import { writeCorpus } from "../synthetic/write.js";
import type { AnswerInput, AnswerOutput } from "./answer-child.js";
import type { BaselineInput, BaselineOutput } from "./baseline-child.js";
import type { BuildInput, BuildOutput } from "./build-child.js";
import { RESULT_MARK } from "./child.js";
import { scaleRounds } from "./questions.js";
import { median } from "./stats.js";

/** How to measure. */
export interface ScaleSettings {
  readonly seed: string;
  /** Timed rounds in each answer child, each of other questions, after a warm-up round. */
  readonly rounds: number;
  /** Folder for corpora, persisted indexes and turns (git-ignored). */
  readonly cacheDir: string;
}

/** A child that did not finish: why. */
export interface Failure {
  readonly failed: string;
}

/** Everything measured for one size. */
export interface SizeResult {
  readonly size: number;
  readonly corpusBytes: number;
  readonly turns: number;
  readonly build: BuildOutput | Failure;
  /** Every build's time, for the median in `build`. */
  readonly buildRuns: readonly number[];
  readonly answers: AnswerOutput | Failure;
  /** Every answer child's load time and resident memory, for the medians in `answers`. */
  readonly loadRuns: readonly number[];
  readonly baseline: BaselineOutput | Failure;
  /** The machine's 1-minute load average when the size's measurement began and ended. */
  readonly load: readonly [number, number];
}

const here = fileURLToPath(new URL(".", import.meta.url));
const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

/** True when a child's result is a failure. */
export const failed = (x: object): x is Failure => "failed" in x;

/**
 * Runs a child script (a name in bench/scale/, or an absolute path) in a fresh Node process with
 * `input` as its JSON argument and `flags` for Node; gives its result line, or why it failed.
 */
export function runChild<T>(script: string, input: object, flags: readonly string[] = []): T | Failure {
  const run = spawnSync(process.execPath, ["--expose-gc", ...flags, "--import", "tsx", resolve(here, script), JSON.stringify(input)], {
    cwd: projectRoot,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const line = run.stdout?.split("\n").find((l) => l.startsWith(RESULT_MARK));
  if (run.status === 0 && line) return JSON.parse(line.slice(RESULT_MARK.length)) as T;
  // The last meaningful line of the error: "RangeError: Invalid string length", a heap limit…
  const why = (run.stderr ?? "").split("\n").map((l) => l.trim()).filter((l) => /error|heap|memory|killed/i.test(l)).pop();
  return { failed: why ?? `exit ${run.status ?? run.signal}` };
}

/** Measures one size; `log` receives a line per step. */
export function measureSize(size: number, s: ScaleSettings, log: (line: string) => void): SizeResult {
  const loadBefore = loadavg()[0]!;
  const articles = generateCorpus(s.seed, size);
  const corpusDir = writeCorpus(join(s.cacheDir, "corpora", `${s.seed}-${size}`), s.seed, articles);
  const work = join(s.cacheDir, "runs");
  mkdirSync(work, { recursive: true });
  const turns = scaleRounds(s.seed, articles, s.rounds);
  const turnsPath = join(work, `turns-${size}.json`);
  writeFileSync(turnsPath, JSON.stringify(turns));
  const indexPath = join(work, `index-${size}.json`);
  const corpusBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);

  // Builds take minutes at 10 000 articles: three of them only for the smaller sizes.
  const builds: (BuildOutput | Failure)[] = [];
  for (let i = 0; i < (size >= 10_000 ? 1 : 3); i++) {
    builds.push(runChild<BuildOutput>("build-child.ts", { corpusDir, indexPath } satisfies BuildInput));
    log(`  ${size}: build ${describe(builds.at(-1)!, (b) => `${(b.buildMs / 1000).toFixed(2)} s, ${b.facts} facts`)}`);
    if (failed(builds.at(-1)!)) break;
  }
  const goodBuilds = builds.filter((b): b is BuildOutput => !failed(b));
  const buildRuns = goodBuilds.map((b) => b.buildMs);
  const build = goodBuilds.length ? { ...goodBuilds[goodBuilds.length - 1]!, buildMs: median(buildRuns) } : builds[0]!;

  const answerRuns: (AnswerOutput | Failure)[] = [];
  if (!failed(build)) {
    for (let i = 0; i < 3; i++) {
      answerRuns.push(runChild<AnswerOutput>("answer-child.ts", { corpusDir, indexPath, turnsPath } satisfies AnswerInput));
      log(`  ${size}: load and answer ${describe(answerRuns.at(-1)!, (a) => `folder ${a.readMs.toFixed(0)} ms, load ${a.loadMs.toFixed(0)} ms, ${a.right}/${a.asked} right, ${a.residentMB.toFixed(0)} MB`)}`);
      if (failed(answerRuns.at(-1)!)) break;
    }
  }
  const goodAnswers = answerRuns.filter((a): a is AnswerOutput => !failed(a));
  const loadRuns = goodAnswers.map((a) => a.loadMs);
  const answers: AnswerOutput | Failure = goodAnswers.length
    ? {
        ...goodAnswers[0]!,
        readMs: median(goodAnswers.map((a) => a.readMs)),
        loadMs: median(loadRuns),
        firstAnswerMs: median(goodAnswers.map((a) => a.firstAnswerMs)),
        residentBeforeLoadMB: median(goodAnswers.map((a) => a.residentBeforeLoadMB)),
        residentAfterLoadMB: median(goodAnswers.map((a) => a.residentAfterLoadMB)),
        residentMB: median(goodAnswers.map((a) => a.residentMB)),
        peakResidentMB: median(goodAnswers.map((a) => a.peakResidentMB)),
        heapMB: median(goodAnswers.map((a) => a.heapMB)),
        byIntent: pool(goodAnswers.map((a) => a.byIntent)),
        cpu: goodAnswers.flatMap((a) => a.cpu),
      }
    : (answerRuns[0] ?? { failed: "no build to load" });

  // The baseline keeps nothing between searches: one round gives its latency (at 10 000 articles
  // a round of its searches takes minutes).
  const baseline = runChild<BaselineOutput>("baseline-child.ts", { corpusDir, indexPath: join(work, `baseline-${size}.json`), turnsPath } satisfies BaselineInput);
  log(`  ${size}: baseline ${describe(baseline, (b) => `build ${b.buildMs.toFixed(0)} ms, ${b.right}/${b.asked} right, ${b.residentMB.toFixed(0)} MB`)}`);
  return { size, corpusBytes, turns: turns.rounds[0]?.length ?? 0, build, buildRuns, answers, loadRuns, baseline, load: [loadBefore, loadavg()[0]!] };
}

function describe<T extends object>(x: T | Failure, ok: (x: T) => string): string {
  return failed(x) ? `FAILED: ${x.failed}` : ok(x);
}

function pool(runs: readonly Record<string, number[]>[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const run of runs) for (const [k, xs] of Object.entries(run)) (out[k] ??= []).push(...xs);
  return out;
}
