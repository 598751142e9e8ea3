import { foldedWords, type Knowledge } from "../knowledge/index.js";
import { answerArticles } from "./answers/articles.js";
import { answerPillars } from "./answers/pillars.js";
import { answerComparison, answerRanking } from "./answers/compare.js";
import { answerDefinition, definitionAsked } from "./answers/define.js";
import { answerFigure, namesTheCountry, onlyTheCountryStates } from "./answers/figure.js";
import { answerMore, answerPeriod, answerPlace } from "./answers/more.js";
import { answerNumber } from "./answers/number.js";
import { answerOverview } from "./answers/overview.js";
import { answerClarify, answerGreeting, answerList, answerNoData, answerOffTopic, answerSources, answerThanks } from "./answers/talk.js";
import { displayName } from "./describe.js";
import { hasMeasure } from "./match/candidates.js";
import type { Reply, Turn } from "./turn.js";
import type { Answer, Unanswered } from "./types.js";
import { isDomain } from "./understand/domain.js";

// Kinds of figure that place a province among others.
const RANK_KINDS: ReadonlySet<string> = new Set(["rank", "top"]);

/**
 * One row of the intent table: when it applies, how it answers, what the conversation keeps and
 * whether its answers count as questions the corpus could not answer.
 */
export interface IntentRow {
  readonly name: string;
  /** Read after a command has framed the question (bot/commands.ts): `t.q.move` is a command's or the words'. */
  readonly match: (t: Turn) => boolean;
  readonly answer: (t: Turn) => Reply;
  /** The conversation keeps what it remembered before (a greeting or "nguồn?" changes no topic). */
  readonly keepsContext: boolean;
  /**
   * Its answers count as unanswered when they state no figure (see {@link unansweredBy}): those
   * of a move that asks for no figure ("nguồn?", "chào bot") never do.
   */
  readonly countsAsUnanswered: boolean;
}

const ASKED_BACK: ReadonlySet<string> = new Set(["nodata", "clarify", "offtopic"] satisfies Unanswered[]);

/**
 * Why an answer given by `row` counts as unanswered, or null: one stating no figure, under its
 * own intent when it says no data, asks back or redirects, else as a figure the articles lack
 * ("figure_missing": the articles on Long An give no figure on charging stations).
 */
export function unansweredBy(row: IntentRow, answer: Answer): Unanswered | null {
  if (!row.countsAsUnanswered || answer.facts.length) return null;
  return ASKED_BACK.has(answer.intent) ? (answer.intent as Unanswered) : "figure_missing";
}

const withData = (t: Turn) => t.resolved.filter((r) => r.provinces.length);
const withoutData = (t: Turn) => t.resolved.filter((r) => !r.provinces.length);
const stateProvinces = (t: Turn) => t.state?.provinces ?? [];

// A question that names nothing of its own beyond provinces ("Hậu Giang thì sao?", "Kiên Giang")
// asks for an overview, unless the conversation's last figure question continues.
const asksOverview = (t: Turn) => !t.q.kind && !t.q.goal && !t.q.yesNo && !t.q.where && (t.q.overview ? !t.q.index : t.q.pillar !== null || (!hasMeasure(t.q) && !t.q.index && !t.q.year));

// A question naming no measure that still asks a figure: of a kind, of an index, a goal, a change, the region's.
const asksAFigure = (q: Turn["q"]): boolean => q.kind !== null || q.index !== null || q.goal || q.change || q.scope === "region";

/**
 * The intents, in order: the first whose `match` holds answers. Adding an intent is one row and
 * one answer function.
 */
