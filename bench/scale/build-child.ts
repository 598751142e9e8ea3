/**
 * Child process: builds the knowledge base of a corpus folder, times the build and its
 * serialisation, and writes the persisted form where the answer children load it from.
 */
import { writeFileSync } from "node:fs";
import { readArticleFiles } from "../../adapters/knowledge-files.js";
import { buildKnowledge, serializeKnowledge } from "../../knowledge/index.js";
import { childInput, childResult, peakResidentMB, residentMB } from "./child.js";

/** Input of the build child. */
export interface BuildInput {
  readonly corpusDir: string;
  readonly indexPath: string;
}

/** What the build child reports. */
export interface BuildOutput {
  readonly buildMs: number;
  readonly serializeMs: number;
  readonly persistedBytes: number;
  readonly articles: number;
  readonly sentences: number;
  readonly facts: number;
  readonly problems: number;
  readonly residentMB: number;
  readonly peakResidentMB: number;
}

const input = childInput<BuildInput>();
const files = readArticleFiles(input.corpusDir);
residentMB();
let t = performance.now();
const { knowledge, problems } = buildKnowledge(files);
const buildMs = performance.now() - t;
t = performance.now();
const persisted = serializeKnowledge(knowledge);
const serializeMs = performance.now() - t;
writeFileSync(input.indexPath, persisted);
const sentences = new Set(knowledge.facts.map((f) => f.sentenceId)).size;
const output: BuildOutput = {
  buildMs,
  serializeMs,
  persistedBytes: Buffer.byteLength(persisted),
  articles: knowledge.articles.length,
  sentences,
  facts: knowledge.facts.length,
  problems: problems.length,
  residentMB: residentMB(),
  peakResidentMB: peakResidentMB(),
};
childResult(output);
