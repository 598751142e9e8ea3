import { createHash } from "node:crypto";
import { ArticleError, documentOf, parseArticle, type Article, type Sentence } from "../corpus/index.js";
import { extractFacts, type Fact } from "../facts/index.js";
import { FactIndex, groupByProvince } from "./fact-index.js";
import { namedBefore, namesAfter } from "./named-before.js";
import type { FactDocument } from "./options.js";

/**
 * Version of what a build contains. Bump it when cleaning, tagging, extraction or the persisted
 * form changes, so a persisted build from older code is rebuilt instead of loaded.
 */
export const BUILD_VERSION = 112;

/** An article file as read from disk. */
export interface ArticleFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the knowledge base keeps of an article once its sentences are indexed: all but its text. */
export type ArticleInfo = Omit<Article, "blocks">;

/** How many figures the corpus holds on a province, and from which articles. */
export interface ProvinceCoverage {
  readonly province: string;
  readonly facts: number;
  readonly articleIds: readonly string[];
}

/** The knowledge base: articles, the sentences facts are quoted from, the facts and their index. */
export interface Knowledge {
  /** Hash of the corpus files and {@link BUILD_VERSION}. */
  readonly hash: string;
  readonly articles: readonly ArticleInfo[];
  /** Every fact, grouped by province. */
  readonly facts: readonly Fact[];
  readonly index: FactIndex;
  article(id: string): ArticleInfo | undefined;
  /** A sentence by id; a loaded base keeps only the sentences that hold facts. */
  sentence(id: string): Sentence | undefined;
  /** The facts on one province, in article order; none for a province without facts. */
  factsOf(province: string): readonly Fact[];
  /** Provinces with at least one fact, most facts first. */
  coverage(): readonly ProvinceCoverage[];
}

/** Result of {@link buildKnowledge}: the base, and the files it had to skip. */
export interface BuildResult {
  readonly knowledge: Knowledge;
  readonly problems: readonly ArticleError[];
}

/** Hash of a corpus: file names and contents, in name order, with the build version. */
export function corpusHash(files: readonly ArticleFile[]): string {
  const h = createHash("sha256").update(`v${BUILD_VERSION}\n`);
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) h.update(f.name).update("\0").update(f.bytes).update("\0");
  return h.digest("hex").slice(0, 32);
}

/**
 * Builds the knowledge base from article files. A file that cannot be used (not UTF-8, empty,
 * no title, bad front matter) is skipped and reported; the others still answer.
 */
export function buildKnowledge(files: readonly ArticleFile[]): BuildResult {
  const { articles, sentences, facts, documents, problems } = extractCorpus(files);
  const index = FactIndex.build(facts, documents);
  return { knowledge: assembleKnowledge(corpusHash(files), articles, sentences, facts, index), problems };
}

/** A corpus read and its facts extracted, with what the index holds of each: all but the index. */
export interface ExtractedCorpus {
  readonly articles: readonly ArticleInfo[];
  readonly sentences: readonly Sentence[];
  /** Every fact, grouped by province. */
  readonly facts: readonly Fact[];
  /** Each fact's searchable text, in the order of `facts`. */
  readonly documents: readonly FactDocument[];
  readonly problems: readonly ArticleError[];
}

/**
 * Reads article files, extracts their facts and each fact's searchable text: what
 * {@link buildKnowledge} indexes (the benchmark indexes it with other engines too).
 */
