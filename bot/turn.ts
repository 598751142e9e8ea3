import { MERGER_DATE, currentUnitOf, type Fact, type Knowledge } from "../knowledge/index.js";
import type { AnswerBuilder } from "./compose.js";
import { displayName } from "./describe.js";
import type { Ask, DialogState } from "./context.js";
import type { Messages } from "./messages/vi.js";
import type { BotOptions } from "./options.js";
import type { Question } from "./understand/question.js";
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
  /** The messages of the language the question is read in (bot/messages/). */
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
