/**
 * The scale section of bench/RESULTS.md, as Markdown, from the measured sizes: the goals at the
 * largest size, then build/persist/load/memory, latency per intent and quality, each beside the
 * plain-MiniSearch baseline of the same run.
 */
import type { AnswerOutput } from "./answer-child.js";
import type { BaselineOutput } from "./baseline-child.js";
import type { BuildOutput } from "./build-child.js";
import { failed, type Failure, type SizeResult } from "./measure.js";
import { percentile, ratio } from "./stats.js";

/** What the section says about how it was produced. */
export interface ReportContext {
  readonly machine: string;
  readonly date: string;
  readonly command: string;
  readonly seed: string;
  readonly rounds: number;
}

/** The goals of issue 7, checked at 10 000 articles. */
export const GOALS = { loadMs: 2000, p99Ms: 10, residentMB: 1024 } as const;

const ok = <T extends object>(x: T | Failure): T | null => (failed(x) ? null : x);
/** "10 000": a whole number with spaces between thousands. */
export const n = (x: number) => x.toLocaleString("en").replace(/,/g, " ");
/** "2.63 s", "42 ms", "0.31 ms": milliseconds to three significant figures or so. */
export const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`);
/** "74.9 MB", "228 KB": a size in bytes. */
export const mb = (bytes: number) => (bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`);
const pct = (right: number, of: number) => (of ? `${((100 * right) / of).toFixed(1)}%` : "–");
const why = (x: object) => (failed(x) ? `failed: ${x.failed}` : "");

/** Every answer's latency, all intents pooled. */
export function allLatencies(a: AnswerOutput): number[] {
  return Object.values(a.byIntent).flat();
}

/** Every baseline search's latency. */
export function baselineLatencies(b: BaselineOutput): number[] {
  return Object.values(b.byKind).flat();
}

function goals(results: readonly SizeResult[]): string {
  const largest = results[results.length - 1]!;
  const smallest = results[0]!;
  const a = ok(largest.answers);
  const first = ok(smallest.answers);
  const row = (goal: string, measured: string, met: boolean | null) => `| ${goal} | ${measured} | ${met === null ? "not measured" : met ? "met" : "**not met**"} |`;
  const p99 = a ? percentile(allLatencies(a), 99) : null;
  const quality = a && first ? [a.right / a.asked, first.right / first.asked] : null;
  return [
    `| goal at ${n(largest.size)} articles | measured | |`,
    "| --- | --- | --- |",
    row(
      "load under 2 s (the corpus folder read and hashed, its build loaded)",
      a ? `${ms(a.readMs + a.loadMs)} (${ms(a.readMs)} + ${ms(a.loadMs)})` : why(largest.answers),
      a ? a.readMs + a.loadMs < GOALS.loadMs : null,
    ),
    row("p99 answer under 10 ms", p99 !== null ? ms(p99) : why(largest.answers), p99 !== null ? p99 < GOALS.p99Ms : null),
    row("memory under 1 GB (resident, after answering)", a ? `${a.residentMB.toFixed(0)} MB` : why(largest.answers), a ? a.residentMB < GOALS.residentMB : null),
    row(
      `quality not lower than at ${n(smallest.size)}`,
      a && first ? `${pct(a.right, a.asked)} (${pct(first.right, first.asked)} at ${n(smallest.size)})` : why(largest.answers),
      quality ? quality[0]! >= quality[1]! : null,
    ),
  ].join("\n");
}

function buildTable(results: readonly SizeResult[]): string {
  const rows = results.map((r) => {
    const b = ok(r.build) as BuildOutput | null;
    const a = ok(r.answers);
    const base = ok(r.baseline);
    const cell = (v: string | null, baseV: string | null, rel: string) => (v === null ? "–" : baseV === null ? v : `${v} (${rel} ${baseV})`);
    return [
      n(r.size),
      b ? `${n(b.facts)} facts, ${n(b.sentences)} sentences with facts` : why(r.build),
      mb(r.corpusBytes),
      b ? cell(ms(b.buildMs), base ? ms(base.buildMs) : null, base ? ratio(b.buildMs, base.buildMs) : "") : why(r.build),
      b ? cell(mb(b.persistedBytes), base ? mb(base.persistedBytes) : null, base ? ratio(b.persistedBytes, base.persistedBytes) : "") : "–",
      a ? ms(a.readMs) : why(r.answers),
      a ? cell(ms(a.loadMs), base ? ms(base.loadMs) : null, base ? ratio(a.loadMs, base.loadMs) : "") : why(r.answers),
      a ? ms(a.firstAnswerMs) : "–",
      a ? cell(`${a.residentMB.toFixed(0)} MB`, base ? `${base.residentMB.toFixed(0)} MB` : null, base ? ratio(a.residentMB, base.residentMB) : "") : "–",
      a ? `${a.peakResidentMB.toFixed(0)} MB` : "–",
    ];
  });
  return [
    "| articles | extracted | corpus text | index build (× baseline) | persisted (× baseline) | corpus folder read and hashed | build loaded from disk (× baseline) | first answer after load | resident memory after answering (× baseline) | peak resident |",
    "| ---: | --- | ---: | --- | --- | ---: | --- | ---: | --- | ---: |",
    ...rows.map((c) => `| ${c.join(" | ")} |`),
  ].join("\n");
}

