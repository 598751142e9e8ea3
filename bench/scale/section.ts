/**
 * The scale section of `npm run bench`: measures each corpus size (`BENCH_SIZES`, default
 * 100,1000,10000; `BENCH_ROUNDS`, default 3; `BENCH_SEED`), then writes its part of
 * bench/RESULTS.md (between its markers, the rest of the file kept), the chart bench/scale.svg,
 * and every raw figure to .cache/bench-scale/results.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeResultsSection } from "../results-file.js";
import { allLatencies, baselineLatencies, scaleReport } from "./report.js";
import { scaleChartSvg, type ChartPoint } from "./chart.js";
import { failed, measureSize, type SizeResult } from "./measure.js";
import { percentile } from "./stats.js";

/** Corpus sizes from a comma-separated list ("100,1000"); the default when it is empty. */
export function parseSizes(list: string | undefined): number[] {
  const sizes = (list ?? "").split(",").map((s) => Number(s.trim().replace(/[_ ]/g, ""))).filter((x) => Number.isInteger(x) && x > 0);
  return sizes.length ? [...new Set(sizes)].sort((a, b) => a - b) : [100, 1000, 10_000];
}

const benchDir = fileURLToPath(new URL("../", import.meta.url));
const cacheDir = fileURLToPath(new URL("../../.cache/bench-scale/", import.meta.url));

function chartPoint(r: SizeResult): ChartPoint {
  const a = failed(r.answers) ? null : r.answers;
  const b = failed(r.baseline) ? null : r.baseline;
  return {
    size: r.size,
    botP50: a ? percentile(allLatencies(a), 50) : null,
    botP99: a ? percentile(allLatencies(a), 99) : null,
    baseP50: b ? percentile(baselineLatencies(b), 50) : null,
    baseP99: b ? percentile(baselineLatencies(b), 99) : null,
    botMB: a?.residentMB ?? null,
    baseMB: b?.residentMB ?? null,
  };
}

/** Runs the scale section and writes its figures; returns the Markdown section. */
export function runScaleSection(env: NodeJS.ProcessEnv = process.env): string {
  const sizes = parseSizes(env.BENCH_SIZES);
  const settings = { seed: env.BENCH_SEED || "issue-7", rounds: Math.max(1, Number(env.BENCH_ROUNDS) || 3), cacheDir };
  mkdirSync(cacheDir, { recursive: true });
  console.log(`scale: sizes ${sizes.join(", ")}, seed ${settings.seed}, ${settings.rounds} rounds`);
  const results = sizes.map((size) => measureSize(size, settings, (line) => console.log(line)));
  writeFileSync(join(cacheDir, "results.json"), JSON.stringify(results, null, 1));

  const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  const command = env.BENCH_SIZES ? `BENCH_SIZES=${env.BENCH_SIZES} npm run bench` : "npm run bench";
  const section = scaleReport(results, { machine, date: new Date().toISOString().slice(0, 10), command, seed: settings.seed, rounds: settings.rounds });
  writeResultsSection("scale", section);
  writeFileSync(join(benchDir, "scale.svg"), scaleChartSvg(results.map(chartPoint)));
  return section;
}
