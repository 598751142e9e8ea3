/**
 * The embedded-corpus section of `npm run bench`: build, load and answer timings of the bot on the
 * five shipped articles, beside plain MiniSearch over their raw sentences in the same run;
 * written to its part of bench/RESULTS.md. Answers are timed worked out in full (nothing kept
 * of a question asked before), and, apart, given again as the served bot keeps them.
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { readArticleFiles } from "../adapters/knowledge-files.js";
import { createBot } from "../bot/index.js";
import { DEFAULT_CORPUS_DIR, buildKnowledge, loadKnowledge, serializeKnowledge } from "../knowledge/index.js";
import { QUESTIONS } from "./questions.js";
import { writeResultsSection } from "./results-file.js";

const ROUNDS = 40;
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const time = (f: () => void, n: number): number[] => {
  for (let i = 0; i < 3; i++) f();
  return Array.from({ length: n }, () => {
    const t = performance.now();
    f();
    return performance.now() - t;
  });
};
const ms = (x: number) => `${x.toFixed(3)} ms`;

/** Runs the section; returns its Markdown report. */
export async function runEmbeddedSection(): Promise<string> {
  const files = readArticleFiles(DEFAULT_CORPUS_DIR);
  const build = time(() => buildKnowledge(files), 20);
  const knowledge = buildKnowledge(files).knowledge;
  const json = serializeKnowledge(knowledge);
  const load = time(() => loadKnowledge(json), 20);

  // The baseline: plain MiniSearch, default options, over raw sentences, top hit as the answer.
  const sentences = files.flatMap((f) => readFileSync(join(DEFAULT_CORPUS_DIR, f.name), "utf8").split(/(?<=[.!?])\s+/).map((text, i) => ({ id: `${f.name}#${i}`, text })));
  const baselineBuild = time(() => new MiniSearch({ fields: ["text"] }).addAll(sentences), 20);
  const baseline = new MiniSearch<{ id: string; text: string }>({ fields: ["text"] });
  baseline.addAll(sentences);

  // The engine: every answer worked out, nothing kept of a message asked before (its reading,
  // its answer), as if every question were new.
  const bot = createBot({ knowledge, options: { readingsKept: 1, answersKept: 0 } });
  // The bot as served: an answer given again for the same question in a new chat.
  const served = createBot({ knowledge });
  const byIntent = new Map<string, number[]>();
  const all: number[] = [];
  const kept: number[] = [];
  const baseTimes: number[] = [];
  let cpu = 0;
  let chat = 0;
  for (const question of QUESTIONS) for (let i = 0; i < 3; i++) await bot.answer({ channel: "bench", chatId: `w${chat++}`, text: question.text });
  for (const question of QUESTIONS) await served.answer({ channel: "bench", chatId: `w${chat++}`, text: question.text });
  for (let r = 0; r < ROUNDS; r++) {
    for (const question of QUESTIONS) {
      const c = process.cpuUsage();
      const t = performance.now();
      const a = await bot.answer({ channel: "bench", chatId: `c${chat++}`, text: question.text });
      const d = performance.now() - t;
      const used = process.cpuUsage(c);
      cpu += (used.user + used.system) / 1000;
      all.push(d);
      byIntent.set(a.intent, [...(byIntent.get(a.intent) ?? []), d]);
      const b = performance.now();
      baseline.search(question.text);
      baseTimes.push(performance.now() - b);
      const k = performance.now();
      await served.answer({ channel: "bench", chatId: `k${chat++}`, text: question.text });
      kept.push(performance.now() - k);
    }
  }

  const rows: [string, string, string][] = [
    ["index build (median)", ms(q(build, 50)), `${(q(build, 50) / q(baselineBuild, 50)).toFixed(1)}× baseline build (${ms(q(baselineBuild, 50))})`],
    ["load persisted build (median)", ms(q(load, 50)), `${(q(load, 50) / q(build, 50)).toFixed(2)}× a fresh build`],
    ["persisted size", `${(json.length / 1024).toFixed(0)} KB`, `${knowledge.facts.length} facts, ${knowledge.articles.length} articles`],
    ["answer p50, all intents", ms(q(all, 50)), `${(q(all, 50) / q(baseTimes, 50)).toFixed(1)}× baseline search p50 (${ms(q(baseTimes, 50))})`],
    ["answer p99, all intents", ms(q(all, 99)), `${(q(all, 99) / q(baseTimes, 99)).toFixed(1)}× baseline search p99 (${ms(q(baseTimes, 99))})`],
    ["answer mean CPU time, all intents", ms(cpu / all.length), "user + system time of this process per answer"],
    ["answer kept, p50 / p99", `${ms(q(kept, 50))} / ${ms(q(kept, 99))}`, "the same question again in a new chat, as served (kept answers)"],
    ...[...byIntent].sort().map(([intent, xs]): [string, string, string] => [`answer ${intent} p50 / p99`, `${ms(q(xs, 50))} / ${ms(q(xs, 99))}`, `${xs.length} answers`]),
    ["resident memory", `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`, "after all of the above"],
  ];
  const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, Node ${process.version}`;
  const table = [`| measure | value | beside |`, `| --- | --- | --- |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
  const report = `## Embedded corpus (the five shipped articles)\n\nMachine: ${machine}. Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\`, in one process; ${QUESTIONS.length} questions × ${ROUNDS} rounds.\n\n${table}\n`;
  writeResultsSection("embedded", report);
  return report;
}