export const INTENTS: readonly IntentRow[] = [
  { name: "greeting", match: (t) => t.q.move === "greeting", answer: (t) => answerGreeting(t, false), keepsContext: true, countsAsUnanswered: false },
  { name: "greeting", match: (t) => t.q.move === "thanks", answer: answerThanks, keepsContext: true, countsAsUnanswered: false },
  // An empty message (a command without words, framed as nothing else) is answered with help.
  { name: "help", match: (t) => t.q.move === "help" || (!t.q.move && !t.q.text), answer: (t) => answerGreeting(t, true), keepsContext: true, countsAsUnanswered: false },
  { name: "list", match: (t) => t.q.move === "list", answer: answerList, keepsContext: true, countsAsUnanswered: false },
  { name: "source", match: (t) => t.q.move === "sources", answer: answerSources, keepsContext: true, countsAsUnanswered: false },
  // "số liệu này tính đến khi nào?": when the figure just given holds.
  {
    name: "figure",
    match: (t) => t.q.asksPeriod && !hasMeasure(t.q) && !t.resolved.length && !!t.state?.shownFactIds.length && t.state.provinces.some((p) => t.knowledge.factsOf(p).some((f) => f.id === t.state!.shownFactIds[0])),
    answer: answerPeriod,
    keepsContext: false,
    countsAsUnanswered: true,
  },
  // "số 1.683 là số gì": the figures written with that number, of the provinces asked or talked about, else of all.
  {
    name: "figure",
    match: (t) => t.q.asksNumber !== null && (withData(t).length > 0 || !t.resolved.length),
    answer: (t) => answerNumber(t, withData(t).length ? withData(t).flatMap((r) => r.provinces) : stateProvinces(t).length ? stateProvinces(t) : t.knowledge.coverage().map((c) => c.province)),
    keepsContext: false,
    countsAsUnanswered: true,
  },
  // "toàn tỉnh hay một huyện?": whose the figure just given is.
  {
    name: "figure",
    match: (t) => t.q.asksPlace && !t.resolved.length && !!t.state?.shownFactIds.length && t.state.provinces.some((p) => t.knowledge.factsOf(p).some((f) => f.id === t.state!.shownFactIds[0])),
    answer: answerPlace,
    keepsContext: false,
    countsAsUnanswered: true,
  },
  // "bài nào nói về Kiên Giang", "bài đó ai viết": the articles themselves, asked with no measure.
  {
    name: "source",
    match: (t) => t.q.aboutArticles && !hasMeasure(t.q) && (withData(t).length > 0 || (!t.resolved.length && (t.state?.citations.length ?? 0) > 0)),
    answer: (t) => answerArticles(t, withData(t).flatMap((r) => r.provinces)),
    keepsContext: true,
    countsAsUnanswered: false,
  },
  { name: "more", match: (t) => t.q.move === "more", answer: answerMore, keepsContext: false, countsAsUnanswered: true },
  { name: "offtopic", match: (t) => (t.q.offTopic && !t.q.lexical && !t.q.kind) || t.q.contact, answer: answerOffTopic, keepsContext: true, countsAsUnanswered: true },
  { name: "definition", match: (t) => !t.resolved.length && definitionAsked(t) !== null, answer: answerDefinition, keepsContext: true, countsAsUnanswered: false },
  {
    name: "comparison",
    // ("chênh bao nhiêu" after a comparison compares its provinces again.)
    // (Never a province against itself: "Quảng Ninh … có cao hơn cả nước không" after Quảng Ninh.)
    match: (t) => t.q.compare && ((t.resolved.length >= 2 || (t.resolved.length === 1 && stateProvinces(t).some((p) => !t.resolved[0]!.provinces.includes(p)))) && withData(t).length > 0 || (!t.resolved.length && stateProvinces(t).length >= 2)),
    answer: (t) => {
      if (!t.resolved.length) return answerComparison(t, stateProvinces(t).map((p) => ({ label: displayName(p), provinces: [p] })));
      const groups = withData(t).map((r) => ({ label: r.asked, provinces: r.provinces }));
      // ("thêm An Giang" after two provinces: three side by side.)
      if (t.q.adds) groups.unshift(...stateProvinces(t).filter((p) => !groups.some((g) => g.provinces.includes(p))).map((p) => ({ label: displayName(p), provinces: [p] })));
      if (groups.length === 1) groups.unshift({ label: stateProvinces(t).join(", "), provinces: stateProvinces(t) });
      return answerComparison(t, groups);
    },
    keepsContext: false,
    countsAsUnanswered: true,
  },
  // "Trà Vinh trụ cột nào xếp hạng cao nhất": one province's pillars side by side.
  {
    name: "ranking",
    match: (t) => t.q.pillarsAsked && (withData(t).length === 1 || (!t.resolved.length && stateProvinces(t).length === 1)),
    answer: (t) => answerPillars(t, withData(t)[0]?.provinces[0] ?? stateProvinces(t)[0]!),
    keepsContext: false,
    countsAsUnanswered: true,
  },
  // ("năm 2022 thì?" after a ranking ranks that year's figures.)
  {
    name: "ranking",
    match: (t) => !t.resolved.length && (((t.q.rankAll || t.q.ascending || (t.q.ranking && !stateProvinces(t).length)) && isDomain(t.q, t.knowledge)) || ((t.continued || t.narrowed !== null) && t.state?.intent === "ranking")),
    answer: answerRanking,
    keepsContext: false,
    countsAsUnanswered: true,
  },
  { name: "nodata", match: (t) => t.resolved.length > 0 && !withData(t).length, answer: (t) => answerNoData(t, withoutData(t).map((r) => r.asked)), keepsContext: false, countsAsUnanswered: true },
  { name: "comparison", match: (t) => withData(t).length >= 2, answer: (t) => answerComparison(t, withData(t).map((r) => ({ label: r.asked, provinces: r.provinces }))), keepsContext: false, countsAsUnanswered: true },
  {
    name: "overview",
    match: (t) => withData(t).length === 1 && asksOverview(t) && !(t.state?.ask && t.state.intent !== "overview" && t.q.followUp),
    answer: (t) => answerOverview(t, withData(t)[0]!.provinces),
    keepsContext: false,
    countsAsUnanswered: true,
  },
  { name: "figure", match: (t) => withData(t).length === 1, answer: (t) => answerFigure(t, withData(t)[0]!.provinces), keepsContext: false, countsAsUnanswered: true },
  // "chỉ số xã hội số cả nước năm 2023": the country's figure, as the articles about any province quote it.
  {
    name: "figure",
    // (Before the last answer's provinces when this question itself names the country.)
    // (Not a rank "cả nước" of the province talked about: "Tỉnh xếp thứ mấy cả nước?" ranks it among all.)
    match: (t) => !t.resolved.length && t.q.scope === "national" && ((namesTheCountry(t.q) && !t.continued && !(RANK_KINDS.has(t.q.kind ?? "") && stateProvinces(t).length)) || !stateProvinces(t).length) && (hasMeasure(t.q) || t.q.index !== null) && !t.q.rankAll && !t.q.ranking,
    // (The provinces talked about stay so: "cả nước có mấy tỉnh …" between two questions on Lào Cai.)
    answer: (t) => {
      const r = answerFigure(t, t.knowledge.coverage().map((c) => c.province));
      return stateProvinces(t).length ? { ...r, provinces: stateProvinces(t) } : r;
    },
    keepsContext: false,
    countsAsUnanswered: true,
  },
  {
    name: "figure",
    // (After an overview, a kind, an index, a goal, a change or the region asked, "xếp hạng bao
    // nhiêu", "mục tiêu là gì", "trong vùng ĐBSCL thì sao", asks a figure of it, not the overview again.)
    match: (t) => stateProvinces(t).length > 0 && (t.continued || isDomain(t.q, t.knowledge) || t.narrowed !== null || asksAFigure(t.q)) && !t.q.rankAll,
    answer: (t) => (t.state?.intent === "overview" && !hasMeasure(t.q) && !asksAFigure(t.q) ? answerOverview(t, stateProvinces(t)) : answerFigure(t, stateProvinces(t))),
    keepsContext: false,
    countsAsUnanswered: true,
  },
  // "chỉ số xã hội số cấp tỉnh năm 2023 bao nhiêu", no province named or talked about: the
  // country's figure, where only it names the measure; else a province is asked back.
  {
    name: "figure",
    match: (t) => !t.resolved.length && !stateProvinces(t).length && t.q.scope === null && (hasMeasure(t.q) || t.q.index !== null) && !t.q.rankAll && !t.q.ranking && onlyTheCountryStates(t),
    answer: (t) => answerFigure({ ...t, q: { ...t.q, scope: "national" } }, t.knowledge.coverage().map((c) => c.province)),
    keepsContext: false,
    countsAsUnanswered: true,
  },
  { name: "clarify", match: (t) => isDomain(t.q, t.knowledge), answer: answerClarify, keepsContext: true, countsAsUnanswered: true },
  { name: "help", match: (t) => /\b(chuyen doi so|cds|so lieu|du lieu)\b/.test(foldedWords(t.q.text).join(" ")), answer: (t) => answerGreeting(t, true), keepsContext: true, countsAsUnanswered: false },
  { name: "offtopic", match: () => true, answer: answerOffTopic, keepsContext: true, countsAsUnanswered: true },
];
