import { TOPICS, type Fact, type Knowledge, type Pillar } from "../../knowledge/index.js";
import { AnswerBuilder } from "../compose.js";
import { mergerNotes, type Reply, type Turn } from "../turn.js";
import { suggestionsAfterFigure } from "./figure.js";

const PILLAR_OF = new Map(TOPICS.map((t) => [t.id, t.pillar]));
const PILLAR_ORDER: readonly Pillar[] = ["chính quyền số", "kinh tế số", "xã hội số", "hạ tầng số"];

/**
 * How much a figure tells a reader on its own: results before goals, levels before changes,
 * rates and ranks before small counts, figures with a period before those without.
 */
function salience(f: Fact): number {
  let s = 1;
  if (f.unit === "%") s += 0.5;
  if (f.kind === "rank") s += 0.8;
  if (f.scope === "local") s -= 0.4;
  if (/t[ỷỉ] lệ/iu.test(f.left)) s += 0.3;
  if (f.period) s += 0.2;
  if (f.target) s -= 0.8;
  if (f.change) s -= 1;
  if (f.unit !== "%" && f.value !== null && f.value < 3) s -= 0.6;
  if (!f.unit) s -= 0.4;
  if (f.left.length < 8) s -= 0.2;
  // "đạt 100% so với kế hoạch", "tăng 44,6% so cùng kỳ": a share of a plan or of last year
  // tells little without the plan or last year's figure.
  if (/^\s*(?:so (?:với )?(?:kế hoạch|chỉ tiêu|cùng kỳ|năm trước))/iu.test(f.after)) s -= 0.8;
  return s;
}

/** The most telling figures of some provinces, up to `max`, spread over the pillars, one per sentence. */
export function pickOverview(facts: readonly Fact[], max: number, pillar: Pillar | null): Fact[] {
  // A figure superseded in its own sentence ("từ vị trí 16/63 năm 2021 lên 10/63 năm 2022") is
  // left out: the newest year of each sentence and unit is found once, not per figure (by
  // sentence, then unit: no key string built per fact, among a merged unit's thousands).
  const newest = new Map<string, Map<string | null, number>>();
  for (const f of facts) {
    let units = newest.get(f.sentenceId);
    if (!units) newest.set(f.sentenceId, (units = new Map()));
    units.set(f.unit, Math.max(units.get(f.unit) ?? 0, f.year ?? 0));
  }
  const superseded = (f: Fact) => f.year !== null && newest.get(f.sentenceId)!.get(f.unit)! > f.year;
  // Years and dates answer "năm nào", not an overview; a national figure is not the province's.
  const pool = facts.filter((f) => (!pillar || PILLAR_OF.get(f.topic) === pillar) && !superseded(f) && f.kind !== "year" && f.kind !== "date" && f.scope !== "national");
  // Most salient first, each with its salience; the sort is stable, so equals keep the facts' order.
  const ranked = pool.map((f) => ({ f, s: salience(f) })).sort((a, b) => b.s - a.s);
  const byPillar = new Map<Pillar, { f: Fact; s: number }[]>();
  for (const x of ranked) {
    const p = PILLAR_OF.get(x.f.topic) ?? "chính quyền số";
    const list = byPillar.get(p);
    if (list) list.push(x);
    else byPillar.set(p, [x]);
  }
  const chosen: Fact[] = [];
  const sentences = new Set<string>();
  // Round-robin over the pillars so each is represented before any gets a second figure.
  for (let round = 0; chosen.length < max && round < max; round++) {
    for (const p of PILLAR_ORDER) {
      const next = byPillar.get(p)?.find((x) => !sentences.has(x.f.sentenceId));
      if (!next || chosen.length >= max || (round > 0 && next.s < 1)) continue;
      chosen.push(next.f);
      sentences.add(next.f.sentenceId);
    }
  }
  return chosen;
}

/** An overview of a province: 3–6 figures grouped by pillar, each cited. */
export function answerOverview(t: Turn, provinces: readonly string[]): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  const label = provinces.join(", ");
  const chosen = pickOverview(factsOn(t.knowledge, provinces), t.options.overviewMax, t.q.pillar);
  if (!chosen.length) {
    b.setHeadline(t.m.noFigure(label, t.q.pillar ?? t.m.anyTopic));
    return { answer: b.build(t.q.text, "overview", provinces, []), provinces };
  }
  b.setHeadline(t.m.overviewHeadline(label, t.q.pillar));
  for (const p of PILLAR_ORDER) {
    const group = chosen.filter((f) => (PILLAR_OF.get(f.topic) ?? "chính quyền số") === p);
    if (!group.length) continue;
    b.section(t.m.pillar(p), () => {
      for (const f of group) b.factLine(f, provinces.length > 1 ? f.province : null);
    });
  }
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "overview", provinces, suggestionsAfterFigure(t, provinces[0]!)), provinces, ask: null, shown: chosen };
}

/**
 * The facts on some provinces in reading order (article, sentence, figure), as the corpus
 * states them; one province's come as the knowledge base holds them.
 */
export function factsOn(knowledge: Knowledge, provinces: readonly string[]): readonly Fact[] {
  if (provinces.length === 1) return knowledge.factsOf(provinces[0]!);
  const order = articleOrderOf(knowledge);
  const position = new Map<Fact, number>();
  for (const p of new Set(provinces)) knowledge.factsOf(p).forEach((f, i) => position.set(f, i));
  return [...position.keys()].sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || SENTENCE_ORDER(a.sentenceId, b.sentenceId) || a.start - b.start);
}

// Sentence ids compared as `localeCompare(…, "en", { numeric: true })` compares them, by one
// collator made once: `localeCompare` with options makes one at every call, and sorting the
// thousands of facts of a merged unit took tens of milliseconds at 10 000 articles.
const SENTENCE_ORDER = new Intl.Collator("en", { numeric: true }).compare;

// Each article's place in the knowledge base, worked out once per knowledge base.
const articleOrders = new WeakMap<Knowledge, ReadonlyMap<string, number>>();
function articleOrderOf(knowledge: Knowledge): ReadonlyMap<string, number> {
  let order = articleOrders.get(knowledge);
  if (!order) articleOrders.set(knowledge, (order = new Map(knowledge.articles.map((a, i) => [a.id, i]))));
  return order;
}