export function extractCorpus(files: readonly ArticleFile[]): ExtractedCorpus {
  const problems: ArticleError[] = [];
  const articles: Article[] = [];
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    try {
      articles.push(parseArticle(f.name, f.bytes));
    } catch (e) {
      if (e instanceof ArticleError) problems.push(e);
      else throw e;
    }
  }
  const sentences: Sentence[] = [];
  const extracted: Fact[] = [];
  for (const a of articles) {
    const doc = documentOf(a);
    // One push per item: spreading an article's arrays into push() overflowed the stack on a
    // long article (arguments live on the stack).
    for (const s of doc.sentences) sentences.push(s);
    for (const f of extractFacts(doc)) if (f.province) extracted.push(f);
  }
  const facts = groupByProvince(extracted);
  const byId = new Map(sentences.map((s) => [s.id, s]));
  const leads = new Map<string, string>();
  for (const s of sentences) if (!leads.has(`${s.articleId}#${s.block}`)) leads.set(`${s.articleId}#${s.block}`, s.text);
  // Where each clause's first figure stands: the words before it are the clause's subject.
  const firstFigure = new Map<string, number>();
  for (const f of facts) {
    const key = `${f.sentenceId}@${f.clauseStart}`;
    firstFigure.set(key, Math.min(firstFigure.get(key) ?? Infinity, f.start));
  }
  const documents = facts.map((f) => {
    const s = byId.get(f.sentenceId)!;
    const lead = leads.get(`${s.articleId}#${s.block}`);
    const subject = s.text.slice(f.clauseStart, firstFigure.get(`${f.sentenceId}@${f.clauseStart}`) ?? f.clauseStart);
    // (A figure whose words name nothing goes on from the sentences before: "Năm 2021, tỷ lệ hồ sơ
    // … đạt 18,5%. Năm 2022 con số đó là 31,2%. Đến năm 2023 đã lên 46,7%".)
    const goesOn = namesAfter(f) ? "" : namedBefore(s, f.clauseStart, f.start, (id) => byId.get(id));
    return factDocument(f, s, lead === s.text ? "" : (lead ?? ""), goesOn ? `${goesOn} ${subject}` : subject, !!goesOn);
  });
  const infos = articles.map(({ blocks: _blocks, ...info }) => info);
  return { articles: infos, sentences, facts, documents, problems };
}

/** The knowledge base over its parts, with its lookups; the facts grouped by province. */
export function assembleKnowledge(hash: string, articles: readonly ArticleInfo[], sentences: readonly Sentence[], facts: readonly Fact[], index: FactIndex): Knowledge {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const sentenceById = new Map(sentences.map((s) => [s.id, s]));
  const byProvince = new Map<string, Fact[]>();
  const articleIds = new Map<string, Set<string>>();
  for (const f of facts) {
    const list = byProvince.get(f.province);
    if (list) list.push(f);
    else byProvince.set(f.province, [f]);
    const ids = articleIds.get(f.province) ?? new Set<string>();
    articleIds.set(f.province, ids.add(f.articleId));
  }
  // Figures are counted; the years and dates that answer "năm nào" are not figures a reader counts.
  const coverageList = [...byProvince]
    .map(([province, list]) => ({ province, facts: list.filter((f) => f.kind !== "year" && f.kind !== "date").length, articleIds: [...articleIds.get(province)!] }))
    .sort((a, b) => b.facts - a.facts || a.province.localeCompare(b.province, "vi"));
  return {
    hash,
    articles,
    facts,
    index,
    article: (id) => articleById.get(id),
    sentence: (id) => sentenceById.get(id),
    factsOf: (province) => byProvince.get(province) ?? [],
    coverage: () => coverageList,
  };
}

// An elliptical figure ("…, cấp xã đạt 99,99%") shares its clause's subject ("Tỷ lệ trao đổi văn
// bản điện tử …"): a short `left` gets the subject prepended, so "cấp xã" and the subject meet in
// one field. The section's subject is its heading and its paragraph's first sentence.
function factDocument(f: Fact, s: Sentence, lead: string, subject: string, goesOn = false): FactDocument {
  const elliptical = goesOn || (f.left.split(/\s+/).length < 5 && !f.left.startsWith(subject.trim()));
  return {
    left: elliptical ? `${subject} ${f.left}` : f.left,
    after: f.after,
    clause: f.clause,
    sentence: s.text,
    context: `${s.heading ?? ""} ${lead}`,
  };
}
