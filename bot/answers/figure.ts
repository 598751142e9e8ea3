import { foldedWords, parseVietnameseNumber, type Fact, type Knowledge } from "../../knowledge/index.js";
import { AnswerBuilder } from "../compose.js";
import { sameBreakdown, tiedParts } from "./breakdown.js";
import { displayName, gapBetween, measureWords } from "../describe.js";
import { MIN_MEASURE, candidatesFor, measureOf, nearlyAsGood, partAsked, recencyIn, type Candidate } from "../match/candidates.js";
import { mergerNotes, type Reply, type Turn } from "../turn.js";
import { askOf } from "../understand/in-context.js";
import { namesDomain } from "../understand/domain.js";
import { LEXICONS } from "../understand/lexicons.js";
import { YEAR_LABEL, namesLevel, scaleOf, timeLabel, unitWord, type Question, type Term } from "../understand/question.js";
import { ofTimeAsked, periodPart } from "../understand/period-part.js";
import type { Suggestion } from "../types.js";
import { moreSuggestion, overviewSuggestion, sourcesSuggestion } from "./suggest.js";

/** How well a figure must name what a "có … không" asks about to say it is there. */
const EXISTS_MATCH = 0.9;

/** A candidate scoring at least this share of the best one is shown beside it. */
const NEAR = 0.9;

/** The candidates of a question that answer it: of a kind it accepts, naming the measure well enough. */
export function answering(t: Turn, q: Question, provinces: readonly string[]): Candidate[] {
  const found = candidatesFor(q, t.knowledge, { provinces: new Set(provinces) }, t.options).filter((c) => c.measure >= MIN_MEASURE);
  return q.year === null ? newestFirst(t.knowledge, found) : found;
}

/**
 * No year asked: of the figures scoring nearly as well as the best, of its kind, subject and
 * scope, the newest answers ("thứ 19" of 2023 before "thứ 29/63" of 2022).
 */
function newestFirst(k: Knowledge, found: readonly Candidate[]): Candidate[] {
  const best = found[0];
  if (!best) return [];
  const same = (c: Candidate) => c.fact.kind === best.fact.kind && c.fact.subject === best.fact.subject && c.fact.scope === best.fact.scope && c.fact.target === best.fact.target;
  const near = found.filter((c) => same(c) && nearlyAsGood(best, c) && recencyIn(k, c.fact) > 0);
  const newest = near.reduce((a, c) => (recencyIn(k, c.fact) > recencyIn(k, a.fact) ? c : a), best);
  if (newest === best) return [...found];
  if (newest.measure < best.measure - 0.05) reworded.add(newest);
  return [newest, ...found.filter((c) => c !== newest)];
}

/** The newest figures put first although worded further from the question than the best. */
const reworded = new WeakSet<Candidate>();

/**
 * A figure question about one province (or the provinces a merged unit absorbed): the best
 * figure first, saying what it measures, its period, and whether it is a goal; the quote and the
 * source under it. A yes/no question is answered "Có"/"Chưa" before the figure; a year the
 * articles do not cover is said to be missing before the nearest year's figure; a measure they
 * do not state is said to be missing, naming what was understood and what they do state instead.
 */
