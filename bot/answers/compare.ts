import { searchTerms, type Fact } from "../../knowledge/index.js";
import { AnswerBuilder, figureText } from "../compose.js";
import type { Entities } from "../entities.js";
import { en, vi } from "../messages.vi.js";
import { factsOn, rankFacts } from "../retrieve.js";
import { MIN_SUPPORT, mergerNotes, support, type Reply, type Turn } from "../turn.js";
import { pickOverview } from "./overview.js";

const COMPARE_WORDS = /(?<![\p{L}])(so sánh|so với|giữa|với|và|khác nhau|khác gì|đối chiếu|compare|versus|vs|and|with)(?![\p{L}])/giu;

function bestFor(t: Turn, province: string, e: Entities): Fact | null {
  return rankFacts(t.knowledge, e, new Set([province]), t.options).find((r) => support({ ...t, e }, r.fact) >= MIN_SUPPORT)?.fact ?? null;
}

function measureLabel(topic: string): string {
  return topic.replace(COMPARE_WORDS, " ").replace(/[?!.,:]+/g, " ").replace(/\s+/g, " ").trim() || vi.anyTopic;
}

/**
 * The same measure side by side for two or more provinces, each with its own period and source,
 * saying so when periods or definitions differ. Without a measure, each province's headline
 * figures are set side by side.
 */
export function answerComparison(t: Turn, groups: readonly { label: string; provinces: readonly string[] }[], e: Entities): Reply {
  const b = new AnswerBuilder(t.knowledge, t.e.english);
  const topical = e.topicWords.length > 0;
  const measure = measureLabel(e.topic);
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
    for (const g of groups) {
      const f = g.provinces.map((p) => bestFor(t, p, e)).find((x) => x) ?? null;
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
  return { answer: b.build(t.e.text, "comparison", found.length ? [...new Set(found.map((f) => f.province))] : provinces, []), provinces, query: topical ? e.topic : null, shown: found };
}

/** Provinces ordered by what the corpus states for a measure, each cited, with the caveat. */
export function answerRanking(t: Turn): Reply {
  const b = new AnswerBuilder(t.knowledge, t.e.english);
  const measure = measureLabel(t.e.topic.replace(/(?<![\p{L}])(tỉnh nào|địa phương nào|nơi nào|nhất|cao|nhiều|thấp|ít|có)(?![\p{L}])/giu, " "));
  const coverage = t.knowledge.coverage();
  const ranked = rankFacts(t.knowledge, t.e, new Set(coverage.map((c) => c.province)), t.options);
  // Support is weighed only where it decides: the first figure it lets through, then each
  // province's first figure of the same kind.
  const usable = (f: Fact) => f.value !== null && support(t, f) >= MIN_SUPPORT;
  // The measure's kind is the best figure's: a rate, a rank, or a count of the same noun.
  const kindOf = (f: Fact) => (f.unit === "%" || f.unit === "hạng" ? f.unit : (f.unit?.split(" ")[0]?.toLowerCase() ?? ""));
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
    b.line(`${i + 1}. ${f.province}: ${figureText(f)}${f.period ? ` — ${f.period}` : ""} [${n}]`);
  });
  b.note(vi.rankingCaveat(coverage.length));
  if (new Set(same.map((f) => f.period ?? "?")).size > 1) b.note(vi.comparisonPeriodsDiffer);
  return { answer: b.build(t.e.text, "ranking", same.map((f) => f.province), []), provinces: same.map((f) => f.province), query: t.e.topic, shown: same };
}

