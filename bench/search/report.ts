/**
 * The search section of bench/RESULTS.md, as Markdown: the scale goals checked for each engine at
 * the largest corpus, then each engine's build, persisted size, load, memory and search latency,
 * MiniSearch's beside the term index's, and how often the two find the same facts.
 */
import { GOALS, mb, ms, n } from "../scale/report.js";
import { median, percentile, ratio } from "../scale/stats.js";
import type { EngineName } from "./engines.js";
import { ENGINE_NAMES, type EngineRuns, type SearchResult } from "./measure.js";

/** What the section says about how it was produced. */
export interface SearchReportContext {
  readonly machine: string;
  readonly date: string;
  readonly command: string;
  readonly seed: string;
  /** Load-and-search processes per engine. */
  readonly runs: number;
  /** Timed rounds of the scale section's turns on a synthetic corpus. */
  readonly rounds: number;
  /** Timed rounds of the benchmark questions on the shipped corpus. */
  readonly seedRounds: number;
}

/** An engine's figures on one corpus: medians over its processes, latencies pooled. */
export interface EngineFigures {
  readonly buildMs: number;
  readonly persistedBytes: number;
  readonly loadMs: number;
  readonly loadCpuMs: number;
  readonly residentMB: number;
  readonly heapMB: number;
  /** Search latencies by class ("one province"…), and "all". */
  readonly latencies: Readonly<Record<string, readonly number[]>>;
  /** CPU time of every search. */
  readonly cpu: readonly number[];
}

const NAMES: Readonly<Record<EngineName, string>> = { terms: "term index (the bot's)", minisearch: "MiniSearch 7.2, one per province" };
const CLASSES = ["one province", "several provinces", "every province"] as const;

/** An engine's figures, or null when it has none (a child failed before any). */
export function engineFigures(r: EngineRuns): EngineFigures | null {
  if (!r.builds.length || !r.queries.length) return null;
  const latencies: Record<string, number[]> = { all: [] };
  for (const q of r.queries) {
    for (const [k, xs] of Object.entries(q.byClass)) {
      (latencies[k] ??= []).push(...xs);
      latencies.all!.push(...xs);
    }
  }
  return {
    buildMs: median(r.builds.map((b) => b.buildMs)),
    persistedBytes: r.builds[r.builds.length - 1]!.persistedBytes,
    loadMs: median(r.queries.map((q) => q.loadMs)),
    loadCpuMs: median(r.queries.map((q) => q.loadCpuMs)),
    residentMB: median(r.queries.map((q) => q.residentAfterLoadMB)),
    heapMB: median(r.queries.map((q) => q.heapAfterLoadMB)),
    latencies,
    cpu: r.queries.flatMap((q) => q.cpu),
  };
}

/** The share of searches whose best fact is the same for both engines, and the mean share of their best 10 in common. */
export function agreement(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): { sameBest: number; commonTen: number; searches: number } {
  const searches = Math.min(a.length, b.length);
  let sameBest = 0;
  let commonTen = 0;
  for (let i = 0; i < searches; i++) {
    const x = a[i]!;
    const y = new Set(b[i]!);
    if (x[0] === b[i]![0]) sameBest += 1;
    const most = Math.max(x.length, y.size);
    commonTen += most ? x.filter((d) => y.has(d)).length / most : 1;
  }
  return { sameBest: searches ? sameBest / searches : 1, commonTen: searches ? commonTen / searches : 1, searches };
}

const p50p99 = (xs: readonly number[] | undefined) => (xs?.length ? `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 99))}` : "–");
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function goalTable(last: SearchResult): string {
  const figures = ENGINE_NAMES.map((e) => engineFigures(last.engines[e]));
  const cell = (i: number, value: (f: EngineFigures) => number, goal: number, show: (x: number) => string) => {
    const f = figures[i];
    if (!f) return `failed: ${last.engines[ENGINE_NAMES[i]!].failure ?? "no figures"}`;
    const x = value(f);
    return `${show(x)} — ${x <= goal ? "met" : "**not met**"}`;
  };
  const row = (label: string, value: (f: EngineFigures) => number, goal: number, show: (x: number) => string) =>
    `| ${label} | ${ENGINE_NAMES.map((_, i) => cell(i, value, goal, show)).join(" | ")} |`;
  return [
    `| goal at ${last.label} articles | ${ENGINE_NAMES.map((e) => NAMES[e]).join(" | ")} |`,
    `| --- | ${ENGINE_NAMES.map(() => "---").join(" | ")} |`,
    row("load ≤ 2 s (file read, parsed, index restored)", (f) => f.loadMs, GOALS.loadMs, ms),
    row("search p99 ≤ 10 ms (every search the bot ran)", (f) => percentile(f.latencies.all!, 99), GOALS.p99Ms, ms),
    row("resident memory ≤ 1 GB (the index alone, loaded)", (f) => f.residentMB, GOALS.residentMB, (x) => `${x.toFixed(0)} MB`),
  ].join("\n");
}