export function answerFigure(t: Turn, provinces: readonly string[]): Reply {
  // A narrowed follow-up answers when its own new words name the figure found.
  // Its own words first: of the figures the narrowed question finds, the one they name best.
  const narrowedFound = t.narrowed
    ? answering(t, t.narrowed, provinces)
        // (A level is named as the articles name it: "cấp xã" is "cấp phường/xã".)
        .map((c) => ({ c, own: measureOf(t.q, c.fact, t.knowledge, !t.q.measure.every(qualifies)).score }))
        .filter((x) => x.own >= MIN_MEASURE)
        // (Named alike, the newer where no year is asked, then the better candidate: a goal asked, the goal.)
        .sort((a, b) => b.own - a.own || (t.narrowed!.year === null && !a.c.fact.target && !b.c.fact.target ? recencyIn(t.knowledge, b.c.fact) - recencyIn(t.knowledge, a.c.fact) : 0) || b.c.score - a.c.score)
        .map((x) => x.c)
    : [];
  const read = narrowedFound.length ? t.narrowed! : t.q;
  // The country carried over from the last answer ("so với cả nước?", then "tỷ lệ hộ dùng băng
  // rộng cố định?"), where the articles state no figure of it: the province's own is asked.
  const carried = read.scope === "national" && !namesTheCountry(read) && t.state?.provinces.length && !answering(t, read, provinces).length;
  const q = carried ? { ...read, scope: null } : read;
  if (q.leader) return answerLeader(t, q, provinces);
  if (q.compare && q.scope === "national") {
    const versus = answerVersusCountry(t, q, provinces);
    if (versus) return versus;
  }
  // A place asked ("thí điểm 5G ở đâu"): the articles' figures do not say where.
  if (q.where) return noFigure(t, q, provinces, new AnswerBuilder(t.knowledge, t.m), provinces.map(displayName).join(", "));
  const b = new AnswerBuilder(t.knowledge, t.m);
  // (The country asked with no province of its own is said as the country.)
  const label = q.scope === "national" && !t.q.provinces.length && provinces.length > 1 ? t.m.theCountry : provinces.map(displayName).join(", ");
  // A follow-up naming only a level or a qualifier ("cấp xã?", "còn nữ?") asks nothing on its
  // own: where the last question narrowed by it finds no figure, the articles do not say it.
  // (Unless it names a measure of its own the articles state: "4G" after "cáp quang".)
  if (t.narrowed && !narrowedFound.length && t.q.measure.length && t.q.measure.every(qualifies) && !ownMeasure(t, provinces)) return noFigure(t, t.narrowed, provinces, b, label);
  let found = narrowedFound.length ? narrowedFound : answering(t, q, provinces);
  // A follow-up naming another measure ("còn smartphone?" after households with internet) moves
  // the conversation to it when the last measure does not name the figure found: what is asked
  // next ("Long An thì sao") asks that one.
  const last = t.state?.ask;
  // (Not a level or a qualifier alone, "cấp xã phường": the last measure at that level is asked.)
  const moved = narrowedFound.length > 0 && last && !t.q.measure.every(qualifies) && measureOf({ ...t.q, measure: last.measure, counted: last.counted }, narrowedFound[0]!.fact, t.knowledge, true).score < MIN_MEASURE;
  const remember = { provinces, ask: askOf(moved ? { ...q, measure: t.q.measure, counted: t.q.counted, label: t.q.label } : q) };
  // "tăng bao nhiêu bậc" where the articles give the levels of two years: both, the older first.
  if (!found.length && q.change) {
    const trend = levelsOverYears(t, q, provinces);
    if (trend) return answerTrend(t, q, trend, b);
  }
  // A district or commune asked is answered by its own figure, never the province's.
  const ofPlace = (place: string) => found.filter((c) => c.fact.scope === "local" && c.fact.place !== null && foldedWords(c.fact.place).join(" ").includes(place));
  if (q.place) found = ofPlace(q.place);
  // A question naming no place of its own after one about a district ("Bảo Thắng có bao nhiêu
  // sản phẩm OCOP?", then "đưa lên sàn hết chưa") goes on about that district where it has a
  // figure of the measure.
  else if (!t.q.provinces.length && q.scope !== "province" && last?.place && ofPlace(last.place).length) found = ofPlace(last.place);
  // "năm nào", "tính đến thời điểm nào": a figure of another kind answers only by its period.
  if (q.kind === "year" || q.kind === "date") found = found.filter((c) => c.fact.kind === "year" || c.fact.kind === "date" || c.fact.period !== null);
  if (!found.length) return noFigure(t, q, provinces, b, q.place ? placeName(t, q, provinces) : label);
  // "năm trước", "trước khi …" where no year is known to count back from: the figure just given
  // is no answer, and nothing dates an earlier one.
  if (t.q.previousYear && q.year === null && !q.change) return noFigure(t, { ...q, label: t.m.beforeThat(q.label || t.m.thisTopic) }, provinces, b, q.place ? placeName(t, q, provinces) : label);
  // A rank among the region's provinces answers only where the articles rank it nowhere else;
  // asked within the region, a rank among all provinces is another measure, not an answer.
  if (q.scope !== "region" && found.some((c) => c.fact.scope === "province")) found = found.filter((c) => c.fact.scope !== "region");
  if (q.scope === "region" && found[0]!.fact.kind === "rank" && !found.some((c) => c.fact.scope === "region")) return noFigure(t, q, provinces, b, label);
  // So does a district's figure, when the province is asked: the province's own figure of
  // another year is said to be for that year, never replaced by a district's.
  // (Not for a province's figure naming the measure much less well: "100% xã đã có cáp quang" is
  // no answer to households, where the article gives them only in the lowlands.)
  const province = found.filter((c) => c.fact.scope === "province");
  const bestLocal = Math.max(-1, ...found.filter((c) => c.fact.scope === "local").map((c) => c.measure));
  const ofPlaces = province.length > 0 && province.every((c) => c.measure < 0.7 && PLACES_SHARE.test(c.fact.after));
  // (Unless its place is a part of the province the question names: "chi lương hưu qua ATM ở đô
  // thị" asks the urban figure.)
  if (!q.place && q.scope !== "local" && province.length && !(ofPlaces && bestLocal >= 0.95)) found = found.filter((c) => c.fact.scope !== "local" || partAsked(q, c.fact));
  // A year whose only figures are goals has no result yet: "Chưa có kết quả", and the goal.
  if (q.year !== null && !q.goal) {
    const ofYear = found.filter((c) => ofTimeAsked(q, c.fact));
    // (Unless an undated result names the measure better: "Trong 6 tháng, … đạt tỷ lệ 68,3%" in an
    // article on 2024, beside the year's goal of 75%.)
    const undatedBetter = found.some((c) => c.fact.year === null && !c.fact.target && c.score > (ofYear[0]?.score ?? Infinity));
    if (ofYear.length && ofYear.every((c) => c.fact.target) && !undatedBetter) return goalOnly(t, q, ofYear[0]!.fact, b, label);
  }
  // The year asked is missing when every figure found is dated another year; an undated one
  // answers, saying its year is not stated.
  if (q.year !== null && !found.some((c) => ofTimeAsked(q, c.fact))) {
    // (An undated goal is no result of the year asked, nor an undated figure of an article
    // reporting results of a later year: said in the present, it is of that later time.)
    const year = q.year;
    const undated = found.filter((c) => c.fact.year === null && (q.goal || !c.fact.target) && !(latestResultYear(t, c.fact.articleId) > year));
    if (!undated.length) return yearMissing(t, q, found, b, label);
    found = undated;
    b.note("year", t.m.yearUnstated(q.year));
  }
  // Only what matches the measure nearly as well as the best counts: a result of another measure
  // does not answer "đã đạt … chưa" about a goal.
  // The bar is set by the figures of the year asked, results or goals as asked: a goal for 2025
  // that names the measure better does not push out the result of the year asked.
  const exactYear = found.filter((c) => ofTimeAsked(q, c.fact));
  const inYear = q.year === null ? found : exactYear.length ? exactYear : found.filter((c) => c.fact.year === null);
  const asAsked = inYear.filter((c) => c.fact.target === q.goal);
  const bestMeasure = Math.max(...(asAsked.length ? asAsked : inYear.length ? inYear : found).map((c) => c.measure));
  const all = found;
  // (A narrowed question's figures are ordered by its own new words already.)
  // (Nor the newest of a measure worded apart over the years, put first.)
  if (!narrowedFound.length) found = found.filter((c) => c.measure >= bestMeasure - 0.15 || reworded.has(c));
  // A goal asked and stated only beside its result ("đạt 73% (vượt mục tiêu … là 65%)"): the
  // goal of the result that names the measure best answers.
  if (q.goal && !found.some((c) => c.fact.target)) {
    const paired = found.map((c) => goalAfter(c.fact, all)).find((g) => g !== undefined);
    const goal = paired && all.find((c) => c.fact === paired);
    if (goal) found = [goal, ...found];
  }
  // "có app … không": whether something is there, answered only by a figure of that very thing.
  if (q.yesNo && !q.threshold && !q.kind && !q.beyondGoal && !q.goal) found = found.filter((c) => c.measure >= EXISTS_MATCH);
  if (!found.length) return noFigure(t, q, provinces, b, label);
  if (q.yesNo || q.beyondGoal) return yesNo(t, q, found, all, b, label);
  if (!q.goal && found.every((c) => c.fact.target)) return goalOnly(t, q, found[0]!.fact, b, label);
  // A goal asked where the articles state only results: the goal is missing, not the result.
  if (q.goal && !found.some((c) => c.fact.target)) return noGoal(t, q, provinces, b, label);
  // (A goal asked is answered by a goal, however well a result of the last question scores.)
  if (q.goal && !q.alsoResult) found = found.filter((c) => c.fact.target);
  if (q.goal && q.alsoResult) return goalAndResult(t, q, found, b);
  const local = answerLocal(t, q, found, b, label, provinces);
  if (local) return local;
  const parts = asksTotal(q) ? kindsCounted(t, found[0]!.fact) : [];
  if (parts.length >= 2 && !found.some((c) => parts.every((p) => p !== c.fact) && c.fact.sentenceId === parts[0]!.sentenceId && c.fact.kind === "count")) return noTotal(t, q, parts, b, label, provinces);
  const chosen = statedWithLast(t, found);
  // The lines of one breakdown, scoring alike ("trong đó, Tổ cấp phường/xã: 156 tổ …; Tổ cấp
  // khóm/ấp: 731 tổ …", no total stated): each is a part, so both are said, in the article's order.
  const line = found.find((c) => c.fact !== chosen && c.score >= found[0]!.score * NEAR && sameBreakdown(t.knowledge, c.fact, chosen));
  // (Neither part named better than the other, "bao nhiêu tổ": the whole is asked, and not stated.)
  const tied = tiedParts(t.knowledge, found.find((c) => c.fact === chosen) ?? found[0]!, found);
  if (tied.length) return noTotal(t, q, tied, b, label, provinces);
  const [best, sibling] = line ? [chosen, line.fact].sort((x, y) => x.start - y.start) as [Fact, Fact] : [chosen, undefined];
  b.headlineStatement(b.statement(best));
  const shown: Fact[] = [best];
  const second = sibling ? { fact: sibling } : found.find((c, i) => i > 0 && c.score >= found[0]!.score * NEAR && c.fact.sentenceId !== best.sentenceId && c.fact.kind === best.kind && c.fact.target === best.target && c.fact.value !== best.value);
  if (second) {
    if (second.fact.articleId !== best.articleId && second.fact.province === best.province && sameWords(t, second.fact, best)) b.note("conflict", t.m.conflict(2));
    else b.line(t.m.also);
    b.figureLine(b.statement(second.fact));
    shown.push(second.fact);
  }
  // A second kind asked in the same message: its figure too, from the same sentence where it is.
  if (q.alsoKind && !shown.some((f) => f.kind === q.alsoKind)) {
    const other = answering(t, { ...q, kind: q.alsoKind, alsoKind: null }, [best.province]);
    const pick = other.find((c) => c.fact.sentenceId === best.sentenceId) ?? other[0];
    if (pick) {
      b.figureLine(b.statement(pick.fact));
      shown.push(pick.fact);
    }
  }
  mergerNotes(b, t);
  // (The country carried, a province's figure found: the talk is of that province now.)
  return { answer: b.build(t.q.text, "figure", [best.province], suggestionsAfterFigure(t, best.province)), ...remember, ...(carried ? { provinces: [best.province] } : {}), shown, year: best.year };
}

