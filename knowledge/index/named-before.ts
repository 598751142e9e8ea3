import type { Sentence } from "../corpus/index.js";
import { shareOf, type Fact } from "../facts/index.js";

// Words before a figure that name nothing: a period, a verb of reaching, a link, a goal's word.
const NAMING_NOTHING = /^(?:\s|[,;:%–-]|\d+|đến|tới|năm|tháng|quý|đầu|cuối|hết|nay|đã|lên|vươn|tăng|giảm|đạt|là|và|còn|riêng|con số|số|đó|này|thì|mới|chỉ|được|trong|của|mục tiêu|cả|tỷ lệ|tỉ lệ|ở|tại|trong khi|cùng|còn|ghi nhận|có|phát sinh)*$/iu;
const namesNothing = (words: string): boolean => NAMING_NOTHING.test(words.replace(/\s+/g, " "));

/** Words pointing back at a measure named before: "tỷ lệ này", "con số đó", "chỉ số này". */
export const REFERS_BACK = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ|con số|chỉ số|số liệu|mức)\s+(?:này|đó|trên)(?![\p{L}])/iu;

/** A region named: "khu vực Nam Trung Bộ", "cùng vùng Tây Nguyên". */
export const REGION_NAMED = /(?:[Cc]ùng\s+)?(?:khu vực|vùng|miền)(?:\s+\p{Lu}[\p{L}\p{M}]*)+/gu;

// A sentence's words between two offsets, the provinces and places it names, and a region
// named, blanked out.
function placesAside(s: Sentence, from: number, to: number): string {
  let text = s.text;
  for (const m of s.mentions) if (m.start >= from && m.end <= to) text = text.slice(0, m.start) + " ".repeat(m.end - m.start) + text.slice(m.end);
  return text.slice(from, to).replace(REGION_NAMED, " ");
}

// A sentence's words between two offsets without the provinces and places it names, nor the word
// leading to them: "hồ sơ … tại Khánh Hòa được nộp qua mạng" is "hồ sơ … được nộp qua mạng".
function withoutPlaces(s: Sentence, from: number, to: number): string {
  let text = s.text.slice(0, to);
  for (const m of [...s.mentions].reverse()) if (m.start >= from && m.end <= to) text = text.slice(0, m.start).replace(/(?:\s(?:tại|ở|của|thuộc))?\s*$/u, "") + text.slice(m.end);
  return text.slice(from).replace(/^\s*%?/u, "");
}

/**
 * What a figure measures when the words of its clause before it (`s.text` from `from` to `to`, the
 * places it names aside: "Cùng khu vực Nam Trung Bộ, Đà Nẵng đạt 82,3%") name nothing: "Năm 2021,
 * tỷ lệ hồ sơ … đạt 18,5%. Năm 2022 con số đó là 31,2%. Đến năm 2023 đã lên 46,7%". The words
 * before the first figure (years and months aside), else the words right after it, of its own
 * sentence before its clause ("… của Cà Mau ước đạt 6,2%; Bạc Liêu đạt 5,7%"), else of the
 * nearest of the two sentences before `s` under its heading, that name something and do not
 * point further back themselves; the provinces they name left out. Else "", as where the words
 * name something themselves.
 */
export function namedBefore(s: Sentence, from: number, to: number, sentenceOf: (id: string) => Sentence | undefined): string {
  if (!namesNothing(placesAside(s, from, to))) return "";
  const n = Number(s.id.slice(s.id.lastIndexOf("#") + 1));
  const earlier: [Sentence, number][] = from > 0 ? [[s, from]] : [];
  for (const k of [n - 1, n - 2]) {
    const before = sentenceOf(`${s.articleId}#${k}`);
    // (Across paragraphs too, one sentence each in many outlets' style; not across a heading.)
    if (!before || before.heading !== s.heading) break;
    earlier.push([before, before.text.length]);
  }
  for (const [before, end] of earlier) {
    const text = before.text.slice(0, end);
    // (Not a date's: "tính đến hết tháng 10/2024 đạt 34,5%".)
    const first = [...text.matchAll(/(?<![\d.,/])\d+(?:[.,]\d+)*(?![\d/])/gu)].find((m) => !/^(?:19|20)\d\d$/.test(m[0]) && !/^\s*tháng/u.test(text.slice((m.index ?? 0) + m[0].length)) && !/(?:tháng|ngày|quý)\s*$/iu.test(text.slice(0, m.index)));
    const head = first ? text.slice(0, first.index) : "";
    // (One referring back itself, "tỷ lệ này xếp thứ 5/63", names it further back.)
    if (REFERS_BACK.test(head)) continue;
    if (!namesNothing(placesAside(before, 0, head.length))) return withoutPlaces(before, 0, head.length);
    // (Or after its first figure: "Trong 9 tháng năm 2024, 71,6% hồ sơ thủ tục hành chính tại
    // Khánh Hòa được nộp qua mạng, cao hơn …".)
    const at = first ? (first.index ?? 0) + first[0].length : 0;
    const after = first ? text.slice(at).split(/[;,(.]|\s(?:và|nhưng|trong khi|cao hơn|thấp hơn)\s/u)[0]! : "";
    if (after.trim().split(/\s+/).length >= 2 && !namesNothing(after.replace(/^\s*%?/u, ""))) return withoutPlaces(before, at, at + after.length);
  }
  return "";
}

/**
 * True when the words right after a figure name what it measures: a share of two words or more
 * ("98% văn bản đi, đến …"), or a count's noun of as many ("148 trạm 5G"). Such a figure goes on
 * from nothing before it.
 */
export function namesAfter(f: Fact): boolean {
  return shareOf(f).split(/\s+/).length >= 2 || (f.kind === "count" && (f.unit?.split(/\s+/).length ?? 0) >= 2);
}
