import { MERGER_DATE, currentUnitOf, foldText, type Fact, type Knowledge } from "../knowledge/index.js";
import type { AnswerBuilder } from "./compose.js";
import { displayName } from "./describe.js";
import type { Ask, DialogState } from "./context.js";
import type { Messages } from "./messages/vi.js";
import type { BotOptions } from "./options.js";
import { labelOf, type Question } from "./understand/question.js";
import type { Answer } from "./types.js";

/** A province asked about, resolved against the corpus and the 2025 merger. */
export interface Resolved {
  /** As the user named it (canonical spelling). */
  readonly asked: string;
  /** Former provinces whose articles answer it; empty when there are none. */
  readonly provinces: readonly string[];
  /** What to tell the user about the merger, if anything. */
  readonly mergerNote: { readonly kind: "former"; readonly former: string; readonly current: string } | { readonly kind: "merged"; readonly asked: string; readonly formers: readonly string[] } | null;
}

/** Everything an answer needs for one turn. */
export interface Turn {
  /** The question, with what a follow-up keeps from the conversation filled in. */
  readonly q: Question;
  /**
   * A follow-up that names a new qualifier only ("cấp xã thì sao?", "còn số lao động?"), read as
   * the last question narrowed by it: tried before `q`, which reads it on its own.
   */
  readonly narrowed: Question | null;
  /** True when `q` continues the conversation's last question (see {@link inContext}). */
  readonly continued: boolean;
  readonly m: Messages;
  readonly knowledge: Knowledge;
  readonly options: BotOptions;
  readonly state: DialogState | undefined;
  readonly resolved: readonly Resolved[];
}

/** An answer and what the conversation should remember of it. */
export interface Reply {
  readonly answer: Answer;
  readonly provinces?: readonly string[];
  readonly ask?: Ask | null;
  readonly shown?: readonly Fact[];
  /** Year of the figure given, for "năm trước". */
  readonly year?: number | null;
}

/**
 * Resolves the provinces a question names: a former province with articles answers for itself
 * (and is said to be part of its new unit now); a unit named as it is since 1 July 2025
 * ("Tây Ninh", "An Giang mới") answers from the articles on the former provinces it absorbed.
 */
export function resolveProvinces(q: Question, knowledge: Knowledge): Resolved[] {
  const withData = new Set(knowledge.coverage().map((c) => c.province));
  return q.provinces.map((asked) => {
    // A short form several provinces share ("QN") means the one the articles cover.
    const covered = asked.alternatives?.filter((a) => withData.has(a)) ?? [];
    const p = covered.length === 1 ? { ...asked, province: covered[0]! } : asked;
    if (asked.alternatives && covered.length !== 1) return { asked: asked.alternatives.join("/"), provinces: [], mergerNote: null };
    const current = currentUnitOf(p.province);
    if (p.merged && current) {
      const formers = current.formerProvinces.filter((f) => withData.has(f));
      return { asked: `${current.name} mới`, provinces: formers, mergerNote: formers.length ? { kind: "merged", asked: current.name, formers } : null };
    }
    if (withData.has(p.province)) {
      const note = current && current.name !== p.province ? ({ kind: "former", former: p.province, current: current.name } as const) : null;
      return { asked: p.province, provinces: [p.province], mergerNote: note };
    }
    // Named as it was before the 2025 merger ("Lâm Đồng … năm 2023"), a province is only itself.
    const before = q.year !== null && q.year < Number(MERGER_DATE.slice(0, 4));
    if (current && current.name === p.province && !before) {
      const formers = current.formerProvinces.filter((f) => withData.has(f));
      if (formers.length) return { asked: p.province, provinces: formers, mergerNote: { kind: "merged", asked: p.province, formers } };
    }
    return { asked: displayName(p.province), provinces: [], mergerNote: null };
  });
}


/** Adds the merger notes of the provinces resolved. */
export function mergerNotes(b: AnswerBuilder, t: Turn): void {
  for (const r of t.resolved) {
    const n = r.mergerNote;
    if (!n) continue;
    if (n.kind === "merged") b.note("merger", t.m.mergedInto(n.asked, n.formers));
    else b.note("merger", currentUnitOf(n.former)?.formerProvinces.length === 1 ? t.m.renamed(n.former, n.current) : t.m.merger(n.former, n.current));
  }
}

// "về khoản đó", "chỉ tiêu này": the question points back at the last measure.
const ANAPHOR = /(?<![\p{L}])(?:khoan|cai|chi tieu|so|muc|van de|linh vuc|ve) (?:do|nay|ay)(?![\p{L}])/u;