/**
 * The best figure; in a follow-up asking another kind of the figure just shown ("vậy tỷ lệ bao
 * nhiêu %" after "trên 312.000 hồ sơ … (đạt 94,91%)"), of the figures scoring as well, the one
 * stated with it: in its sentence, nearest after it.
 */
function statedWithLast(t: Turn, found: readonly Candidate[]): Fact {
  const best = found[0]!;
  const shown = t.continued ? (t.state?.shownFactIds ?? []) : [];
  if (!shown.length) return best.fact;
  const last = t.knowledge.facts.find((f) => f.id === shown[shown.length - 1]);
  if (!last) return best.fact;
  // (The kind just shown asked again, "bao nhiêu %" after 92%, asks that figure, not the next: "cá nhân là 90%".)
  const again = found.find((c) => c.fact.id === last.id);
  if (last.kind === t.q.kind && again && again.score >= best.score - 0.05 && again.fact.target === best.fact.target) return again.fact;
  // (In its very clause, nearly as good is enough: "1.250 dịch vụ công …, đạt tỷ lệ 93,8%".)
  const near = (c: Candidate) => c.score >= best.score - (c.fact.clauseStart === last.clauseStart ? 0.2 : 0.05);
  const beside = found.filter((c) => near(c) && c.fact.sentenceId === last.sentenceId && c.fact.id !== last.id && c.fact.start > last.start);
  return beside.sort((a, b) => a.fact.start - b.fact.start)[0]?.fact ?? best.fact;
}

/**
 * "cáp quang Hải Dương so với bình quân cả nước": the province's figure, then the country's the
 * articles about it give for the same measure; null when they give no national figure.
 */
function answerVersusCountry(t: Turn, q: Question, provinces: readonly string[]): Reply | null {
  const own = answering(t, { ...q, scope: "province", compare: false }, provinces).filter((c) => c.fact.scope === "province");
  const country = answering(t, { ...q, scope: "national", compare: false }, provinces).filter((c) => c.fact.scope === "national" && c.fact.kind === own[0]?.fact.kind);
  const [mine, theirs] = [own[0]?.fact, country[0]?.fact];
  if (!mine || !theirs) return null;
  const b = new AnswerBuilder(t.knowledge, t.m);
  // "có cao hơn cả nước không": yes or no, where the two are of one kind and neither is a goal
  // (a lower rank is higher).
  const ranked = mine.kind === "rank" || mine.kind === "top";
  const comparable = q.yesNo && mine.value !== null && theirs.value !== null && mine.kind === theirs.kind && !mine.target && !theirs.target && mine.value !== theirs.value;
  const higher = comparable && (ranked ? mine.value! < theirs.value! : mine.value! > theirs.value!);
  const asksLower = /(?<![\p{L}])(?:thấp hơn|ít hơn|kém hơn|thap hon|it hon|kem hon)(?![\p{L}])/iu.test(q.text);
  b.headlineStatement(b.statement(mine), comparable ? (higher !== asksLower ? t.m.yes : t.m.not) : null);
  b.figureLine(b.statement(theirs));
  // Which is ahead, and by how much where both are exact figures of one unit: worked out, said so.
  const apart = mine.value !== null && theirs.value !== null && mine.kind === theirs.kind && !ranked && !mine.target && !theirs.target && mine.unit === theirs.unit && mine.value !== theirs.value;
  if (apart) {
    const [ahead, behind] = mine.value! > theirs.value! ? [displayName(mine.province), t.m.theCountry] : [t.m.theCountry, displayName(mine.province)];
    b.line(t.m.comparisonAhead(ahead, behind, mine.kind, !mine.qualifier && !theirs.qualifier ? gapBetween(mine, theirs) : null));
  }
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "figure", [mine.province], suggestionsAfterFigure(t, mine.province)), provinces, ask: askOf(q), shown: [mine, theirs], year: mine.year };
}

