import { foldText, searchTerms, type Fact } from "../../knowledge/index.js";
import { AnswerBuilder, figureText } from "../compose.js";
import type { Entities } from "../entities.js";
import { en, vi } from "../messages.vi.js";
import { factsOn, rankFacts, type Ranked } from "../retrieve.js";
import { MIN_SUPPORT, measuresAsked, mergerNotes, support, type Reply, type Turn } from "../turn.js";
import type { Suggestion } from "../types.js";
import { pickOverview } from "./overview.js";

// Words that frame a comparison or a ranking rather than name its measure, folded: they are
// left out of the measure's label however they were typed ("so sánh", "so sanh").
const COMPARE_FRAME = ["so sanh", "so voi", "giua", "voi", "va", "khac nhau", "khac gi", "doi chieu", "compare", "versus", "vs", "and", "with"];
const RANKING_FRAME = [
  ...COMPARE_FRAME,
  "tinh nao co", "dia phuong nao co", "noi nao co", "tinh nao", "dia phuong nao", "noi nao", "which province",
  "nhat", "cao", "nhieu", "thap", "it", "xep hang", "bang xep hang", "thu hang", "cac tinh", "tinh thanh", "cac dia phuong", "provinces", "top",
].map((p) => p.split(" "));
const COMPARE_FRAME_WORDS = COMPARE_FRAME.map((p) => p.split(" "));
const LABEL_PREPOSITIONS = new Set(["ve", "theo", "cua", "by", "on", "in", "of"]);

/** The measure a question names: its words without the framing ones (the longest frame first). */
function measureLabel(topic: string, frame: readonly (readonly string[])[]): string {
  const words = topic.replace(/[?!.,:;]+/g, " ").split(/\s+/).filter(Boolean);
  const folded = words.map((w) => foldText(w));
  const kept: string[] = [];
  for (let i = 0; i < words.length; ) {
    const skip = Math.max(0, ...frame.filter((p) => p.every((w, j) => folded[i + j] === w)).map((p) => p.length));
    if (skip) i += skip;
    else kept.push(words[i++]!);
  }
  // "xếp hạng các tỉnh về tỷ lệ…": the preposition left by the frame does not start the label.
  while (kept.length && LABEL_PREPOSITIONS.has(foldText(kept[0]!))) kept.shift();
  return kept.join(" ") || vi.anyTopic;
}

/** The kind of figure a measure is: a rate, a rank, or a count of one noun. */
function kindOf(f: Fact): string {
  return f.unit === "%" || f.unit === "hạng" ? f.unit : (f.unit?.split(" ")[0]?.toLowerCase() ?? "");
}

/** The figures that answer the question for one group of provinces, best first, with their scores. */
function usableFor(t: Turn, provinces: readonly string[], e: Entities): Ranked[] {
  const out: Ranked[] = [];
  for (const r of rankFacts(t.knowledge, e, new Set(provinces), t.options)) {
    if (out.length >= 10) break;
    if (support({ ...t, e }, r.fact) >= MIN_SUPPORT && measuresAsked({ ...t, e }, r.fact)) out.push(r);
  }
  return out;
}

/**
 * One figure a group, of one kind for all where the articles allow: "dịch vụ công trực tuyến"
 * compares a count with a count, not one province's count with another's rate. The kind chosen
 * is the one whose best figures score highest summed over the groups, so a kind that answers
 * well in every group beats one that answers one group best and the others barely.
 */
function alignedFigures(candidates: readonly Ranked[][], e: Entities): (Fact | null)[] {
  const total = new Map<string, number>();
  for (const c of candidates) {
    const bestOfKind = new Map<string, number>();
    for (const r of c) bestOfKind.set(kindOf(r.fact), Math.max(bestOfKind.get(kindOf(r.fact)) ?? -Infinity, r.score));
    for (const [k, score] of bestOfKind) total.set(k, (total.get(k) ?? 0) + Math.max(0, score));
  }
  const kind = [...total].reduce<[string, number] | null>((a, x) => (a && a[1] >= x[1] ? a : x), null)?.[0];
  // A question that names its kind ("tỷ lệ…", "số doanh nghiệp…") gets no figure of another
  // kind for a group that lacks one; an open question gets the group's best, flagged as differing.
  const strict = e.wantsPercent || e.countedNoun !== null;
  return candidates.map((c) => (c.find((r) => kindOf(r.fact) === kind) ?? (strict ? undefined : c[0]))?.fact ?? null);
}

/** Follow-ups of a comparison or a ranking: each province's overview, and the sources. */
function followUps(provinces: readonly string[]): Suggestion[] {
  return [...provinces.slice(0, 3).map((p) => ({ label: vi.suggestion.overview(p), text: vi.suggestion.overview(p) })), { label: vi.suggestion.sources, text: vi.suggestion.sources }];
}

