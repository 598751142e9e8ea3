import { MIN_MEASURE, candidatesFor } from "./match/candidates.js";
import { INTENTS } from "./intents.js";
import type { Turn } from "./turn.js";

/** How a question was understood and why its answer was chosen, for `ask --explain`. */
export interface Explanation {
  /** The intent row that answers. */
  readonly intent: string;
  /** The question model: provinces, measure, kind of figure, period, goal, scope. */
  readonly question: Readonly<Record<string, unknown>>;
  /** The best candidates, each with the score of every feature. */
  readonly candidates: readonly {
    readonly province: string;
    readonly figure: string;
    readonly kind: string;
    readonly quote: string;
    readonly score: number;
    readonly features: Readonly<Record<string, number | string>>;
  }[];
  /** Why the first candidate answers, or why none does. */
  readonly verdict: string;
}

/** Explains a turn: what was understood, the top `limit` candidates and the verdict. */
export function explain(t: Turn, limit = 5): Explanation {
  const q = t.narrowed ?? t.q;
  const row = INTENTS.find((r) => r.match(t))!;
  const provinces = t.resolved.flatMap((r) => r.provinces);
  const scope = provinces.length ? provinces : (t.state?.provinces ?? t.knowledge.coverage().map((c) => c.province));
  const all = candidatesFor(q, t.knowledge, { provinces: new Set(scope) }, t.options);
  const top = all.slice(0, limit).map((c) => ({
    province: c.fact.province,
    figure: c.fact.raw,
    kind: c.fact.kind + (c.fact.target ? " (goal)" : "") + (c.fact.scope !== "province" ? ` [${c.fact.scope}${c.fact.place ? `: ${c.fact.place}` : ""}]` : ""),
    quote: t.knowledge.sentence(c.fact.sentenceId)?.text.slice(0, 160) ?? "",
    score: Math.round(c.score * 100) / 100,
    // Each term's evidence is spelled out here only: most candidates lose.
    features: { ...c.features, ...(c.terms.length ? { terms: c.terms.map(([term, e, weight]) => `${term.words.join(" ")}=${round(e)}×${round(weight)}`).join(", ") } : {}) },
  }));
  const best = all[0];
  const verdict = !best
    ? "no figure of the kind asked stands in these provinces' articles"
    : best.measure < MIN_MEASURE
      ? `the best figure names the measure at ${best.measure.toFixed(2)}, under ${MIN_MEASURE}: the articles do not state it`
      : `"${best.fact.raw}" answers: its words name the measure at ${best.measure.toFixed(2)} and it scores highest (${best.score.toFixed(2)})`;
  return {
    intent: row.name,
    question: {
      text: q.text,
      language: q.language,
      provinces: q.provinces.map((p) => p.province),
      understood: q.label,
      kind: q.kind,
      change: q.change,
      counted: q.counted?.join(" ") ?? null,
      measure: q.measure.map((m) => (m.alts.length > 1 ? `${m.words.join(" ")} (~${m.alts.length - 1} synonyms)` : m.words.join(" ")) + (m.weak ? " (weak)" : "")),
      index: q.index,
      year: q.year,
      goal: q.goal,
      yesNo: q.yesNo,
      scope: q.scope,
      place: q.place,
      followUp: t.narrowed ? "narrows the last question" : t.continued ? "continues the last question" : false,
    },
    candidates: top,
    verdict,
  };
}

const round = (x: number): number => Math.round(x * 100) / 100;
