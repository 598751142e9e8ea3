import type { ArticleDocument, Sentence, TableCell } from "../corpus/index.js";
import type { TopicId } from "../lexicon/types.js";
import { TOPICS } from "../lexicon/vi.js";
import { foldedWords } from "../lexicon/phrases.js";
import { FORMER_PROVINCES } from "../provinces/index.js";
import { foldText } from "../text/index.js";
import { figuresIn, type FigureMatch } from "./figures.js";
import { ACHIEVED, HAS_NOW, goalSpans } from "./goals.js";
import { lastPlaceIn, localPlaces, localSection, localityOf } from "./locality.js";
import { periodsIn, relativePeriodsIn, type PeriodMention } from "./period.js";
import { subjectOf } from "./subject.js";
import type { Fact } from "./types.js";

// A sentence that speaks of what the one before it said: "Đây là lần đầu tiên …", "Kết quả này …".
const ANAPHORIC = /^(?:Đây là|Đó là|Điều này|Kết quả này|Với kết quả này|Với kết quả đó|Như vậy)(?![\p{L}])/u;

// A sentence turning to another subject ("Về thanh toán không dùng tiền mặt, …", "Đối với hạ
// tầng, …"): the goals the sentence before set end there.
const NEW_SUBJECT = /^(?:Về|Đối với|Ở lĩnh vực|Trong lĩnh vực|Riêng về|Còn về)\s[^,]{2,60},/u;

// A paragraph that carries on the one before it, in its time frame: "Cụ thể, …", "Trong đó, …".
const CONTINUES = /^(?:Cụ thể|Trong đó|Theo đó|Theo bảng xếp hạng|Như vậy)(?![\p{L}])/u;
// A full date, the day named or not: "ngày 20/6/2022", "24/5/2022".
const DATE = /(?:(?<![\p{L}])ngày\s+)?(?<![\p{L}\p{N}/])(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?![\p{N}])/giu;
// The syllables of the provinces' names: never what a rank measures.
const PROVINCE_WORDS: ReadonlySet<string> = new Set(FORMER_PROVINCES.flatMap((p) => foldedWords(`${p.name} ${p.aliases.join(" ")}`)));

/** The time frame, goals and place a sentence inherits from its paragraph and section. */
interface Carried {
  period: PeriodMention | null;
  horizon: PeriodMention | null;
  target: boolean;
}

/**
 * Every figure of an article's sentences as a fact: the province it is about, the figure as
 * written and its value, its kind, unit, qualifier, period, topic, whether it is a goal or a
 * change, its scope and what a rank or a score is of, and the sentence as its quote. Years and
 * dates that a clause without figures states ("năm 2012 Quảng Ninh đã tập trung …") are facts of
 * their own, answering "năm nào", "khi nào". Identifiers, durations, levels, web addresses and
 * phone numbers are not figures. Headings give no facts.
 */
