import { foldText, searchTerms, type Fact, type Knowledge } from "../knowledge/index.js";
import type { Entities } from "./entities.js";
import type { BotOptions } from "./options.js";

/** A fact ranked for a question. */
export interface Ranked {
  readonly fact: Fact;
  readonly score: number;
}

/**
 * Ranks the facts of some provinces for a question: MiniSearch's relevance over the fact's
 * words, then what the question asks of the figure: its kind (a percentage, a rank, a count of
 * the noun asked about), a goal or a result, a change or a level, the year, and recency.
 */
export function rankFacts(knowledge: Knowledge, e: Entities, provinces: ReadonlySet<string>, options: BotOptions): Ranked[] {
  const hits = knowledge.index.search(e.query, (f) => provinces.has(f.province));
  if (!hits.length) return [];
  const top = Math.max(...hits.map((h) => h.score));
  const asked = new Set(searchTerms(e.query).filter((t) => !t.includes("_")));
  const ranked = hits.map(({ fact, score }) => ({ fact, score: score / top + fit(fact, e, asked, options) }));
  ranked.sort((a, b) => b.score - a.score || (b.fact.year ?? 0) - (a.fact.year ?? 0));
  return e.year === null ? latestFirst(ranked) : ranked;
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

function fit(f: Fact, e: Entities, asked: ReadonlySet<string>, o: BotOptions): number {
  let s = 0;
  const unit = f.unit ? foldText(f.unit) : "";
  if (e.countedNoun) {
    const want = e.countedNoun.split(" ");
    const have = unit.split(" ");
    if (have[0] === want[0]) s += have[1] !== undefined && have[1] === want[1] ? o.weights.countedNoun : o.weights.countedNoun * 0.6;
    else if (f.unit === "%" && !e.wantsPercent) s -= o.weights.kindMismatch;
    // "bao nhiêu ảnh" is not answered by a count of "loài".
    else if (f.unit && f.unit !== "hạng" && !e.wantsPercent) s -= o.weights.countedNoun / 2;
  }
  if (e.wantsPercent) s += f.unit === "%" ? o.weights.kind : -o.weights.kindMismatch;
  if (e.wantsRank) s += f.unit === "hạng" ? o.weights.rank : 0;
  if (e.wantsTarget) s += f.target ? o.weights.target : -o.weights.target / 2;
  else s -= f.target ? o.weights.achievedPreferred : 0;
  if (f.change && !/\b(tang|giam)\b/.test(e.folded)) s -= o.weights.change;
  if (e.year !== null && f.year !== null) s += f.year === e.year ? o.weights.year : -o.weights.year / 2;
  // How much of the question the words right around the figure cover.
  const near = nearTerms(f);
  let covered = 0;
  for (const t of asked) if (near.has(t)) covered += 1;
  if (asked.size) s += o.weights.proximity * (covered / asked.size);
  if (f.year !== null) s += o.weights.recency * Math.max(0, f.year - 2000) / 30;
  return s;
}

// Facts do not change once built: their words are computed once, not per question.
const nearCache = new WeakMap<Fact, ReadonlySet<string>>();
function nearTerms(f: Fact): ReadonlySet<string> {
  let terms = nearCache.get(f);
  if (!terms) nearCache.set(f, (terms = new Set(searchTerms(`${f.left} ${f.after}`).filter((t) => !t.includes("_")))));
  return terms;
}

/**
 * Another article's figure for the same measure of the same province, when it differs: the
 * same kind of unit and mostly the same words before the figure.
 */
export function conflictingWith(best: Fact, ranked: readonly Ranked[]): Fact | null {
  const words = (f: Fact) => new Set(searchTerms(f.left).filter((t) => !t.includes("_")));
  const a = words(best);
  for (const { fact } of ranked.slice(1, 8)) {
    if (fact.articleId === best.articleId || fact.province !== best.province || fact.unit !== best.unit || fact.value === best.value) continue;
    if (fact.target !== best.target) continue;
    const b = words(fact);
    const shared = [...a].filter((t) => b.has(t)).length;
    if (shared / Math.max(1, Math.min(a.size, b.size)) >= 0.6) return fact;
  }
  return null;
}
