import type { ArticleDocument, Sentence } from "../corpus/index.js";
import { foldText } from "../text/index.js";
import { TOPICS, type TopicId } from "./lexicon.js";
import { parseFigure } from "./numbers.js";
import { periodsIn, type PeriodMention } from "./period.js";
import type { Fact } from "./types.js";

// Spans that hold digits but no figure. Each is blanked before figures are looked for.
const NOT_FIGURES: readonly RegExp[] = [
  /https?:\/\/\S+|www\.\S+|[\w.-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\p{N}])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info)(?:\/\S*)?/giu,
  // Documents and other identifiers: "Nghị quyết số 21-NQ/TU", "Quyết định số 1066", "Đề án 06", "Tổng đài 1022".
  /(?<![\p{L}])(?:nghị quyết|quyết định|kế hoạch|thông tư|nghị định|chỉ thị|công văn|luật|văn bản số|đề án|tờ trình|thông báo|hướng dẫn|tổng đài|đường dây nóng|hotline|đại hội|quốc lộ|tỉnh lộ|phường|quận|khu phố|ấp|khóm|tổ dân phố|số nhà|lần thứ|khóa|khoá|phiên bản|điểm cầu|covid|chương trình số)\s*(?:số\s*)?\d[\p{L}\p{N}\/.-]*/giu,
  /(?<![\p{L}\p{N}])\d+[-/]\p{Lu}[\p{L}\p{N}\/-]*/gu,
  // Levels, not quantities: "mức độ 3, 4", "định danh điện tử mức 1, 2", "cấp độ 2", "quý 3".
  /(?<![\p{L}])(?:mức độ|mức|cấp độ|quý)\s+\d+(?:\s*(?:,|và|-|–|hoặc)\s*\d+)*(?!\s*%)/giu,
  // Dates: "24/5/2022", "ngày 10-10", "2-12-2020", "20/6/2022".
  /(?<![\p{L}\p{N}])\d{1,2}[/-]\d{1,2}[/-]\d{2,4}(?![\p{N}])/gu,
  /(?:ngày|hôm)\s+\d{1,2}[/-]\d{1,2}(?![\p{N}])/giu,
  // Durations and ages: "8 tháng", "sau 03 tháng", "gần 1 năm", "từ 15 tuổi".
  /(?<![\p{L}\p{N}.,/])\d+(?:[.,]\d+)?\s+(?:tháng|năm|ngày|tuần|giờ|phút|quý|tuổi|thế kỷ)(?![\p{L}])/giu,
  // Versions: "công nghiệp 4.0", "Web 2.0".
  /(?<![\p{N}])\d\.0(?![\p{N}])/gu,
  // Phone numbers.
  /(?<![\p{N}])(?:\+84[\s.-]?\d{2,3}|\(?0\d{2,3}\)?)[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\p{N}])|(?<![\p{N}])1[89]00[\s.]?\d{3,4}(?![\p{N}])/gu,
];

