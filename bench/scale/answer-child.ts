/**
 * Child process: starts as the service would (reads and hashes the corpus folder to find its
 * persisted build, reads the build, restores it), answers a warm-up round (its first answer timed: the first after a start), then
 * the timed rounds, each of other questions, judging the figure answers against the known right
 * figure.
 */
import { readFileSync } from "node:fs";
import { readArticleFiles } from "../../adapters/knowledge-files.js";
import { createBot } from "../../bot/index.js";
import { corpusHash, loadKnowledge } from "../../knowledge/index.js";
import { childInput, childResult, heapMB, peakResidentMB, residentMB } from "./child.js";
import { botAnswerRight } from "./quality.js";
import type { ScaleTurn, ScaleTurns } from "./questions.js";

/** Input of the answer child. */
export interface AnswerInput {
  readonly corpusDir: string;
  readonly indexPath: string;
  /** A {@link ScaleTurns} as JSON. */
  readonly turnsPath: string;
}

/** A figure question answered wrong, to read in the results. */
export interface Miss {
  readonly question: string;
  readonly expected: string;
  readonly got: string;
}

/** What the answer child reports. */
export interface AnswerOutput {
  /** Reading and hashing the corpus folder: how a starting service knows its build is current. */
  readonly readMs: number;
  readonly loadMs: number;
  readonly firstAnswerMs: number;
  /** Milliseconds per answer, by the intent the bot answered with. */
  readonly byIntent: Record<string, number[]>;
  /**
   * CPU milliseconds per answer (this process's, garbage collection threads included): on a
   * machine shared with other work, what the answer cost rather than how long it waited.
   */
  readonly cpu: number[];
  readonly right: number;
  readonly asked: number;
  /** Right/asked by question style: "vi", "plain", "dated", "undated". */
  readonly byStyle: Record<string, [number, number]>;
  readonly misses: readonly Miss[];
  /** Resident memory of the process before loading: Node, tsx and the code. */
  readonly residentBeforeLoadMB: number;
  readonly residentAfterLoadMB: number;
  readonly residentMB: number;
  readonly peakResidentMB: number;
  readonly heapMB: number;
}

const input = childInput<AnswerInput>();
const turns = JSON.parse(readFileSync(input.turnsPath, "utf8")) as ScaleTurns;
const residentBeforeLoadMB = residentMB();
let t = performance.now();
corpusHash(readArticleFiles(input.corpusDir));
const readMs = performance.now() - t;
t = performance.now();
const knowledge = loadKnowledge(readFileSync(input.indexPath, "utf8"));
const loadMs = performance.now() - t;
if (!knowledge) throw new Error(`${input.indexPath} is not a persisted knowledge base`);
const residentAfterLoadMB = residentMB();
// Every answer worked out: nothing kept of a question asked before (its reading, its answer).
const bot = createBot({ knowledge, options: { readingsKept: 1, answersKept: 0 } });

const byIntent: Record<string, number[]> = {};
const byStyle: Record<string, [number, number]> = {};
const misses: Miss[] = [];
let right = 0;
let asked = 0;
const cpu: number[] = [];
const ask = async (turn: ScaleTurn, i: number, round: string) => {
  const used = process.cpuUsage();
  t = performance.now();
  const answer = await bot.answer({ channel: "bench", chatId: `${turn.chat ?? `turn-${i}`}/${round}`, text: turn.text });
  const ms = performance.now() - t;
  const spent = process.cpuUsage(used);
  return { answer, ms, cpuMs: (spent.user + spent.system) / 1000 };
};
let firstAnswerMs = Number.NaN;
for (const [i, turn] of turns.warmUp.entries()) {
  const { ms } = await ask(turn, i, "warm-up");
  if (Number.isNaN(firstAnswerMs)) firstAnswerMs = ms;
}
for (const [round, list] of turns.rounds.entries()) {
  for (const [i, turn] of list.entries()) {
    const { answer, ms, cpuMs } = await ask(turn, i, String(round));
    (byIntent[answer.intent] ??= []).push(ms);
    cpu.push(cpuMs);
    if (!turn.expected) continue;
    const ok = botAnswerRight(answer, turn.expected);
    asked += 1;
    if (ok) right += 1;
    else if (misses.length < 30) misses.push({ question: turn.text, expected: `${turn.expected.province}: ${turn.expected.raw}`, got: answer.headline });
    for (const s of [turn.expected.style, turn.expected.dated ? "dated" : "undated"]) {
      const tally = (byStyle[s] ??= [0, 0]);
      tally[0] += ok ? 1 : 0;
      tally[1] += 1;
    }
  }
}
const output: AnswerOutput = {
  readMs,
  loadMs,
  firstAnswerMs,
  byIntent,
  cpu,
  right,
  asked,
  byStyle,
  misses,
  residentBeforeLoadMB,
  residentAfterLoadMB,
  residentMB: residentMB(),
  peakResidentMB: peakResidentMB(),
  heapMB: heapMB(),
};
childResult(output);
