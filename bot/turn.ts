import { STOPWORDS, SYNONYMS, foldText, normalizeText, type Fact, type Knowledge } from "../knowledge/index.js";
import type { DialogState } from "./context.js";
import type { Entities } from "./entities.js";
import type { Resolved } from "./intent.js";
import { vi } from "./messages.vi.js";
import type { BotOptions } from "./options.js";
import type { AnswerBuilder } from "./compose.js";
import type { Answer } from "./types.js";

/** Everything a handler needs to answer one turn. */
export interface Turn {
  readonly e: Entities;
  readonly knowledge: Knowledge;
  readonly options: BotOptions;
  readonly state: DialogState | undefined;
  readonly resolved: readonly Resolved[];
}

/** A handler's result: the answer and what the conversation should remember of it. */
export interface Reply {
  readonly answer: Answer;
  readonly provinces?: readonly string[];
  readonly query?: string | null;
  readonly shown?: readonly Fact[];
}

/** Adds the merger notes of the provinces resolved. */
export function mergerNotes(b: AnswerBuilder, resolved: readonly Resolved[]): void {
  for (const r of resolved) {
    const n = r.mergerNote;
    if (!n) continue;
    b.note(n.kind === "former" ? vi.merger(n.former, n.current) : vi.mergedInto(n.asked, n.formers));
  }
}

/**
 * Share of the question's topic words found in a fact's sentence or heading, a sentence saying
 * "chỉ số chuyển đổi số" also counting as saying "DTI" (the lexicon's synonyms).
 */
export function support(t: Turn, f: Fact): number {
  const words = t.e.topicWords;
  if (!words.length) return 1;
  const hay = haystack(t, f);
  const share = words.filter((w) => hay.includes(` ${w} `)).length / words.length;
  // Vietnamese words are mostly two syllables: scattered syllables ("lao" here, "động" there)
  // count half unless two topic words stand together somewhere, or a long word ("camera") matches.
  const together =
    words.length < 2 ||
    words.slice(1).some((w, i) => hay.includes(` ${words[i]} ${w} `)) ||
    words.some((w) => w.length >= 5 && hay.includes(` ${w} `));
  return together ? share : share / 2;
}

function fold(s: string): string {
  return foldText(s).replace(/[^\p{L}\p{N}%]+/gu, " ");
}

// A fact's sentence and heading, folded, its province's name removed (the "lao" of "số lao
// động" must not match "Lào Cai"), with the synonyms of the lexicon phrases it uses; computed
// once per sentence and province, shared by the sentence's facts.
const haystacks = new WeakMap<Knowledge, Map<string, string>>();
function haystack(t: Turn, f: Fact): string {
  let known = haystacks.get(t.knowledge);
  if (!known) haystacks.set(t.knowledge, (known = new Map()));
  const key = `${f.sentenceId}\u0000${f.province}`;
  let hay = known.get(key);
  if (hay === undefined) {
    const s = t.knowledge.sentence(f.sentenceId);
    known.set(key, (hay = withSynonyms(` ${fold(`${s?.text ?? f.clause} ${s?.heading ?? ""}`)} `.replaceAll(` ${foldedName(f.province)} `, " "))));
  }
  return hay;
}

// The words right around a fact's figure (from the previous figure or the clause's start to the
// figure, and those after it), folded, with their synonyms; once per fact. A figure whose own
// words say nothing ("376/612 cơ sở giáo dục triển khai thanh toán…, đạt 61%") restates the
// one before it, and takes the clause's words before it.
const nearHaystacks = new WeakMap<Fact, string>();
function nearHaystack(f: Fact): string {
  let hay = nearHaystacks.get(f);
  if (hay === undefined) {
    const own = fold(f.left).split(" ").some((w) => w && !STOPWORDS.has(w) && !LINKS.has(w));
    const before = own ? f.left : f.clause.slice(0, Math.max(0, f.start - f.clauseStart));
    nearHaystacks.set(f, (hay = withSynonyms(` ${fold(`${before} ${f.after}`)} `.replaceAll(` ${foldedName(f.province)} `, " "))));
  }
  return hay;
}

// Words that link a figure to what stands before it without naming anything, folded: "đạt",
// "là", "chiếm khoảng", "tăng hơn".
const LINKS = new Set(["dat", "la", "chiem", "khoang", "hon", "gan", "tren", "duoi", "toi", "thieu", "da", "bang", "tuong", "ung", "xap", "xi", "tang", "giam", "con", "vuot", "muc", "ti", "le", "ty"]);