function figureTable(results: readonly SearchResult[]): string {
  // The kinds of search the bot ran, in their order (a comparison searches its provinces one by one).
  const present = new Set(results.flatMap((r) => ENGINE_NAMES.flatMap((e) => r.engines[e].queries.flatMap((q) => Object.keys(q.byClass)))));
  const classes = CLASSES.filter((c) => present.has(c));
  const lines = [
    `| articles | engine | build (× term index) | persisted | load (× term index) | load, CPU time | resident after load (×) | heap after load | search p50 / p99, all (× p99) | CPU time p50 / p99 | ${classes.join(" | ")} |`,
    `| ---: | --- | --- | ---: | --- | ---: | --- | ---: | --- | --- |${classes.map(() => " --- |").join("")}`,
  ];
  for (const r of results) {
    const base = engineFigures(r.engines.terms);
    for (const e of ENGINE_NAMES) {
      const f = engineFigures(r.engines[e]);
      if (!f) {
        lines.push(`| ${r.label} | ${NAMES[e]} | failed: ${r.engines[e].failure ?? "no figures"} |${" |".repeat(7 + classes.length)}`);
        continue;
      }
      const x = (value: (g: EngineFigures) => number) => (base && e !== "terms" ? ` (${ratio(value(f), value(base))})` : "");
      const p99 = (g: EngineFigures) => percentile(g.latencies.all!, 99);
      const cells = [
        r.label,
        NAMES[e],
        `${ms(f.buildMs)}${x((g) => g.buildMs)}`,
        mb(f.persistedBytes),
        `${ms(f.loadMs)}${x((g) => g.loadMs)}`,
        ms(f.loadCpuMs),
        `${f.residentMB.toFixed(0)} MB${x((g) => g.residentMB)}`,
        `${f.heapMB.toFixed(0)} MB`,
        `${p50p99(f.latencies.all)}${x(p99)}`,
        p50p99(f.cpu),
        ...classes.map((c) => p50p99(f.latencies[c])),
      ];
      lines.push(`| ${cells.join(" | ")} |`);
    }
  }
  return lines.join("\n");
}

function agreementTable(results: readonly SearchResult[]): string {
  const lines = ["| articles | facts | searches compared | same best fact | best 10 in common |", "| ---: | ---: | ---: | ---: | ---: |"];
  for (const r of results) {
    const [a, b] = ENGINE_NAMES.map((e) => r.engines[e].queries[0]?.firstRound);
    const facts = "facts" in r.corpus ? n(r.corpus.facts) : "–";
    if (!a || !b) lines.push(`| ${r.label} | ${facts} | – | – | – |`);
    else {
      const g = agreement(a, b);
      lines.push(`| ${r.label} | ${facts} | ${n(g.searches)} | ${pct(g.sameBest)} | ${pct(g.commonTen)} |`);
    }
  }
  return lines.join("\n");
}

/** The Markdown section. */
export function searchReport(results: readonly SearchResult[], c: SearchReportContext): string {
  const last = results[results.length - 1];
  const loads = results.map((r) => `${r.label}: ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`).join(", ");
  return [
    "## Search engine: the term index or MiniSearch itself",
    "",
    `Machine: ${c.machine}. Measured ${c.date} by \`${c.command}\` (load average while measured, 1 minute: ${loads}).`,
    "Both engines index the same facts with the same text (five fields, the bot's tokenizer of folded words and word pairs,",
    "its field boosts and fuzzy rule, OR, no prefix search): the bot's term index, one index over every fact whose",
    "search reads a province's range, and MiniSearch 7.2 itself, one instance per province, whose search reads the",
    "provinces asked one by one, keeps each one's best and sorts them. The searches are those the bot ran (recorded",
    `with its own index) answering, on the shipped corpus, the 21 benchmark questions (${c.seedRounds} timed rounds), on a`,
    `synthetic corpus (seed \`${c.seed}\`), the scale section's turns (${c.rounds} timed rounds, each of other questions); each`,
    "is run as the bot asked it (a figure or a comparison reads one province at a time, a ranking or a clarification",
    "every province, each province's best few). Each engine is built in a fresh process, persisted (the term index's",
    `columns; MiniSearch's \`toJSON\`), then loaded and searched in ${c.runs} fresh processes per engine, the engines`,
    "alternating; build, load and memory are medians over processes,",
    "latencies pooled, after an untimed warm-up round. Resident memory is a process holding the index and nothing else",
    "(Node and tsx included, after a full collection); the bot adds its facts and sentences to it.",
    "",
    last ? goalTable(last) : "",
    "",
    figureTable(results),
    "",
    "How often the two engines find the same facts for the same search (first timed round): MiniSearch per",
    "province weighs a word by its rarity within the province, the term index by its rarity in the whole corpus.",
    "",
    agreementTable(results),
  ].join("\n");
}
