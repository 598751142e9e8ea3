import type { FigureKind } from "../lexicon/types.js";
import { parseFigure, type ParsedNumber } from "./numbers.js";
import { periodsIn } from "./period.js";

/** A figure found in a sentence, read on its own (before the sentence around it is weighed). */
export interface FigureMatch {
  readonly raw: string;
  readonly parsed: ParsedNumber;
  readonly start: number;
  readonly end: number;
  readonly kind: FigureKind;
  /** "%", "hạng" for a rank or a top, else the counted noun, or null. */
  readonly unit: string | null;
  /** Where the figure as shown starts: the rank's word for a rank, else `start`. */
  readonly shownStart: number;
  /** Up to eight words after the figure. */
  readonly after: string;
  readonly qualifier: string | null;
  readonly change: boolean;
}

// Spans that hold digits but no figure. Each is blanked before figures are looked for.
const NOT_FIGURES: readonly RegExp[] = [
  /https?:\/\/\S+|www\.\S+|[\w.-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\p{N}])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|edu|info)(?:\/\S*)?/giu,
  // Documents and other identifiers: "Nghị quyết số 21-NQ/TU", "Quyết định số 1066", "Đề án 06", "Tổng đài 1022".
  /(?<![\p{L}])(?:nghị quyết|quyết định|kế hoạch|thông tư|nghị định|chỉ thị|công văn|luật|văn bản số|đề án|tờ trình|thông báo|hướng dẫn|tổng đài|đường dây nóng|hotline|đại hội|quốc lộ|tỉnh lộ|phường|quận|khu phố|ấp|khóm|tổ dân phố|số nhà|lần thứ|khóa|khoá|phiên bản|điểm cầu|covid|chương trình số|hội nghị lần)\s*(?:số\s*)?\d[\p{L}\p{N}\/.-]*/giu,
  /(?<![\p{L}\p{N}])\d+[-/]\p{Lu}[\p{L}\p{N}\/-]*/gu,
  // Ordinals that count occasions, not places in a ranking: "năm thứ 3 liên tiếp", "đợt thứ 2".
  /(?<![\p{L}])(?:năm|lần|đợt|kỳ|khóa|khoá|phiên|tuần|ngày|tháng|quý|giai đoạn) thứ \d+/giu,
  // Months named alone: "từ tháng 1 đến tháng 9/2024".
  /(?<![\p{L}])tháng\s+\d{1,2}(?![\d/%,.])(?!\s*(?:năm|\/))/giu,
  // A month named without its year: "đến hết tháng 11", "Riêng tháng 11 ghi nhận …".
  /(?<![\p{L}])tháng\s+\d{1,2}(?![\d.,%/-])/giu,
  // Levels, not quantities: "mức độ 3, 4", "định danh điện tử mức 1, 2", "cấp độ 2", "quý 3".
  // (Not "mức 38,5%", "mức 1.200 tỷ": an amount, decimals or thousands written.)
  /(?<![\p{L}])(?:mức độ|mức|cấp độ|quý)\s+\d+(?:\s*(?:,|và|-|–|hoặc)\s+\d+|\s*(?:và|-|–|hoặc)\s*\d+)*(?![\d.,]*\d)(?!\s*%)/giu,
  // Dates: "24/5/2022", "ngày 10-10", "2-12-2020", "20/6/2022".
  /(?<![\p{L}\p{N}])\d{1,2}[/-]\d{1,2}[/-]\d{2,4}(?![\p{N}])/gu,
  /(?:ngày|hôm)\s+\d{1,2}[/-]\d{1,2}(?![\p{N}])/giu,
  // Durations and ages: "8 tháng", "sau 03 tháng", "gần 1 năm", "từ 15 tuổi"; not "thứ 2 năm 2021", a rank and its year.
  /(?<![\p{L}\p{N}.,/])(?<!thứ\s)\d+(?:[.,]\d+)?\s+(?:tháng|năm|ngày|tuần|giờ|phút|quý|tuổi|thế kỷ)(?![\p{L}])(?!\s+\d{4})/giu,
  // Versions: "công nghiệp 4.0", "Web 2.0".
  /(?<![\p{N}])\d\.0(?![\p{N}])/gu,
  // Phone numbers.
  /(?<![\p{N}])(?:\+84[\s.-]?\d{2,3}|\(?0\d{2,3}\)?)[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?![\p{N}])|(?<![\p{N}])1[89]00[\s.]?\d{3,4}(?![\p{N}])/gu,
];

