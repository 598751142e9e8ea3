import type { Fact, FigureKind } from "../../knowledge/index.js";
import { AnswerBuilder } from "../compose.js";
import { displayName, gapBetween, measureWords } from "../describe.js";
import { MIN_MEASURE, candidatesFor, hasMeasure, nearlyAsGood, type Candidate } from "../match/candidates.js";
import { mergerNotes, type Reply, type Turn } from "../turn.js";
import { askOf } from "../understand/in-context.js";
import type { Suggestion } from "../types.js";
import { labelOf, type Question } from "../understand/question.js";
import { tiedParts } from "./breakdown.js";
import { factsOn, pickOverview } from "./overview.js";
import { overviewSuggestion, sourcesSuggestion } from "./suggest.js";

/** The kind a figure compares as: a rate, a rank, a score, money, or a count of one noun. */
function kindOf(f: Fact): string {
  return f.kind === "count" ? `count:${f.unit?.split(" ")[0]?.toLowerCase() ?? ""}` : f.kind === "top" ? "rank" : f.kind;
}

/**
 * One figure a group, of one kind for all where the articles allow: "dịch vụ công trực tuyến"
 * compares a count with a count, not one province's count with another's rate. The kind chosen
 * is the one whose best figures score highest summed over the groups, so a kind that answers
 * well in every group beats one that answers one group best and the others barely. A question
 * naming its kind gets none of another kind.
 */
function alignedFigures(candidates: readonly Candidate[][], named: boolean): (Fact | null)[] {
  const total = new Map<string, number>();
  for (const c of candidates) {
    const bestOfKind = new Map<string, number>();
    for (const r of c) bestOfKind.set(kindOf(r.fact), Math.max(bestOfKind.get(kindOf(r.fact)) ?? -Infinity, r.score));
    for (const [k, score] of bestOfKind) total.set(k, (total.get(k) ?? 0) + 1 + Math.max(0, score));
  }
  const kind = [...total].reduce<[string, number] | null>((a, x) => (a && a[1] >= x[1] ? a : x), null)?.[0];
  return candidates.map((c) => (c.find((r) => kindOf(r.fact) === kind) ?? (named ? undefined : c[0]))?.fact ?? null);
}

/**
 * Each group's figure for a comparison. A measure named by a noun alone ("dịch vụ công trực
 * tuyến") compares counts of it when every group states one; else the kinds are aligned.
 */
function comparedFigures(t: Turn, q: Question, groups: readonly { provinces: readonly string[] }[], parts: Map<number, Fact[]>): (Fact | null)[] {
  // Each province's own figures: a district's stands beside another province's only when asked.
  const own = (c: Candidate) => c.measure >= MIN_MEASURE && (c.fact.scope === "province" || (q.scope !== null && c.fact.scope === q.scope));
  // (A group whose best figures are parts of one breakdown named alike states no whole: its parts
  // are said apart, never compared as the whole.)
  const each = (asked: Question) =>
    groups.map((g, i) => {
      const list = latestFirst(candidatesFor(asked, t.knowledge, { provinces: new Set(g.provinces) }, t.options).filter(own)).slice(0, 10);
      const tied = list[0] ? tiedParts(t.knowledge, list[0], list) : [];
      if (tied.length) parts.set(i, tied);
      else parts.delete(i);
      return tied.length ? [] : list;
    });
  const first = q.measure[0];
  if (!q.kind && !q.counted && first) {
    const counts = each({ ...q, kind: "count", counted: first.words });
    if (counts.every((c) => c.length)) return counts.map((c) => c[0]!.fact);
  }
  return alignedFigures(each(q), q.kind !== null || q.counted !== null);
}

/** The candidates scoring nearly as well as the best, of its kind: one measure stated for several years. */
function nearBest(candidates: readonly Candidate[]): Candidate[] {
  const best = candidates[0];
  return best ? candidates.filter((c) => nearlyAsGood(best, c) && kindOf(c.fact) === kindOf(best.fact)) : [];
}

/**
 * Candidates with the newest year first among those scoring nearly as well: the same measure
 * stated for several years compares and ranks by its latest figure.
 */
function latestFirst(candidates: readonly Candidate[]): Candidate[] {
  const best = candidates[0];
  if (!best) return [];
  const near = nearBest(candidates);
  const newest = near.reduce((a, c) => ((c.fact.year ?? 0) > (a.fact.year ?? 0) ? c : a), best);
  return [newest, ...candidates.filter((c) => c !== newest)];
}

/** Follow-ups of a comparison or a ranking: each province's overview, and the sources. */
function followUps(t: Turn, provinces: readonly string[]): Suggestion[] {
  return [...provinces.slice(0, 3).map((p) => overviewSuggestion(t.m, p)), sourcesSuggestion(t.m)];
}

/**
 * The same measure side by side for two or more provinces, each with its own period and source,
 * goals marked, saying so when periods or definitions differ or when a province's articles do
 * not state it. Without a measure, each province's headline figures are set side by side.
 */
