import { foldedWords, type Knowledge } from "../knowledge/index.js";
import { answerComparison, answerRanking } from "./answers/compare.js";
import { answerFigure } from "./answers/figure.js";
import { answerMore } from "./answers/more.js";
import { answerOverview } from "./answers/overview.js";
import { answerClarify, answerGreeting, answerList, answerNoData, answerOffTopic, answerSources } from "./answers/talk.js";
import { hasMeasure } from "./match/candidates.js";
import type { Reply, Turn } from "./turn.js";
import type { Question } from "./understand/question.js";

/** One row of the intent table: when it applies, how it answers, and what the conversation keeps. */
export interface IntentRow {
  readonly name: string;
  readonly match: (t: Turn) => boolean;
  readonly answer: (t: Turn) => Reply;
  /** The conversation keeps what it remembered before (a greeting or "nguồn?" changes no topic). */
  readonly keepsContext: boolean;
}

// Chat commands ("/tinh", "/help@so_lieu_bot"), read before anything else.
const COMMAND = /^\/([a-z]+)(?:@\w+)?$/i;
const COMMANDS: Readonly<Record<string, "greeting" | "help" | "list" | "sources">> = { start: "greeting", help: "help", tinh: "list", nguon: "sources" };
const command = (t: Turn) => COMMANDS[COMMAND.exec(t.q.text)?.[1]?.toLowerCase() ?? ""] ?? null;

const withData = (t: Turn) => t.resolved.filter((r) => r.provinces.length);
const withoutData = (t: Turn) => t.resolved.filter((r) => !r.provinces.length);
const stateProvinces = (t: Turn) => t.state?.provinces ?? [];

/**
 * True when the question speaks of the domain: it uses a phrase of the lexicon or asks a kind of
 * figure, or two of its two-syllable words stand in the corpus (or one stands in several
 * sentences): "giá đô" sharing a word pair with one sentence is chance, not topic.
 */
export function isDomain(q: Question, k: Knowledge): boolean {
  if (q.lexical || q.kind || q.index) return true;
  const words = q.measure.filter((t) => !t.weak).flatMap((t) => t.words);
  const pairs = new Set(words.slice(1).map((w, i) => `${words[i]}_${w}`));
  const used = [...pairs].map((p) => k.index.sentencesUsing(p, 3)).filter((n) => n > 0);
  return used.length >= 2 || used.some((n) => n >= 3);
}

// A question that names nothing of its own beyond provinces ("Hậu Giang thì sao?", "Kiên Giang")
// asks for an overview, unless the conversation's last figure question continues.
const asksOverview = (t: Turn) => !t.q.kind && !t.q.goal && !t.q.yesNo && !t.q.where && (t.q.overview ? !t.q.index : t.q.pillar !== null || (!hasMeasure(t.q) && !t.q.index && !t.q.year));

/**
 * The intents, in order: the first whose `match` holds answers. Adding an intent is one row and
 * one answer function.
 */
export const INTENTS: readonly IntentRow[] = [
  { name: "help", match: (t) => !t.q.text, answer: (t) => answerGreeting(t, true), keepsContext: true },
  { name: "greeting", match: (t) => command(t) === "greeting" || t.q.move === "greeting", answer: (t) => answerGreeting(t, false), keepsContext: true },
  { name: "help", match: (t) => command(t) === "help" || t.q.move === "help", answer: (t) => answerGreeting(t, true), keepsContext: true },
  { name: "list", match: (t) => command(t) === "list" || t.q.move === "list", answer: answerList, keepsContext: true },
  { name: "source", match: (t) => command(t) === "sources" || t.q.move === "sources", answer: answerSources, keepsContext: true },
  { name: "more", match: (t) => t.q.move === "more", answer: answerMore, keepsContext: false },
  { name: "offtopic", match: (t) => (t.q.offTopic && !t.q.lexical && !t.q.kind) || t.q.contact, answer: answerOffTopic, keepsContext: true },
  { name: "offtopic", match: (t) => COMMAND.test(t.q.text), answer: answerOffTopic, keepsContext: true },
  {
    name: "comparison",
    match: (t) => t.q.compare && (t.resolved.length >= 2 || (t.resolved.length === 1 && stateProvinces(t).length > 0)) && withData(t).length > 0,
    answer: (t) => {
      const groups = withData(t).map((r) => ({ label: r.asked, provinces: r.provinces }));
      if (groups.length === 1) groups.unshift({ label: stateProvinces(t).join(", "), provinces: stateProvinces(t) });
      return answerComparison(t, groups);
    },
    keepsContext: false,
  },
  { name: "ranking", match: (t) => !t.resolved.length && (t.q.rankAll || t.q.ascending || (t.q.ranking && !stateProvinces(t).length)) && isDomain(t.q, t.knowledge), answer: answerRanking, keepsContext: false },
  { name: "nodata", match: (t) => t.resolved.length > 0 && !withData(t).length, answer: (t) => answerNoData(t, withoutData(t).map((r) => r.asked)), keepsContext: false },
  { name: "comparison", match: (t) => withData(t).length >= 2, answer: (t) => answerComparison(t, withData(t).map((r) => ({ label: r.asked, provinces: r.provinces }))), keepsContext: false },
  {
    name: "overview",
    match: (t) => withData(t).length === 1 && asksOverview(t) && !(t.state?.ask && t.state.intent !== "overview" && t.q.followUp),
    answer: (t) => answerOverview(t, withData(t)[0]!.provinces),
    keepsContext: false,
  },
  { name: "figure", match: (t) => withData(t).length === 1, answer: (t) => answerFigure(t, withData(t)[0]!.provinces), keepsContext: false },
  {
    name: "figure",
    match: (t) => stateProvinces(t).length > 0 && (t.continued || isDomain(t.q, t.knowledge) || t.narrowed !== null) && !t.q.rankAll,
    answer: (t) => (t.state?.intent === "overview" && !hasMeasure(t.q) ? answerOverview(t, stateProvinces(t)) : answerFigure(t, stateProvinces(t))),
    keepsContext: false,
  },
  { name: "clarify", match: (t) => isDomain(t.q, t.knowledge), answer: answerClarify, keepsContext: true },
  { name: "help", match: (t) => /\b(chuyen doi so|cds|so lieu|du lieu)\b/.test(foldedWords(t.q.text).join(" ")), answer: (t) => answerGreeting(t, true), keepsContext: true },
  { name: "offtopic", match: () => true, answer: answerOffTopic, keepsContext: true },
];