/** What a question asked of a figure, to remember. */
export function askOf(q: Question): Ask {
  return { measure: q.measure, counted: q.counted, kind: q.kind, change: q.change, index: q.index, goal: q.goal, scope: q.scope, place: q.place, year: q.year, label: q.label };
}

/**
 * A question read in its conversation. One that names no measure of its own ("còn Kiên Giang
 * thì sao?", "năm 2020?", "vậy năm trước thì sao?", "đạt bao nhiêu %", "X thì sao") asks the last
 * question again with what it changes: the provinces, the year (the one before the last figure's
 * for "năm trước"), the kind of figure, goal or result, the scope.
 */
export function inContext(q: Question, state: DialogState | undefined): Question {
  const last = state?.ask;
  if (!last || q.measure.some((t) => !t.weak) || q.index || q.move || q.offTopic || q.rankAll || (q.overview && !q.followUp)) return q;
  const changes = q.provinces.length || q.year !== null || q.previousYear || q.nextYear || q.kind || q.scope || q.goal || q.followUp || q.yesNo || q.alsoResult;
  if (!changes) return q;
  // A rank or a score asked after another measure asks the DTI's, not that measure's rank.
  const ranked = (k: string | null) => k === "rank" || k === "top" || k === "score";
  const base = state.year ?? last.year;
  // The year talked about carries over all the same ("năm 2020 … ?", then "xếp thứ mấy?").
  if (ranked(q.kind) && !ranked(last.kind) && !ANAPHOR.test(foldText(q.text))) {
    const year = q.year ?? (q.previousYear || q.nextYear ? (base === null ? null : base + (q.nextYear ? 1 : -1)) : last.year);
    return year === q.year ? q : { ...q, year, label: labelOf({ ...q, year }) };
  }
  // A goal asked after results is for the goal's own year, not the year of the results.
  const goalNow = q.goal && !last.goal;
  const year = q.year ?? (q.previousYear || q.nextYear ? (base === null ? null : base + (q.nextYear ? 1 : -1)) : goalNow ? null : last.year);
  return {
    ...q,
    measure: last.measure,
    counted: q.counted ?? last.counted,
    kind: q.kind ?? last.kind,
    change: q.change || (!q.kind && last.change),
    index: last.index,
    // "hiện đạt bao nhiêu" after a goal asks the result.
    goal: q.alsoResult ? false : q.goal || last.goal,
    // A district's scope stays with its province; a rank within the region is asked of the next.
    scope: q.scope ?? (q.provinces.length && last.scope !== "region" ? null : last.scope),
    place: q.place ?? (q.provinces.length ? null : last.place),
    year,
    overview: false,
    search: [...last.measure.flatMap((t) => t.alts.map((a) => a.join(" "))), ...(last.counted ?? [])].join(" ") || q.search,
    label: [last.label.replace(/, năm \d{4}$/u, ""), year ? `năm ${year}` : ""].filter(Boolean).join(", "),
  };
}

/**
 * A short follow-up naming a qualifier or a new measure for the same province ("cấp xã thì
 * sao?", "còn số lao động thì sao?") read as the last question narrowed by its words; null when
 * the message is not such a follow-up.
 */
export function narrowed(q: Question, state: DialogState | undefined): Question | null {
  const last = state?.ask;
  if (!last || q.provinces.length || !q.measure.length || q.measure.length > 4 || q.rankAll || q.compare || q.move || q.offTopic) return null;
  if (!q.followUp && !/(?:thì sao|thi sao|thế nào|the nao|nữa|nua)\s*\??$/iu.test(q.text)) return null;
  // "… trạm giám sát côn trùng?", then "còn trạm quan trắc nước?": another thing of the same
  // noun is counted instead.
  const words = q.measure.flatMap((t) => t.words);
  const instead = !q.counted && !!last.counted && words[0] === last.counted[0];
  const measure = instead ? q.measure : [...last.measure, ...q.measure];
  return {
    ...q,
    measure,
    counted: q.counted ?? (instead ? words : last.counted),
    kind: q.kind ?? last.kind,
    index: q.index ?? last.index,
    goal: q.goal || last.goal,
    year: q.year ?? last.year,
    search: `${q.search} ${last.measure.flatMap((t) => t.alts.map((a) => a.join(" "))).join(" ")}`.trim(),
    label: `${last.label.replace(/, năm \d{4}$/u, "")} — ${q.label}`,
  };
}