export function answerComparison(t: Turn, groups: readonly { label: string; provinces: readonly string[] }[]): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  const q = t.q;
  const found: Fact[] = [];
  const measure = q.label || t.m.anyTopic;
  if (!hasMeasure(q) && !q.index && !q.kind) {
    b.setHeadline(t.m.comparisonHeadline(t.m.headlineFigures));
    for (const g of groups) {
      b.section(g.label, () => {
        for (const f of pickOverview(factsOn(t.knowledge, g.provinces), 3, null)) {
          b.factLine(f);
          found.push(f);
        }
      });
    }
  } else {
    b.setHeadline(t.m.comparisonHeadline(measure)).chart(t.m.comparisonTitle(measure));
    const parts = new Map<number, Fact[]>();
    const figures = comparedFigures(t, q, groups, parts);
    for (const [i, g] of groups.entries()) {
      const f = figures[i];
      if (!f) {
        const apart = parts.get(i);
        b.line(t.m.comparisonMissing(g.label, apart ? t.m.totalOf(measure) : measure), true);
        if (apart) {
          b.line(t.m.onlyParts);
          for (const p of apart) b.figureLine(b.statement(p));
        }
        continue;
      }
      b.bar(f.province, f);
      b.figureLine(b.statement(f));
      found.push(f);
    }
    const verdict = verdictOf(t, found);
    if (verdict) b.line(verdict);
    notesOnDifferences(t, b, found);
  }
  mergerNotes(b, t);
  const provinces = groups.flatMap((g) => g.provinces);
  const about = found.length ? [...new Set(found.map((f) => f.province))] : provinces;
  // (A kind alone is remembered too: "điểm DTI năm 2023 …", then "ai cao hơn".)
  return { answer: b.build(q.text, "comparison", about, followUps(t, about)), provinces, ask: hasMeasure(q) || q.index || q.kind ? askOf(q) : null, shown: found };
}

/**
 * Which of two figures of one measure is ahead ("ai cao hơn", "tỉnh nào nhiều hơn"): said only
 * where they compare as they stand, the same kind, unit, words, year and goal or result; a lower
 * rank is ahead. How far apart is worked out only from two exact figures ("gần 1.600" has none), and said
 * to be worked out.
 */
function verdictOf(t: Turn, found: readonly Fact[]): string | null {
  if (found.length !== 2) return null;
  const [a, b] = found as [Fact, Fact];
  if (a.province === b.province || a.value === null || b.value === null || kindOf(a) !== kindOf(b) || unitOf(a) !== unitOf(b) || a.year !== b.year || a.target !== b.target || a.change !== b.change) return null;
  // (Nor two measures named apart: "hộ gia đình có Internet" is not "… Internet cáp quang".)
  if (measureWords(t.knowledge, a, t.m) !== measureWords(t.knowledge, b, t.m)) return null;
  const [name, other] = [displayName(a.province), displayName(b.province)];
  if (a.value === b.value) return t.m.comparisonEven(name, other);
  const ranked = a.kind === "rank" || a.kind === "top";
  if (ranked && (a.outOf ?? 0) !== (b.outOf ?? 0) && a.outOf !== null && b.outOf !== null) return null;
  const [ahead, behind] = (ranked ? a.value < b.value : a.value > b.value) ? [a, b] : [b, a];
  const exact = !a.qualifier && !b.qualifier;
  // (Places apart only between two exact ranks out of the same number: "16/63" and "17/63".)
  if (ranked) return t.m.comparisonRankedAbove(displayName(ahead.province), displayName(behind.province), exact && a.kind === "rank" && b.kind === "rank" && a.outOf !== null && a.outOf === b.outOf ? Math.abs(a.value - b.value) : null);
  return t.m.comparisonAhead(displayName(ahead.province), displayName(behind.province), a.kind, exact ? gapBetween(a, b) : null);
}


// A score's unit is its index's, written or not ("0,8340", "0,7411 điểm").
const unitOf = (f: Fact): string | null => (f.kind === "score" ? null : f.unit);



// Figures set side by side say when their periods, definitions or goal and result differ.
function notesOnDifferences(t: Turn, b: AnswerBuilder, found: readonly Fact[]): void {
  if (found.length < 2) return;
  if (new Set(found.map((f) => f.period ?? "?")).size > 1) b.note("periods", t.m.comparisonPeriodsDiffer);
  if (t.q.year && found.some((f) => f.year !== t.q.year)) b.note("year", t.m.comparisonYearMissing(t.q.year));
  if (new Set(found.map((f) => f.target)).size > 1) b.note("goal", t.m.comparisonGoalAndResult);
  const words = new Set(found.map((f) => measureWords(t.knowledge, f, t.m)));
  if (words.size > 1 || new Set(found.map(unitOf)).size > 1) b.note("definitions", t.m.comparisonDefinitionsDiffer);
}

/**
 * Each province's candidates for a ranking, of the best figure's kind: results (goals only when
 * asked), each province's own figure, exact ranks (a top only when asked).
 */