// A figure glued to the verb before it by a missing space ("đạt76,4%") is one all the same.
const FIGURE = /(?:(?<=(?<![\p{L}])(?:đạt|chiếm|khoảng|là|gần|hơn|trên))|(?<![\p{L}\p{N}/.,]))(?<![\p{L}\p{N}][-–])(\d[\d.,]*\d|\d)(?:\s?\/\s?(\d[\d.,]*\d|\d))?(\s?%)?(?:\s(?:triệu|tỷ|tỉ|nghìn|ngàn)(?![\p{L}]))?(?![\p{L}\p{N}])(?![.,]\d)/gu;
const QUALIFIER = /(?:^|[\s(])(hơn|trên|gần|khoảng|tối thiểu|ít nhất|xấp xỉ|gần như|dưới|chưa đến|chưa tới|lên đến|lên tới)\s+$/iu;
// "bán hàng trên 2 sàn", "có mặt trên 3 nền tảng": "trên" after a verb, before places one is on,
// says where, not "more than".
const PLACES_ON = /^(?:sàn|nền tảng|cổng|trang|website|ứng dụng|kênh|mạng xã hội)/iu;
const ON_AFTER = /(?:bán hàng|bán|đăng|đưa|kinh doanh|giao dịch|hiện diện|có mặt|tích hợp|quảng bá|giới thiệu)\s+trên\s+$/iu;
function onPlaces(text: string, start: number, unit: string | null): boolean {
  return unit !== null && PLACES_ON.test(unit) && ON_AFTER.test(text.slice(Math.max(0, start - 30), start));
}

// A rank's own words right before its number: "xếp thứ", "đứng thứ", "vị trí thứ", "hạng", "xếp hạng thứ".
const RANK_WORD = /(?:(?:xếp|đứng|giữ|nằm ở|lên|xuống|ở)\s+)?(?:vị trí|thứ hạng|hạng|thứ)(?:\s+thứ)?\s*$/iu;
const RANK_VERB = /(?:xếp|đứng|vị trí|hạng|xếp hạng)\s*$/iu;
const TOP_WORD = /(?:top|tốp|nhóm)\s*$/iu;
// What confirms that "thứ N" ranks: a ranking verb earlier in the clause, or what follows it.
const RANK_CONTEXT = /(?:xếp|đứng|vị trí|hạng|top|tốp|dẫn đầu|chỉ số)/iu;
const RANK_AFTER = /^(?:\/\d+|\s*(?:cả nước|toàn quốc|trong cả nước|trên cả nước|tỉnh|địa phương|trong khu vực|khu vực|của cả nước|năm \d{4}|và|,))/iu;
// ("cấp thêm 96.500 tài khoản", "có thêm 10 tổ": what was added is a change too.)
const CHANGE_BEFORE = /(?:(?:tăng trưởng|tăng|giảm|tụt|vượt|thăng)(?: thêm)?|(?<![\p{L}])thêm)(?: so(?: với)?(?: cùng kỳ)?(?: năm \d{4})?)?\s+$/iu;
const MONEY = /^(?:đồng|VNĐ|VND|USD|đô la|đô-la|Đô la|tỷ đồng|triệu đồng|nghìn đồng|tỷ USD|triệu USD)(?![\p{L}])/u;
const UNIT_STOP = new Set(
  ["và", "với", "của", "trên", "tại", "đạt", "được", "đã", "là", "so", "cho", "trong", "từ", "có", "thì", "mà", "như", "theo", "để", "về", "đối", "khi", "ở", "này", "đó", "tăng", "giảm", "lên", "vào", "ra", "hoạt", "triển", "tham", "cung", "thực", "sử", "giải", "đang", "sẽ", "bị", "do", "gồm", "thuộc", "đến", "tới", "năm", "trở", "hiện", "chưa", "không", "đều", "còn", "mới", "nhằm", "bằng", "cả", "toàn", "liên", "mỗi", "tiếp", "khoảng", "gần", "vẫn", "cũng"],
);

/** The figures of a sentence, left to right, each with its kind, unit and the words after it. */
export function figuresIn(text: string): FigureMatch[] {
  const masked = mask(text);
  const out: FigureMatch[] = [];
  let previous: FigureMatch | null = null;
  for (const m of masked.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const raw = text.slice(start, end);
    const parsed = parseFigure(raw);
    if (!parsed) continue;
    if (/^[/-]\d/.test(masked.slice(end, end + 2))) continue;
    if (!parsed.percent && parsed.outOf === null && /^(19|20)\d\d$/.test(raw)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const afterText = text.slice(end);
    const after = wordsAfter(afterText);
    // (A ratio is a level: "hoàn thành và vượt 14/19 chỉ tiêu" counts the targets beaten.)
    // So is a difference: "cao hơn 0,0866 điểm so với bình quân cả nước".
    const difference = /(?:cao|thấp|nhiều|ít)\s+hơn\s+$/iu.test(before) && /^[^.;]{0,25}?so với/iu.test(afterText);
    const change = parsed.outOf === null && (difference || CHANGE_BEFORE.test(before.replace(/(hơn|trên|gần|khoảng)\s+$/u, "")));
    const read = kindOf(text, raw, start, before, afterText, after, parsed, previous, change);
    const figure: FigureMatch = {
      raw,
      parsed,
      start,
      end,
      kind: read.kind,
      unit: read.unit,
      shownStart: read.shownStart,
      after,
      qualifier: onPlaces(text, start, read.unit) ? null : (QUALIFIER.exec(text.slice(Math.max(0, start - 16), start))?.[1] ?? null),
      change,
    };
    out.push(figure);
    previous = figure;
  }
  return out;
}

function kindOf(
  text: string,
  raw: string,
  start: number,
  before: string,
  afterText: string,
  after: string,
  parsed: ParsedNumber,
  previous: FigureMatch | null,
  change: boolean,
): { kind: FigureKind; unit: string | null; shownStart: number } {
  if (parsed.percent) return { kind: "percent", unit: "%", shownStart: start };
  // ("61 trong số 97 sản phẩm OCOP": a part counts what its whole counts.)
  const whole = OUT_OF.exec(afterText);
  const noun = PLACE_NOUNS.exec(afterText)?.[1] ?? countedNoun(after) ?? (whole ? countedNoun(wordsAfter(afterText.slice(whole[0].length))) : null);
  // "tăng 12 bậc", "tăng 10 hạng": a change of rank, counted in places.
  if (change && noun && /^(?:bậc|hạng|hạng so|vị trí)$/iu.test(noun)) return { kind: "rank", unit: noun, shownStart: start };
  const top = TOP_WORD.exec(before);
  if (top && parsed.outOf === null && (!/^nhóm/iu.test(top[0]) || /^\s*(?:tỉnh|địa phương|đơn vị)[^.;]{0,40}(?:dẫn đầu|đứng đầu|tốt nhất|cao nhất)/iu.test(afterText))) {
    return { kind: "top", unit: "hạng", shownStart: start - top[0].length };
  }
  // "thứ 2 và 3": a number joined to a rank just before it ranks too.
  if (previous?.kind === "rank" && !previous.change && /^\s*(?:,|và|hoặc|-|–)\s*$/u.test(text.slice(previous.end, start))) return { kind: "rank", unit: "hạng", shownStart: start };
  const rankWord = RANK_WORD.exec(before);
  if (rankWord && !/^\s*(?:lần|tuổi|năm(?!\s+\d{4}))/iu.test(afterText)) {
    const word = rankWord[0];
    const bare = /^thứ/iu.test(word.trimStart().replace(/^(?:xếp|đứng|giữ|nằm ở|lên|xuống|ở)\s+/iu, ""));
    // A bare "thứ N" ranks when a ranking verb or an index stands earlier in the clause, when a rank
    // just came before it ("thứ 2 năm 2021, thứ 4 năm 2022"), or when "cả nước", "/63" follow it.
    const clauseBefore = text.slice(Math.max(0, text.lastIndexOf(";", start) + 1), start - word.length);
    const ranks = !bare || parsed.outOf !== null || RANK_VERB.test(word.replace(/\s*thứ\s*$/iu, "")) || RANK_CONTEXT.test(clauseBefore) || previous?.kind === "rank" || RANK_AFTER.test(afterText);
    if (ranks) {
      const own = word.replace(/^(?:(?:xếp|đứng|giữ|nằm ở|lên|xuống|ở)\s+)/iu, "");
      return { kind: "rank", unit: "hạng", shownStart: start - own.length };
    }
  }
  if (parsed.outOf !== null && (parsed.outOf === 63 || parsed.outOf === 34) && /^\s*(?:tỉnh|địa phương)/iu.test(afterText)) return { kind: "rank", unit: "hạng", shownStart: start };
  // "0,7411 điểm", "đạt 85 điểm"; not "1.683 điểm giới thiệu dịch vụ", a count of places.
  if (/^\s*(?:điểm|điẻm)(?![\p{L}])(?!\s+[\p{Ll}])/u.test(afterText) || /^\s*(?:điểm|điẻm)\s+(?:so|và|trên|,)/u.test(afterText)) {
    return { kind: "score", unit: afterText.trim().split(/[\s,.;()]+/)[0]!, shownStart: start };
  }
  // "giá trị 0,8340", "đạt 0,7411": a value of an index, written with four decimals.
  if (/^[01],\d{3,4}$/.test(raw)) return { kind: "score", unit: null, shownStart: start };
  // "điểm số lên 0,33", "với 0,54 điểm": a small value a score's words stand right before.
  if (!parsed.outOf && parsed.value < 10 && /,\d/.test(raw) && /(?:điểm|điểm số|chỉ số)(?:\s+[\p{L}]+){0,3}\s*$/iu.test(before)) return { kind: "score", unit: null, shownStart: start };
  if (MONEY.test(afterText.trimStart())) return { kind: "money", unit: noun, shownStart: start };
  if (noun && /^lần(?![\p{L}])/iu.test(noun)) return { kind: "times", unit: noun, shownStart: /gấp\s*$/iu.test(before) ? start - (/gấp\s*$/iu.exec(before)![0].length) : start };
  return { kind: "count", unit: noun, shownStart: start };
}

/** A sentence with identifiers, dates, durations and periods blanked out, offsets kept. */
export function mask(text: string): string {
  let masked = text;
  for (const re of NOT_FIGURES) masked = masked.replace(re, (s) => " ".repeat(s.length));
  for (const p of periodsIn(text)) masked = masked.slice(0, p.start) + " ".repeat(p.end - p.start) + masked.slice(p.end);
  return masked;
}

// Up to twelve words after a figure, stopping at punctuation; "thuê bao/100 dân" and "thuê
// bao/người" stay whole.
function wordsAfter(rest: string): string {
  // (A word may start with digits when letters follow them: "4G", "5G" are words, not figures.)
  const m = /^\s*((?:(?:[\p{L}\p{M}]|\d+\p{L})[\p{L}\p{M}\p{N}-]*(?:\/(?:\d+\s)?[\p{L}\p{M}]+)?\s?){1,12})/u.exec(rest);
  return m ? m[1]!.trim() : "";
}

// A whole a count is part of, right after it: "61 trong số 97 …", "61 trên tổng số 97 …".
const OUT_OF = /^\s*(?:trong (?:tổng )?số|trên tổng số)\s+(?:hơn |gần |khoảng )?\d[\d.,]*\s+/iu;

// Kinds of village or commune counted together: "87 thôn, bản", "120 xã, phường, thị trấn".
const PLACE = String.raw`(?:thôn|bản|ấp|khóm|làng|buôn|plei|sóc|xã|phường|thị trấn|tổ dân phố)`;
const PLACE_NOUNS = new RegExp(String.raw`^\s*(${PLACE}(?:\s*,\s*${PLACE})+)(?![\p{L}])`, "u");

// The counted noun: the words after the figure up to a function word, e.g. "thành viên".
function countedNoun(after: string): string | null {
  const words: string[] = [];
  const all = after.split(/\s+/);
  for (const [i, w] of all.entries()) {
    if (!w || UNIT_STOP.has(w.toLowerCase())) break;
    // ("21 xã biên giới chỉ khoảng 46%": "chỉ" before a figure's word, not the "chỉ" of "chỉ tiêu".)
    if (w.toLowerCase() === "chỉ" && /^(?:khoảng|đạt|có|còn|là|mới|chiếm|bằng|được|hơn|trên|gần)$/iu.test(all[i + 1] ?? "")) break;
    words.push(w);
  }
  return words.length ? words.join(" ") : null;
}