export function extractFacts(doc: ArticleDocument): Fact[] {
  const facts: Fact[] = [];
  const places = localPlaces(doc);
  let block = -1;
  let heading: string | null = null;
  let carried: Carried = { period: null, horizon: null, target: false };
  let goalList: { horizon: PeriodMention | null } | null = null;
  let goalHeading: { horizon: PeriodMention | null } | null = null;
  let previousBlockPeriod: PeriodMention | null = null;
  // (And the district or commune the paragraph last named, "Ở cấp huyện, Thăng Bình …", for
  // a figure "của huyện" after it.)
  const section = { local: false, place: null as string | null, spoken: null as string | null };
  // The year the article last stated, for "Một năm sau" in the sentence after it; the period
  // that dated the sentence before, for one that refers back to it.
  let lastYear: number | null = null;
  let lastPeriod: PeriodMention | null = null;
  // The year its paragraph last stated, for a part of a year named without one ("Trong 11 tháng").
  let paragraphYear: number | null = null;
  for (const sentence of doc.sentences) {
    if (sentence.heading !== heading) {
      heading = sentence.heading;
      // A section headed by a district, or by a city of the province ("Thành phố Việt Trì đi
      // đầu"), speaks of that place.
      // A section headed by a goal ("Mục tiêu đến năm 2025", "Định hướng đến năm 2030") lists goals
      // of its horizon, the way a sentence announcing them with a colon does.
      goalHeading = heading && GOAL_HEADING.test(heading) ? { horizon: periodsIn(heading).find((p) => p.year !== null) ?? null } : null;
      const headed = heading ? lastPlaceIn(heading, places) : null;
      section.local = localSection(heading) || (!!headed && /^(?:thành phố|TP)/iu.test(headed.name));
      section.place = headed?.name ?? null;
    }
    if (sentence.block !== block) {
      block = sentence.block;
      paragraphYear = null;
      section.spoken = null;
      const headingPeriod = heading ? (periodsIn(heading).find((p) => !p.comparison && !p.horizon && !p.plan) ?? null) : null;
      previousBlockPeriod = carried.period ?? previousBlockPeriod;
      carried = { period: CONTINUES.test(sentence.text) ? (previousBlockPeriod ?? headingPeriod) : headingPeriod, horizon: null, target: false };
      // The items of a list of goals ("Mục tiêu đến năm 2025, tỉnh phấn đấu:" then "• Kinh tế số
      // chiếm 15% GRDP;"), each its own paragraph, are goals of its horizon; the list ends at a
      // paragraph that is no item.
      if (goalList && BULLET.test(sentence.text)) carried = { ...carried, target: true, horizon: goalList.horizon };
      else goalList = null;
      if (goalHeading) carried = { ...carried, target: true, horizon: goalHeading.horizon ?? carried.horizon };
    }
    const periods = [...periodsIn(sentence.text).filter((p) => !p.comparison && !p.plan), ...relativePeriodsIn(sentence.text, lastYear, paragraphYear)].sort((a, b) => a.start - b.start);
    // "Đây là lần đầu tiên tỉnh lọt vào nhóm 25 …" speaks of what the sentence before dated.
    if (ANAPHORIC.test(sentence.text) && !periods.some((p) => !p.horizon) && lastPeriod) carried.period = lastPeriod;
    // (Not a start, "lũy kế từ năm 2022 đến nay": the year talked about is still the one before.)
    lastYear = periods.filter((p) => !p.horizon && p.year !== null && !/(?<![\p{L}])từ\s+$/iu.test(sentence.text.slice(Math.max(0, p.start - 4), p.start))).pop()?.year ?? lastYear;
    paragraphYear = periods.some((p) => !p.horizon && p.year !== null) ? lastYear : paragraphYear;
    lastPeriod = periods.filter((p) => !p.horizon && p.year !== null)[0] ?? (periods.length ? null : lastPeriod);
    const goals = goalSpans(sentence.text);
    // Goals carried from the sentence before end at a result, or at a sentence opening with a
    // year before the goals' horizon ("… đến năm 2025 …. Năm 2024, tỉnh phân bổ 215 tỷ đồng …").
    const opens = periods.find((p) => p.start < 30 && !p.horizon && p.year !== null);
    const earlier = !!opens && carried.horizon?.year != null && opens.year! < carried.horizon.year;
    const inheritsTarget = carried.target && !ACHIEVED.test(sentence.text) && !HAS_NOW.test(sentence.text) && !earlier && !NEW_SUBJECT.test(sentence.text);
    // A heading names its place only as a guess from its opening words ("Quy Nhơn - điểm đến của
    // doanh nghiệp công nghệ"): the province itself the subject of a sentence under it ("…, Bình
    // Định còn nổi lên …") speaks of the whole province again, to the next heading.
    if (section.local && sentence.mentions.some((m) => m.via === "name" && !OF_PROVINCE.test(sentence.text.slice(Math.max(0, m.start - 14), m.start)))) {
      section.local = false;
      section.place = null;
    }
    const found = sentenceFacts(sentence, periods, carried, goals.spans, inheritsTarget, places, section);
    facts.push(...found);
    if (section.local) section.place = lastPlaceIn(sentence.text, places)?.name ?? section.place;
    section.spoken = lastPlaceIn(sentence.text, places)?.name ?? section.spoken;
    // A goal stated with figures ("phấn đấu đến năm 2025, tối thiểu 80%…") or announcing a list
    // (":") makes the paragraph's next sentences goals too; a plan's name in passing does not.
    if (goals.open && (found.some((f) => f.target) || /:\s*$/.test(sentence.text))) carried.target = true;
    if (goals.open && /:\s*$/.test(sentence.text)) goalList = { horizon: periods.filter((p) => p.horizon).pop() ?? carried.horizon };
    // A period opening a sentence ("Trong 8 tháng đầu năm 2023, …") holds for the paragraph, and
    // so does the last period of a sentence without figures of its own ("… công bố xếp hạng năm 2022.").
    // A sentence without figures frames the paragraph with its last period, the one of what it
    // speaks of ("Tại hội nghị sơ kết 6 tháng đầu năm 2023, … công bố xếp hạng … năm 2022.").
    const opening = periods.find((p) => p.start < 30 && !p.horizon);
    const framing = found.some((f) => f.kind !== "year" && f.kind !== "date") ? null : periods.filter((p) => !p.horizon).pop();
    if (framing ?? opening) carried.period = (framing ?? opening)!;
    carried.horizon = periods.filter((p) => p.horizon).pop() ?? carried.horizon;
  }
  return facts;
}