// A term that narrows who or what is counted rather than naming it: a level of government
// ("cấp xã"), a qualifier of the lexicon ("nữ", "nông thôn").
// True when a follow-up's qualifier names a thing measured of its own ("4G", "5G", "ký số") that
// the articles state for the provinces, in its own words; not after a count, which it narrows
// ("còn 4G?" after the stations counted asks the 4G stations).
function ownMeasure(t: Turn, provinces: readonly string[]): boolean {
  if (t.state?.ask?.counted || !t.q.measure.every((term) => LEXICONS.vi.narrowers.at(term.words, 0) !== null)) return false;
  return answering(t, t.q, provinces).some((c) => c.measure >= EXISTS_MATCH);
}

function qualifies(term: Term): boolean {
  return term.required || namesLevel(term);
}

// Where a figure is said to lead: "Đà Nẵng tiếp tục dẫn đầu cả nước … với giá trị 0,8340".
const LEADS = /(?<![\p{L}])(?:dẫn đầu|đứng đầu|đứng thứ nhất|xếp thứ nhất|xếp số 1|đứng số 1)(?![\p{L}])/iu;

/**
 * "tỉnh đứng đầu được bao nhiêu điểm": the leader's figure as the articles about the province
 * named state it, in a clause saying it leads, naming the leader; else the articles do not say.
 */
function answerLeader(t: Turn, q: Question, provinces: readonly string[]): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  const label = provinces.map(displayName).join(", ");
  const articles = new Set(t.knowledge.coverage().filter((c) => provinces.includes(c.province)).flatMap((c) => c.articleIds));
  const everywhere = new Set(t.knowledge.coverage().map((c) => c.province));
  const found = answering(t, q, [...everywhere]).filter((c) => articles.has(c.fact.articleId) && LEADS.test(c.fact.clause) && !c.fact.target);
  const best = found[0]?.fact;
  if (!best) return noFigure(t, q, provinces, b, label);
  b.headlineStatement(b.statement(best));
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "figure", [best.province], suggestionsAfterFigure(t, best.province)), provinces, ask: askOf(q), shown: [best], year: best.year };
}

// The place asked, as the articles name it: "huyện Đồng Văn (Hà Giang)".
function placeName(t: Turn, q: Question, provinces: readonly string[]): string {
  const facts = provinces.flatMap((p) => t.knowledge.factsOf(p));
  const named = facts.find((f) => f.place && foldedWords(f.place).join(" ").includes(q.place!))?.place ?? spelledInArticles(t, facts, q.place!);
  return t.m.localPlace(named ?? q.placeName ?? q.place!, provinces.map(displayName).join(", "));
}

// A place as an article about the province spells it ("Thanh Sơn" for "thanh son").
function spelledInArticles(t: Turn, facts: readonly Fact[], place: string): string | undefined {
  const words = place.split(" ").length;
  for (const f of facts) {
    const text = t.knowledge.sentence(f.sentenceId)?.text ?? "";
    for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*/gu)) {
      const name = m[0].split(/\s+/).slice(0, words).join(" ");
      if (foldedWords(name).join(" ") === place) return name;
    }
  }
  return undefined;
}

// Two figures stated with the same words, in two articles: the articles disagree.
function sameWords(t: Turn, a: Fact, b: Fact): boolean {
  return measureWords(t.knowledge, a, t.m) === measureWords(t.knowledge, b, t.m) && a.unit === b.unit;
}

/**
 * The measure asked is not stated: said so, naming what was understood; what the articles do
 * state on the same words is offered as questions to ask, never as a figure.
 */
const RELATED_WEIGHED = 4;

function noFigure(t: Turn, q: Question, provinces: readonly string[], b: AnswerBuilder, label: string): Reply {
  // Words typed without marks that are not the articles' ("du lich mua sen") are not echoed back
  // as a measure: their marks, guessed from the articles, come out wrong.
  const echo = namesDomain(q, t.knowledge) || /[^\x00-\x7f]/u.test(q.text);
  // (No kind of figure asked, "thí điểm 5G": the articles may say it, only with no figure of it.)
  b.setHeadline(t.m.noFigure(label, echo && q.label ? (q.kind || q.counted ? q.label : t.m.figuresOn(q.label)) : t.m.thisTopic));
  // Two related measures are named at most: a few candidates weighed in full find them.
  // (Of the measure asked in the negative, what the articles state in the positive.)
  const near = candidatesFor({ ...q, measure: q.measure.filter((x) => !x.negation), kind: null, counted: null, change: false, index: null, year: null }, t.knowledge, { provinces: new Set(provinces), perProvince: RELATED_WEIGHED }, t.options)
    .filter((c) => c.measure >= MIN_MEASURE * 0.8 && c.fact.kind !== "year" && c.fact.kind !== "date");
  // (Named in words of its own, not pieced together around a dash: "vượt từ — gấp" names nothing.)
  const related = [...new Map(near.map((c) => [measureName(t, c.fact), c.fact] as const)).entries()].filter(([m]) => m && !m.includes(" — ")).slice(0, 2);
  if (related.length) b.line(t.m.related(related.map(([m]) => m)));
  const asks: Suggestion[] = related.map(([m, f]) => ({ label: m, text: t.m.suggestion.ask(f.province, m) }));
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "nodata", provinces, [...asks, overviewSuggestion(t.m, provinces[0]!)]), provinces, ask: askOf(q) };
}

// What a figure measures, said without its figure: "số doanh nghiệp công nghệ số", "tỷ lệ …".
function measureName(t: Turn, f: Fact): string {
  if (f.kind === "count" && f.unit) return `số ${f.unit}`;
  return measureWords(t.knowledge, f, t.m);
}

/**
 * Only a district's or a commune's figure answers a question about the province: asked for the
 * whole province ("toàn tỉnh", "cả tỉnh"), the articles are said not to state it and the place
 * that has one is named; asked plainly, the place's figure is given, named, under a line saying
 * the province-wide figure is not stated. Null when the best figure is the province's or the place asked.
 */
