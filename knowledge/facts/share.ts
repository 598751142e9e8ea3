import { normalizeText } from "../text/index.js";
import { foldedWords } from "../lexicon/phrases.js";
import type { Fact } from "./types.js";

// Words after a percentage that do not name what it is a share of: a change, a comparison, a
// duration ("tăng so cùng kỳ", "so với kế hoạch", "trở lên", "trong năm").
const NOT_A_BASE = new Set(["tăng", "giảm", "so", "vượt", "trở", "trong", "của", "và", "với", "kế", "cùng", "năm", "đến", "trên", "dưới", "tại", "ở", "sau", "từ", "đạt", "là", "được", "đã", "khi", "gấp", "hơn", "chỉ", "thì", "do", "nhờ", "bởi", "vì", "nhưng", "song", "nên", "để", "cao", "thấp"]);
// Words before what a percentage is a share of that are not it: "100% các ấp", "tổng số hộ".
const DETERMINERS = new Set(["các", "những", "mọi", "toàn", "bộ", "tổng", "số"]);
// Where the noun phrase ends: the words that attach what follows to it ("… mức độ cao cho người dân").
const PHRASE_END = new Set(["cho", "của", "tại", "ở", "với", "trên", "để", "nhằm", "theo", "vào", "từ", "đến", "trong", "thuộc"]);

/**
 * What a percentage is a share of, as the words right after it name them ("100% các ấp" → "ấp",
 * "92,84% số hộ gia đình …" → "hộ gia đình …"), up to the first punctuation or preposition; empty when the words
 * after it are not a noun phrase ("93,8% tăng so cùng kỳ") or it is no percentage.
 */
export function shareOf(f: Fact): string {
  if (f.kind !== "percent") return "";
  const words = normalizeText(f.after).split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && DETERMINERS.has(words[i]!.toLowerCase())) i++;
  if (i >= words.length || NOT_A_BASE.has(words[i]!.toLowerCase())) return "";
  let end = i + 1;
  while (end < words.length && !PHRASE_END.has(words[end]!.toLowerCase())) end++;
  // (Not a "và" leading to the next figure: "100% bệnh viện tuyến tỉnh và 94% trường học".)
  while (end > i + 1 && /^(?:và|hoặc)$/iu.test(words[end - 1]!)) end--;
  return words.slice(i, end).join(" ");
}

/** {@link shareOf}, folded. */
export function shareWords(f: Fact): string[] {
  return foldedWords(shareOf(f));
}
