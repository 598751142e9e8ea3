import type { Fact } from "../../knowledge/index.js";
import { AnswerBuilder, figureText } from "../compose.js";
import { entitiesOf, type Entities } from "../entities.js";
import { en, vi } from "../messages.vi.js";
import { conflictingWith, rankFacts } from "../retrieve.js";
import { MIN_SUPPORT, mergerNotes, support, type Reply, type Turn } from "../turn.js";
import type { Suggestion } from "../types.js";

/**
 * A figure question about one province (or the provinces a merged unit absorbed): the best
 * figure first with its period and qualifier, then the quote and source. Two articles that
 * disagree are both shown, newest first; a near-equal second figure is shown beside it.
 */
export function answerFigure(t: Turn, provinces: readonly string[], e: Entities): Reply {
  const query = e.topic;
  const ranked = rankFacts(t.knowledge, e, new Set(provinces), t.options).filter((r) => support({ ...t, e }, r.fact) >= MIN_SUPPORT);
  const b = new AnswerBuilder(t.knowledge, t.e.english);
  const label = provinces.join(", ");
  const best = ranked[0]?.fact;
  if (!best) {
    b.setHeadline(t.e.english ? en.noFigure(label) : vi.noFigure(label, e.topic || vi.thisTopic));
    return { answer: b.build(t.e.text, "figure", provinces, [{ label: vi.suggestion.overview(provinces[0]!), text: vi.suggestion.overview(provinces[0]!) }]), provinces, query };
  }
  const conflict = conflictingWith(best, ranked);
  const [first, second] = conflict && (conflict.year ?? 0) > (best.year ?? 0) ? [conflict, best] : [best, conflict];
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
  const pool = ranked.length ? ranked.map((r) => r.fact) : t.knowledge.facts.filter((f) => s.provinces.includes(f.province));
  const next = pool.filter((f) => !shownIds.has(f.id)).filter((f, i, all) => all.findIndex((g) => g.sentenceId === f.sentenceId) === i).slice(0, 3);
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
