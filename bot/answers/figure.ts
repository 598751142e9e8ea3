import type { Fact } from "../../knowledge/index.js";
import { AnswerBuilder, figureText } from "../compose.js";
import { entitiesOf, type Entities } from "../entities.js";
import { en, vi } from "../messages.vi.js";
import { factsOn, rankFacts, sameMeasure, type Ranked } from "../retrieve.js";
import { MIN_SUPPORT, isShareOfAsked, mergerNotes, support, type Reply, type Turn } from "../turn.js";
import type { Suggestion } from "../types.js";

/**
 * A figure question about one province (or the provinces a merged unit absorbed): the best
 * figure first with its period and qualifier, then the quote and source. Two articles that
 * disagree are both shown, newest first; a near-equal second figure is shown beside it.
 */
export function answerFigure(t: Turn, provinces: readonly string[], e: Entities): Reply {
  const query = e.topic;
  const ranked = supported({ ...t, e }, rankFacts(t.knowledge, e, new Set(provinces), t.options));
  const b = new AnswerBuilder(t.knowledge, t.e.english);
  const label = provinces.join(", ");
  const best = ranked[0]?.fact;
  if (!best) {
    b.setHeadline(t.e.english ? en.noFigure(label) : vi.noFigure(label, e.topic || vi.thisTopic));
    return { answer: b.build(t.e.text, "figure", provinces, [{ label: vi.suggestion.overview(provinces[0]!), text: vi.suggestion.overview(provinces[0]!) }]), provinces, query };
  }
  // Asked without a year, the measure's newest figure comes first; with a year, that year's.
  // Another article's different figure for the same period is shown beside it, flagged.
  const peers = sameMeasure(ranked, t.options.sameMeasureRatio).map((r) => r.fact);
  const first = e.year === null ? [best, ...peers].reduce((newest, f) => ((f.year ?? 0) > (newest.year ?? 0) ? f : newest)) : best;
  const second = [best, ...peers].find((f) => f !== first && f.value !== first.value && f.articleId !== first.articleId && (e.year === null || f.year === first.year)) ?? null;
  headline(b, first);
  const shown: Fact[] = [first];
  if (second) {
    b.line(`${second.province}: ${figureText(second)}${second.period ? ` (${second.period})` : ""} [${b.cite(second)}]`);
    b.note(vi.conflict(2));
    shown.push(second);
  } else {
    const also = ranked.find((r, i) => i > 0 && r.score >= ranked[0]!.score * t.options.alsoShowRatio && r.fact.sentenceId !== first.sentenceId && r.fact.unit === first.unit);
    if (also) {
      b.line(vi.also);
      b.factLine(also.fact);
      shown.push(also.fact);
    }
  }
  mergerNotes(b, t.resolved);
  return { answer: b.build(t.e.text, "figure", [first.province], suggestionsAfterFigure(first.province)), provinces, query, shown };
}

/**
 * The ranked facts the question's words support that can be shown: the best, and those scoring
 * near it (the only ones a second figure is taken from). Support is weighed for those alone.
 */
function supported(t: Turn, ranked: readonly Ranked[]): Ranked[] {
  const usable = (f: Fact) => support(t, f) >= MIN_SUPPORT && isShareOfAsked(t, f) && (!t.e.wantsPercent || isRate(f));
  const at = ranked.findIndex((r) => usable(r.fact));
  if (at < 0) return [];
  const best = ranked[at]!;
  const near = best.score * Math.min(t.options.alsoShowRatio, t.options.sameMeasureRatio);
  return [best, ...ranked.slice(at + 1).filter((r) => r.score >= near && usable(r.fact))];
}

// A figure that can answer "tỷ lệ…", "bao nhiêu phần trăm": a percentage, "376/612", or a count
// per hundred ("128 thuê bao/100 dân"); "3 cấp chính quyền" cannot.
function isRate(f: Fact): boolean {
  return f.unit === "%" || f.outOf !== null || (f.unit?.includes("/") ?? false);
}

function headline(b: AnswerBuilder, f: Fact): void {
  const n = b.cite(f);
  const text = (b.english ? en.figureHeadline : vi.figureHeadline)(f.province, figureText(f, b.english), f.period, f.target);
  b.setHeadline(`${text.replace(/\.$/, "")} [${n}].`);
}

/** "Chi tiết hơn": the next figures on the last topic, not shown yet. */
export function answerMore(t: Turn): Reply {
  const s = t.state;
  const b = new AnswerBuilder(t.knowledge, t.e.english);
  if (!s?.provinces.length) {
    b.setHeadline(vi.moreNoContext);
    return { answer: b.build(t.e.text, "clarify", [], []) };
  }
  const shownIds = new Set(s.shownFactIds);
  const ranked = s.query ? rankFacts(t.knowledge, entitiesOf(s.query), new Set(s.provinces), t.options) : [];
  const pool = ranked.length ? ranked.map((r) => r.fact) : factsOn(t.knowledge, s.provinces);
  // The first three not shown yet, one per sentence.
  const next: Fact[] = [];
  const sentences = new Set<string>();
  for (const f of pool) {
    if (next.length >= 3) break;
    if (shownIds.has(f.id)) continue;
    if (!sentences.has(f.sentenceId)) next.push(f);
    sentences.add(f.sentenceId);
  }
  if (!next.length) {
    b.setHeadline(vi.moreNone);
    return { answer: b.build(t.e.text, s.intent === "overview" ? "overview" : "figure", s.provinces, []) };
  }
  b.setHeadline(vi.moreHeadline(s.provinces.join(", ")));
  for (const f of next) b.factLine(f);
  return {
    answer: b.build(t.e.text, s.intent === "overview" ? "overview" : "figure", s.provinces, suggestionsAfterFigure(s.provinces[0]!)),
    provinces: s.provinces,
    query: s.query,
    shown: next,
  };
}

/** Follow-ups worth a button after a figure. */
export function suggestionsAfterFigure(province: string): Suggestion[] {
  return [
    { label: vi.suggestion.more, text: vi.suggestion.more },
    { label: vi.suggestion.sources, text: vi.suggestion.sources },
    { label: vi.suggestion.overview(province), text: vi.suggestion.overview(province) },
  ];
}
