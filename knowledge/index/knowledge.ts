import { createHash } from "node:crypto";
import { ArticleError, documentOf, parseArticle, type Article, type Sentence } from "../corpus/index.js";
import { extractFacts, type Fact } from "../facts/index.js";
import { FactIndex } from "./fact-index.js";
import type { FactDocument } from "./options.js";

/**
 * Version of what a build contains. Bump it when cleaning, tagging or extraction changes, so a
 * persisted build from older code is rebuilt instead of loaded.
 */
export const BUILD_VERSION = 10;

/** An article file as read from disk. */
export interface ArticleFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** How many facts the corpus holds on a province, and from which articles. */
export interface ProvinceCoverage {
  readonly province: string;
  readonly facts: number;
  readonly articleIds: readonly string[];
}

/** The knowledge base: cleaned articles, tagged sentences, extracted facts and their index. */
export interface Knowledge {
  /** Hash of the corpus files and {@link BUILD_VERSION}. */
  readonly hash: string;
  readonly articles: readonly Article[];
  readonly facts: readonly Fact[];
  readonly index: FactIndex;
  article(id: string): Article | undefined;
  sentence(id: string): Sentence | undefined;
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
  const facts: Fact[] = [];
  for (const a of articles) {
    const doc = documentOf(a);
    sentences.push(...doc.sentences);
    facts.push(...extractFacts(doc).filter((f) => f.province));
  }
  const byId = new Map(sentences.map((s) => [s.id, s]));
  const leads = new Map<string, string>();
  for (const s of sentences) if (!leads.has(`${s.articleId}#${s.block}`)) leads.set(`${s.articleId}#${s.block}`, s.text);
  // Where each clause's first figure stands: the words before it are the clause's subject.
  const firstFigure = new Map<string, number>();
  for (const f of facts) {
    const key = `${f.sentenceId}@${f.clauseStart}`;
    firstFigure.set(key, Math.min(firstFigure.get(key) ?? Infinity, f.start));
  }
  const index = FactIndex.build(facts, (f) => {
    const s = byId.get(f.sentenceId)!;
    const lead = leads.get(`${s.articleId}#${s.block}`);
    const subject = s.text.slice(f.clauseStart, firstFigure.get(`${f.sentenceId}@${f.clauseStart}`) ?? f.clauseStart);
    return factDocument(f, s, lead === s.text ? "" : (lead ?? ""), subject);
  });
  return { knowledge: assemble(corpusHash(files), articles, sentences, facts, index), problems };
}

interface Saved {
  readonly format: 1;
  readonly hash: string;
  readonly articles: Article[];
  readonly sentences: Sentence[];
  readonly facts: Fact[];
  readonly index: string;
}

/** The knowledge base as JSON text, to persist. */
export function serializeKnowledge(k: Knowledge): string {
  const sentences = [...new Set(k.facts.map((f) => f.sentenceId))].map((id) => k.sentence(id)!);
  const saved: Saved = { format: 1, hash: k.hash, articles: [...k.articles], sentences, facts: [...k.facts], index: k.index.toJSON() };
  return JSON.stringify(saved);
}

/** Restores a persisted knowledge base; null if the text is not one (then rebuild). */
export function loadKnowledge(json: string): Knowledge | null {
  let saved: Saved;
  try {
    saved = JSON.parse(json) as Saved;
  } catch {
    return null;
  }
  if (saved?.format !== 1 || typeof saved.index !== "string") return null;
  return assemble(saved.hash, saved.articles, saved.sentences, saved.facts, FactIndex.load(saved.index, saved.facts));
}

function assemble(hash: string, articles: readonly Article[], sentences: readonly Sentence[], facts: readonly Fact[], index: FactIndex): Knowledge {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const sentenceById = new Map(sentences.map((s) => [s.id, s]));
  const coverage = new Map<string, { facts: number; articleIds: Set<string> }>();
  for (const f of facts) {
    const c = coverage.get(f.province) ?? { facts: 0, articleIds: new Set<string>() };
    c.facts += 1;
    c.articleIds.add(f.articleId);
    coverage.set(f.province, c);
  }
  const coverageList = [...coverage]
    .map(([province, c]) => ({ province, facts: c.facts, articleIds: [...c.articleIds] }))
    .sort((a, b) => b.facts - a.facts || a.province.localeCompare(b.province, "vi"));
  return {
    hash,
    articles,
    facts,
    index,
    article: (id) => articleById.get(id),
    sentence: (id) => sentenceById.get(id),
    coverage: () => coverageList,
  };
}

// An elliptical figure ("…, cấp xã đạt 99,99%") shares its clause's subject ("Tỷ lệ trao đổi văn
// bản điện tử …"): a short `left` gets the subject prepended, so "cấp xã" and the subject meet in
// one field. The section's subject is its heading and its paragraph's first sentence.
function factDocument(f: Fact, s: Sentence, lead: string, subject: string): FactDocument {
  const elliptical = f.left.split(/\s+/).length < 5 && !f.left.startsWith(subject.trim());
  return {
    id: f.id,
    left: elliptical ? `${subject} ${f.left}` : f.left,
    after: f.after,
    clause: f.clause,
    sentence: s.text,
    context: `${s.heading ?? ""} ${lead}`,
  };
}
