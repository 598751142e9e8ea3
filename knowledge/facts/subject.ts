import { vi } from "../lexicon/vi.js";
import { PhraseSet, foldedWords } from "../lexicon/phrases.js";
import { STOPWORDS } from "../text/index.js";

/** The subject "dti": the provincial digital transformation index. */
export const DTI = "dti";

// Every index phrase, and what it names, folded: "dti", a pillar ("kinh te so"), another index.
const INDEX_PHRASES: readonly (readonly [string, string])[] = [
  ...vi.indices.others.map((p) => [p, fold(p)] as const),
  ...Object.entries(vi.indices.pillars).flatMap(([pillar, phrases]) => phrases.map((p) => [p, fold(pillar)] as const)),
  ...vi.indices.dti.map((p) => [p, DTI] as const),
];
const INDEX_SET = new PhraseSet(INDEX_PHRASES.map(([p]) => p));

// Words that frame a rank without naming what is ranked: verbs, places, periods, linking words.
const FRAME = new Set(
  foldedWords(
    "xếp hạng thứ vị trí đứng giữ vững nằm trong top tốp nhóm lên xuống từ tăng giảm bậc đạt năm tháng tỉnh thành phố cả nước toàn quốc trên với của theo cụ thể " +
      "mục tiêu đặt phấn đấu đến hướng tới liên tiếp " +
      "trong đó lần đầu tiên vào liên tục tiếp tục đã được có là và bộ thông tin truyền thông công bố kết quả đánh giá so sánh thị xã huyện",
  ),
);

/**
 * What a rank, a top or a score measures, folded: "dti", a pillar ("kinh te so"), another index, or
 * the words of what else is ranked. It is read from the words before it in its clause (the nearest
 * index phrase: "Kinh tế số xếp hạng thứ 31", "Chỉ số DTI … 0,7411 điểm"), else what "về …"
 * after it names ("đứng thứ 5/63 về tích hợp dịch vụ công"), else its sentence's index phrases
 * before it. A rank whose clause names something else before it ("tích hợp 1.837 dịch vụ công …,
 * đứng thứ 5/63") ranks that; a bare rank ("Trà Vinh xếp hạng 25/63") is the DTI's, the index
 * every article here is about.
 */
export function subjectOf(sentence: string, clauseStart: number, start: number, end: number, provinceWords: ReadonlySet<string>, kind: "rank" | "top" | "score" = "rank"): string {
  const clauseWords = foldedWords(sentence.slice(clauseStart, start));
  // The index its own phrase names right after it: "nhóm 30 địa phương có chỉ số cao nhất".
  // Its phrase ends where another clause or figure starts: "thứ 31 và Xã hội số xếp hạng thứ 11".
  const own = /^[^,;().]{0,50}/u.exec(sentence.slice(end))![0].split(/(?<![\p{L}])(?:và|còn|trong khi|xếp|đứng|đạt|tăng|giảm)(?![\p{L}])|\d/u)[0]!;
  const named = INDEX_SET.first(foldedWords(own));
  if (named) return INDEX_PHRASES[named.phrase]![1];
  // "chỉ số" alone, in articles about the DTI, is the DTI.
  if (/(?<![\p{L}])chỉ số(?![\p{L}])/iu.test(own)) return DTI;
  // An index named before another figure of the clause is that figure's ("kinh tế số chiếm 20%
  // GRDP, trở lại nhóm 30 tỉnh … dẫn đầu về chỉ số DTI").
  const head = sentence.slice(clauseStart, start);
  let sinceFigure = 0;
  // A rate or a count, that is: not a year, and not the same subject's score or another rank.
  for (const m of head.matchAll(/(?<!(?:thứ|top|nhóm|hạng|trí|năm|tháng)\s*)(?<![\d.,/])(?!(?:19|20)\d\d(?!\d))\d(?:[\d.,]*\d)?(?:\s?%|\s+(?!(?:năm|tháng|thứ|điểm|điẻm|bậc|hạng|tỉnh|địa phương|và|hoặc|lên|xuống|so|còn|trong)(?![\p{L}]))\p{L}+)/giu)) sinceFigure = (m.index ?? 0) + m[0].length;
  const inClause = lastIndex(foldedWords(head.slice(sinceFigure)));
  if (inClause) return inClause;
  // "có số lượng dịch vụ công trực tuyến tích hợp nhiều thứ 4 cả nước": what is most ranks.
  if (/(?:nhiều|cao|lớn|thấp|ít|tốt|nhanh)\s+(?:thứ|hạng)\s*$/iu.test(sentence.slice(clauseStart, start))) {
    const own = clauseWords.filter((w) => !FRAME.has(w) && !STOPWORDS.has(w) && !provinceWords.has(w) && !/^\d/.test(w) && !/^(?:nhieu|cao|lon|thap|it|tot|nhanh)$/.test(w));
    if (own.length >= 2) return words(own);
  }
  // "top 5 chỉ số chuyển đổi số", "top 20 tỉnh, thành phố có chỉ số chuyển đổi số tốt nhất".
  const clauseEnd = sentence.indexOf(";", end);
  const following = INDEX_SET.first(foldedWords(sentence.slice(end, Math.min(end + 90, clauseEnd < 0 ? sentence.length : clauseEnd))));
  if (following) return INDEX_PHRASES[following.phrase]![1];
  const about = /^[^.;]{0,40}?(?<![\p{L}])về\s+([^.;,()]{3,80})/u.exec(sentence.slice(end));
  if (about) return lastIndex(foldedWords(about[1]!)) ?? words(foldedWords(about[1]!));
  // A count or a rate stated before it in its clause is what it ranks ("tích hợp 1.837 dịch vụ
  // công …, đứng thứ 5/63"); a score, a rank, or the provinces a rank is among are not.
  const before = sentence.slice(clauseStart, start);
  // (A score is of an index, not of a count: "Điểm bình quân chung của cả nước … là 0,4870".)
  const counted = kind === "score" ? null : /(?<![\d.,])(?!(?:19|20)\d\d(?!\d))(\d[\d.,]*)(\s?%|\s+(?!tỉnh|địa phương|điểm|điẻm|bậc|hạng)[\p{L}]+)/u.exec(before);
  if (counted && !/^0,|^[01],\d{3}/.test(counted[1]!)) {
    const own = clauseWords.filter((w) => !FRAME.has(w) && !STOPWORDS.has(w) && !provinceWords.has(w) && !/^\d/.test(w));
    if (own.length >= 2) return words(own);
  }
  return lastIndex(foldedWords(sentence.slice(0, start))) ?? DTI;
}

function lastIndex(words: readonly string[]): string | null {
  const found = INDEX_SET.findAll(words);
  const last = found[found.length - 1];
  return last ? INDEX_PHRASES[last.phrase]![1] : null;
}

const words = (ws: readonly string[]): string => ws.slice(-8).join(" ");
function fold(phrase: string): string {
  return foldedWords(phrase).join(" ");
}
