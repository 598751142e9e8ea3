import { describe, expect, it } from "vitest";
import type { AnswerOutput } from "../../../bench/scale/answer-child.js";
import type { SizeResult } from "../../../bench/scale/measure.js";
import { scaleReport } from "../../../bench/scale/report.js";

// A size measured: 100 answers, the slowest `slowest` ms, the rest 1 ms; `right` of 100 right.
function measured(size: number, o: { readMs: number; loadMs: number; slowest: number; residentMB: number; right: number }): SizeResult {
  const answers: AnswerOutput = {
    readMs: o.readMs,
    loadMs: o.loadMs,
    firstAnswerMs: 5,
    byIntent: { figure: [...Array(98).fill(1), o.slowest, o.slowest] },
    cpu: Array(100).fill(1),
    right: o.right,
    asked: 100,
    byStyle: {},
    misses: [],
    residentBeforeLoadMB: 100,
    residentAfterLoadMB: o.residentMB,
    residentMB: o.residentMB,
    peakResidentMB: o.residentMB,
    heapMB: 50,
  };
  const build = { buildMs: 1000, serializeMs: 10, persistedBytes: 1_000_000, articles: size, sentences: size * 6, facts: size * 10, problems: 0, residentMB: 200, peakResidentMB: 200 };
  return { size, corpusBytes: size * 2000, turns: 100, build, buildRuns: [1000], answers, loadRuns: [o.loadMs], baseline: { failed: "exit 1" }, load: [1, 1] };
}

const context = { machine: "test machine", date: "2026-11-24", command: "npm run bench", seed: "s", rounds: 1 };
const goalRows = (report: string) => report.split("\n").filter((l) => /^\| (load|p99|memory|quality)/.test(l));

describe("scaleReport goals", () => {
  it("counts the folder's reading with the load, and says which goals are met at the largest size", () => {
    const report = scaleReport(
      [measured(100, { readMs: 5, loadMs: 20, slowest: 3, residentMB: 120, right: 99 }), measured(10_000, { readMs: 900, loadMs: 1200, slowest: 12, residentMB: 400, right: 99 })],
      context,
    );
    expect(goalRows(report)).toEqual([
      "| load under 2 s (the corpus folder read and hashed, its build loaded) | 2.10 s (900 ms + 1.20 s) | **not met** |",
      "| p99 answer under 10 ms | 12 ms | **not met** |",
      "| memory under 1 GB (resident, after answering) | 400 MB | met |",
      "| quality not lower than at 100 | 99.0% (99.0% at 100) | met |",
    ]);
  });

  it("says a goal was not measured when the largest size failed", () => {
    const failed: SizeResult = { ...measured(10_000, { readMs: 1, loadMs: 1, slowest: 1, residentMB: 1, right: 1 }), answers: { failed: "JavaScript heap out of memory" } };
    const report = scaleReport([measured(100, { readMs: 5, loadMs: 20, slowest: 3, residentMB: 120, right: 99 }), failed], context);
    expect(goalRows(report)[1]).toMatch(/^\| p99 answer under 10 ms \| .*JavaScript heap out of memory.* \| not measured \|$/);
  });
});
