import { foldText, searchTerms, type Fact, type Knowledge } from "../knowledge/index.js";
import type { Entities } from "./entities.js";
import type { BotOptions } from "./options.js";

/** A fact ranked for a question. */
export interface Ranked {
  readonly fact: Fact;
  readonly score: number;
  /** The search terms right around its figure (see `FactIndex.wordsNear`). */
  readonly near: readonly string[];
}

/**
 * Ranks the facts of some provinces for a question: relevance over the fact's words (the most
 * relevant `options.candidates`, shared among the provinces), then what the question asks of
 * the figure: its kind (a percentage, a rank, a count of the noun asked about), a goal or a
 * result, a change or a level, the year, and recency.
 */
export function rankFacts(knowledge: Knowledge, e: Entities, provinces: ReadonlySet<string>, options: BotOptions): Ranked[] {
  // The candidates are shared among the provinces asked: a figure question weighs its province's
  // best 300, a ranking over 60 provinces each one's best 10.
  const perProvince = Math.max(options.candidatesPerProvince, Math.ceil(options.candidates / Math.max(1, provinces.size)));
  const hits = knowledge.index.search(e.query, { provinces, perProvince });
  if (!hits.length) return [];
  const top = Math.max(...hits.map((h) => h.score));
  const asked = askedOf(e);
  const ranked = hits.map(({ fact, score }) => {
    const near = knowledge.index.wordsNear(fact);
    return { fact, near, score: score / top + fit(fact, near, e, asked, options) };
  });
  ranked.sort((a, b) => b.score - a.score || (b.fact.year ?? 0) - (a.fact.year ?? 0));
  return e.year === null ? latestFirst(ranked) : ranked;
}

/**
 * The facts on some provinces in reading order (article, sentence, figure), as the corpus
 * states them; one province's come as the knowledge base holds them.
 */
export function factsOn(knowledge: Knowledge, provinces: readonly string[]): readonly Fact[] {
  if (provinces.length === 1) return knowledge.factsOf(provinces[0]!);
  const order = readingOrder(knowledge);
  const key = (f: Fact) => order.get(f.articleId) ?? 0;
  const number = (id: string, mark: string) => Number(id.slice(id.lastIndexOf(mark) + 1));
  return [...new Set(provinces)]
    .flatMap((p) => knowledge.factsOf(p))
    .sort((a, b) => key(a) - key(b) || number(a.sentenceId, "#") - number(b.sentenceId, "#") || number(a.id, ":") - number(b.id, ":"));
}

const articleOrders = new WeakMap<Knowledge, ReadonlyMap<string, number>>();
function readingOrder(knowledge: Knowledge): ReadonlyMap<string, number> {
  let order = articleOrders.get(knowledge);
  if (!order) articleOrders.set(knowledge, (order = new Map(knowledge.articles.map((a, i) => [a.id, i]))));
  return order;
}

/**
 * A sentence tracing a measure over years ("từ vị trí 16/63 năm 2021 lên vị trí 10/63 năm 2022")
 * answers with its latest figure when no year is asked.
 */
function latestFirst(ranked: Ranked[]): Ranked[] {
  const [first, ...rest] = ranked;
  if (!first) return ranked;
  const newer = rest.find(
    (r) => r.score >= first.score - 1 && r.fact.sentenceId === first.fact.sentenceId && r.fact.unit === first.fact.unit && (r.fact.year ?? 0) > (first.fact.year ?? 0) && r.fact.target === first.fact.target,
  );
  return newer ? [newer, first, ...rest.filter((r) => r !== newer)] : ranked;
}

/** What `fit` weighs of a question, read once for all its candidates. */
interface Asked {
  /** The question's search terms, bigrams left out. */
  readonly words: ReadonlySet<string>;
  /** The words of the counted noun asked about, if any. */
  readonly counted: readonly string[] | null;
  /** "tăng", "giảm": a change is asked about. */
  readonly change: boolean;
}

function askedOf(e: Entities): Asked {
  return { words: new Set(searchTerms(e.query).filter((t) => !t.includes("_"))), counted: e.countedNoun ? e.countedNoun.split(" ") : null, change: /\b(tang|giam)\b/.test(e.folded) };
}

// The folded words of each unit as the facts write it, folded once: a corpus writes a few
// hundred units. Kept up to a bound, so that corpora loaded one after another do not add up.
const unitWords = new Map<string, readonly string[]>();
function wordsOfUnit(unit: string | null): readonly string[] {
  const key = unit ?? "";
  let words = unitWords.get(key);
  if (!words) {
    if (unitWords.size >= 10_000) unitWords.clear();
    unitWords.set(key, (words = (unit ? foldText(unit) : "").split(" ")));
  }
  return words;
}

function fit(f: Fact, near: readonly string[], e: Entities, asked: Asked, o: BotOptions): number {
  let s = 0;
  if (asked.counted) {
    const want = asked.counted;
    const have = wordsOfUnit(f.unit);
    // Two words of the noun in common count fully, one counts 60%; a third word in common too
    // ("sản phẩm OCOP" asked, "sản phẩm OCOP" counted, not just "sản phẩm") adds half again.
    const third = want[2] !== undefined && have[2] === want[2] ? 1.5 : 1;
    if (have[0] === want[0]) s += have[1] !== undefined && have[1] === want[1] ? o.weights.countedNoun * third : o.weights.countedNoun * 0.6;
    else if (f.unit === "%" && !e.wantsPercent) s -= o.weights.kindMismatch;
    // "bao nhiêu ảnh" is not answered by a count of "loài".
    else if (f.unit && f.unit !== "hạng" && !e.wantsPercent) s -= o.weights.countedNoun / 2;
  }
  if (e.wantsPercent) s += f.unit === "%" ? o.weights.kind : -o.weights.kindMismatch;
  if (e.wantsRank) s += f.unit === "hạng" ? o.weights.rank : 0;
  if (e.wantsTarget) s += f.target ? o.weights.target : -o.weights.target / 2;
  else s -= f.target ? o.weights.achievedPreferred : 0;
  if (f.change && !asked.change) s -= o.weights.change;
  if (e.year !== null && f.year !== null) s += f.year === e.year ? o.weights.year : -o.weights.year / 2;
  // How much of the question the words right around the figure cover.
  let covered = 0;
  for (const t of near) if (asked.words.has(t)) covered += 1;
  if (asked.words.size) s += o.weights.proximity * (covered / asked.words.size);
  if (f.year !== null) s += o.weights.recency * Math.max(0, f.year - 2000) / 30;
  return s;
}

/**
 * Other articles' figures for the same measure of the same province as the best: the same kind
 * of unit, a goal or a result alike, the same words around the figure (60% of the words of the
 * longer of the two), and ranked not far below (at least `ratio` of the best's score), best
 * first. In a large corpus they are the measure's other years, or articles that disagree.
 */
export function sameMeasure(ranked: readonly Ranked[], ratio: number): Ranked[] {
  const [best, ...rest] = ranked;
  if (!best) return [];
  // The words before the figure, and after it: "trên 192.000 hồ sơ nộp trực tuyến" has its
  // measure after the figure.
  const a = new Set(best.near);
  return rest.filter(({ fact, score, near }) => {
    if (score < best.score * ratio) return false;
    if (fact.articleId === best.fact.articleId || fact.province !== best.fact.province || fact.unit !== best.fact.unit || fact.target !== best.fact.target) return false;
    const shared = near.filter((t) => a.has(t)).length;
    return shared / Math.max(1, a.size, near.length) >= 0.6;
  });
}