function answerLocal(t: Turn, q: Question, found: readonly Candidate[], b: AnswerBuilder, label: string, provinces: readonly string[]): Reply | null {
  const best = found[0]!.fact;
  if (best.scope !== "local" || q.scope === "local" || q.place || partAsked(q, best)) return null;
  const place = best.place ?? t.m.somePlace;
  if (q.scope === "province") {
    b.setHeadline(t.m.noFigure(label, q.label || t.m.thisTopic));
    b.line(t.m.onlyLocal(place));
    mergerNotes(b, t);
    const ask = { label: place, text: t.m.suggestion.ask(place, q.label || t.m.thisTopic) };
    return { answer: b.build(t.q.text, "nodata", provinces, [ask]), provinces, ask: askOf(q) };
  }
  b.setHeadline(t.m.noProvinceFigure(label, q.label || t.m.thisTopic, place));
  b.figureLine(b.statement(best));
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "figure", [best.province], suggestionsAfterFigure(t, best.province)), provinces, ask: askOf(q), shown: [best], year: best.year };
}

// "tổng cộng", "tổng số", "tất cả", "cả hai": the whole of what is counted asked.
const asksTotal = (q: Question): boolean => / (?:tong cong|tong so|tat ca|ca hai|cong lai) /.test(` ${q.words.join(" ")} `);

// The counts of one sentence naming kinds of one thing, each apart ("06 Trạm quan trắc nước,
// 15 Trạm giám sát côn trùng"), in the article's order: the chosen one among them.
function kindsCounted(t: Turn, f: Fact): Fact[] {
  const head = (x: Fact) => foldedWords(x.unit ?? "")[0];
  if (f.kind !== "count" || !head(f)) return [];
  // (What was added, "cấp thêm 96.500 tài khoản", is no kind of its own.)
  const kinds = t.knowledge.factsOf(f.province).filter((x) => x.sentenceId === f.sentenceId && x.kind === "count" && head(x) === head(f) && !x.target && !x.change);
  // (Each kind its own: its unit, or the words naming it, "Tổ cấp phường/xã: 156 tổ; Tổ cấp khóm/ấp: 731 tổ".)
  const kindOf = (x: Fact) => `${x.unit} ${foldedWords(x.left).slice(-3).join(" ")}`;
  return new Set(kinds.map(kindOf)).size === kinds.length ? [...kinds].sort((a, b) => a.start - b.start) : [];
}

/** A total asked where the articles count only its kinds apart: said not stated, each kind's count given (never summed). */
function noTotal(t: Turn, q: Question, parts: readonly Fact[], b: AnswerBuilder, label: string, provinces: readonly string[]): Reply {
  b.setHeadline(t.m.noFigure(label, t.m.totalOf(q.label || t.m.thisTopic)));
  b.line(t.m.onlyParts);
  for (const f of parts) b.figureLine(b.statement(f));
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "nodata", provinces, suggestionsAfterFigure(t, parts[0]!.province)), provinces, ask: askOf(q), shown: [...parts] };
}

/** A goal asked, only results stated: the goal is said to be missing; the result is offered to ask, not stated. */
function noGoal(t: Turn, q: Question, provinces: readonly string[], b: AnswerBuilder, label: string): Reply {
  b.setHeadline(t.m.noFigure(label, q.label || t.m.thisTopic));
  b.line(t.m.onlyResult);
  const ask = q.label.replace(/^mục tiêu\s*/u, "");
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "nodata", provinces, [{ label: ask, text: t.m.suggestion.ask(provinces[0]!, ask) }]), provinces, ask: askOf(q) };
}

/** "mục tiêu bao nhiêu, thực tế đạt bao nhiêu": the result first, then the goal of the same measure. */
function goalAndResult(t: Turn, q: Question, found: readonly Candidate[], b: AnswerBuilder): Reply {
  const goal = found.find((c) => c.fact.target)!.fact;
  const result = found.find((c) => !c.fact.target && c.fact.sentenceId === goal.sentenceId)?.fact ?? found.find((c) => !c.fact.target)?.fact;
  const shown = result ? [result, goal] : [goal];
  b.headlineStatement(b.statement(shown[0]!));
  if (result) b.figureLine(b.statement(goal));
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "figure", [goal.province], suggestionsAfterFigure(t, goal.province)), provinces: [goal.province], ask: askOf(q), shown, year: goal.year };
}

/** Only a goal matches a question that did not ask for one: there is no result yet, the goal is shown as one. */
function goalOnly(t: Turn, q: Question, goal: Fact, b: AnswerBuilder, label: string): Reply {
  b.setHeadline(t.m.goalOnly(label));
  b.figureLine(b.statement(goal));
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "nodata", [goal.province], suggestionsAfterFigure(t, goal.province)), provinces: [goal.province], ask: askOf(q), shown: [goal], year: goal.year };
}

/** True when the question itself says "cả nước", "toàn quốc" (not only the conversation before it). */
/**
 * A question naming no province whose measure only the country's figures name well ("chỉ số xã
 * hội số cấp tỉnh năm 2023 đạt bao nhiêu", the average the ministry gives): it is asked of the
 * country, not of a province to be named.
 */
export function onlyTheCountryStates(t: Turn): boolean {
  const all = t.knowledge.coverage().map((c) => c.province);
  const country = answering(t, { ...t.q, scope: "national" }, all)[0];
  if (country?.fact.scope !== "national") return false;
  // (Not where a province's own figure names it as well: "tỷ lệ hộ có cáp quang" asks which province.)
  const province = answering(t, t.q, all)[0];
  return province === undefined || province.measure < country.measure;
}

export function namesTheCountry(q: Question): boolean {
  const { scope, scopeOf } = LEXICONS.vi;
  for (let at = 0; at < q.words.length; at++) {
    const m = scope.at(q.words, at);
    if (m && scopeOf[m.phrase] === "national") return true;
  }
  return false;
}

// The levels of the measure asked in two or more years (as a change asked: "tăng bao nhiêu bậc"),
// oldest first, when the articles state no change but state the levels.
function levelsOverYears(t: Turn, q: Question, provinces: readonly string[]): Fact[] | null {
  const levels = answering(t, { ...q, change: false, year: null }, provinces).filter((c) => c.fact.year !== null);
  const first = levels[0]?.fact;
  if (!first) return null;
  // (Of the same length of time: a year's revenue against six months' is no fall.)
  const part = periodPart(first.period ?? "")?.key ?? null;
  const same = levels.filter((c) => c.fact.kind === first.kind && c.fact.subject === first.subject && c.measure >= levels[0]!.measure - 0.1 && !c.fact.target && (periodPart(c.fact.period ?? "")?.key ?? null) === part);
  const byYear = new Map<number, Fact>();
  for (const c of same) if (!byYear.has(c.fact.year!)) byYear.set(c.fact.year!, c.fact);
  // (A year asked, "năm 2022 … so với năm trước?": that year's level and the one before it.)
  const years = [...byYear.values()].sort((a, b) => a.year! - b.year!).filter((f) => q.year === null || f.year! <= q.year);
  if (q.year !== null && years.at(-1)?.year !== q.year) return null;
  return years.length >= 2 ? years.slice(-2) : null;
}

