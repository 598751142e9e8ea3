import { DTI, firstOf, foldText, foldedWords, isSyllable, markedWords, mentionsIn, shareWords, type Fact, type FactHit, type FigureKind, type Knowledge, type NearPhrases } from "../../knowledge/index.js";
import type { BotOptions } from "../options.js";
import { LEXICONS } from "../understand/lexicons.js";
import { ofTimeAsked } from "../understand/period-part.js";
import { namesLevel, type Question, type Term } from "../understand/question.js";
import { ringsOf, type RingName, type RingWords, type Rings } from "./rings.js";

/** A fact weighed as the answer to a question, with the score of each feature (for `--explain`). */
export interface Candidate {
  readonly fact: Fact;
  /** How well the fact's words name the measure asked, 0–1. */
  readonly measure: number;
  /** Everything weighed together; higher is better. */
  readonly score: number;
  /** Each feature's part of the score, and what it found. */
  readonly features: Readonly<Record<string, number | string>>;
  /** Each term of the measure asked, the evidence found for it (0–1) and its weight. */
  readonly terms: readonly (readonly [Term, number, number])[];
}

/** What the candidates are drawn from. */
export interface CandidateScope {
  readonly provinces: ReadonlySet<string>;
  /** Facts weighed at least per province (a ranking over many provinces). */
  readonly perProvince?: number;
}

// How well each kind of figure answers each kind asked: 1 exactly, less as a fallback, 0 never.
const KIND_FIT: Readonly<Record<FigureKind, Partial<Record<FigureKind, number>>>> = {
  percent: { percent: 1, count: 0.6 },
  rank: { rank: 1, top: 0.6 },
  top: { top: 1, rank: 0.7 },
  score: { score: 1 },
  money: { money: 1 },
  times: { times: 1 },
  count: { count: 1, money: 0.5 },
  year: { year: 1, date: 0.8, percent: 0.4, count: 0.4, rank: 0.4, top: 0.4, score: 0.4, money: 0.4 },
  date: { date: 1, year: 0.6 },
};
const RANKED: ReadonlySet<FigureKind> = new Set(["rank", "top", "score"]);
// The words after a share of a plan: "120% so với kế hoạch", "103,4% kế hoạch".
const OF_PLAN = /^(?:so với |so )?(?:kế hoạch|chỉ tiêu|mục tiêu)/iu;
// Above this many provinces (a ranking of all), each province has `weighedEach` weighed in full.
const WEIGHED_FEW_ABOVE = 6;
const FEW: ReadonlySet<FigureKind> = new Set(["money", "times", "year", "date"]);

/**
 * The facts of some provinces that could answer a question, best first: each scored on what the
 * question asks of a figure. A fact of a kind the question does not accept ("tỷ lệ" answered by a
 * count, "thứ mấy" by a percentage), of another index ("kinh tế số" ranked when the DTI is asked),
 * a change when a level is asked (or the reverse) or a national figure for a province is no
 * candidate. The rest are weighed on how well their words name the measure (see {@link measureOf}),
 * the noun counted, the year, the scope, goal or result, and search relevance.
 */
export function candidatesFor(q: Question, knowledge: Knowledge, scope: CandidateScope, options: BotOptions): Candidate[] {
  const perProvince = scope.perProvince ?? Math.max(options.candidatesPerProvince, Math.ceil(options.candidates / Math.max(1, scope.provinces.size)));
  const hits = q.search ? searched(knowledge, q.search, scope.provinces, perProvince) : [];
  const relevance = new Map(hits.map((h) => [h.fact, h.score]));
  let top = 1e-9;
  for (const h of hits) if (h.score > top) top = h.score;
  const pool = new Set(hits.map((h) => h.fact));
  // Ranks, scores, sums of money, years and dates are few, and named by the index, the event or
  // the spending rather than by the question's words: each province's are weighed whatever the
  // search found.
  if (q.kind && (RANKED.has(q.kind) || FEW.has(q.kind) || q.index)) {
    const kinds = Object.keys(KIND_FIT[q.kind] ?? {}) as FigureKind[];
    if (q.index) kinds.push(...RANKED);
    for (const p of scope.provinces) {
      let n = 0;
      for (const kind of new Set(kinds)) {
        for (const f of factsOfKind(knowledge, p, kind)) {
          if (n++ >= options.candidates) break;
          pool.add(f);
        }
      }
    }
  } else if (!q.kind && q.index) {
    for (const p of scope.provinces) for (const kind of RANKED) for (const f of factsOfKind(knowledge, p, kind)) pool.add(f);
  } else if (q.goal && !q.kind && !hasMeasure(q)) {
    // "mục tiêu 2025 của Đồng Tháp về chuyển đổi số": the goals the articles set, whatever they measure.
    for (const p of scope.provinces) {
      let n = 0;
      for (const f of knowledge.factsOf(p)) if (f.target && n++ < options.candidates) pool.add(f);
    }
  }
  // Weighed in full (their words read in rings): each province's best by what is cheap to know
  // (search relevance, year, goal or result, scope, kind), so that a province stating a measure
  // in dozens of articles over the years has its newest figure weighed, at no cost per article.
  const admitted = new Map<string, { f: Fact; kindFit: number; first: number; near: number }[]>();
  const strong = knowledge.index.nearPhrases(q.measure.filter((t) => !t.weak).map((t) => t.alts));
  for (const f of pool) {
    const kindFit = admit(q, f);
    if (kindFit === null) continue;
    const rel = (relevance.get(f) ?? 0) / top;
    const near = nearMeasure(strong, f, knowledge);
    const first = rel + near + (kindFit - 1) * options.weights.kindFallback + goalOf(q, f, options) + whereOf(q, f, options) + yearOf(q, f, options);
    const list = admitted.get(f.province);
    if (list) list.push({ f, kindFit, first, near });
    else admitted.set(f.province, [{ f, kindFit, first, near }]);
  }
  const out: Candidate[] = [];
  // Over many provinces (a ranking, a clarification) a province's few best are enough.
  const weighed = scope.provinces.size > WEIGHED_FEW_ABOVE ? options.weighedEach : Math.min(options.weighed, scope.perProvince ?? (scope.provinces.size > 1 ? perProvince : options.weighed));
  for (const list of admitted.values()) {
    // (The few best of each list, not the list sorted: over every province, a province's list runs
    // to hundreds and two of it are weighed.)
    const best = firstOf(list, weighed, (a, b) => b.first - a.first);
    // And the newest of those naming the measure best: a measure stated every year has its
    // latest figure weighed even where older ones were worded closer to the question.
    const newest = q.year === null ? firstOf(list, Math.ceil(weighed / 2), (a, b) => b.near - a.near || recencyOf(b.f) - recencyOf(a.f)) : [];
    // And every figure of the place asked: a district's few figures, whatever their words.
    const placed = q.place ? list.filter((x) => x.f.place !== null && foldedWords(x.f.place).join(" ").includes(q.place!)) : [];
    for (const { f, kindFit } of new Set([...best, ...newest, ...placed])) {
      const c = weigh(q, f, knowledge, (relevance.get(f) ?? 0) / top, options, kindFit);
      if (c) out.push(c);
    }
  }
  // Of equals, the newer; then the one its province's own article states (an article about Quảng
  // Ninh before one about Trà Vinh listing Quảng Ninh's rank).
  return out.sort((a, b) => b.score - a.score || (b.fact.year ?? 0) - (a.fact.year ?? 0) || home(knowledge, b.fact) - home(knowledge, a.fact));
}

// 1 when a fact's article names its province in its title, else 0; worked out once an article.
const titled = new WeakMap<Knowledge, Map<string, ReadonlySet<string>>>();
function home(k: Knowledge, f: Fact): number {
  let byArticle = titled.get(k);
  if (!byArticle) titled.set(k, (byArticle = new Map()));
  let provinces = byArticle.get(f.articleId);
  if (!provinces) byArticle.set(f.articleId, (provinces = new Set(mentionsIn(k.article(f.articleId)?.title ?? "").map((m) => m.province))));
  return provinces.has(f.province) ? 1 : 0;
}

// The last search, kept for the next one of the same words over the same provinces: a turn that
// finds no figure searches again for related ones, and one setting a province beside the country
// searches twice. Each province's best few are the first of its best many.
let lastSearch: { knowledge: Knowledge; words: string; provinces: ReadonlySet<string>; perProvince: number; hits: FactHit[] } | null = null;

