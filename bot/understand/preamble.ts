import { foldText, provincesAsked } from "../../knowledge/index.js";
import { LEXICONS } from "./lexicons.js";

const vi = LEXICONS.vi.source;

// A phrase of the lexicon as a pattern: its words as written (marks and all) in a text typed
// with marks, folded in one typed without ("tôi hỏi" is no "tới hội").
const pattern = (phrases: readonly string[]): { marked: RegExp; folded: RegExp } => {
  const alternatives = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((p) => p.replace(/\s+/g, "\\s+")).join("|");
  return {
    marked: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(phrases.map((p) => p.toLowerCase()))})(?![\\p{L}\\p{N}])`, "gu"),
    folded: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(phrases.map((p) => foldText(p)))})(?![\\p{L}\\p{N}])`, "gu"),
  };
};
const OPENINGS = pattern(vi.askOpenings);
const SALUTATIONS = pattern(vi.salutations);
const QUESTION_WORDS = pattern(vi.questionWords);

// The spans of a text where a pattern stands, marks compared where the text has them.
function found(text: string, p: { marked: RegExp; folded: RegExp }): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  const out = [...lower.matchAll(p.marked)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  // (foldText keeps offsets: one letter for one letter.)
  for (const m of foldText(lower).matchAll(p.folded)) {
    const start = m.index ?? 0;
    if (/^[\x00-\x7f]*$/.test(lower.slice(start, start + m[0].length))) out.push({ start, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

// A question that speaks of what the caller said before it: "Con số đó đúng không?".
const REFERS_BACK = /(?<![\p{L}])(?:so (?:do|nay|tren)|con so|thong tin (?:do|nay|tren)|dieu (?:do|nay)|nhu vay)(?![\p{L}])/u;
const CONFIRMS = /(?<![\p{L}])(?:dung|phai|that|chinh xac)(?:\s+(?:vay|the|roi|nhu vay))?\s+(?:khong|ko|hong|hok|chu|ha|k)(?![\p{L}])/u;
const hasNumber = (text: string) => /(?<![\p{L}])\d/u.test(text);

/**
 * The part of a message that asks, without what a caller says of themselves first: "Tôi 62 tuổi,
 * lương hưu được 5 triệu. Tỷ lệ chi trợ cấp thất nghiệp ở Long An là bao nhiêu?" asks its last
 * sentence only. The question proper starts after the last of the lexicon's `askOpenings` ("cho
 * hỏi"), else at the first sentence holding a question word when the sentences before hold none.
 * A province the preamble names and the question does not is kept, by its name: "Tôi ở Rạch Giá.
 * Cho hỏi tỉnh mình có bao nhiêu máy ATM?" asks of Kiên Giang. A message whose question refers
 * back to the preamble ("… Con số đó đúng không?"), or confirms a figure only the preamble
 * states, is read whole.
 */
export function askedPart(message: string): string {
  // ("Dạ chào anh chị, …", "Anh ơi cho em hỏi, …": a greeting opening a message asks nothing.)
  const text = withoutSalutation(message);
  const { start, opened } = questionStart(text);
  if (start <= 0) return text;
  const asking = text.slice(start).replace(/^[\s,.:;!–-]+/u, "");
  const preamble = text.slice(0, start);
  const folded = foldText(asking).toLowerCase();
  // (A few words before a question without its opening are its own part: "Năm 2023. DTI Long An?")
  if (asking.split(/\s+/).length < 4 || (!opened && preamble.trim().split(/\s+/).length < 4) || REFERS_BACK.test(folded) || (CONFIRMS.test(folded) && !hasNumber(asking) && hasNumber(preamble))) return text;
  // ("Tôi ở xã Gia Phú, huyện Bảo Thắng. … của xã là bao nhiêu": the commune told of is the one asked.)
  const place = placeOf(preamble, asking);
  if (provincesAsked(asking).length) return place ? `${place} ${asking}` : asking;
  // (Of two provinces told of, "tỉnh mình" or "bên đó" could be either: none is assumed.)
  const named = [...new Set(provincesAsked(preamble).map((p) => p.province))];
  const lead = [place, named.length === 1 ? named[0] : null].filter(Boolean).join(", ");
  return lead ? `${lead}: ${asking}` : asking;
}

// Where the question proper starts in a message (0 for the start), and whether an opening says so.
function questionStart(text: string): { start: number; opened: boolean } {
  const opening = found(text, OPENINGS).at(-1);
  // ("Bác hỏi tí: …", "cho em hỏi chút ạ, …": the words softening the opening are the opening's.)
  if (opening) return { start: opening.end + (/^\s*(?:tí|chút|xíu|thăm|nha|nhé|ạ)(?![\p{L}])/iu.exec(text.slice(opening.end))?.[0].length ?? 0), opened: true };
  // (A full stop ends a sentence only before white space: "2.000" is one number.)
  const sentences = [...text.matchAll(/.+?(?:[.!?]+(?=\s|$)|$)/gsu)].map((m) => ({ start: m.index ?? 0, text: m[0] }));
  if (sentences.length < 2) return { start: 0, opened: false };
  const asks = (s: { text: string }) => /\?\s*$/.test(s.text) || found(s.text, QUESTION_WORDS).length > 0;
  const first = sentences.findIndex(asks);
  // (No sentence asking in words, the last asks after one a caller says of themselves: "Tôi quê
  // Hà Tĩnh, làm việc ở Vinh 10 năm nay. Nghệ An DTI 2023 tăng 12 bậc".)
  if (first < 0 && /^\s*(?:tôi|em|mình|cháu|con|bác|cô|chú|tui|nhà tôi|nhà em|nhà mình)(?![\p{L}])/iu.test(sentences[0]!.text)) return { start: sentences.at(-1)!.start, opened: false };
  return { start: first > 0 ? sentences[first]!.start : 0, opened: false };
}

// A message without the greetings and words of address it opens with.
function withoutSalutation(text: string): string {
  let rest = text;
  for (;;) {
    // (One word typed without marks may be another: "da nang" is Đà Nẵng, not "dạ".)
    const first = found(rest, SALUTATIONS).find((m) => m.start === 0 && /^(?:[\s,.!:;]|ạ|$)/u.test(rest.slice(m.end)) && (/\s/.test(rest.slice(m.start, m.end)) || !/^[\x00-\x7f]*$/.test(rest.slice(m.start, m.end))));
    if (!first) return rest;
    const next = rest.slice(first.end).replace(/^(?:\s*ạ)?[\s,.!:;]*/u, "");
    // (A greeting alone is answered as one.)
    if (!next) return rest;
    rest = next;
  }
}

// A commune or district the preamble names ("xã Gia Phú") that the question asks of by its kind
// alone ("của xã", "huyện mình"), else null.
function placeOf(preamble: string, asking: string): string | null {
  for (const m of preamble.matchAll(/(?<![\p{L}])(xã|phường|thị trấn|huyện|thị xã)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})/gu)) {
    const kind = m[1]!;
    const named = new RegExp(`(?<![\\p{L}])${kind}\\s+\\p{Lu}`, "u").test(asking);
    if (!named && new RegExp(`(?<![\\p{L}])${foldText(kind)}(?![\\p{L}])`, "u").test(foldText(asking))) return m[0];
  }
  return null;
}