// A folded text, set in spaces, followed by the phrases of each synonym group it uses.
function withSynonyms(folded: string): string {
  let hay = folded;
  // A phrase is looked for only where its first word stands: most groups have none of theirs.
  const words = new Set(hay.split(" "));
  for (const { phrases, firsts } of SYNONYM_GROUPS) {
    if (!phrases.some((p, i) => words.has(firsts[i]!) && hay.includes(p))) continue;
    const added = `${phrases.join(" ")} `;
    hay += added;
    for (const w of added.split(" ")) words.add(w);
  }
  return hay;
}

const foldedNames = new Map<string, string>();
function foldedName(province: string): string {
  let name = foldedNames.get(province);
  if (name === undefined) foldedNames.set(province, (name = fold(province).trim()));
  return name;
}

// Each group's phrases, folded and set in spaces, and the first word of each.
const SYNONYM_GROUPS = SYNONYMS.map((g) => {
  const phrases = g.map((p) => ` ${fold(p).trim()} `);
  return { phrases, firsts: phrases.map((p) => p.slice(1, p.indexOf(" ", 1))) };
});

/** Least {@link support} for a fact to answer a question: below it the corpus has no such figure. */
export const MIN_SUPPORT = 0.3;

/**
 * Whether the figure itself measures what the question asks, not only stands in a sentence that
 * mentions it: the words right around the figure hold the first of the question's topic words
 * (its head: "hồ sơ" of "hồ sơ trực tuyến"), and half of them or more, both of two (synonyms
 * counting; a rank's measure is named elsewhere in its sentence, "chỉ số DTI năm 2022 … đứng
 * thứ 10/63", so a rank is spared this), and it {@link isShareOfAsked}. Figures set side by side
 * must measure the same thing: "Tổ công nghệ số cộng đồng đến 100% các ấp … hướng dẫn nộp hồ sơ
 * trực tuyến" does not rank provinces by online applications.
 */
export function measuresAsked(t: Turn, f: Fact): boolean {
  const words = t.e.topicWords.filter((w) => !STOPWORDS.has(w));
  if (words.length && f.unit !== "hạng") {
    const hay = nearHaystack(f);
    const held = words.filter((w) => hay.includes(` ${w} `)).length;
    if (!hay.includes(` ${words[0]} `) || held < (words.length <= 2 ? words.length : words.length / 2)) return false;
  }
  return isShareOfAsked(t, f);
}

/**
 * False for a percentage followed by what it is a share of ("100% các ấp", "giảm 50% lệ phí")
 * when the question names none of it: "tỷ lệ hồ sơ trực tuyến" is not answered by a cut of 50%
 * in the fees for applying online.
 */
export function isShareOfAsked(t: Turn, f: Fact): boolean {
  const base = f.unit === "%" ? shareOf(f) : [];
  if (!base.length) return true;
  const asked = new Set([...t.e.topicWords, ...fold(t.e.query).split(" ")].filter((w) => !RATE_WORDS.has(w)));
  return base.some((w) => asked.has(w));
}

// The words that say "a rate" rather than what it is a rate of, folded: "lệ" of "tỷ lệ" is not
// the "lệ" of "lệ phí".
const RATE_WORDS = new Set(["ty", "ti", "le", "phan", "tram", "%"]);

// Words after a percentage that do not name what it is a share of: a change, a comparison, a
// duration ("tăng so cùng kỳ", "so với kế hoạch", "trở lên", "trong năm").
const NOT_A_BASE = new Set(["tăng", "giảm", "so", "vượt", "trở", "trong", "của", "và", "với", "kế", "cùng", "năm", "đến", "trên", "dưới", "tại", "ở", "sau", "từ", "đạt", "là", "được", "đã", "khi"]);
// Words before what a percentage is a share of that are not it: "100% các ấp", "tổng số hộ".
const DETERMINERS = new Set(["các", "những", "mọi", "toàn", "bộ", "tổng", "số"]);

// What a percentage is a share of, as the words right after it name it (its first two words,
// folded, stop words left out); none when the words after it are not a noun phrase.
function shareOf(f: Fact): string[] {
  const words = normalizeText(f.after).toLowerCase().split(/[\s,;:.()]+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && DETERMINERS.has(words[i]!)) i++;
  if (i >= words.length || NOT_A_BASE.has(words[i]!)) return [];
  return words.slice(i, i + 2).map((w) => fold(w).trim()).filter((w) => w && !STOPWORDS.has(w));
}