const FIGURE = /(?<![\p{L}\p{N}/.,])(?<![\p{L}\p{N}][-–])(\d[\d.,]*\d|\d)(?:\s?\/\s?(\d[\d.,]*\d|\d))?(\s?%)?(?:\s(?:triệu|tỷ|tỉ|nghìn|ngàn)(?![\p{L}]))?(?![\p{L}\p{N}])(?![.,]\d)/gu;
const QUALIFIER = /(?:^|[\s(])(hơn|trên|gần|khoảng|tối thiểu|ít nhất|xấp xỉ|gần như|dưới|chưa đến|chưa tới|lên đến|lên tới)\s+$/iu;
const RANK_BEFORE = /(?:vị trí|thứ|hạng|xếp|top|tốp)\s*(?:thứ\s*)?$/iu;
const UNIT_STOP = new Set(
  ["và", "với", "của", "trên", "tại", "đạt", "được", "đã", "là", "so", "cho", "trong", "từ", "có", "thì", "mà", "như", "theo", "để", "về", "đối", "khi", "ở", "này", "đó", "tăng", "giảm", "lên", "vào", "ra", "hoạt", "triển", "tham", "cung", "thực", "sử", "giải", "đang", "sẽ", "bị", "do", "gồm", "thuộc", "đến", "tới", "năm", "trở", "hiện", "chưa", "không", "đều", "còn", "mới", "nhằm", "bằng"].map((w) => w),
);
const TARGET = /phấn đấu|mục tiêu|kế hoạch đề ra|chỉ tiêu đề ra|đề ra chỉ tiêu|hướng tới|định hướng đến|dự kiến|sẽ đạt|(?<![Tt]ính )đến (?:hết )?năm 20\d\d/u;
const ACHIEVED = /(?<![\p{L}])(?<!so với )(?:đã|hiện có|hiện nay|đến nay|hiện tại|tính đến|lũy kế|thực hiện được)(?![\p{L}])/iu;
const CHANGE_BEFORE = /(?:tăng|giảm)(?: thêm)?(?: so(?: với)?(?: cùng kỳ)?(?: năm \d{4})?)?\s+$/iu;

/**
 * Every figure of an article's sentences as a fact: the province it is about, the figure as
 * written and its value, unit, qualifier, period, topic, whether it is a target, and the
 * sentence as its quote. Identifiers, dates, durations, levels, web addresses and phone numbers
 * are not figures. Headings give no facts.
 */
export function extractFacts(doc: ArticleDocument): Fact[] {
  const facts: Fact[] = [];
  let block = -1;
  let blockPeriod: PeriodMention | null = null;
  let blockHorizon: PeriodMention | null = null;
  let blockTarget = false;
  for (const sentence of doc.sentences) {
    if (sentence.block !== block) {
      block = sentence.block;
      blockPeriod = null;
      blockHorizon = null;
      blockTarget = false;
    }
    const periods = periodsIn(sentence.text).filter((p) => !p.comparison);
    const targetAt = TARGET.exec(sentence.text)?.index ?? -1;
    const inheritsTarget = blockTarget && !ACHIEVED.test(sentence.text);
    const found = sentenceFacts(sentence, periods, { achieved: blockPeriod, horizon: blockHorizon }, targetAt, inheritsTarget);
    facts.push(...found);
    // A goal stated with figures ("phấn đấu đến năm 2025, tối thiểu 80%…") or announcing a list
    // (":") makes the paragraph's next sentences goals too; a plan's name in passing does not.
    if (targetAt >= 0 && (found.some((f) => f.target) || /:\s*$/.test(sentence.text))) blockTarget = true;
    // A period opening a sentence ("Trong 8 tháng đầu năm 2023, …") holds for the paragraph.
    const opening = periods.find((p) => p.start < 30 && !p.horizon);
    if (opening) blockPeriod = opening;
    blockHorizon = periods.filter((p) => p.horizon).pop() ?? blockHorizon;
  }
  return facts;
}

function sentenceFacts(
  sentence: Sentence,
  periods: PeriodMention[],
  block: { achieved: PeriodMention | null; horizon: PeriodMention | null },
  targetAt: number,
  inheritsTarget: boolean,
): Fact[] {
  const text = sentence.text;
  const masked = mask(text);
  const clauses = clauseBounds(text);
  const out: Fact[] = [];
  let previousEnd = 0;
  for (const m of masked.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const raw = text.slice(start, end);
    const parsed = parseFigure(raw);
    if (!parsed) continue;
    if (/^[/-]\d/.test(masked.slice(end, end + 2))) continue;
    if (!parsed.percent && parsed.outOf === null && /^(19|20)\d\d$/.test(raw)) continue;
    const [clauseStart, clauseEnd] = clauses.find(([s, e]) => start >= s && start < e) ?? [0, text.length];
    // The words after a figure, up to "và", a comma or a bracket, are its own ("100% người dân
    // trưởng thành có điện thoại thông minh và 80% hộ gia đình…"): the next figure's measure
    // starts after them.
    const gap = text.slice(previousEnd, start);
    const owned = previousEnd ? gap.search(/\s+và\s|[,;()]/u) : 0;
    const leftStart = Math.max(clauseStart, previousEnd + Math.max(0, owned));
    previousEnd = end;
    const before = text.slice(Math.max(clauseStart, start - 40), start);
    const after = wordsAfter(text.slice(end, clauseEnd));
    const qualifier = QUALIFIER.exec(text.slice(Math.max(0, start - 16), start))?.[1] ?? null;
    const rank =
      (parsed.outOf !== null && (RANK_BEFORE.test(before) || ((parsed.outOf === 63 || parsed.outOf === 34) && /^(?:tỉnh|địa phương)/iu.test(after)))) ||
      (parsed.outOf === null && !parsed.percent && /(?:top|tốp)\s*$/iu.test(before));
    const unit = parsed.percent ? "%" : rank ? "hạng" : countedNoun(after);
    const left = text.slice(leftStart, start).replace(/^(?:[\s,;:()–-]|và\s)+/u, "");
    const target = (targetAt >= 0 && targetAt < start) || inheritsTarget;
    const period = nearestPeriod(periods, start, clauseStart, clauseEnd, target) ?? (target ? (block.horizon ?? block.achieved) : block.achieved);
    out.push({
      id: `${sentence.id}:${out.length + 1}`,
      articleId: sentence.articleId,
      sentenceId: sentence.id,
      province: provinceAt(sentence, start),
      raw,
      value: parsed.value,
      unit,
      after,
      qualifier,
      outOf: parsed.outOf,
      period: period?.text ?? null,
      year: period?.year ?? null,
      topic: topicOf(`${left.slice(-60)} ${raw} ${after}`, `${text} ${sentence.heading ?? ""}`),
      target,
      change: CHANGE_BEFORE.test(text.slice(Math.max(leftStart, start - 40), start).replace(/(hơn|trên|gần|khoảng)\s+$/u, "")),
      left,
      clause: text.slice(clauseStart, clauseEnd).trim(),
      start,
      end,
      clauseStart,
      clauseEnd,
    });
  }
  return out;
}

function mask(text: string): string {
  let masked = text;
  for (const re of NOT_FIGURES) masked = masked.replace(re, (s) => " ".repeat(s.length));
  for (const p of periodsIn(text)) masked = masked.slice(0, p.start) + " ".repeat(p.end - p.start) + masked.slice(p.end);
  return masked;
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

// Up to eight words after a figure, stopping at punctuation; "thuê bao/100 dân" stays whole.
function wordsAfter(rest: string): string {
  const m = /^\s*((?:[\p{L}\p{M}][\p{L}\p{M}\p{N}-]*(?:\/\d+\s[\p{L}\p{M}]+)?\s?){1,8})/u.exec(rest);
  return m ? m[1]!.trim() : "";
}

// The counted noun: the words after the figure up to a function word, e.g. "thành viên".
function countedNoun(after: string): string | null {
  const words: string[] = [];
  for (const w of after.split(/\s+/)) {
    if (!w || UNIT_STOP.has(w.toLowerCase())) break;
    words.push(w);
  }
  return words.length ? words.join(" ") : null;
}

// The period closest to a figure, in its clause first; a horizon ("đến năm 2025") only for a goal.
function nearestPeriod(all: PeriodMention[], at: number, clauseStart: number, clauseEnd: number, target: boolean): PeriodMention | null {
  const periods = target ? all : all.filter((p) => !p.horizon);
  const distance = (p: PeriodMention) => (p.end <= at ? at - p.end : p.start - at + 0.5);
  const inClause = periods.filter((p) => p.start >= clauseStart && p.end <= clauseEnd);
  const pool = inClause.length ? inClause : periods;
  return pool.reduce<PeriodMention | null>((best, p) => (!best || distance(p) < distance(best) ? p : best), null);
}

function provinceAt(sentence: Sentence, at: number): string {
  const named = new Set(sentence.mentions.map((m) => m.province));
  if (named.size > 1) {
    const before = sentence.mentions.filter((m) => m.end <= at);
    const pick = before[before.length - 1] ?? sentence.mentions[0];
    if (pick) return pick.province;
  }
  return sentence.provinces[0] ?? "";
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