function sentenceFacts(
  sentence: Sentence,
  periods: PeriodMention[],
  carried: Carried,
  goals: readonly (readonly [number, number])[],
  inheritsTarget: boolean,
  places: ReadonlyMap<string, string>,
  section: { local: boolean; place: string | null; spoken: string | null },
): Fact[] {
  const text = sentence.text;
  const clauses = clauseBounds(text);
  const figures = sentence.cells ? rowFigures(sentence, sentence.cells) : [...figuresIn(text), ...leadersIn(sentence)].sort((a, b) => a.start - b.start);
  const respective = respectively(sentence, figures);
  const yearly = yearsRespectively(text, figures);
  const out: Fact[] = [];
  let previousEnd = 0;
  const push = (m: FigureMatch | EventMatch, i: number | null) => {
    const { start, end } = m;
    // In a table row, a figure is of its column's period, a goal under a goal's column, and
    // measures what the row's first cell names; a figure inside that first cell is no fact.
    const cell = sentence.cells?.find((c) => start >= c.start && start < c.end);
    if (sentence.cells && !cell) return;
    const [clauseStart, clauseEnd] = clauses.find(([s, e]) => start >= s && start < e) ?? [0, text.length];
    // The words after a figure, up to "và", a comma or a bracket, are its own ("100% người dân
    // trưởng thành có điện thoại thông minh và 80% hộ gia đình…"): the next figure's measure
    // starts after them.
    const gap = text.slice(previousEnd, start);
    const owned = previousEnd ? gap.search(/\s+và\s|[,;()]/u) : 0;
    const leftStart = Math.max(clauseStart, previousEnd + Math.max(0, owned));
    previousEnd = end;
    const left = cell ? cellMeasure(sentence, cell) : text.slice(leftStart, start).replace(/^(?:[\s,;:()–-]|và\s)+/u, "");
    const target = goals.some(([s, e]) => start >= s && start < e) || inheritsTarget || (!!cell?.header && GOAL_COLUMN.test(cell.header));
    const event = m.kind === "year" || m.kind === "date";
    const columnPeriod = cell ? cellPeriodOf(sentence, cell) : null;
    const period = event ? (m as EventMatch).period : (columnPeriod ?? (i !== null && yearly?.[i] ? yearly[i] : (comparedIn(text, start) ?? nearestPeriod(text, periods, figures, start, end, clauseStart, clauseEnd, target || !goals.length) ?? (target ? (carried.horizon ?? carried.period) : carried.period))));
    const outOf = event ? null : (m as FigureMatch).parsed.outOf;
    const where = localityOf(sentence, { start, end, kind: m.kind, outOf }, clauseStart, clauseEnd, places, section);
    const ranked = m.kind === "rank" || m.kind === "top" || m.kind === "score";
    out.push({
      id: `${sentence.id}:${out.length + 1}`,
      articleId: sentence.articleId,
      sentenceId: sentence.id,
      province: (i !== null ? respective?.[i] : undefined) ?? provinceAt(sentence, start),
      raw: m.raw,
      value: event ? (m as EventMatch).value : (m as FigureMatch).parsed.value,
      kind: m.kind,
      unit: m.unit,
      after: m.after,
      qualifier: m.qualifier,
      outOf,
      period: period?.text ?? null,
      year: period?.year ?? null,
      topic: topicOf(`${left.slice(-60)} ${m.raw} ${m.after}`, `${text} ${sentence.heading ?? ""}`),
      target,
      change: m.change,
      scope: where.scope,
      place: where.place,
      subject: ranked ? subjectOf(text, clauseStart, start, end, PROVINCE_WORDS, m.kind as "rank" | "top" | "score") : null,
      left,
      clause: text.slice(clauseStart, clauseEnd).trim(),
      start,
      end,
      shownStart: m.shownStart,
      clauseStart,
      clauseEnd,
    });
  };
  const events = eventsIn(text, periods, figures, clauses);
  const all = [...figures.map((f, i) => [f, i] as const), ...events.map((e) => [e, null] as const)].sort((a, b) => a[0].start - b[0].start);
  for (const [m, i] of all) push(m, i);
  return out;
}