function latencyTable(results: readonly SizeResult[]): string {
  const intents = [...new Set(results.flatMap((r) => (failed(r.answers) ? [] : Object.keys(r.answers.byIntent))))].sort();
  const pp = (xs: readonly number[] | undefined) => (xs?.length ? `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 99))}` : "–");
  const rows = results.map((r) => {
    const a = ok(r.answers);
    const base = ok(r.baseline);
    if (!a) return [n(r.size), why(r.answers), "–", base ? pp(baselineLatencies(base)) : why(r.baseline), ...intents.map(() => "–")];
    const all = allLatencies(a);
    const bAll = base ? baselineLatencies(base) : [];
    const rel = base ? ` (${ratio(percentile(all, 50), percentile(bAll, 50))} / ${ratio(percentile(all, 99), percentile(bAll, 99))})` : "";
    return [n(r.size), `${pp(all)}${rel}`, pp(a.cpu), base ? pp(bAll) : why(r.baseline), ...intents.map((i) => pp(a.byIntent[i]))];
  });
  return [
    `| articles | bot, all intents (× baseline) | bot CPU time, all intents | baseline search | ${intents.join(" | ")} |`,
    `| ---: | --- | --- | --- | ${intents.map(() => "---").join(" | ")} |`,
    ...rows.map((c) => `| ${c.join(" | ")} |`),
  ].join("\n");
}

function qualityTable(results: readonly SizeResult[]): string {
  const style = (a: AnswerOutput, s: string) => {
    const t = a.byStyle[s];
    return t ? `${pct(t[0], t[1])} (${t[0]}/${t[1]})` : "–";
  };
  const rows = results.map((r) => {
    const a = ok(r.answers);
    const base = ok(r.baseline);
    return [
      n(r.size),
      a ? `${pct(a.right, a.asked)} (${a.right}/${a.asked})` : why(r.answers),
      ...["vi", "plain", "dated", "undated"].map((s) => (a ? style(a, s) : "–")),
      base ? `${pct(base.right, base.asked)} (${base.right}/${base.asked})` : why(r.baseline),
      a && base ? ratio(a.right, base.right) : "–",
    ];
  });
  return [
    "| articles | bot right | with diacritics | without diacritics | year named | latest asked | baseline right | bot ÷ baseline |",
    "| ---: | --- | --- | --- | --- | --- | --- | ---: |",
    ...rows.map((c) => `| ${c.join(" | ")} |`),
  ].join("\n");
}

/** The section, without its markers. */
export function scaleReport(results: readonly SizeResult[], c: ReportContext): string {
  const sizes = results.map((r) => n(r.size)).join(", ");
  const turns = results[0]?.turns ?? 0;
  return `## Scale: synthetic corpora of ${sizes} articles

Machine: ${c.machine}. Measured ${c.date} by \`${c.command}\` (sizes from
\`BENCH_SIZES\`, e.g. \`BENCH_SIZES=100,1000 npm run bench\` for a quick run). Corpora: seed
\`${c.seed}\`, written by \`bench/synthetic/\` to \`.cache/bench-scale/corpora/\`; the same seed
gives the same bytes. Every figure below comes from fresh Node processes: a build process
(median of 3 builds, 1 at 10 000 articles), 3 load-and-answer processes (each starts as the
service does: reads and hashes the corpus folder to know its persisted build is current, then
loads the build; load and memory: their medians; each answers a warm-up round, untimed but for its first answer, then ${c.rounds} timed
rounds of ${turns} turns, every round of other questions, so no answer is timed twice for the same
question; every answer pooled) and a baseline process (the first round: it keeps nothing
between searches). The baseline, measured in the same run: plain MiniSearch with default
options over the files' raw sentences, its top sentence taken as the answer.

${goals(results)}

### Build, persisted size, load, memory

${buildTable(results)}

### Answer latency, p50 / p99, by the intent answered

Wall-clock time of \`bot.answer\`, and beside it the CPU time the answering process spent (garbage
collection threads included), which waiting for a core shared with other work does not inflate.
Load average of the machine (1 minute) while each size was measured: ${results.map((r) => `${n(r.size)}: ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)}`).join(", ")}.

${latencyTable(results)}

### Answer quality on figure questions whose right figure is known

Right for the bot: its first figure is the right one, for the right province, in the headline, and
its citation quotes an article that states it. Right for the baseline: its top sentence holds the
right figure. Half the questions name the year; the other half ask for the latest figure the corpus
has. Half are typed with diacritics, half without, lower case.

${qualityTable(results)}

![Answer latency and resident memory against corpus size](scale.svg)
`;
}
