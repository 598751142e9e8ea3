import type { Fact } from "../../knowledge/index.js";
import { AnswerBuilder } from "../compose.js";
import { displayName } from "../describe.js";
import type { Reply, Turn } from "../turn.js";

// The pillars as the facts name their subject, and as they are said.
const PILLARS: Readonly<Record<string, string>> = { "chinh quyen so": "chính quyền số", "kinh te so": "kinh tế số", "xa hoi so": "xã hội số" };

/**
 * "Trà Vinh trụ cột nào xếp hạng cao nhất", "trụ cột nào điểm thấp nhất": a province's pillars
 * side by side by their ranks (or scores, when asked), of one year (the one asked, else the
 * newest they share), best first (worst first when the lowest is asked), and which leads.
 */
export function answerPillars(t: Turn, province: string): Reply {
  const q = t.q;
  const b = new AnswerBuilder(t.knowledge, t.m);
  const place = displayName(province);
  const kind = q.kind === "score" ? "score" : "rank";
  const by = kind === "score" ? t.m.pillarsByScore : t.m.pillarsByRank;
  const facts = t.knowledge.factsOf(province).filter((f) => f.subject !== null && PILLARS[f.subject] && f.kind === kind && !f.change && !f.target && f.scope === "province" && f.value !== null);
  const years = [...new Set(facts.map((f) => f.year ?? 0))].sort((a, b) => b - a);
  const shared = (y: number) => new Set(facts.filter((f) => (f.year ?? 0) === y).map((f) => f.subject)).size >= 2;
  // (A year asked, or carried from the last answer, with no pillars of it: the newest they share, said to be.)
  const year = q.year !== null && shared(q.year) ? q.year : (years.find(shared) ?? null);
  if (q.year !== null && year !== q.year) b.note("year", t.m.rankingYearMissing(q.year));
  const chosen = new Map<string, Fact>();
  for (const f of facts) if ((f.year ?? 0) === (year ?? 0) && !chosen.has(f.subject!)) chosen.set(f.subject!, f);
  if (chosen.size < 2) {
    b.setHeadline(t.m.pillarsNone(place, by));
    return { answer: b.build(q.text, "nodata", [province], []), provinces: [province] };
  }
  // A rank is better as its number falls, a score as it rises.
  const best = [...chosen.values()].sort((x, y) => (kind === "rank" ? x.value! - y.value! : y.value! - x.value!));
  const ordered = q.ascending ? best.reverse() : best;
  b.setHeadline(t.m.pillarsHeadline(place, by, year || null));
  for (const f of ordered) b.figureLine(b.statement(f));
  b.line(t.m.pillarsBest(PILLARS[ordered[0]!.subject!]!, q.ascending));
  return { answer: b.build(q.text, "ranking", [province], []), provinces: [province], shown: ordered, year: year || null };
}