// A province said to lead, with no number: "Đà Nẵng có năm thứ 3 liên tiếp dẫn đầu", "Đà Nẵng
// tiếp tục dẫn đầu cả nước về …". Not a group ("nhóm dẫn đầu", "top 10 tỉnh dẫn đầu").
const LEADS = /(?<![\p{L}])(?:dẫn đầu|đứng đầu|xếp thứ nhất|đứng thứ nhất)(?![\p{L}])/giu;
const BETWEEN_LEADER = /^[\s,]*(?:(?:tiếp tục|vẫn|đã|giữ vững|vươn lên|có năm thứ \d+ liên tiếp|năm thứ \d+ liên tiếp|liên tiếp|lần đầu|lần đầu tiên|là tỉnh|là địa phương|là|trở thành địa phương)\s*)*$/iu;

/** Ranks stated in words: a province said to lead is first. */
function leadersIn(sentence: Sentence): FigureMatch[] {
  const out: FigureMatch[] = [];
  const text = sentence.text;
  for (const m of text.matchAll(LEADS)) {
    const at = m.index ?? 0;
    // The province by its name (not a district in it: "Huyện Châu Thành dẫn đầu"), leading in
    // no figure stated beside ("dẫn đầu với 71%" leads in that rate, which is the figure).
    const mention = sentence.mentions.filter((x) => x.end <= at).at(-1);
    if (!mention || mention.via !== "name" || !BETWEEN_LEADER.test(text.slice(mention.end, at))) continue;
    const end = at + m[0].length;
    if (/^\s*(?:với|là|đạt)\s*(?:\p{L}+\s*){0,2}\d/u.test(text.slice(end))) continue;
    out.push({ raw: m[0], parsed: { value: 1, outOf: null, percent: false }, start: at, end, kind: "rank", unit: "hạng", shownStart: at, after: text.slice(end).split(/[,;.(]/u)[0]!.trim().split(/\s+/).slice(0, 8).join(" "), qualifier: null, change: false });
  }
  return out;
}

/** A year or a date stated on its own, as a fact answering "năm nào", "ngày nào". */
interface EventMatch {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "year" | "date";
  readonly value: number;
  readonly unit: null;
  readonly after: string;
  readonly qualifier: null;
  readonly change: false;
  readonly shownStart: number;
  readonly period: PeriodMention;
}

// Full dates, and the years of clauses that hold no figure: "năm 2012 Quảng Ninh đã tập trung…".
function eventsIn(text: string, periods: readonly PeriodMention[], figures: readonly FigureMatch[], clauses: readonly [number, number][]): EventMatch[] {
  const out: EventMatch[] = [];
  for (const m of text.matchAll(DATE)) {
    const at = m.index ?? 0;
    const numberAt = at + m[0].search(/\d/);
    const year = Number(m[3]);
    const raw = text.slice(numberAt, at + m[0].length);
    const period: PeriodMention = { text: m[0], start: at, end: at + m[0].length, year, horizon: false, comparison: false };
    out.push({ raw, start: numberAt, end: at + m[0].length, kind: "date", value: year * 10_000 + Number(m[2]) * 100 + Number(m[1]), unit: null, after: "", qualifier: null, change: false, shownStart: at, period });
  }
  for (const p of periods) {
    // "năm 2012", and a month "tháng 4/2022", as a date without its day.
    const month = /^(?:(?:hết|cuối|đầu)\s+)?tháng (\d{1,2})[/-](\d{4})$/iu.exec(p.text);
    if (p.year === null || (!month && !/^(?:(?:hết|cuối|đầu)\s+)?năm \d{4}$/iu.test(p.text))) continue;
    const clause = clauses.find(([s, e]) => p.start >= s && p.start < e);
    if (!clause || figures.some((f) => f.start >= clause[0] && f.start < clause[1])) continue;
    if (out.some((d) => p.start < d.end && d.start < p.end)) continue;
    const numberAt = p.start + p.text.search(/\d/);
    const fields = { unit: null, after: "", qualifier: null, change: false, shownStart: p.start, period: p } as const;
    if (month) out.push({ raw: text.slice(numberAt, p.end), start: numberAt, end: p.end, kind: "date", value: p.year * 10_000 + Number(month[1]) * 100, ...fields });
    else out.push({ raw: String(p.year), start: numberAt, end: numberAt + 4, kind: "year", value: p.year, ...fields });
  }
  return out;
}

// "TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3": the provinces named before "lần lượt", in
// order, own the figures after it, one each.
function respectively(sentence: Sentence, figures: readonly FigureMatch[]): readonly (string | undefined)[] | null {
  const at = sentence.text.search(/(?<![\p{L}])lần lượt(?![\p{L}])/u);
  if (at < 0) return null;
  // The list of provinces is the phrase before "lần lượt": from the last comma or semicolon.
  const from = Math.max(sentence.text.lastIndexOf(",", at), sentence.text.lastIndexOf(";", at));
  const named = [...new Set(sentence.mentions.filter((m) => m.start > from && m.end <= at).map((m) => m.province))];
  const after = figures.map((f, i) => [f, i] as const).filter(([f]) => f.start > at);
  if (named.length < 2 || after.length < named.length) return null;
  const out: (string | undefined)[] = figures.map(() => undefined);
  named.forEach((p, k) => (out[after[k]![1]] = p));
  return out;
}

// "các năm 2021, 2022, 2023 lần lượt xếp thứ 25, 22 và 16": the years named before "lần lượt",
// in order, date the figures after it, one each.
function yearsRespectively(text: string, figures: readonly FigureMatch[]): readonly (PeriodMention | undefined)[] | null {
  const at = text.search(/(?<![\p{L}])lần lượt(?![\p{L}])/u);
  if (at < 0) return null;
  const from = Math.max(text.lastIndexOf(";", at), 0);
  const years = [...text.slice(from, at).matchAll(/(?<![\d.,/])(?:19|20)\d\d(?![\d])/gu)].map((m): PeriodMention => {
    const start = from + (m.index ?? 0);
    return { text: `năm ${m[0]}`, start, end: start + 4, year: Number(m[0]), horizon: false, comparison: false };
  });
  // The figures listed: those after it of the first one's kind ("… trên tổng số 63 tỉnh" is not one).
  const listed = figures.map((f, i) => [f, i] as const).filter(([f]) => f.start > at);
  const after = listed.filter(([f]) => f.kind === listed[0]?.[0].kind);
  if (years.length < 2 || after.length !== years.length) return null;
  const out: (PeriodMention | undefined)[] = figures.map(() => undefined);
  after.forEach(([, i], k) => (out[i] = years[k]));
  return out;
}

// Parts of a sentence between semicolons, as [start, end) offsets.
function clauseBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/;\s*/g)) {
    out.push([start, m.index ?? 0]);
    start = (m.index ?? 0) + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

// The period closest to a figure in its clause, else the one opening its sentence, else the
// closest in the sentence; "đến năm 2025" is a goal's horizon, so it dates a result only in a
// sentence stating no goal ("Đến năm 2023, tỉnh bật lên vị trí thứ 43/63"); never a period
// inside brackets the figure is not in ("đạt 96% (vượt mục tiêu … cuối năm 2022 là 85%)").
function nearestPeriod(text: string, all: PeriodMention[], figures: readonly FigureMatch[], at: number, end: number, clauseStart: number, clauseEnd: number, horizons: boolean): PeriodMention | null {
  const periods = (horizons ? all : all.filter((p) => !p.horizon)).filter((p) => bracketOf(text, p.start) === bracketOf(text, at) || bracketOf(text, p.start) < 0);
  // A period right after the figure is its own ("10/63 năm 2022"); one further after counts twice
  // as far as one before: "đến năm 2025 nằm trong top 25 và đến năm 2030 …".
  // ("Right after" is within the figure's phrase: not past a comma, where the next item starts:
  // "năm 2023 đạt 46,7%, 6 tháng đầu năm 2024 đạt 52,3%".)
  // (So is one after "của": "so với mức 38,5% của năm 2022".)
  const rightAfter = (p: PeriodMention, figureEnd: number) => p.start >= figureEnd && /^\s{0,2}$|^\s*của\s+$/u.test(text.slice(figureEnd, p.start));
  // (Past a comma after the figure, a period opens the next item: "năm 2020 xếp thứ 27, năm 2021
  // vươn lên thứ 14" dates 27 by 2020; it dates the figure only where nothing before does.)
  const distance = (p: PeriodMention) => (p.end <= at ? at - p.end : rightAfter(p, end) ? 0 : 2 * (p.start - at) + 0.5 + (/[,;]/.test(text.slice(end, p.start)) ? NEXT_ITEM : 0));
  const closest = (pool: readonly PeriodMention[]) => pool.reduce<PeriodMention | null>((best, p) => (!best || distance(p) < distance(best) ? p : best), null);
  // In its clause, a period standing after another figure dates that one ("tăng so với 38,5% năm 2022").
  // Before it, a period right after another figure is that one's too.
  const anothers = (p: PeriodMention) => p.end <= at && figures.some((g) => g.start !== at && rightAfter(p, g.end));
  // (Nor after "trong đó", "riêng": "512.000 tài khoản, trong đó riêng 6 tháng đầu năm 2024 cấp
  // thêm 96.500" has the part's period.)
  const parts = (p: PeriodMention) => p.start > end && /(?<![\p{L}])(?:trong đó|trong số đó|riêng)(?![\p{L}])/iu.test(text.slice(end, p.start));
  const inClause = periods.filter((p) => p.start >= clauseStart && p.end <= clauseEnd && (p.start < at || !figures.some((g) => g.start > at && g.end <= p.start)) && !anothers(p) && !parts(p));
  // (Nor, from the rest of the sentence, one right after another figure.)
  const othersOwn = (p: PeriodMention) => figures.some((g) => g.start !== at && rightAfter(p, g.end));
  return closest(inClause) ?? periods.find((p) => p.start < 30) ?? closest(periods.filter((p) => !othersOwn(p) && !parts(p)));
}

// A heading that announces goals: "Mục tiêu đến năm 2025", "Chỉ tiêu năm 2024", "Định hướng đến năm 2030".
// (Written in Markdown too: "## 5. Mục tiêu đến năm 2025", "**Mục tiêu**".)
const GOAL_HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?:[\dIVX]+[.)]\s*)?(?:mục tiêu|chỉ tiêu|định hướng|phương hướng|nhiệm vụ|kế hoạch)(?![\p{L}])[^.]{0,60}$/iu;

