/**
 * Child process of the search section: extracts a corpus's facts and their searchable text (what
 * both engines index), and records the searches the bot runs while answering the section's turns
 * with its own index: their query, provinces and number per province, by round.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readArticleFiles } from "../../adapters/knowledge-files.js";
import { createBot } from "../../bot/index.js";
import { assembleKnowledge, corpusHash, extractCorpus, FactIndex } from "../../knowledge/index.js";
import { childInput, childResult } from "../scale/child.js";
import type { ScaleTurn, ScaleTurns } from "../scale/questions.js";
import type { SearchCorpus } from "./engines.js";

/** Input of the corpus child. */
export interface CorpusInput {
  readonly corpusDir: string;
  /** A {@link ScaleTurns} as JSON: the turns whose searches are recorded. */
  readonly turnsPath: string;
  /** Where to write the {@link SearchCorpus}. */
  readonly corpusPath: string;
  /** Where to write the {@link RecordedSearches}. */
  readonly searchesPath: string;
}

/** One search the bot ran. */
export interface RecordedSearch {
  readonly query: string;
  /** The provinces searched, all of them for a ranking. */
  readonly provinces: readonly string[];
  readonly perProvince: number;
}

/** The searches of the warm-up turns, and of each timed round. */
export interface RecordedSearches {
  readonly warmUp: readonly RecordedSearch[];
  readonly rounds: readonly (readonly RecordedSearch[])[];
  /** Provinces with facts: a search of all of them is a ranking's. */
  readonly provinces: number;
}

/** What the corpus child reports. */
export interface CorpusOutput {
  readonly articles: number;
  readonly facts: number;
  readonly sentences: number;
  readonly provinces: number;
  readonly searches: number;
}

const input = childInput<CorpusInput>();
const files = readArticleFiles(input.corpusDir);
const corpus = extractCorpus(files);
const index = FactIndex.build(corpus.facts, corpus.documents);
const knowledge = assembleKnowledge(corpusHash(files), corpus.articles, corpus.sentences, corpus.facts, index);

let recorded: RecordedSearch[] = [];
const search = index.search.bind(index);
index.search = (query, scope = {}) => {
  recorded.push({ query, provinces: [...(scope.provinces ?? knowledge.coverage().map((c) => c.province))], perProvince: scope.perProvince ?? corpus.facts.length });
  return search(query, scope);
};
const bot = createBot({ knowledge, options: { readingsKept: 1, answersKept: 0 } });
const turns = JSON.parse(readFileSync(input.turnsPath, "utf8")) as ScaleTurns;
const searchesOf = async (list: readonly ScaleTurn[], round: string) => {
  recorded = [];
  for (const [i, turn] of list.entries()) await bot.answer({ channel: "bench", chatId: `${turn.chat ?? `turn-${i}`}/${round}`, text: turn.text });
  return recorded;
};
const warmUp = await searchesOf(turns.warmUp, "warm-up");
const rounds: RecordedSearch[][] = [];
for (const [r, list] of turns.rounds.entries()) rounds.push(await searchesOf(list, String(r)));
const provinces = knowledge.coverage().length;
writeFileSync(input.searchesPath, JSON.stringify({ warmUp, rounds, provinces } satisfies RecordedSearches));
const searchCorpus: SearchCorpus = {
  documents: corpus.documents,
  provinces: corpus.facts.map((f) => f.province),
  sentences: corpus.facts.map((f) => f.sentenceId),
};
writeFileSync(input.corpusPath, JSON.stringify(searchCorpus));
childResult({
  articles: corpus.articles.length,
  facts: corpus.facts.length,
  sentences: new Set(searchCorpus.sentences).size,
  provinces,
  searches: rounds.reduce((n, r) => n + r.length, 0),
} satisfies CorpusOutput);
