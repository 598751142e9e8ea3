/**
 * Child process: the baseline. Plain MiniSearch, default options, over the corpus files' raw
 * sentences (split at ". ", "! ", "? "), the top sentence taken as the answer: built, persisted,
 * loaded and searched with the same turns as the bot, in a process of its own so its memory is
 * its own.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { readArticleFiles } from "../../adapters/knowledge-files.js";
import { childInput, childResult, peakResidentMB, residentMB } from "./child.js";
import { baselineRight } from "./quality.js";
import type { ScaleTurns } from "./questions.js";

/** Input of the baseline child. */
export interface BaselineInput {
  readonly corpusDir: string;
  /** Where to persist the baseline index, to time its loading from disk as the bot's is. */
  readonly indexPath: string;
  /** A {@link ScaleTurns} as JSON: the baseline asks its first round. */
  readonly turnsPath: string;
}

/** What the baseline child reports. */
export interface BaselineOutput {
  readonly buildMs: number;
  readonly persistedBytes: number;
  readonly loadMs: number;
  /** Milliseconds per search, by the kind of turn. */
  readonly byKind: Record<string, number[]>;
  readonly right: number;
  readonly asked: number;
  readonly residentMB: number;
  readonly peakResidentMB: number;
}

interface Doc {
  readonly id: string;
  readonly text: string;
}

const input = childInput<BaselineInput>();
const turns = (JSON.parse(readFileSync(input.turnsPath, "utf8")) as ScaleTurns).rounds[0] ?? [];
const docs: Doc[] = readArticleFiles(input.corpusDir).flatMap((f) =>
  readFileSync(join(input.corpusDir, f.name), "utf8")
    .split(/(?<=[.!?])\s+/)
    .map((text, i) => ({ id: `${f.name}#${i}`, text })),
);
const fresh = () => new MiniSearch<Doc>({ fields: ["text"], storeFields: ["text"] });

residentMB();
const builds: number[] = [];
let t = performance.now();
const index = fresh();
index.addAll(docs);
builds.push(performance.now() - t);

const byKind: Record<string, number[]> = {};
let right = 0;
let asked = 0;
for (const turn of turns) {
  t = performance.now();
  const top = index.search(turn.text)[0];
  (byKind[turn.kind] ??= []).push(performance.now() - t);
  if (!turn.expected) continue;
  asked += 1;
  if (baselineRight(top?.text as string | undefined, turn.expected)) right += 1;
}
const resident = residentMB();
const peak = peakResidentMB();

// Two more builds for a median, and the persisted form's size and load time.
for (let i = 0; i < 2; i++) {
  t = performance.now();
  fresh().addAll(docs);
  builds.push(performance.now() - t);
}
const persisted = JSON.stringify(index);
writeFileSync(input.indexPath, persisted);
t = performance.now();
MiniSearch.loadJSON<Doc>(readFileSync(input.indexPath, "utf8"), { fields: ["text"], storeFields: ["text"] });
const loadMs = performance.now() - t;
builds.sort((a, b) => a - b);
const output: BaselineOutput = { buildMs: builds[1]!, persistedBytes: Buffer.byteLength(persisted), loadMs, byKind, right, asked, residentMB: resident, peakResidentMB: peak };
childResult(output);