/** Two years' levels of the measure asked, oldest first: what the change is, in the articles' figures. */
function answerTrend(t: Turn, q: Question, levels: readonly Fact[], b: AnswerBuilder): Reply {
  const [older, newer] = [levels[0]!, levels[levels.length - 1]!];
  // A rank rises as its number falls.
  const up = older.kind === "rank" || older.kind === "top" ? newer.value! < older.value! : newer.value! > older.value!;
  // ("dẫn đầu" both years: held, neither risen nor fallen.)
  const steady = newer.value === older.value;
  const said = steady ? t.m.steady(older.province, b.figure(newer), older.period ?? "", newer.period ?? "") : t.m.trend(older.province, b.figure(older), older.period ?? "", b.figure(newer), newer.period ?? "", up);
  // A change proposed by its amount ("tăng 8 bậc … phải không") is right only if the levels differ
  // by it: the levels are shown, the difference is the reader's to see.
  const amount = q.claim !== null && Number.isFinite(q.claim) ? Math.abs(newer.value! - older.value!) : null;
  const right = up && (amount === null || Math.abs(amount - q.claim!) < 1e-9);
  const verdict = amount !== null ? (right ? t.m.right : t.m.notRight) : up ? t.m.yes : t.m.no;
  b.verdictHeadline(q.yesNo ? verdict : null, said);
  for (const f of levels) b.figureLine(b.statement(f));
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "figure", [newer.province], suggestionsAfterFigure(t, newer.province)), provinces: [newer.province], ask: askOf(q), shown: [...levels], year: newer.year };
}

// The latest year an article dates a result in (0 when none): the time its present tense speaks of.
const latestYears = new WeakMap<Turn["knowledge"], Map<string, number>>();
function latestResultYear(t: Turn, articleId: string): number {
  let years = latestYears.get(t.knowledge);
  if (!years) {
    years = new Map();
    for (const f of t.knowledge.facts) if (f.year !== null && !f.target) years.set(f.articleId, Math.max(years.get(f.articleId) ?? 0, f.year));
    latestYears.set(t.knowledge, years);
  }
  return years.get(articleId) ?? 0;
}

/** The year asked is not covered: said so, then the nearest year's figure, labelled with its period. */
function yearMissing(t: Turn, q: Question, found: readonly Candidate[], b: AnswerBuilder, label: string): Reply {
  const year = q.year!;
  const distance = (f: Fact) => (f.year === null ? 1000 : Math.abs(f.year - year));
  // The nearest year's figure of the kind asked: a result unless a goal is asked.
  const asAsked = found.filter((c) => c.fact.target === q.goal);
  const nearest = [...(asAsked.length ? asAsked : found)].sort((x, y) => distance(x.fact) - distance(y.fact) || y.score - x.score)[0]!.fact;
  b.setHeadline(t.m.yearMissing(label, q.label.replace(YEAR_LABEL, "") || t.m.thisTopic, timeLabel(q.part, year)));
  b.line(t.m.nearestYear);
  b.figureLine(b.statement(nearest));
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "nodata", [nearest.province], suggestionsAfterFigure(t, nearest.province)), provinces: [nearest.province], ask: askOf(q), shown: [nearest], year };
}

// A share of places rather than of people or homes: "100% xã đã có cáp quang".
const PLACES_SHARE = /^(?:các\s+)?(?:xã|thôn|ấp|bản|khóm|huyện|phường|trung tâm xã|thôn, bản|khóm, ấp)(?![\p{L}])/iu;

/**
 * "có … không", "đã đạt … chưa": "Có" or "Chưa" first when a result answers it (against the
 * level asked, when one is), then the figure; only a goal stated: there is no result yet.
 */
