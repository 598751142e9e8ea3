import type { Sentence } from "../corpus/index.js";

// Words before a figure that name nothing: a period, a verb of reaching, a link, a goal's word.
const NAMING_NOTHING = /^(?:\s|[,;:%–-]|\d+|đến|tới|năm|tháng|quý|đầu|cuối|hết|nay|đã|lên|vươn|tăng|giảm|đạt|là|và|còn|riêng|con số|số|đó|này|thì|mới|chỉ|được|trong|của|mục tiêu|cả|tỷ lệ|tỉ lệ)*$/iu;
const namesNothing = (words: string): boolean => NAMING_NOTHING.test(words.replace(/\s+/g, " "));

/**
 * What a figure measures when the words of its clause before it (`words`) name nothing: "Năm 2021,
 * tỷ lệ hồ sơ … đạt 18,5%. Năm 2022 con số đó là 31,2%. Đến năm 2023 đã lên 46,7%". The words
 * before the first figure (years and months aside) of the nearest of the two sentences before `s`
 * in its paragraph that name something; else "", as where `words` name something themselves.
 */
export function namedBefore(words: string, s: Sentence, sentenceOf: (id: string) => Sentence | undefined): string {
  if (!namesNothing(words)) return "";
  const n = Number(s.id.slice(s.id.lastIndexOf("#") + 1));
  for (const k of [n - 1, n - 2]) {
    const before = sentenceOf(`${s.articleId}#${k}`);
    if (!before || before.block !== s.block) return "";
    // (Not a date's: "tính đến hết tháng 10/2024 đạt 34,5%".)
    const first = [...before.text.matchAll(/(?<![\d.,/])\d+(?:[.,]\d+)*(?![\d/])/gu)].find((m) => !/^(?:19|20)\d\d$/.test(m[0]) && !/^\s*tháng/u.test(before.text.slice((m.index ?? 0) + m[0].length)) && !/(?:tháng|ngày|quý)\s*$/iu.test(before.text.slice(0, m.index)));
    const head = first ? before.text.slice(0, first.index) : "";
    if (!namesNothing(head)) return head;
  }
  return "";
}