function rankable(t: Turn, q: Question): Map<string, Candidate[]> {
  // (Those left out, "bỏ Long An ra", are not ranked.)
  const provinces = new Set(t.knowledge.coverage().map((c) => c.province).filter((p) => !q.excluded.includes(p)));
  const all = candidatesFor(q, t.knowledge, { provinces, perProvince: t.options.candidatesPerProvince }, t.options).filter(
    (c) =>
      c.measure >= MIN_MEASURE && c.fact.value !== null && c.fact.kind !== "year" && c.fact.kind !== "date" && c.fact.target === q.goal && c.fact.scope === "province" && (c.fact.kind !== "top" || q.kind === "top" || q.goal),
  );
  const kind = all[0] ? kindOf(all[0].fact) : null;
  const byProvince = new Map<string, Candidate[]>();
  for (const c of all) {
    if (kindOf(c.fact) !== kind) continue;
    const list = byProvince.get(c.fact.province);
    if (list) list.push(c);
    else byProvince.set(c.fact.province, [c]);
  }
  return byProvince;
}

/** Each province's first figure of a year, of those scoring nearly as well as its best. */
function ofTheYear(byProvince: ReadonlyMap<string, Candidate[]>, year: number): Fact[] {
  return [...byProvince.values()].flatMap((c) => nearBest(c).filter((x) => x.fact.year === year).slice(0, 1).map((x) => x.fact));
}

/**
 * The year most provinces are ranked in (the newest of equals), when two or more are: ranks of
 * different years do not order one another ("thứ 2" of 2024 is not above "thứ 4" of 2022).
 */
function sharedYear(byProvince: ReadonlyMap<string, Candidate[]>): number | null {
  const provincesOf = new Map<number, number>();
  for (const c of byProvince.values()) for (const y of new Set(nearBest(c).map((x) => x.fact.year ?? 0))) if (y) provincesOf.set(y, (provincesOf.get(y) ?? 0) + 1);
  const [year, count] = [...provincesOf].reduce<[number, number]>((a, x) => (x[1] > a[1] || (x[1] === a[1] && x[0] > a[0]) ? x : a), [0, 0]);
  return count >= 2 ? year : null;
}

/** Provinces ordered by what the corpus states for a measure, each cited, with the caveat. */
export function answerRanking(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  const q = t.q;
  const measure = q.label || (q.index ? t.m.dti : t.m.anyTopic);
  const coverage = t.knowledge.coverage();
  // Each province's best figure of the measure's kind, its newest.
  const byProvince = rankable(t, q);
  let same = [...byProvince.values()].map((c) => latestFirst(c)[0]!.fact);
  // A year asked ranks that year's figures; without any, the newest are ranked, and said to be.
  const ofYear = q.year ? ofTheYear(byProvince, q.year) : [];
  if (ofYear.length) same = ofYear;
  else if (q.year && same.length) b.note("year", t.m.rankingYearMissing(q.year));
  if (!same.length) {
    b.setHeadline(t.m.rankingNone(measure));
    return { answer: b.build(q.text, "ranking", [], []), ask: askOf(q) };
  }
  const ranks: readonly FigureKind[] = ["rank", "top"];
  // (A rank rises as its number falls; a change of rank, "tăng 12 bậc", is more as it grows.)
  const ascending = (ranks.includes(same[0]!.kind) && !same[0]!.change) !== q.ascending;
  const order = (x: Fact, y: Fact) => (ascending ? x.value! - y.value! : y.value! - x.value!);
  same.sort(order);
  // Ranks with no year asked: the year most provinces are ranked in comes first, in its order
  // (its figures looked up again with the year asked, a province's older ranks weigh less);
  // the other provinces' newest ranks follow in theirs.
  const year = !q.year && ranks.includes(same[0]!.kind) && !same[0]!.change ? sharedYear(byProvince) : null;
  // (A province's newer rank is said after, under its own title: "cao nhất" may ask it.)
  let newer: Fact[] = [];
  if (year) {
    const first = ofTheYear(rankable(t, { ...q, year }), year).filter((f) => ranks.includes(f.kind)).sort(order);
    newer = same.filter((f) => (f.year ?? 0) > year && first.some((x) => x.province === f.province));
    same = [...first, ...same.filter((f) => !first.some((x) => x.province === f.province))];
  }
  const ranked = q.year && !ofYear.length ? labelOf({ ...q, year: null }) || t.m.dti : measure;
  b.setHeadline(t.m.rankingHeadline(ranked)).chart(t.m.rankingTitle(ranked));
  // Ranks are listed as bullets: numbered, "2. Huế: thứ 3" read as Huế being second.
  const numbered = !ranks.includes(same[0]!.kind);
  same.forEach((f, i) => {
    b.bar(f.province, f);
    b.figureLine(b.statement(f), numbered ? i + 1 : null);
  });
  if (newer.length) b.section(t.m.newerRanks(year!), () => newer.forEach((f) => b.figureLine(b.statement(f))));
  b.note("coverage", t.m.rankingCaveat(coverage.length));
  if (q.excluded.length) b.note("coverage", t.m.rankingLeftOut(q.excluded.map(displayName).join(", ")));
  notesOnDifferences(t, b, same);
  const ordered = same.map((f) => f.province);
  return { answer: b.build(q.text, "ranking", ordered, followUps(t, ordered)), provinces: ordered, ask: askOf(q), shown: same };
}