function yesNo(t: Turn, q: Question, found: readonly Candidate[], all: readonly Candidate[], b: AnswerBuilder, label: string): Reply {
  // "có vượt mục tiêu không": a result with its goal stated right after it ("đạt 73% (vượt mục
  // tiêu … là 65%)") answers, measured against that goal; the goal's own words name the measure
  // less well than the result's, so it is looked for among all the candidates.
  const paired = q.beyondGoal ? found.filter((c) => !c.fact.target).map((c) => ({ result: c.fact, goal: goalAfter(c.fact, all) })).find((p) => p.goal) : undefined;
  // (The goal just given, "đã đạt mục tiêu đó chưa", before another the question names as well.)
  const lastShown = new Set(t.continued ? (t.state?.shownFactIds ?? []) : []);
  const goal = paired?.goal ?? (found.find((c) => c.fact.target && lastShown.has(c.fact.id)) ?? found.find((c) => c.fact.target))?.fact;
  // Measured against its goal, the result the goal is stated beside answers.
  // (Of the results, one of the goal's own scope: a rank in the region is not measured against a
  // top 25 of the country.)
  // (The province's own before a district's nearly as good, no place asked.)
  const own = !q.place && q.scope !== "local" && q.scope !== "region" ? found.filter((c) => !c.fact.target && c.fact.scope === "province" && c.score >= found[0]!.score - 0.3) : [];
  // (A figure proposed, of two the articles name as well, "71%" where 73% is for the whole city:
  // the one it names is checked; not a part of a total the question does not name, "19 phần
  // mềm" of "28 phần mềm/CSDL, trong đó có 19 … do trung ương".)
  const proposed = q.claim !== null && !Number.isNaN(q.claim) ? found.filter((c) => !c.fact.target && c.score >= found[0]!.score - 0.3 && c.measure >= found[0]!.measure - 0.05 && !("part" in c.features) && claimHolds(q, c.fact)).slice(0, 1) : [];
  const results = [...proposed, ...own, ...found.filter((c) => !c.fact.target && !own.includes(c) && !proposed.includes(c))];
  // (A rank in the region asked is its own answer, "có đứng thứ 9 ở ĐBSCL không"; whether a goal
  // was reached is told by the result of the goal's own scope, "đạt chưa" after the region's rank.)
  const inScope = goal && !proposed.length && (q.scope !== "region" || q.beyondGoal) ? results.find((c) => c.fact.scope === goal.scope) : undefined;
  const result = paired?.result ?? (q.beyondGoal && goal ? found.find((c) => !c.fact.target && c.fact.sentenceId === goal.sentenceId) : undefined)?.fact ?? (inScope ?? results[0])?.fact;
  if (!result && goal) return goalOnly(t, q, goal, b, label);
  // "mục tiêu 2030 có … không": what the goal says answers, never a result's verdict.
  if (q.goal && !q.beyondGoal && goal) {
    b.headlineStatement(b.statement(goal));
    mergerNotes(b, t);
    return { answer: b.build(t.q.text, "figure", [goal.province], suggestionsAfterFigure(t, goal.province)), provinces: [goal.province], ask: askOf(q), shown: [goal], year: goal.year };
  }
  const f = result!;
  // "có vượt chỉ tiêu không" where no goal is stated, but how the result stands against it is:
  // "…, vượt 41% chỉ tiêu", "đạt 120% so với kế hoạch".
  const itself = q.beyondGoal && !goal ? standing(f) : null;
  const against = q.beyondGoal && !goal && itself === null ? againstPlan(t, f) : null;
  // (A figure proposed is checked all the same: "vượt chỉ tiêu 50% phải không" is not "vượt 41%".)
  // (Several numbers proposed at once, "1.683 điểm của 12 công ty": right only if the sentence
  // writes every one of them.)
  const several = q.claim !== null && Number.isNaN(q.claim) ? everyNumberWritten(q.text, t.knowledge.sentence(f.sentenceId)?.text ?? "", t.knowledge.factsOf(f.province).filter((x) => x.sentenceId === f.sentenceId)) : undefined;
  const claimed = several !== undefined ? several : q.claim !== null && (itself !== null || against) ? [f, against?.fact].some((x) => x && claimHolds(q, x)) : undefined;
  // (A district's figure says nothing of the whole province asked: "toàn tỉnh … 95% được không"
  // where 95% is huyện Bảo Thắng's is neither yes nor no.)
  const local = f.scope === "local" && !q.place && q.scope !== "local";
  // (A figure proposed with words its sentence says of another figure, "1,3 triệu tài khoản là
  // người dân Huế" where 815.000 are: not right, and that other figure is said too.)
  const mixed = q.claim !== null && !local ? claimMixing(f, all) : undefined;
  // (A change proposed the other way, "tăng 3 bậc" of "giảm 3 bậc", is not right.)
  const reversed = q.claim !== null && q.change && f.change && changeWay(q.text) !== null && changeWay(f.left) !== null && changeWay(q.text) !== changeWay(f.left);
  const verdict = local ? null : q.claim !== null && (!unitsWritten(q, f) || mixed || reversed) ? false : claimed !== undefined ? claimed : (itself ?? (against ? against.beyond : yesOrNo(q, f, goal)));
  // (A figure proposed is right or not; a level is reached or not yet.)
  const said = q.claim !== null ? [t.m.right, t.m.notRight] : [t.m.yes, t.m.no];
  b.headlineStatement(b.statement(f), local && f.place ? t.m.onlyLocal(f.place) : verdict === null ? null : verdict ? said[0]! : said[1]!);
  // "có vượt mục tiêu không": the goal it is measured against, under it.
  if (q.beyondGoal && goal) b.figureLine(b.statement(goal));
  // (Its figure says what it is: "vượt 41% chỉ tiêu", "120% so với kế hoạch".)
  if (against) b.figureLine({ ...b.statement(against.fact), measure: null });
  if (mixed) b.figureLine(b.statement(mixed));
  mergerNotes(b, t);
  return { answer: b.build(t.q.text, "figure", [f.province], suggestionsAfterFigure(t, f.province)), provinces: [f.province], ask: askOf(q), shown: goal && q.beyondGoal ? [f, goal] : against ? [f, against.fact] : mixed ? [f, mixed] : [f], year: f.year };
}

// Which way a change goes as a text says it: "up" ("tăng", "vươn lên"), "down" ("giảm", "tụt"), else null.
function changeWay(text: string): "up" | "down" | null {
  const words = ` ${foldedWords(text).join(" ")} `;
  const down = /\s(?:giam|tut|xuong|sut)\s/.test(words);
  const up = /\s(?:tang|vuon len|len|thang)\s/.test(words);
  return down === up ? null : down ? "down" : "up";
}

// Another figure of the same sentence whose own words are what the question says of the figure
// proposed but its sentence says only farther from it: the claim mixes the two.
function claimMixing(f: Fact, all: readonly Candidate[]): Fact | undefined {
  const own = all.find((c) => c.fact === f);
  const farther = own?.terms.filter(([t, e]) => !t.weak && e < 0.5).map(([t]) => t) ?? [];
  if (!farther.length) return undefined;
  return all.find((c) => c !== own && c.fact.sentenceId === f.sentenceId && c.fact.kind === f.kind && c.terms.some(([t, e]) => farther.includes(t) && e >= 0.85))?.fact;
}

// How a result stands against its plan, stated in its sentence after it: "vượt 41% chỉ tiêu"
// (beyond it), "đạt 120% so với kế hoạch" (beyond it above 100%, short of it below).
const PLAN = /^\s*(?:so với\s+|so\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)/iu;
function againstPlan(t: Turn, result: Fact): { fact: Fact; beyond: boolean } | null {
  for (const x of t.knowledge.factsOf(result.province)) {
    if (x.sentenceId !== result.sentenceId || x.start < result.end) continue;
    const beyond = standing(x);
    if (beyond !== null) return { fact: x, beyond };
  }
  return null;
}

// Whether a figure says a result went beyond its plan ("vượt 41% chỉ tiêu", "120% so với kế
// hoạch") or fell short of it ("đạt 85% kế hoạch"); null when it is no such figure.
function standing(x: Fact): boolean | null {
  if (x.value === null || !PLAN.test(x.after)) return null;
  if (x.change && /vượt\s*$/iu.test(x.left)) return true;
  return x.kind === "percent" && x.value !== 100 ? x.value > 100 : null;
}