/**
 * The same measure side by side for two or more provinces, each with its own period and source,
 * saying so when periods or definitions differ. Without a measure, each province's headline
 * figures are set side by side.
 */
export function answerComparison(t: Turn, groups: readonly { label: string; provinces: readonly string[] }[], e: Entities): Reply {
  const b = new AnswerBuilder(t.knowledge, t.e.english);
  const topical = e.topicWords.length > 0;
  const measure = measureLabel(e.topic, COMPARE_FRAME_WORDS);
  const found: Fact[] = [];
  if (!topical) {
    b.setHeadline(t.e.english ? en.comparisonHeadline : vi.comparisonHeadline(vi.headlineFigures));
    for (const g of groups) {
      b.line(`${g.label}:`);
      for (const f of pickOverview(factsOn(t.knowledge, g.provinces), 3, null)) {
        b.factLine(f);
        found.push(f);
      }
    }
  } else {
    b.setHeadline(t.e.english ? en.comparisonHeadline : vi.comparisonHeadline(measure));
    const figures = alignedFigures(groups.map((g) => usableFor(t, g.provinces, e)), e);
    for (const [i, g] of groups.entries()) {
      const f = figures[i];
      if (!f) {
        b.line(`• ${vi.comparisonMissing(g.label)}`);
        continue;
      }
      const n = b.cite(f);
      b.bar(f.province, f);
      b.line(`• ${f.province}: ${figureText(f, t.e.english)}${f.target ? ` (${vi.targetLabel})` : ""}${f.period ? ` — ${f.period}` : ""} [${n}]`);
      found.push(f);
    }
    if (found.length >= 2) {
      const periods = new Set(found.map((f) => f.period ?? "?"));
      if (periods.size > 1) b.note(vi.comparisonPeriodsDiffer);
      const words = found.map((f) => new Set(searchTerms(f.left).filter((w) => !w.includes("_"))));
      const shared = [...words[0]!].filter((w) => words.every((s) => s.has(w))).length;
      if (shared / Math.max(1, Math.min(...words.map((s) => s.size))) < 0.5 || new Set(found.map((f) => f.unit)).size > 1) b.note(vi.comparisonDefinitionsDiffer);
    }
  }
  mergerNotes(b, t.resolved);
  const provinces = groups.flatMap((g) => g.provinces);
  const about = found.length ? [...new Set(found.map((f) => f.province))] : provinces;
  return { answer: b.build(t.e.text, "comparison", about, followUps(about)), provinces, query: topical ? e.topic : null, shown: found };
}

/** Provinces ordered by what the corpus states for a measure, each cited, with the caveat. */
export function answerRanking(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge, t.e.english);
  const measure = measureLabel(t.e.topic, RANKING_FRAME);
  const coverage = t.knowledge.coverage();
  const ranked = rankFacts(t.knowledge, t.e, new Set(coverage.map((c) => c.province)), t.options);
  // Support is weighed only where it decides: the first figure it lets through, then each
  // province's first figure of the same kind. A province whose figures only stand near the
  // measure's words, without measuring it, is left out rather than ranked on another measure.
  const usable = (f: Fact) => f.value !== null && support(t, f) >= MIN_SUPPORT && measuresAsked(t, f);
  // The measure's kind is the best figure's: a rate, a rank, or a count of the same noun.
  const first = ranked.find((r) => usable(r.fact));
  const kind = first ? kindOf(first.fact) : null;
  const best = new Map<string, Fact>();
  for (const { fact } of ranked) if (!best.has(fact.province) && kindOf(fact) === kind && usable(fact)) best.set(fact.province, fact);
  const same = coverage.flatMap((c) => best.get(c.province) ?? []);
  if (!same.length) {
    b.setHeadline(vi.rankingNone(measure));
    return { answer: b.build(t.e.text, "ranking", [], []) };
  }
  const ascending = kind === "hạng" || /\b(thấp nhất|ít nhất|kém nhất|lowest|fewest)\b/iu.test(t.e.text);
  same.sort((x, y) => (ascending ? x.value! - y.value! : y.value! - x.value!));
  b.setHeadline(vi.rankingHeadline(measure));
  same.forEach((f, i) => {
    const n = b.cite(f);
    b.bar(f.province, f);
    b.line(`${i + 1}. ${f.province}: ${figureText(f)}${f.target ? ` (${vi.targetLabel})` : ""}${f.period ? ` — ${f.period}` : ""} [${n}]`);
  });
  b.note(vi.rankingCaveat(coverage.length));
  if (new Set(same.map((f) => f.period ?? "?")).size > 1) b.note(vi.comparisonPeriodsDiffer);
  const ordered = same.map((f) => f.province);
  return { answer: b.build(t.e.text, "ranking", ordered, followUps(ordered)), provinces: ordered, query: t.e.topic, shown: same };
}