// A list item's opening mark: "•", "-", "+", "*", "a)", "1.".
const BULLET = /^\s*(?:[•·\-–+*▪◦]|[a-zđ]\)|\d{1,2}[.)])\s/iu;

// Words before a province's name that make it a description of something else: "của tỉnh Lào Cai".
const OF_PROVINCE = /(?:của|thuộc|tại|ở|với)\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s+)?$/iu;

// The year a figure in brackets right after it is of: "tăng 9 bậc so với năm 2022 (xếp hạng 50/63)",
// "so với cùng kỳ năm 2023 (42,2%)"; or one right after the same time of a year named: "cùng kỳ
// năm 2023 chỉ khoảng 39,8%". Null for any other figure.
function comparedIn(text: string, at: number): PeriodMention | null {
  // ("trong khi cùng kỳ năm 2023 chỉ khoảng 39,8%": the base named right before it, no figure between.)
  const named = periodsIn(text.slice(0, at)).find((p) => p.comparison && /^[^\d,;.()]{0,25}$/u.test(text.slice(p.end, at)) && /(?:^|[,;]\s*|(?<![\p{L}])(?:trong khi|còn|khi|và)\s+)cùng\s+kỳ\s+$/iu.test(text.slice(Math.max(0, p.start - 20), p.start)));
  if (named) return named;
  const open = text.lastIndexOf("(", at);
  if (open < 0 || text.lastIndexOf(")", at) > open) return null;
  return periodsIn(text.slice(0, open)).find((p) => p.comparison && /^\s*$/.test(text.slice(p.end, open))) ?? null;
}