// The goal stated next after a result in its sentence, before any other figure of its kind.
// (A figure in brackets between them, "cùng kỳ năm 2023 (42,2%)", stands aside.)
function goalAfter(result: Fact, all: readonly Candidate[]): Fact | undefined {
  const after = all.filter((c) => c.fact.sentenceId === result.sentenceId && c.fact.kind === result.kind && c.fact.start > result.end).sort((x, y) => x.fact.start - y.fact.start);
  for (const { fact } of after) {
    if (fact.target) return fact;
    if (!/\(\s*$/u.test(fact.clause.slice(0, fact.start - fact.clauseStart))) return undefined;
  }
  return undefined;
}

// Whether a result answers "yes": against the goal it is asked to exceed, against the level
// asked ("đã đạt 10% chưa"), against a top ("có lọt top 10 không", "có dẫn đầu không") for a
// rank; a result with nothing to measure it against is a yes. Null when it cannot be told.
function yesOrNo(q: Question, f: Fact, goal: Fact | undefined): boolean | null {
  if (f.value === null) return null;
  // A figure proposed is right only as the article writes it ("132 triệu USD" is no "123 triệu").
  if (q.claim !== null) return Number.isNaN(q.claim) ? null : claimHolds(q, f);
  const rank = f.kind === "rank" || f.kind === "top";
  // (A rank reaches a top: 39/63 is not yet in the top 25.)
  const ranked = (k: string) => k === "rank" || k === "top";
  if (q.beyondGoal && goal?.value != null && (goal.kind === f.kind || (rank && ranked(goal.kind)))) return rank ? f.value <= goal.value : f.value >= goal.value;
  // "đã đạt mục tiêu vào top 20 chưa": the goal the question states is the level.
  if (q.beyondGoal && !q.threshold) return null;
  if (rank) {
    const leads = /(?<![\p{L}])(?:dẫn đầu|đứng đầu|dan dau|dung dau|số 1|so 1)(?![\p{L}])/iu.test(q.text);
    const top = leads ? 1 : q.threshold && !q.threshold.percent ? q.threshold.value : null;
    return top === null ? null : f.value <= top;
  }
  if (!q.threshold) return true;
  // "đã có 100% trường học … chưa" against "376/612 cơ sở giáo dục": the share it makes.
  if (q.threshold.percent && f.kind !== "percent" && f.outOf) return (100 * f.value) / f.outOf >= q.threshold.value;
  // (The level with its scale: "4.000 tỷ" against "1.620 tỷ đồng", each counted in full.)
  const level = q.threshold.value * (q.threshold.scale ?? 1);
  return q.threshold.percent === (f.kind === "percent") ? fullValue(f) >= level : null;
}

// A figure's amount in full, its scale counted ("1.620 tỷ" is 1 620 000 000 000).
function fullValue(f: Fact): number {
  const written = leadingNumber(f.raw) ?? f.value ?? 0;
  const scale = foldedWords(f.raw).reduce((s, w) => s * scaleOf(w), 1);
  return written * (scale !== 1 ? scale : foldedWords(unitOfMeasure(f)).reduce((s, w) => s * scaleOf(w), 1));
}

// True when the scale and unit typed with a figure proposed are the figure's own: "34.293 triệu
// USD" is not right of "34.293 tỷ đồng", nor "tăng 12 điểm" of "tăng 12 bậc".
function unitsWritten(q: Question, f: Fact): boolean {
  // (A score is in points whether or not its sentence says "điểm": "giá trị 0,8340".)
  const own = new Set(foldedWords(`${f.raw} ${f.unit ?? ""} ${unitOfMeasure(f)} ${f.kind === "score" ? "điểm" : ""}`).map(unitWord));
  return (q.threshold?.units ?? []).every((u) => own.has(u));
}

// The unit a table's measure names in brackets for its every cell ("tỷ đồng" of "Doanh thu (tỷ
// đồng)"), else "".
const unitOfMeasure = (f: Fact): string => (f.left.includes("(") ? (/\(([^()\d]*)\)\s*$/u.exec(f.left)?.[1] ?? "") : "");

// True when every number typed (years aside) stands, as a number, in the sentence.
// (A number the sentence gives only as the country's or the region's, "bình quân cả nước là 1,5",
// is not written of the province.)
function everyNumberWritten(question: string, sentence: string, facts: readonly Fact[]): boolean {
  const numbers = (text: string) => (text.match(/(?<![\p{L}\d])\d[\d.,]*\d(?![\p{L}\d])|(?<![\p{L}\d,.])\d(?![\p{L}\d])/gu) ?? []).filter((n) => !/^(?:19|20)\d\d$/.test(n)).map(parseVietnameseNumber);
  const elsewhere = new Set(facts.filter((x) => x.scope === "national" || x.scope === "region").map((x) => leadingNumber(x.raw)));
  const own = new Set(facts.filter((x) => x.scope !== "national" && x.scope !== "region").map((x) => leadingNumber(x.raw)));
  const written = new Set(numbers(sentence).filter((n) => !elsewhere.has(n) || own.has(n)));
  return numbers(question).every((n) => written.has(n));
}

// Whether the one number proposed is the figure's: the same amount, its scale counted ("815
// nghìn" is "815.000"); at least it, proposed as a bound ("trên 6.000" of "trên 6.100"); within
// a fiftieth of it, proposed as a round number ("gần 16 nghìn" of "gần 15.900").
function claimHolds(q: Question, f: Fact): boolean {
  const written = leadingNumber(f.raw);
  if (written === null || q.claim === null) return false;
  // (A table's cell takes its scale from its measure's unit: "402" of "(nghìn tài khoản)".)
  const rawScale = foldedWords(f.raw).reduce((s, w) => s * scaleOf(w), 1);
  const unitScale = foldedWords(unitOfMeasure(f)).reduce((s, w) => s * scaleOf(w), 1);
  const actual = written * (rawScale !== 1 ? rawScale : unitScale);
  const claimed = q.claim * (q.threshold?.scale ?? 1);
  if (q.threshold?.approx === "over") return actual >= claimed;
  if (q.threshold?.approx === "about") return Math.abs(actual - claimed) <= claimed / 50;
  return Math.abs(actual - claimed) <= Math.abs(claimed) * 1e-9;
}

// The number a figure is written with, without its unit or scale ("132 triệu USD": 132, "25/63": 25).
function leadingNumber(raw: string): number | null {
  const m = /\d[\d.,]*/.exec(raw);
  return m ? parseVietnameseNumber(m[0]) : null;
}

/** Follow-ups worth a button after a figure. */
export function suggestionsAfterFigure(t: Turn, province: string): Suggestion[] {
  return [moreSuggestion(t.m), sourcesSuggestion(t.m), overviewSuggestion(t.m, province)];
}