function searched(knowledge: Knowledge, words: string, provinces: ReadonlySet<string>, perProvince: number): FactHit[] {
  const last = lastSearch;
  if (last && last.knowledge === knowledge && last.words === words && perProvince <= last.perProvince && sameSet(last.provinces, provinces)) {
    if (perProvince === last.perProvince) return last.hits;
    const taken = new Map<string, number>();
    return last.hits.filter((h) => {
      const n = taken.get(h.fact.province) ?? 0;
      taken.set(h.fact.province, n + 1);
      return n < perProvince;
    });
  }
  const hits = knowledge.index.search(words, { provinces, perProvince });
  lastSearch = { knowledge, words, provinces, perProvince, hits };
  return hits;
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a === b || (a.size === b.size && [...a].every((x) => b.has(x)));

// How many of the question's measure words stand right around a figure (the words the index
// keeps for it), 0–1: cheap to know, it tells the few figures worth reading in full.
// `terms`: the question's measure terms that are not weak.
function nearMeasure(terms: NearPhrases, f: Fact, k: Knowledge): number {
  if (!terms.sets.length) return 0;
  return k.index.namedNear(f, terms) / terms.sets.length;
}

// Each province's facts by kind, sorted once per knowledge base: ranks, years and sums of money
// are looked for among a province's thousands of facts at every question asking one.
const byKind = new WeakMap<Knowledge, Map<string, Map<FigureKind, Fact[]>>>();

function factsOfKind(knowledge: Knowledge, province: string, kind: FigureKind): readonly Fact[] {
  let provinces = byKind.get(knowledge);
  if (!provinces) byKind.set(knowledge, (provinces = new Map()));
  let kinds = provinces.get(province);
  if (!kinds) {
    kinds = new Map();
    for (const f of knowledge.factsOf(province)) {
      const list = kinds.get(f.kind);
      if (list) list.push(f);
      else kinds.set(f.kind, [f]);
    }
    provinces.set(province, kinds);
  }
  return kinds.get(kind) ?? [];
}

// How well a fact's kind answers, or null when it cannot answer at all: a fact of a kind the
// question does not accept, a change for a level, another index's rank, a share of another thing.
function admit(q: Question, f: Fact): number | null {
  // The kind of figure: what the question accepts, and how well.
  // An index named alone ("DTI Long An") asks its rank or its score.
  // (A pillar's goal, "mục tiêu kinh tế số 2025", is its share of the economy as much as a rank.)
  // ("tăng trưởng bao nhiêu": its change, in whatever it is stated: "tăng trưởng 18,2%", "tăng 12 bậc".)
  const asked = q.kind ?? (q.index && !q.change && q.measure.every(isIndexTerm) && !(q.goal && isPillar(q.index)) ? "rank" : null);
  let kindFit = 1;
  if (asked) {
    kindFit = KIND_FIT[asked]?.[f.kind] ?? 0;
    // ("doanh thu … tăng bao nhiêu": a change of a sum or a count is often said as a percentage,
    // "tăng 23% so với năm trước".)
    if (q.change && f.change && f.kind === "percent" && (asked === "money" || asked === "count")) kindFit = Math.max(kindFit, 0.9);
    if (!q.kind && asked && RANKED.has(f.kind)) kindFit = f.kind === "rank" ? 1 : 0.8;
  } else if (f.kind === "year" || f.kind === "date") kindFit = 0;
  // ("gấp 1,5 lần so với trung bình toàn quốc" beside the 73% it compares: a multiple answers
  // only where one is asked, else after the level itself.)
  else if (f.kind === "times") kindFit = 0.6;
  // (Nor, before the level itself, how far it went against its plan: "132 triệu USD" before its "120% so với kế hoạch".)
  else if (f.kind === "percent" && OF_PLAN.test(f.after) && !q.beyondGoal) kindFit = 0.8;
  if (!kindFit) return null;
  // (A change in percentage points is a percentage's: "tăng 11,7 điểm phần trăm".)
  if (asked === "percent" && f.kind === "count" && f.outOf === null && !f.unit?.includes("/") && !/điểm phần trăm|điểm %/iu.test(f.unit ?? "")) return null;
  if (asked !== "year" && asked !== "date" && (f.kind === "year" || f.kind === "date")) return null;
  // "đạt bao nhiêu % kế hoạch" is answered by a result stated as a share of its plan.
  if (q.ofPlan && !OF_PLAN.test(f.after)) return null;
  // A change when a level is asked ("giảm 50% lệ phí" for a rate), or a level when "tăng bao nhiêu" is asked.
  // ("vượt chỉ tiêu bao nhiêu %" is answered by how far a result went beyond it: "vượt 41% chỉ tiêu".)
  if (q.change !== f.change && !(q.beyondGoal && f.change && /vượt\s*$/iu.test(f.left.trim()))) return null;
  // A national or another region's figure never answers for a province; the national average
  // asked ("trung bình cả nước") is never a province's own figure.
  if (f.scope === "national" && q.scope !== "national") return null;
  // Nor does a province's own figure answer for the country ("cả nước thì bao nhiêu"), but for
  // its rank among all provinces.
  // (A rank among all provinces is a province's own, when the question names the province.)
  // ("đứng thứ mấy cả nước" after a province's figure: its rank among all, the province unsaid.)
  if (q.scope === "national" && f.scope !== "national" && !(RANKED.has(f.kind) && (q.provinces.length || q.kind === "rank" || q.kind === "top")) && f.kind !== "times" && q.kind !== "times") return null;
  // ("gấp mấy lần bình quân toàn quốc" is the province's own figure against it.)
  if (f.scope !== "national" && !RANKED.has(f.kind) && f.kind !== "times" && q.kind !== "times" && asks(q).average) return null;
  // What is ranked or scored: the index asked; the DTI when nothing else is named; something
  // other than a pillar when the question names what ("đứng thứ mấy về tích hợp dịch vụ công").
  if (RANKED.has(f.kind)) {
    if (q.index) {
      if (f.subject !== q.index) return null;
    } else if (!hasMeasure(q)) {
      if (f.subject !== DTI) return null;
    } else if (isPillar(f.subject)) return null;
  }
  // "100% các ấp" is a share of hamlets: no answer to a rate of anything the question does not name.
  if (!sharesAsked(q, f)) return null;
  // The noun counted: "bao nhiêu doanh nghiệp" is not answered by "996 tổ".
  if (q.counted && f.kind === "count" && !headMatches(q, f)) return null;
  return kindFit;
}

// Goal or result: a goal asked and given, or a result given when none is asked, count for it.
function goalOf(q: Question, f: Fact, o: BotOptions): number {
  return q.goal ? (f.target ? o.weights.target : -o.weights.target) : f.target ? -o.weights.achievedPreferred : 0;
}

// Where it holds: the province first, a place when one is asked.
function whereOf(q: Question, f: Fact, o: BotOptions): number {
  const w = o.weights;
  if (f.scope === "local") {
    const placed = (q.place && f.place && foldedWords(f.place).join(" ").includes(q.place)) || partAsked(q, f);
    return placed ? w.place : q.scope === "local" ? w.place / 2 : -w.localPenalty;
  }
  if (f.scope === "region") return q.scope === "region" ? w.place : -w.localPenalty;
  if (f.scope === "national") return w.place;
  return q.place || q.scope === "local" || q.scope === "region" || q.scope === "national" ? -w.localPenalty / 2 : 0;
}

// The year asked; else newer first, all else equal.
function yearOf(q: Question, f: Fact, o: BotOptions): number {
  if (q.year !== null && f.year !== null) return ofTimeAsked(q, f) ? o.weights.year : -o.weights.year;
  return f.year !== null ? (o.weights.recency * Math.max(0, recencyOf(f) - 2000)) / 30 : 0;
}

/**
 * True when a candidate states the measure of the best one nearly as well: scoring and naming it
 * nearly as well, or, in the best one's article, naming it well though worded apart ("tỷ lệ hồ sơ
 * trực tuyến toàn trình … năm 2022", then "Năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý
 * trực tuyến toàn trình"). Of those, the newest answers where no year is asked.
 */
export function nearlyAsGood(best: Candidate, c: Candidate): boolean {
  if (c.score >= best.score - 0.15 && c.measure >= best.measure - 0.05) return true;
  // (Each word the best names in its own, this one names at least in part: "kinh tế số" is not
  // "kinh tế số lõi".)
  const named = (t: Term) => (c.terms.find(([u]) => u === t)?.[1] ?? 0) >= 0.5;
  // (In another sentence: beside the best in its own, a figure is another measure of it, a part.)
  return c.fact.articleId === best.fact.articleId && c.fact.sentenceId !== best.fact.sentenceId && c.measure >= REWORDED && c.score >= best.score - 0.3 && best.terms.every(([t, e]) => t.weak || e < 0.99 || named(t));
}

/** How well a figure of the best one's article names the measure, at least, to be read as the same measure worded apart. */
const REWORDED = 0.75;

/**
 * As {@link recencyOf}, and for an undated result set against an earlier time in its sentence,
 * just after that time: "82,5% tăng 6,1 điểm phần trăm so với năm 2023", "đạt 9,8% GRDP (năm 2022
 * là 8,6%)", "61,8%, … tăng mạnh so với mức 38,5% của năm 2022". Else 0.
 */
export function recencyIn(k: Knowledge, f: Fact): number {
  if (f.year !== null || f.target) return recencyOf(f);
  let r = recencyAgainst.get(f);
  if (r === undefined) recencyAgainst.set(f, (r = againstOnce(k, f)));
  return r;
}

const recencyAgainst = new WeakMap<Fact, number>();

function againstOnce(k: Knowledge, f: Fact): number {
  const text = k.sentence(f.sentenceId)?.text ?? "";
  // Said as now ("Hiện nay …, nhưng vẫn còn 27 thôn"): of the article's latest time.
  if (NOW.test(text.slice(0, f.start))) return latestIn(k, f.articleId) + 0.01;
  // A dated figure of its kind after it, in brackets or after "so với".
  const base = k.factsOf(f.province).find((g) => g.sentenceId === f.sentenceId && g.start > f.end && g.year !== null && !g.target && g.kind === f.kind && /\(|so với|cùng kỳ/iu.test(text.slice(f.end, g.start)));
  if (base) return recencyOf(base) + 0.01;
  // (Or the sentence after it, saying what it was then: "Cùng kỳ năm 2023, con số này là 1.380.000".)
  const at = f.sentenceId.lastIndexOf("#");
  const next = k.sentence(`${f.sentenceId.slice(0, at)}#${Number(f.sentenceId.slice(at + 1)) + 1}`)?.text ?? "";
  const then = THEN.exec(next)?.[1];
  if (then) return Number(then) + 1.01;
  const since = CHANGED_SINCE.exec(text.slice(f.end))?.[1];
  return since ? Number(since) + 1.01 : 0;
}

// A sentence saying what the figure before was at an earlier time: "Cùng kỳ năm 2023, con số này là …".
const THEN = /^(?:Cùng kỳ|So với cùng kỳ|Năm)\s+(?:năm\s+)?((?:19|20)\d\d)[^.]{0,20}?(?:con số|tỷ lệ|tỉ lệ|chỉ số|số liệu|mức)\s+(?:này|đó)/iu;

// Words saying a figure is of now.
const NOW = /(?<![\p{L}])(?:hiện nay|hiện tại|hiện|đến nay|tới nay|tính đến nay|hiện còn)(?![\p{L}])/iu;

// The latest time an article's dated results are of; worked out once an article.
const latestTimes = new WeakMap<Knowledge, Map<string, number>>();
function latestIn(k: Knowledge, articleId: string): number {
  let times = latestTimes.get(k);
  if (!times) {
    times = new Map();
    for (const f of k.facts) if (f.year !== null && !f.target) times.set(f.articleId, Math.max(times.get(f.articleId) ?? 0, recencyOf(f)));
    latestTimes.set(k, times);
  }
  return times.get(articleId) ?? 0;
}

// The words after a figure saying it changed since a year.
const CHANGED_SINCE = /^[^.;]{0,80}?(?:tăng|giảm|cao hơn|thấp hơn|gấp|vượt)[^.;]{0,40}?so với (?:cùng kỳ )?(?:năm )?((?:19|20)\d\d)(?!\d)/iu;

/**
 * When a figure holds, as a year with its months: "tháng 8/2024" is 2024 and 8 months, "6 tháng
 * đầu năm 2024" 2024 and 6, a year named alone ("năm 2024", "hết năm 2024") the whole year.
 */
export function recencyOf(f: Fact): number {
  let r = recency.get(f);
  if (r === undefined) recency.set(f, (r = recencyOnce(f)));
  return r;
}

const recency = new WeakMap<Fact, number>();

function recencyOnce(f: Fact): number {
  if (f.year === null) return 0;
  const p = f.period ?? "";
  const month = /tháng\s+(\d{1,2})\s*[/-]\s*\d{4}/iu.exec(p)?.[1] ?? /(\d{1,2})\s+tháng/iu.exec(p)?.[1] ?? /quý\s+(I{1,3}|IV|\d)/iu.exec(p)?.[1];
  const months = month === undefined ? 12 : /^I{1,3}$|^IV$/.test(month) ? { I: 3, II: 6, III: 9, IV: 12 }[month as "I"]! : /^\d$/.test(month) && /quý/iu.test(p) ? 3 * Number(month) : Number(month);
  return f.year + Math.min(12, months) / 12;
}

function weigh(q: Question, f: Fact, k: Knowledge, relevance: number, o: BotOptions, kindFit: number): Candidate | null {
  const w = o.weights;
  const features: Record<string, number | string> = {};
  features.kind = kindFit;
  const m = measureOf(q, f, k);
  // Who or what is counted or rated found in its own words, the rest of the measure only
  // elsewhere in a long sentence ("hộ gia đình … cáp quang" for "hộ gia đình … băng rộng cố
  // định"): the figure measures something else of them.
  if (onlyWhoNear(m.terms)) return null;
  // A measure the lexicon knows ("sàn thương mại điện tử"), asked beside another, said nowhere
  // near the figure, in no words of its: the figure is of something else ("57 sản phẩm đạt chuẩn
  // OCOP" given stamps, for "sản phẩm OCOP lên sàn TMĐT").
  // (Not a field as broad as a pillar, "hạ tầng số", which the figures of it seldom say.)
  if (m.terms.length > 1 && m.terms.some(([t, e]) => e === 0 && !t.weak && t.alts.length > 1 && t.words.length > 1 && !t.alts.some((a) => BROAD.has(a.join(" "))))) return null;
  // A rank or a score of the very index asked answers whatever else the question says of it.
  if (RANKED.has(f.kind) && q.index && f.subject === q.index) m.score = Math.max(m.score, INDEX_MATCH);
  features.measure = round(m.score);
  // The noun counted, its head matched (see `admit`), goes on to name the same thing.
  if (q.counted && f.kind === "count") {
    features.head = 1;
    if (modifiersDiffer(q, f, k)) return null;
  }
  let score = m.score + (kindFit - 1) * w.kindFallback;
  // A count of something the question does not name ("3 cấp chính quyền" for "dịch vụ công")
  // answers it less well than a figure of what it names.
  if (f.kind === "count" && f.unit && !q.counted && hasMeasure(q)) {
    const asked = wordsAsked(q);
    // (Its noun may be said as the scope: "các huyện".)
    if (!unitWords(f).some((word) => asked.has(word) || q.words.includes(word))) {
      // (None of what is asked in its own words either: "thí điểm 5G" said in its sentence does
      // not make "hơn 11.000 chữ ký số" a figure of it.)
      // (Beside it: a clause may run on without a break, "… 5G tại … Phú Quốc, cùng với việc cung cấp hơn".)
      const beside = ` ${[...foldedWords(f.left).slice(-BESIDE), ...foldedWords(f.after).slice(0, BESIDE)].join(" ")} `;
      if (!q.kind && m.terms.every(([t]) => t.weak || !t.alts.some((a) => beside.includes(` ${a.join(" ")} `)))) return null;
      score -= w.otherNoun;
      features.unit = -w.otherNoun;
    }
  }
  // What the share is of said, then what of them ("35% hồ sơ trực tuyến được thanh toán phí, lệ
  // phí trực tuyến"), none of which the question says: a narrower measure of them.
  if (f.kind === "percent" && predicateUnasked(q, f)) {
    score -= 2 * w.unaskedNarrowing;
    features.predicate = -2 * w.unaskedNarrowing;
  }
  // Its own words narrowing the measure where the question does not ("… có ký số", "4G trở lên").
  if (narrowsUnasked(q, f, k)) {
    // (The whole province asked, "toàn tỉnh": a figure of a part of it is no answer.)
    if (q.scope === "province") return null;
    score -= w.unaskedNarrowing;
    features.narrowing = -w.unaskedNarrowing;
  }
  // "còn bao nhiêu": what is left ("vẫn còn 27 thôn") before what was done ("xóa 35 thôn").
  // ("đã xóa được bao nhiêu": what was done before what is left.)
  if ((q.remaining || q.done) && f.kind === "count") {
    const left = (REMAINS.test(f.left) ? 1 : DONE.test(f.left) ? -1 : 0) * (q.done ? -1 : 1);
    score += left * REMAINING_WEIGHT;
    if (left) features.remaining = left * REMAINING_WEIGHT;
  }
  // Another level of government right before the figure ("cấp xã đạt 99,92%" for "cấp tỉnh").
  if (otherLevel(q, f)) return null;
  // A rate of other things ("tỷ lệ dịch vụ công … phát sinh hồ sơ" for "tỷ lệ hồ sơ …").
  if ((q.kind === "percent" || q.threshold?.percent) && f.kind === "percent" && rateOfOther(q, f, k)) return null;
  // A part of a total stated before it ("28 phần mềm/CSDL, trong đó … 09 phần mềm/CSDL do Sở …")
  // answers only where the question names the part better than the total.
  // ("tất cả bao nhiêu", "tổng số": the total is asked, and a part answers it still less; the
  // part's own level or qualifier asked, "cấp xã", it answers as well as any.)
  const total = f.kind === "count" ? totalOf(f, k) : null;
  // (Nor where the question names the part better than the total: "bao nhiêu sản phẩm lên sàn" of
  // "254 sản phẩm OCOP, trong đó 97 sản phẩm đã lên sàn".)
  if (total && !m.terms.some(([t, e]) => e >= 0.85 && (t.required || namesLevel(t))) && !namedBetter(q, f, total, k)) {
    const part = asks(q).total ? 3 * w.part : w.part;
    score -= part;
    features.part = -part;
  }
  // "vượt chỉ tiêu bao nhiêu": how far beyond it, said as such, answers before the result itself.
  const beyond = q.beyondGoal && !q.yesNo && f.change && /vượt\s*$/iu.test(f.left.trim()) ? w.target : 0;
  if (beyond) features.beyond = beyond;
  const goal = goalOf(q, f, o) + beyond;
  const where = whereOf(q, f, o);
  const year = yearOf(q, f, o);
  score += goal + where + year;
  features.goal = goal;
  features.scope = where;
  features.year = round(year);
  score += w.relevance * relevance;
  features.relevance = round(w.relevance * relevance);
  // A rank out of a total ("25/63") says more than "thứ 25".
  if (f.kind === "rank" && f.outOf !== null) score += w.relevance;
  return { fact: f, measure: m.score, score, features, terms: m.terms };
}

// True when the terms naming what is measured, beyond who or what ("hộ gia đình", "hồ sơ"), are
// none of them in the figure's clause, while some such term was asked and found only farther.
function onlyWhoNear(terms: readonly [Term, number, number][]): boolean {
  const { rated } = LEXICONS.vi;
  const what = terms.filter(([t]) => !t.weak && !t.negation && !t.alts.some((a) => rated.at(a, 0)?.end === a.length));
  // ("tỷ lệ hộ có may tinh": who, and the rest words that may be fillers: what of them is unread.)
  if (!what.length && terms.some(([t]) => t.weak) && terms.some(([t]) => !t.weak)) return true;
  return what.length > 0 && what.length < terms.length && what.every(([, e]) => e < 0.6) && what.some(([, e]) => e > 0);
}

// Words each side of a figure that may say what it counts.
const BESIDE = 8;

// The words right before a count of what is left, or of what was done.
const REMAINS = /(?<![\p{L}])(?:còn|còn lại|vẫn còn|chỉ còn)(?:\s+(?:tới|lại|khoảng|hơn|gần|trên))?\s*$/iu;
const DONE = /(?<![\p{L}])(?:xóa|xoá|xóa được|đã có|phủ sóng|hoàn thành|giảm|giảm được)(?:\s+(?:được|thêm|ít nhất|khoảng|hơn))?\s*$/iu;
const REMAINING_WEIGHT = 0.2;

/** Least {@link measureOf} for a fact to answer: below it, the articles do not state the measure asked. */
export const MIN_MEASURE = 0.5;
/** How well a rank or a score of the index asked names the measure, at least. */
const INDEX_MATCH = 0.6;

/**
 * How well a fact's words name the measure asked, 0–1: each term of the question found in the
 * figure's own words counts fully, in its clause 60%, elsewhere in its sentence 35%, in its
 * paragraph 20%; a synonym 85% of the words typed; a phrase found only in part, 60% of the share
 * found. Terms weigh by their syllables and their rarity in the corpus; the noun counted weighs
 * most, as what a count counts says most of what it measures. No term: 1. `exactly`: the words
 * typed only, no synonym.
 */
export function measureOf(q: Question, f: Fact, k: Knowledge, exactly = false): { score: number; terms: [Term, number, number][] } {
  const terms = measureTerms(q, f);
  if (!terms.some((t) => !t.weak)) return { score: 1, terms: [] };
  const rings = ringsOf(k, f);
  const weights = weightsOf(q, k);
  let got = 0;
  let total = 0;
  let narrowed = false;
  const found: [Term, number, number][] = [];
  const paired = pairedWords(q, k);
  for (const t of terms) {
    let e = evidence(exactly ? { ...t, alts: t.alts.slice(0, 1) } : t, rings);
    // (Of two words typed side by side that the articles write side by side, one found alone,
    // as the part of another word, says little: "kích hoạt" is not in "kích cầu".)
    // ("4.589 tổ" after "Tổ công nghệ số cộng đồng được thành lập …": a figure counting the first
    // word of a phrase its paragraph names counts what the phrase names.)
    if (e < 0.8 && f.unit && t.words.length >= 2 && foldText(f.unit) === t.words[0] && t.alts.some((a) => a[0] === t.words[0] && rings.paragraph.includes(spaced(a)))) e = 0.8;
    const pair = paired.get(t);
    if (pair && !rings.sentence.includes(pair)) e = Math.min(e, 0.3 * e);
    // (Found only in a clause after the figure's, what is asked is another figure's: "…; kinh tế
    // số … đóng góp 17% GRDP" says nothing of the revenue before it.)
    // (Not where several figures are proposed at once: each is of its own clause.)
    if (e > RING_WEIGHT.paragraph && e <= RING_WEIGHT.sentence && !t.weak && !Number.isNaN(q.claim) && onlyAfterClause(t, f, k)) e = 0;
    // (A qualifier said only after the figure, in its clause, is another figure's: "… cáp quang đạt
    // 82,5%, riêng khu vực nông thôn 74,9%".)
    if (t.required && e < 1 && e > 0 && onlyAfterFigure(t, f, k)) e = 0;
    // "người ngoài Huế": a figure whose sentence does not say who it narrows to counts others.
    // (So does a name the articles use: "longantrade" is not in "… trên 2 sàn là postmart …".)
    if ((t.required || (t.name && k.index.sentencesUsing(t.words[0]!, 1) > 0)) && e < 0.35) narrowed = true;
    // (So does a name inside a phrase, "sản phẩm OCOP", where no way of saying the phrase is near.)
    if (e < 0.5 && t.words.length > 1 && t.words.some((w) => nameLike(w) && k.index.sentencesUsing(w, 1) > 0 && !rings.has("sentence", w))) narrowed = true;
    const weight = weights.get(t) ?? t.weight;
    got += weight * e;
    total += weight;
    found.push([t, e, weight]);
  }
  // Asked again of another province, a measure whose first noun is found nowhere near leaves
  // what follows it describing something else: "tài khoản hoạt động" is not "Các hoạt động này".
  const lead = found.find(([t]) => !t.weak);
  if ((q.followUp || q.compare) && lead && lead[1] < RING_WEIGHT.sentence && lead[0].words.length >= 2 && !isIndexTerm(lead[0]) && !LEXICONS.vi.people.at(lead[0].words, 0) && !namesLevel(lead[0]) && found.length >= 2) narrowed = true;
  // A pillar typed after words the figure's own name, and not found in its sentence, narrows what was
  // asked to that pillar: "doanh thu … kinh tế số" is not "doanh thu toàn ngành TT&TT".
  const ownAt = found.findIndex(([, e]) => e >= 0.99);
  // (Named only elsewhere in its paragraph, the pillar frames another figure.)
  if (ownAt >= 0 && found.some(([t, e], j) => j > ownAt && e <= RING_WEIGHT.paragraph && PILLARS.has(t.words.join(" ")))) narrowed = true;
  return { score: narrowed ? 0 : total ? got / total : 1, terms: found };
}

/** True when a figure's place is a part of the province the question names ("ở đô thị", "nông thôn"). */
export function partAsked(q: Question, f: Fact): boolean {
  const place = f.place === null ? "" : ` ${foldedWords(f.place).join(" ")} `;
  return place !== "" && q.measure.some((t) => t.alts.some((a) => a.length > 1 && place.includes(` ${a.join(" ")} `)));
}

// True when a term's words stand in a fact's clause only after the figure, setting a part apart
// for another figure: "…, riêng khu vực nông thôn 74,9%".
function onlyAfterFigure(t: Term, f: Fact, k: Knowledge): boolean {
  const text = k.sentence(f.sentenceId)?.text ?? "";
  const spacedWords = (x: string) => ` ${foldedWords(x).join(" ")} `;
  const before = spacedWords(text.slice(f.clauseStart, f.end));
  const after = spacedWords(text.slice(f.end, f.clauseEnd));
  return !t.alts.some((a) => before.includes(spaced(a))) && t.alts.some((a) => new RegExp(` (?:rieng|con|trong do|o|tai)(?: khu vuc| vung)?${spaced(a)}(?:[a-z ]{0,30} )?\\d`).test(after));
}

// True when a term's words stand in a fact's sentence only after the fact's clause.
function onlyAfterClause(t: Term, f: Fact, k: Knowledge): boolean {
  const split = sentenceSplit(f, k);
  return split !== null && !t.alts.some((a) => split.before.includes(spaced(a))) && t.alts.some((a) => split.after.includes(spaced(a)));
}

// A fact's sentence folded, up to the end of its clause and after it; null where the clause ends it.
const splits = new WeakMap<Fact, { before: string; after: string } | null>();
function sentenceSplit(f: Fact, k: Knowledge): { before: string; after: string } | null {
  if (splits.has(f)) return splits.get(f)!;
  const text = k.sentence(f.sentenceId)?.text ?? "";
  const spacedWords = (s: string) => ` ${foldedWords(s).join(" ")} `;
  const split = f.clauseEnd >= text.length ? null : { before: spacedWords(text.slice(0, f.clauseEnd)), after: spacedWords(text.slice(f.clauseEnd)) };
  splits.set(f, split);
  return split;
}

const termPairs = new WeakMap<Question, Map<Term, string>>();

// The one-word terms of a question typed side by side whose two words the articles also write
// side by side, each with the pair as a ring holds it (" kich hoat ").
function pairedWords(q: Question, k: Knowledge): Map<Term, string> {
  let pairs = termPairs.get(q);
  if (pairs) return pairs;
  pairs = new Map();
  q.measure.forEach((t, i) => {
    const next = q.measure[i + 1];
    if (!next || t.words.length !== 1 || next.words.length !== 1 || t.weak || next.weak || t.alts.length > 1 || next.alts.length > 1) return;
    // (Typed side by side in this message: a follow-up's word is not beside the last question's.)
    if (!q.words.some((w, j) => w === t.words[0] && q.words[j + 1] === next.words[0])) return;
    if (k.index.sentencesUsing(`${t.words[0]}_${next.words[0]}`, 1) === 0) return;
    const pair = ` ${t.words[0]} ${next.words[0]} `;
    pairs!.set(t, pair);
    pairs!.set(next, pair);
  });
  termPairs.set(q, pairs);
  return pairs;
}

const termWeights = new WeakMap<Question, Map<Term, number>>();
// A question closing on how much: "… giải ngân bao nhiêu", "… được bn ạ".
const ASKED_LAST = /(?:bao nhieu|\bbn|\bbnh|\bmay|nhieu)(?:\s+(?:a|vay|nhi|the|ha|z|\?))*\s*\??\s*$/;

// What each term of a question weighs: its syllables (three at most), scaled by how rare it is
// among the corpus's sentences ("hồ sơ", "trực tuyến" say less than "toàn trình"); a word typed
// without marks that may be a filler, a quarter; the noun counted at least two.
function weightsOf(q: Question, k: Knowledge): Map<Term, number> {
  let weights = termWeights.get(q);
  if (weights) return weights;
  weights = new Map();
  const head = q.counted?.[0];
  const focus = ASKED_LAST.test(foldText(q.text)) ? q.measure.filter((t) => !t.weak).at(-1) : undefined;
  for (const t of q.measure) {
    const keys = t.words.length === 1 ? [t.words[0]!] : t.words.slice(1).map((w, i) => `${t.words[i]}_${w}`);
    const rarity = Math.min(...keys.map((key) => k.index.rarity(key)));
    let weight = t.weight * (0.25 + 0.75 * rarity);
    if (t.weak) weight /= 4;
    if (head !== undefined && t.words[0] === head && (t.words.length === 1 || t.words[1] === q.counted![1])) weight = Math.max(2, weight);
    // ("ngân sách 2024 giải ngân bao nhiêu": what stands right before "bao nhiêu" is what is asked.)
    if (t === focus) weight *= 1.25;
    weights.set(t, weight);
  }
  termWeights.set(q, weights);
  return weights;
}

// The terms a fact must match: for a rank or a score, what is ranked is its subject, so the
// index's own words are left out.
function measureTerms(q: Question, f: Fact): readonly Term[] {
  if (!RANKED.has(f.kind) || !q.index) return q.measure;
  return q.measure.filter((t) => !isIndexTerm(t));
}

/** True when the question names a measure of its own, beyond words that may be fillers typed without marks. */
export const hasMeasure = (q: Question): boolean => q.measure.some((t) => !t.weak);
// A term naming an index ("DTI", "trụ cột kinh tế số"): a rank's or a score's subject says it.
const isIndexTerm = (t: Term): boolean => t.alts.some((a) => LEXICONS.vi.indices.at(a, 0)?.end === a.length || a.join(" ") === "chi so");
const PILLARS = new Set(["chinh quyen so", "kinh te so", "xa hoi so"]);
const BROAD = new Set([...PILLARS, "ha tang so", "ha tang", "chuyen doi so", "chinh quyen dien tu", "chinh phu so", "do thi thong minh"]);
const isPillar = (subject: string | null): boolean => !!subject && PILLARS.has(subject);

const RINGS: readonly RingName[] = ["own", "clause", "sentence", "paragraph"];
const RING_WEIGHT = { own: 1, clause: 0.6, sentence: 0.35, paragraph: 0.2 } as const;

function evidence(t: Term, rings: Rings): number {
  // The words typed with marks must be found so written: "chợ" is not the "cho" of "cho người dân".
  const checked = t.marked.some((m) => m !== null);
  const written = (ring: RingName) => !checked || t.words.every((_, j) => wordWritten(t, j, rings.marked(ring)));
  let best = 0;
  for (const [i, alt] of t.alts.entries()) {
    // A synonym sharing a word typed is nearer what was asked ("nộp online": "nộp trực tuyến"
    // before "hồ sơ trực tuyến").
    const factor = i === 0 ? 1 : alt.some((w) => t.words.includes(w)) ? 0.9 : 0.85;
    for (const ring of RINGS) {
      const weight = RING_WEIGHT[ring];
      if (weight * factor <= best) break;
      if (!alt.every((w) => rings.has(ring, w))) continue;
      let found = rings[ring].includes(spaced(alt)) ? 1 : alt.length > 1 && inOrder(alt, rings.words(ring)) ? 0.8 : 0;
      if (found && i === 0 && !written(ring)) found = 0;
      // (A one-word synonym found as the lexicon writes it: "sàn" is not the "sản" of "sản phẩm".)
      if (found && i > 0 && alt.length === 1 && !writtenAsLexicon(alt[0]!, rings.marked(ring))) found = 0;
      if (found) {
        best = Math.max(best, weight * factor * found);
        break;
      }
    }
    if (best === 1) return 1;
    // (Not where a name in it is missing: "sản phẩm OCOP" is not found in part in "38 sản phẩm".)
  // (Its first word as typed: the "công" of "hành chính công" is no "Cổng".)
  // (Typed without marks, two of its words side by side as written: "hop thu cong vu" is not in
  // part in "tích hợp … dịch vụ công".)
  const together = checked || alt.length < 3 || alt.slice(1).some((w, j) => rings.clause.includes(` ${alt[j]} ${w} `));
  if (alt.length > 1 && i === 0 && together && rings.has("clause", alt[0]!) && wordWritten(t, 0, rings.marked("clause")) && !alt.some((w) => !rings.has("clause", w) && nameLike(w))) {
      // A phrase found in part, its first word among them: its words scattered over the figure's
      // own words or its clause; not "tổ công nghệ số cộng đồng" in part in "doanh nghiệp công
      // nghệ số", whose first word is not there.
      // (A word standing only inside another measure's phrase is that measure's: the "trực tuyến"
      // of "lệ phí được thanh toán trực tuyến" says nothing of "hồ sơ trực tuyến".)
      const share = (ring: "own" | "clause") => {
        const taken = othersWords(rings.words(ring), alt);
        return alt.filter((w, j) => rings.has(ring, w) && !taken.has(w) && wordWritten(t, j, rings.marked(ring))).length / alt.length;
      };
      best = Math.max(best, 0.6 * share("own"), 0.4 * share("clause"));
    }
  }
  return best;
}

// The words of a ring that stand only inside a phrase of another synonym group than the phrase
// looked for (none of the phrase's own groups): "thanh toán trực tuyến" takes its "trực tuyến".
function othersWords(words: readonly string[], alt: readonly string[]): ReadonlySet<string> {
  const { synonyms, groupOf } = LEXICONS.vi;
  const own = new Set<number>();
  for (let i = 0; i < alt.length; i++) {
    const m = synonyms.at(alt, i);
    if (m) own.add(groupOf[m.phrase]!);
  }
  const { phrases, loose } = phrasesIn(words);
  const inside = new Set<string>();
  const outside = new Set(loose);
  for (const p of phrases) for (const w of p.words) (own.has(p.group) ? outside : inside).add(w);
  return new Set([...inside].filter((w) => !outside.has(w)));
}

// A ring's phrases of two words or more of the synonym groups, left to right, and its words in
// none; worked out once per ring's words (a candidate's rings are read for every term).
const ringPhrases = new WeakMap<readonly string[], { phrases: { group: number; words: readonly string[] }[]; loose: readonly string[] }>();
function phrasesIn(words: readonly string[]): { phrases: { group: number; words: readonly string[] }[]; loose: readonly string[] } {
  let known = ringPhrases.get(words);
  if (known) return known;
  const { synonyms, groupOf } = LEXICONS.vi;
  const phrases: { group: number; words: readonly string[] }[] = [];
  const loose: string[] = [];
  for (let i = 0; i < words.length; ) {
    const m = synonyms.at(words, i);
    if (m && m.end - m.start >= 2) {
      phrases.push({ group: groupOf[m.phrase]!, words: words.slice(m.start, m.end) });
      i = m.end;
    } else loose.push(words[i++]!);
  }
  ringPhrases.set(words, (known = { phrases, loose }));
  return known;
}

// The term's j-th word, when typed with marks, stands in the ring with the same marks. A ring
// whose words did not pair up agrees: nothing tells otherwise.
// The one-word synonyms of the lexicon with their marks ("san" → "sàn"), where marks tell words apart.
const ONE_WORD_SYNONYMS = new Map(LEXICONS.vi.source.synonyms.flat().filter((s) => !/\s/.test(s) && markedWords(s)[0] !== foldText(s)).map((s) => [foldText(s), markedWords(s)[0]!]));

function writtenAsLexicon(word: string, ring: RingWords | null): boolean {
  const m = ONE_WORD_SYNONYMS.get(word);
  if (!m || !ring) return true;
  for (let i = 0; i < ring.folded.length; i++) if (ring.folded[i] === word && ring.marked[i] === m) return true;
  return false;
}

/** A word no Vietnamese syllable ("ocop", "vneid", "ioc"): an acronym or a name, what it is of says most. */
const nameLike = (w: string): boolean => /^[a-z]{3,}$/.test(w) && !isSyllable(w);

function wordWritten(t: Term, j: number, ring: RingWords | null): boolean {
  const m = t.marked[j];
  if (!m || !ring) return true;
  for (let i = 0; i < ring.folded.length; i++) if (ring.folded[i] === t.words[j] && ring.marked[i] === m) return true;
  return false;
}

// A term's words set in spaces as the rings are (" hồ sơ "), worked out once per question's term:
// looked for in every ring of every candidate.
const spacedAlts = new WeakMap<readonly string[], string>();
function spaced(alt: readonly string[]): string {
  let s = spacedAlts.get(alt);
  if (s === undefined) spacedAlts.set(alt, (s = ` ${alt.join(" ")} `));
  return s;
}

// Each word's place counted in units, a phrase of the lexicon one unit: "hồ sơ thủ tục hành chính
// được xử lý trực tuyến" has "hồ sơ … trực tuyến" five units apart, not eight words.
const wordUnits = new WeakMap<readonly string[], readonly number[]>();
function unitsOf(words: readonly string[]): readonly number[] {
  let units = wordUnits.get(words);
  if (units) return units;
  const out: number[] = [];
  const { synonyms } = LEXICONS.vi;
  for (let i = 0, u = 0; i < words.length; u++) {
    const m = synonyms.at(words, i);
    const end = m && m.end > i + 1 ? m.end : i + 1;
    for (; i < end; i++) out.push(u);
  }
  wordUnits.set(words, (units = out));
  return units;
}

// A phrase's words in order, a few units apart at most (see unitsOf):
// "hồ sơ … nộp trực tuyến" names "hồ sơ nộp trực tuyến" in "hồ sơ thủ tục hành chính nộp trực tuyến".
function inOrder(words: readonly string[], ringWords: readonly string[]): boolean {
  const unit = unitsOf(ringWords);
  // (A word found inside another phrase of the lexicon, not at its start, is that phrase's: the
  // "trực tuyến" of "hồ sơ có thanh toán trực tuyến" is the payment's.)
  const inside = (i: number) => i > 0 && unit[i - 1] === unit[i] && !words.includes(ringWords[ringWords.findIndex((_, k) => unit[k] === unit[i])]!);
  phrase: for (let start = ringWords.indexOf(words[0]!); start >= 0; start = ringWords.indexOf(words[0]!, start + 1)) {
    let at = start;
    for (let j = 1; j < words.length; j++) {
      const next = ringWords.indexOf(words[j]!, at + 1);
      if (next < 0 || unit[next]! - unit[at]! > 6 || inside(next)) continue phrase;
      at = next;
    }
    return true;
  }
  return false;
}

// The noun asked and the figure's noun go on to name different things after the words they
// share: "trạm quan trắc không khí" is not "06 Trạm quan trắc nước". Words of either found in the
// other's (the question's, or the figure's own) are not a difference.
function modifiersDiffer(q: Question, f: Fact, k: Knowledge): boolean {
  const unit = unitWords(f);
  const asked = q.counted!;
  let shared = 0;
  while (shared < unit.length && shared < asked.length && unit[shared] === asked[shared]) shared++;
  if (shared < 2 || shared === unit.length || shared === asked.length) return false;
  const own = ringsOf(k, f).own;
  // The question's words and what they mean ("cơ sở dữ liệu" is "CSDL").
  const words = wordsAsked(q);
  const askedRest = asked.slice(shared).filter((w) => !own.includes(` ${w} `));
  const unitRest = unit.slice(shared).filter((w) => !words.has(w));
  return askedRest.length > 0 && unitRest.length > 0;
}

// What a percentage is a share of ("100% các ấp") is among what the question names: one of its
// words, or a phrase of its measure (a synonym counting) in the words after the figure.
function sharesAsked(q: Question, f: Fact): boolean {
  let share = shares.get(f);
  if (!share) shares.set(f, (share = shareWords(f)));
  if (!share.length || !q.measure.length) return true;
  // "80% hồ sơ thủ tục hành chính …" asks a share of dossiers: "100% thủ tục hành chính" is a
  // share of what the question names only as what the dossiers are of.
  const head = shareAsked(q);
  const starts = (t: Term) => t.alts.some((a) => a.every((w, i) => share[i] === w));
  if (head && !starts(head) && q.measure.some((t) => t !== head && starts(t))) return false;
  // Its first words among the question's, or among what they mean ("tỷ trọng kinh tế số": of GRDP).
  const asked = wordsAsked(q);
  // (Its first word, or its first two as a phrase asked: the "số" of "cơ sở y tế" is not the
  // "số" of "thanh toán số".)
  const named = (words: readonly string[]) => q.measure.some((t) => t.alts.some((a) => ` ${words.join(" ")} `.includes(` ${a.join(" ")} `)));
  if (asked.has(share[0]!) || named(share)) return true;
  if (rateNamedBefore(q, f)) return true;
  // A share of the people, what they have named in its clause ("2,41 triệu người dân đã có hồ sơ
  // sức khỏe điện tử, chiếm 72,8% dân số"): a share of what is asked.
  // ("Sóng 4G đã phủ 99,2% dân số": two words asked in its clause, where none names a phrase.)
  if (POPULATION.test(share.slice(0, 2).join(" "))) {
    const clause = ` ${foldedWords(f.clause).join(" ")} `;
    const said = (t: Term, long: boolean) => !t.weak && t.alts.some((a) => (a.length > 1 || !long) && clause.includes(` ${a.join(" ")} `));
    // (Each qualifier asked said before the figure: "mạng 4G phủ sóng 99,7% dân số" is no 5G coverage.)
    const before = ` ${foldedWords(f.clause.slice(0, Math.max(0, f.start - f.clauseStart))).join(" ")} `;
    const qualified = q.measure.every((t) => !t.required || t.alts.some((a) => before.includes(` ${a.join(" ")} `)));
    if (q.measure.some((t) => said(t, true)) || (qualified && q.measure.filter((t) => said(t, false)).length >= 2)) return true;
  }
  // No kind of figure asked ("có số liệu gì về DVC"): named in its phrase, its next ten words up
  // to the next figure, does ("100% thủ tục hành chính … ở mức độ dịch vụ công trực tuyến", "100%
  // thôn, tổ dân phố đã được phủ sóng di động"; not "100% các ấp, khu vực … nhằm hỗ trợ, hướng
  // dẫn … thanh toán không dùng tiền mặt").
  // (Named in words of its own: the "chi" of "chi phí" is no "chi trả bảo hiểm xã hội".)
  const phrase = ` ${foldedWords(f.clause.slice(f.end - f.clauseStart).split(/[;(]|(?<![\p{L}])\d(?![\d.,]*\p{L})/u)[0]!).slice(0, 10).join(" ")} `;
  // (Or a word with a digit: "100% ấp, khu phố đã có sóng 4G".)
  return q.kind === null && q.measure.some((t) => t.alts.some((a) => (a.length > 1 || /\d/.test(a[0]!)) && phrase.includes(` ${a.join(" ")} `)));
}

const POPULATION = /^(?:dan so|nguoi dan|dan cu|dan)(?: |$)/;

// A rate named before its figure as the question names it ("Tỷ lệ thanh toán trực tuyến … mới
// đạt 21,4% số hồ sơ có yêu cầu nộp phí"): the words after the figure are what it is counted
// among, not another measure.
function rateNamedBefore(q: Question, f: Fact): boolean {
  const named = rateBefore(f);
  return named !== "" && q.measure.some((t) => !t.weak && t.alts.some((a) => a.length > 1 && named.startsWith(` ${a.join(" ")} `)));
}

// The words after "tỷ lệ" before a figure, folded and set in spaces, "" for none; worked out once
// a fact (a ranking over every province asks it of thousands).
const ratesBefore = new WeakMap<Fact, string>();
function rateBefore(f: Fact): string {
  let named = ratesBefore.get(f);
  if (named === undefined) {
    const rate = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)\s+(.*)$/iu.exec(f.left)?.[1];
    ratesBefore.set(f, (named = rate ? ` ${foldedWords(rate).join(" ")} ` : ""));
  }
  return named;
}

// Words opening what is said of the ones a share is of: "được", "đã", "có".
const PREDICATE = new Set(["duoc", "da", "co"]);

// True when a share's words go on, after who it is of, with what of them ("hồ sơ trực tuyến được
// thanh toán phí"), and none of those words is asked.
function predicateUnasked(q: Question, f: Fact): boolean {
  if (rateNamedBefore(q, f)) return false;
  let share = shares.get(f);
  if (!share) shares.set(f, (share = shareWords(f)));
  const at = share.findIndex((w, i) => i > 0 && PREDICATE.has(w));
  if (at < 0) return false;
  const said = share.slice(at + 1).filter((w) => !PREDICATE.has(w));
  const asked = wordsAsked(q);
  return said.length > 0 && !said.some((w) => asked.has(w));
}

const askedWords = new WeakMap<Question, ReadonlySet<string>>();

// Every word of the question's measure and of what its terms mean, worked out once per question.
function wordsAsked(q: Question): ReadonlySet<string> {
  let words = askedWords.get(q);
  if (!words) askedWords.set(q, (words = new Set(q.measure.flatMap((t) => t.alts.flat()))));
  return words;
}

// What each fact is a share of, worked out once.
const shares = new WeakMap<Fact, string[]>();
const sharesOfQuestion = new WeakMap<Question, Term | null>();

// The term a question asks a share of: the one right after "%", "phần trăm", "tỷ lệ".
function shareAsked(q: Question): Term | undefined {
  let term = sharesOfQuestion.get(q);
  if (term === undefined) sharesOfQuestion.set(q, (term = shareAskedOnce(q) ?? null));
  return term ?? undefined;
}

function shareAskedOnce(q: Question): Term | undefined {
  const at = q.words.findIndex((w, i) => w === "%" || (w === "tram" && q.words[i - 1] === "phan") || (w === "le" && q.words[i - 1] === "ti"));
  if (at < 0) return undefined;
  return q.measure.find((t) => t.words.every((w, i) => q.words[at + 1 + i] === w));
}

// The words of what a figure counts, folded, a word typed twice by mistake once ("03 cơ cơ
// quan"), without the plural's "các", "những" ("4/11 các huyện" counts districts).
function unitWords(f: Fact): string[] {
  const words = foldedWords(f.unit ?? "").filter((w, i, all) => w !== all[i - 1]);
  return words.length > 1 && (words[0] === "cac" || words[0] === "nhung") ? words.slice(1) : words;
}

// The noun counted is the figure's: its first word (or a synonym's) starts the figure's counted noun.
function headMatches(q: Question, f: Fact): boolean {
  const unit = unitWords(f);
  const counted = q.counted!;
  if (!unit.length) return f.left.length > 0 && foldedWords(f.left).includes(counted[0]!);
  const term = q.measure.find((t) => t.words[0] === counted[0]);
  // A noun whose second syllable tells it apart is asked whole: "trạm quan trắc" is no "trạm
  // giám sát", even where "trạm" alone was read as a word of its own.
  const alts = term && (term.words.length > 1 || counted.length < 2) ? term.alts : [counted, ...(term?.alts.filter((a) => a.length > 1) ?? [])];
  // "3 đơn vị cấp xã" counts communes: "mấy xã".
  const level = unit[0] === "don" && unit[1] === "vi" && unit.includes("cap") ? unit.slice(unit.indexOf("cap") + 1) : null;
  const heads = level?.length ? [unit, level] : [unit];
  // "87 thôn, bản" counts hamlets of either name: "mấy bản".
  if (f.unit?.includes(",")) heads.push(...f.unit.split(/\s*,\s*/u).map((w) => foldedWords(w)));
  // ("trạm 4G" is the "trạm phát sóng 4G", "điểm wifi" the "điểm phát wifi": its second word said further on.)
  return heads.some((u) => alts.some((a) => a[0] === u[0] && (a.length < 2 || u.length < 2 || a[1] === u[1] || !COMPOUND_FIRST.has(a[0]!) || u.slice(2).includes(a[1]!))));
}

// First syllables of nouns whose second syllable tells them apart ("tổ chức" is not "tổ công
// nghệ số", "máy ATM" not "máy POS", "dịch vụ công" not "dịch vụ hành chính", "lượt tải" not
// "lượt truy cập").
const COMPOUND_FIRST = new Set(["to", "may", "co", "dich", "san", "tai", "doanh", "thanh", "ho", "nguoi", "don", "he", "diem", "tram", "chu", "van", "hop", "thu", "luot"]);

/** What a question says that candidates are checked against, worked out once per question. */
interface Asks {
  /** Its words and every word its terms mean. */
  readonly words: ReadonlySet<string>;
  /** The levels of government it names ("xa" of "cấp xã"). */
  readonly levels: ReadonlySet<string>;
  /** "trung bình cả nước": the country's average. */
  readonly average: boolean;
  /** "tất cả", "tổng số": a total. */
  readonly total: boolean;
}

const asksOf = new WeakMap<Question, Asks>();

// The levels of government a question names: "xa" of "cấp xã"; and a level's word right after
// another's, "cấp tỉnh huyện", "cấp tỉnh, huyện", is one too.
function levelsAsked(q: Question): Set<string> {
  const levels = new Set(q.measure.flatMap((t) => t.alts.filter((x) => x.length >= 2 && x[0] === "cap").map((x) => x[1]!)));
  if (levels.size) for (const [i, t] of q.measure.entries()) if (i > 0 && t.words.length === 1 && LEVEL_WORDS.has(t.words[0]!) && q.measure[i - 1]!.words[0] === "cap") levels.add(t.words[0]!);
  return levels;
}

function asks(q: Question): Asks {
  let a = asksOf.get(q);
  if (a) return a;
  const said = ` ${q.words.join(" ")} `;
  a = {
    words: new Set([...q.words, ...wordsAsked(q)]),
    levels: levelsAsked(q),
    average: q.scope === "national" && (said.includes(" trung binh ") || said.includes(" binh quan ")),
    total: / (?:tat ca|tong cong|tong so|tong|toan bo) /.test(said),
  };
  asksOf.set(q, a);
  return a;
}

// A narrowing of the lexicon's in the figure's own words whose words the question does not all say.
function narrowsUnasked(q: Question, f: Fact, k: Knowledge): boolean {
  const asked = asks(q).words;
  return narrowingsOf(f, k).some((words) => !words.every((w) => asked.has(w)));
}

// What a rate asked is of (the lexicon's `rated`: "hồ sơ", "dịch vụ công", "hộ gia đình"), at
// the start of its first term or a synonym of it; and what the figure's own words rate, right after
// their "tỷ lệ": true when both are said and differ. Either unsaid ("tỷ lệ sử dụng …"), the
// measure's words decide alone.
function rateOfOther(q: Question, f: Fact, k: Knowledge): boolean {
  const { rated, ratedGroup } = LEXICONS.vi;
  const first = q.measure.find((t) => !t.weak);
  if (!first) return false;
  const asked = new Set<number>();
  for (const alt of first.alts) {
    const m = rated.at(alt, 0);
    if (m) asked.add(ratedGroup[m.phrase]!);
  }
  if (!asked.size) return false;
  const own = ringsOf(k, f).words("own");
  const of = (at: number) => {
    const m = rated.at(own, at);
    return m === null ? null : ratedGroup[m.phrase]!;
  };
  for (let i = 0; i + 2 < own.length; i++) if ((own[i] === "ty" || own[i] === "ti") && own[i + 1] === "le") return !asked.has(of(i + 2) ?? -1) && of(i + 2) !== null;
  // "100% thủ tục hành chính …": what the share is of, named right after it.
  const next = rated.at(foldedWords(f.after).slice(0, 4), 0);
  if (next) return !asked.has(ratedGroup[next.phrase]!);
  // A share restating the count before it ("570 dịch vụ công … (đạt 97,10%)", "312.000 hồ sơ
  // nộp trực tuyến (đạt 94,91%)") is a share of what that count counts.
  if (!foldedWords(f.left).every((w) => RESTATING.has(w))) return false;
  for (let i = 0; i < Math.min(3, own.length); i++) {
    const group = of(i);
    if (group !== null) return !asked.has(group);
    if (!RESTATING.has(own[i]!)) return false;
  }
  return false;
}

// Words between a count and the share that restates it: "(đạt 97,10%)", "có … , chiếm 20%".
const RESTATING = new Set(["dat", "la", "chiem", "co", "tren", "gan", "hon", "khoang", "va", "bang", "tuong", "ung"]);

// The lexicon's narrowings in a fact's own words, each as its folded words; found once a fact.
function narrowingsOf(f: Fact, k: Knowledge): readonly (readonly string[])[] {
  const known = narrowings.get(f);
  if (known) return known;
  const own = ringsOf(k, f).own.trim().split(" ");
  const narrowers = LEXICONS.vi.narrowers;
  const found: (readonly string[])[] = [];
  for (let i = 0; i < own.length; i++) {
    const m = narrowers.at(own, i);
    if (m) found.push(narrowers.words[m.phrase]!);
  }
  narrowings.set(f, found);
  return found;
}

const narrowings = new WeakMap<Fact, readonly (readonly string[])[]>();

const LEVEL_WORDS = new Set(["tinh", "huyen", "xa", "phuong", "thi", "tran", "quan", "thanh", "pho", "khom", "ap", "thon"]);

// The question asks a level ("cấp tỉnh", "cấp xã") and the words right before the figure name
// another ("…, cấp xã đạt 99,92%").
function otherLevel(q: Question, f: Fact): boolean {
  const asked = asks(q).levels;
  if (!asked.size) return false;
  const left = foldedWords(f.left);
  for (let i = left.length - 2; i >= Math.max(0, left.length - 6); i--) {
    if (left[i] !== "cap") continue;
    // ("cấp tỉnh, huyện đạt 99,93%" is of both levels.)
    const levels = [];
    for (let j = i + 1; j < left.length && LEVEL_WORDS.has(left[j]!); j++) levels.push(left[j]!);
    // (Nor "cấp tỉnh, cấp huyện đạt tỷ lệ 100%": the levels listed before it too.)
    for (let j = i; j >= 2 && left[j - 2] === "cap" && LEVEL_WORDS.has(left[j - 1]!); j -= 2) levels.push(left[j - 1]!);
    return levels.length > 0 && !levels.some((w) => asked.has(w));
  }
  return false;
}

// True when the question names a part better than its total, the field it names aside ("phần
// mềm ngành nông nghiệp" is the field's total, not the part "do Sở Nông nghiệp" runs).
function namedBetter(q: Question, part: Fact, total: Fact, k: Knowledge): boolean {
  const field = q.measure.findIndex((t) => FIELD.has(t.words.join(" ")));
  const asked = field < 0 ? q : { ...q, measure: q.measure.filter((_, i) => i !== field && i !== field + 1) };
  return measureOf(asked, total, k).score < measureOf(asked, part, k).score - 0.02;
}
const FIELD = new Set(["nganh", "linh vuc", "khoi"]);

// The count of its sentence a count after "trong đó", "bao gồm" is a part of (of the same noun),
// else null; worked out once a fact.
function totalOf(f: Fact, k: Knowledge): Fact | null {
  let total = totals.get(f);
  if (total === undefined) totals.set(f, (total = totalOnce(f, k)));
  return total;
}

const totals = new WeakMap<Fact, Fact | null>();

function totalOnce(f: Fact, k: Knowledge): Fact | null {
  const text = k.sentence(f.sentenceId)?.text ?? "";
  const part = /(?<![\p{L}])(?:trong đó|trong số đó|bao gồm|gồm)(?![\p{L}])/iu.exec(text.slice(0, f.start));
  if (!part) return null;
  const head = unitWords(f)[0];
  return k.factsOf(f.province).find((x) => x.sentenceId === f.sentenceId && x.kind === "count" && x.end <= part.index && unitWords(x)[0] === head) ?? null;
}

const round = (x: number): number => Math.round(x * 100) / 100;