// A rank named by a table row's first cell: "Xếp hạng chỉ số DTI", "Thứ hạng PAR Index".
const RANKED_ROW = /(?<![\p{L}])(?:xếp hạng|thứ hạng|vị trí|hạng)(?![\p{L}])/iu;

/**
 * The figures of a table row's cells, each read as if the row's first cell were written before it
 * ("Xếp hạng chỉ số DTI | 24/63" reads as "Xếp hạng chỉ số DTI 24/63"), offsets in the row.
 */
function rowFigures(sentence: Sentence, cells: readonly TableCell[]): FigureMatch[] {
  const row = sentence.text;
  return cells.flatMap((cell) => {
    const label = cellMeasure(sentence, cell);
    const lead = `${label} `;
    // A unit the measure names in brackets ("Doanh thu (tỷ đồng)") is every cell's: the figure is
    // read with it after, for its kind and unit; its own words after it stay those of the cell.
    const unit = /\(([^()\d]{1,20})\)\s*$/u.exec(label)?.[1]?.trim();
    const withUnit = unit ? figuresIn(`${lead}${row.slice(cell.start, cell.end).trimEnd()} ${unit}`) : null;
    return figuresIn(lead + row.slice(cell.start, cell.end))
      .filter((f) => f.start >= lead.length)
      .map((plain): FigureMatch => {
        const read = withUnit?.find((g) => g.start === plain.start);
        // (A unit with its scale, "(nghìn tài khoản)", "(tỷ đồng)", stays the measure's words: the
        // cell's "402" is no count of 402 accounts.)
        const f = read ? { ...plain, kind: read.kind, unit: /(?<![\p{L}])(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}])/iu.test(unit!) ? null : read.unit } : plain;
        const start = f.start - lead.length + cell.start;
        const ranked = f.kind === "count" && RANKED_ROW.test(label) && Number.isInteger(f.parsed.value) && !f.change;
        return {
          ...f,
          start,
          end: f.end - lead.length + cell.start,
          shownStart: Math.max(cell.start, f.shownStart - lead.length + cell.start),
          ...(ranked ? { kind: "rank" as const, unit: "hạng" } : {}),
        };
      });
  });
}

// A table column of goals: "Mục tiêu 2025", "Kế hoạch năm 2024", "Chỉ tiêu 2025".
const GOAL_COLUMN = /(?<![\p{L}])(?:mục tiêu|kế hoạch|chỉ tiêu|phấn đấu)(?![\p{L}])/iu;

// A table row's first cell.
function rowLabel(row: string): string {
  return row.replace(/^\s*\|/, "").split("|")[0]!.trim();
}

// True when a row's first cell only keys it, by a period ("Năm 2023", "2022") or a place ("Cà
// Mau"): the columns' headers then say what is measured.
function keyedRow(sentence: Sentence): boolean {
  const label = rowLabel(sentence.text);
  const labelEnd = sentence.text.indexOf(label) + label.length;
  const period = cellPeriod(label);
  if (period && label.replace(period.text, "").replace(/(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/u, "").trim().split(/\s+/).filter(Boolean).length <= 1) return true;
  return sentence.mentions.some((m) => m.start <= sentence.text.indexOf(label) + 1 && m.end >= labelEnd - 1);
}

// What a cell of a table row measures: the row's first cell, or its column's header where the
// first cell only keys the row.
function cellMeasure(sentence: Sentence, cell: TableCell): string {
  return keyedRow(sentence) && cell.header ? cell.header : rowLabel(sentence.text);
}

// The period of a cell: its column's header's, the row's where its first cell is a period, or its own.
function cellPeriodOf(sentence: Sentence, cell: TableCell): PeriodMention | null {
  return cellPeriod(cell.header ?? "") ?? (keyedRow(sentence) ? cellPeriod(rowLabel(sentence.text)) : null) ?? cellPeriod(sentence.text.slice(cell.start, cell.end));
}

// The period a table cell names: "Năm 2023", "6 tháng đầu năm 2024", or a bare year ("2023",
// "2022: 45,1%"), read as that year.
function cellPeriod(cell: string): PeriodMention | null {
  const named = periodsIn(cell).find((p) => !p.comparison);
  if (named) return named;
  const year = /(?<![\p{N}.,/])((?:19|20)\d\d)(?![\p{N}%]|[.,]\d)/u.exec(cell);
  return year ? { text: `năm ${year[1]}`, start: 0, end: 0, year: Number(year[1]), horizon: false, comparison: false } : null;
}

// How much farther a period past a comma after the figure stands than one before it.
const NEXT_ITEM = 1000;

// Where the bracket holding an offset opens, or -1 outside brackets.
function bracketOf(text: string, at: number): number {
  const open = text.lastIndexOf("(", at);
  return open >= 0 && text.lastIndexOf(")", at) < open ? open : -1;
}

// A figure is the province's named last before it; else the one spoken of when its sentence began.
function provinceAt(sentence: Sentence, at: number): string {
  const before = sentence.mentions.filter((m) => m.end <= at);
  return before[before.length - 1]?.province ?? sentence.provinces[0] ?? "";
}

const TOPIC_PHRASES = TOPICS.map((t) => ({ id: t.id, phrases: t.phrases.map((p) => foldText(p)) }));

/** The topic whose phrases a text matches most, the local words first, then the sentence. */
export function topicOf(local: string, wider = ""): TopicId {
  for (const text of [local, wider]) {
    const folded = ` ${foldText(text).replace(/[^\p{L}\p{N}%]+/gu, " ")} `;
    let best: { id: TopicId; score: number } | null = null;
    for (const t of TOPIC_PHRASES) {
      const score = t.phrases.reduce((s, p) => (folded.includes(` ${p.replace(/[^\p{L}\p{N}%]+/gu, " ")} `) ? s + p.split(" ").length : s), 0);
      if (score > 0 && (!best || score > best.score)) best = { id: t.id, score };
    }
    if (best) return best.id;
  }
  return "chinh-quyen-so";
}
