import { DTI, currentUnitOf, mentionsIn, namedBefore, namesAfter, shareOf, type Fact, type Knowledge } from "../knowledge/index.js";
import type { Marked } from "./blocks.js";
import type { Messages } from "./messages/vi.js";

/**
 * The figure as a reader is told it, in the article's words: "hơn 5.500 thành viên", "92%",
 * "thứ 4", "vị trí 10/63", "top 20", "tăng 12 bậc", "0,7411 điểm", "34.293 tỷ đồng", "năm 2012";
 * the figure as written marked among them.
 */
export function figureWords(knowledge: Knowledge, f: Fact): Marked {
  const text = knowledge.sentence(f.sentenceId)?.text;
  const q = f.qualifier ? `${f.qualifier.toLowerCase()} ` : "";
  // ("gấp 2 lần": a multiple says its word before it and its unit after.)
  if (text && f.shownStart < f.start) return { before: `${q}${text.slice(f.shownStart, f.start)}`, figure: text.slice(f.start, f.end), after: f.kind === "times" && f.unit ? ` ${f.unit}` : "" };
  // ("cấp thêm 96.500 tài khoản": what was done to add it.)
  const change = f.change ? (/((?:tăng|giảm|tụt|vượt)(?: thêm)?|\p{L}+ thêm)\s*$/iu.exec(f.left.replace(/(hơn|trên|gần|khoảng)\s*$/u, "").trim())?.[1]?.toLowerCase() ?? "") : "";
  // ("tăng 1 hạng" says what changed; "hạng 5" says its word before the figure.)
  const unit = f.unit && f.unit !== "%" && (f.unit !== "hạng" || f.change) ? ` ${f.unit}` : "";
  // "103,4% kế hoạch": a result stated as a share of its plan says so.
  const plan = f.kind === "percent" ? (OF_PLAN.exec(f.after)?.[0] ?? "") : "";
  return { before: `${change ? `${change} ` : ""}${q}`, figure: f.raw, after: `${unit}${levelOf(text, f)}${plan ? ` ${plan}` : ""}` };
}

// The level completing a counted noun cut before it ("tài khoản định danh điện tử mức độ" of
// "… mức độ 2"): " 2", else "".
function levelOf(sentence: string | undefined, f: Fact): string {
  if (!sentence || !f.unit || !LEVEL_WORD.test(f.unit)) return "";
  const at = sentence.indexOf(f.unit, f.end);
  return (at < 0 ? null : LEVEL.exec(sentence.slice(at + f.unit.length)))?.[0] ?? "";
}

// A result's share of its plan: "103,4% kế hoạch", "123,6% so với chỉ tiêu năm".
const OF_PLAN = /^(?:so với )?(?:kế hoạch|chỉ tiêu)(?: năm)?/iu;

/** {@link figureWords} as one string. */
export function shownFigure(knowledge: Knowledge, f: Fact): string {
  const w = figureWords(knowledge, f);
  return `${w.before}${w.figure}${w.after}`;
}

// A counted noun ending on the word of a level ("dịch vụ công mức độ") is cut before the level
// itself, which the figures' extraction reads as an identifier: "mức độ 3, 4", "cấp độ 2".
const LEVEL_WORD = /(?:^|\s)(?:mức độ|mức|cấp độ|cấp)$/iu;
// (Not an amount: "mức 38,5%", "mức 1.200"; a full stop after it ends its sentence.)
const LEVEL = /^\s+\d+(?:\s*(?:,|và|-|–|hoặc)\s*\d+)*(?![\d%]|\s+%|[.,]\d)/u;


// Words that end the words before a figure without naming what it measures: "đạt", "là",
// "ước đạt khoảng", "chiếm", and where the province or the period was named.
const TAIL = /(?:\s|^)(?:đạt|mới|chỉ|là|ước đạt|chiếm|đạt tỷ lệ|đạt tỉ lệ|đạt được|lên|lên tới|với|có|được|đã|hơn|trên|gần|khoảng|tối thiểu|ít nhất|xấp xỉ|của tỉnh|của tỉnh đã cấp|trên địa bàn tỉnh|toàn tỉnh|tỉnh|hiện|hiện có|đến nay|trong đó|cụ thể|năm|tại|ở|và|bằng|đứng|xếp|giữ|vững|vị trí|thứ|hạng|xếp hạng|top|nằm trong|vào|thuộc|nhóm|liên tục|tăng|giảm|so với|cho)\s*$/iu;
// Where a measure starts in the words before a figure: "tỷ lệ …", "chỉ số …", "tổng doanh thu …".
const MEASURE_START = /(?:^|\s)(tỷ lệ|tỉ lệ|chỉ số|tổng|kim ngạch|doanh thu|số lượng|mật độ|mức độ|giá trị|điểm|tổng số|tỷ trọng)\s/iu;

/**
 * What a figure measures, in its article's words, for a headline: the words before it from where
 * its measure starts ("tỷ lệ sử dụng hộp thư điện tử công vụ"), or what it is a share of when
 * they name nothing ("95% người dân trưởng thành có thiết bị thông minh"); a rank or a score is of
 * its index. Empty for a count, whose noun the figure already says.
 */
export function measureWords(knowledge: Knowledge, f: Fact, m: Messages): string {
  if (f.kind === "rank" || f.kind === "top" || f.kind === "score") {
    if (f.subject === DTI) return m.dti;
    if (f.subject && /^(chinh quyen so|kinh te so|xa hoi so)$/.test(f.subject)) return m.pillarIndex(pillarName(f.subject));
  }
  // A count names what it counts, unless in one word ("460.643 người"): then the words after it
  // say who ("đã có định danh điện tử mức 1").
  if (f.kind === "count" && f.unit) {
    if (f.unit.split(/\s+/).length > 1) return "";
    const sentence = knowledge.sentence(f.sentenceId)?.text ?? f.clause;
    // A line of a breakdown names its part before a colon: "Tổ cấp phường/xã: 156 tổ".
    const head = sentence.slice(f.clauseStart, f.start).trimEnd();
    const titled = head.endsWith(":") ? /([^,;:.()]{3,60}):$/u.exec(head)?.[1]?.trim() : undefined;
    if (titled && titled.split(/\s+/).length >= 2) return trim(titled);
    const after = sentence.slice(f.end);
    // (Not at the comma of numbers listed: "mức 1, 2".)
    const rest = after.slice(after.indexOf(f.unit) + f.unit.length).split(/[;(]|,(?!\s*\d)|\.(?!\d)/u)[0]!.trim();
    // (An address is no description: "trên 2 sàn là https://postmart.vn".)
    return rest.split(/\s+/).filter(Boolean).length >= 2 && !/:\/\/|www\./u.test(rest) ? trim(rest) : "";
  }
  // A goal a result is measured against ("đạt 73% (vượt mục tiêu … là 65%)") measures what the result does.
  if (f.target && /(?:vượt|so với|đạt)\s+(?:mục tiêu|chỉ tiêu|kế hoạch)/iu.test(f.left)) {
    const result = knowledge.factsOf(f.province).filter((x) => x.sentenceId === f.sentenceId && !x.target && x.kind === f.kind && x.end <= f.start).at(-1);
    if (result) return measureWords(knowledge, result, m);
  }
  // A change said right after a level ("2.150 tỷ đồng, tăng 23% so với năm trước") measures what
  // the level does.
  if (f.change && f.left.trim().split(/\s+/).length <= 2) {
    const level = knowledge.factsOf(f.province).filter((x) => x.sentenceId === f.sentenceId && !x.change && x.end <= f.start && x.clauseStart === f.clauseStart && !RANKED.has(x.kind)).at(-1);
    const named = level ? measureWords(knowledge, level, m) : "";
    if (named) return named;
  }
  // A base a figure is set against, naming nothing of its own ("(năm 2022 là 8,6%)", "tăng mạnh
  // so với mức 38,5%"), measures what the figure before it does.
  if (BASE.test(f.left.trim())) {
    const main = knowledge.factsOf(f.province).filter((x) => x.sentenceId === f.sentenceId && x.kind === f.kind && x.end <= f.start && !x.target && !OF_PLAN.test(x.after)).at(-1);
    if (main) return measureWords(knowledge, main, m);
  }
  const text = knowledge.sentence(f.sentenceId)?.text ?? f.clause;
  if (f.kind === "year" || f.kind === "date") {
    // The clause without its date, and the word leading to it: "Từ tháng 4/2022, Phường 5 triển
    // khai …" says "Phường 5 triển khai …".
    const before = text.slice(f.clauseStart, f.shownStart).replace(/(?:^|\s)(?:từ|vào|đến|tới|trong|cuối|đầu|hết|ngay từ|kể từ)\s*$/iu, "");
    const clause = `${before} ${text.slice(f.end, f.clauseEnd).replace(/^\s*,/, "")}`.replace(/\s+,/g, ",").replace(/^[\s,]+/, "").trim();
    return trim(clause.charAt(0).toUpperCase() + clause.slice(1));
  }
  // (A question-and-answer page's marks are no words of the measure: "✅ Đáp: Năm 2023, …".)
  let before = f.left.replace(QA_MARK, "").replace(SPEAKER, "");
  // A clause naming nothing goes on from the sentences before: "Năm 2022 con số đó là 31,2%".
  const sentence = knowledge.sentence(f.sentenceId);
  const earlier = sentence && !namesAfter(f) ? namedBefore(sentence, f.clauseStart, f.start, knowledge.sentence) : "";
  // (Its period aside: "Kinh tế số năm 2023 ước đạt 9,6% GRDP. Mục tiêu đến năm 2025 là 20%".)
  if (earlier) before = earlier.replace(PERIOD_WORDS, " ").replace(/\s+/gu, " ");
  // "- 62,9%: tỷ lệ hồ sơ … nộp trực tuyến (…)": a figure described after a colon.
  const described = /^\s*:\s*([^(;,.]+)/u.exec(text.slice(f.end, f.clauseEnd))?.[1];
  if (described && before.trim().length < 3) return trim(described);
  // A figure whose own words name nothing ("cá nhân là 90%", "… 570 dịch vụ công trực tuyến phát
  // sinh hồ sơ trực tuyến (đạt 97,10%)") restates what comes before it: the words since the figure
  // before it, else its clause's subject.
  if (before.split(/\s+/).filter(Boolean).length < 4) {
    const head = text.slice(f.clauseStart, f.start);
    let previousEnd = -1;
    for (const m of head.matchAll(/\d[\d.,/]*%?/gu)) previousEnd = (m.index ?? 0) + m[0].length;
    const since = previousEnd > 0 ? head.slice(previousEnd).replace(/[\s(,;:]*(?:đạt|là|chiếm)?[\s(]*$/u, "").trim() : "";
    const digit = head.search(/\d/);
    // ("…, cấp xã đạt 99,99%": a level or a part after a figure of its kind names what that one
    // measures, of itself.)
    // (The sentence's first figure of its kind naming a measure names it: "92% (trong đó, thư điện
    // tử đơn vị là 98%, cá nhân là 90%)", "năm 2022 ước đạt 6,8%, năm 2023 khoảng 8,1%". Not
    // where the words since are the figure before's, "96,3% ở cấp tỉnh, 91,7%", nor where the
    // figure says what it is a share of, "100% trường học và 96% cơ sở khám chữa bệnh".)
    // (Its own words start after the comma ending the figure before's: "81,2% hồ sơ …, Hà Nam
    // 69,5%"; a province named there is the figure's, no part of what it measures.)
    const part = stripTail(withoutProvinces(since.split(",").pop()!).replace(/^[\s;:()]+/u, "").replace(/^(?:riêng|còn|trong đó)\s+/iu, "").replace(PERIOD_WORDS, " ").replace(/\s+/gu, " "));
    const own = !/^[\s,;:()]*(?:ở|tại|của)\s/iu.test(since) && !/\svà$/u.test(since) && !shareOf(f) && part.split(/\s+/).length <= 4;
    const first = own ? measuredBefore(knowledge, f, m) : undefined;
    if (first) return `${first}${part ? ` — ${part}` : ""}`;
    if (since.split(/\s+/).length >= 2) before = since;
    else if (digit > 0 && !before.startsWith(head.slice(0, digit))) before = `${head.slice(0, digit).replace(/[\s,;:(]+$/u, "")} — ${before}`;
  }
  // The measure named earlier in the clause than the words kept before the figure: "Tỷ lệ doanh
  // nghiệp nhỏ và vừa sử dụng nền tảng như: …, quảng bá hình ảnh... đạt 100%".
  const head = text.slice(f.clauseStart, f.start);
  if (before.search(MEASURE_START) < 0 && head.search(MEASURE_START) >= 0 && !/\d/.test(head.slice(head.search(MEASURE_START)))) {
    before = head.slice(head.search(MEASURE_START)).split(/\s*(?:như|gồm|bao gồm)?\s*:/u)[0]!;
  }
  const start = before.search(MEASURE_START);
  // What a percentage is a share of names it, unless the words before it say "tỷ lệ …".
  const share = shareOf(f);
  if (start < 0 && share) {
    // A share named in a word or two ("17% GRDP", "99% các thôn") is said with what comes before it.
    // (Not a scale word of the figure before: "2,41 triệu người dân …, chiếm 72,8% dân số".)
    const lead = share.split(/\s+/).length <= 2 ? stripTail(before.slice(before.lastIndexOf(";") + 1)).replace(/^(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+/iu, "") : "";
    return trim(lead.split(/\s+/).length >= 2 ? `${lead} … ${share}` : share);
  }
  let words = stripTail(start >= 0 ? before.slice(start).trim() : before.slice(before.lastIndexOf(",") + 1).trim());
  // A long run of words from a measure's start names it by its last phrase (not after the comma
  // of a level's numbers: "mức độ 3, 4 phát sinh hồ sơ").
  // (Nor where that leaves a word or two: "… có ký số cấp tỉnh, huyện".)
  const lastPhrase = [...words.matchAll(/(?<!\d),\s/gu)].at(-1);
  const tail = lastPhrase ? words.slice((lastPhrase.index ?? 0) + 2) : "";
  if (words.split(/\s+/).length > 12 && tail.split(/\s+/).length >= 3) words = tail;
  return words.split(/\s+/).filter(Boolean).length >= 2 ? trim(words) : "";
}

// Ranks and scores measure their own index, whatever figure stands before them.
const RANKED = new Set(["rank", "top", "score"]);

// A text without the provinces it names.
const withoutProvinces = (text: string): string => mentionsIn(text).reduceRight((out, p) => out.slice(0, p.start) + out.slice(p.end), text);

// A period's words in a figure's phrase: "năm 2023", "6 tháng đầu năm 2024", "quý II".
const PERIOD_WORDS = /(?:\d+\s+tháng\s+(?:đầu\s+|cuối\s+)?)?năm\s+(?:19|20)\d\d|quý\s+(?:I{1,3}|IV|\d)(?:\/\d{4})?/giu;

// What the first figure of a figure's kind in its sentence measures, when its words name it (three
// words or more), at most ten words; else undefined.
function measuredBefore(knowledge: Knowledge, f: Fact, m: Messages): string | undefined {
  // (Of every province its sentence names: "Hưng Yên đạt 81,2% …, Hà Nam 69,5%".)
  const provinces = new Set([f.province, ...(knowledge.sentence(f.sentenceId)?.mentions.map((x) => x.province) ?? [])]);
  const facts = [...provinces].flatMap((p) => knowledge.factsOf(p)).filter((x) => x.sentenceId === f.sentenceId).sort((a, b) => a.start - b.start);
  for (const x of facts) {
    if (x.sentenceId !== f.sentenceId || x.kind !== f.kind || x.end > f.start || x.target || RANKED.has(x.kind) || x.change !== f.change) continue;
    // (Its clause's, or, for a breakdown after a semicolon, the sentence's: "…; trong đó cấp tỉnh 68,5%, …".)
    if (x.clauseStart !== f.clauseStart && !/^\s*trong (?:số )?đó/iu.test(f.clause)) continue;
    const words = measureWords(knowledge, x, m).replace(/…$/u, "").split(/\s+/).filter(Boolean);
    if (words.length >= 3 && !/^trong đó$/iu.test(words.slice(0, 2).join(" "))) return `${words.slice(0, 10).join(" ")}${words.length > 10 ? "…" : ""}`;
  }
  return undefined;
}

// The words before a base of comparison: "năm 2022 đạt", "cùng kỳ là", "tăng … so với mức".
const BASE = /^(?:(?:năm\s+(?:19|20)\d\d|năm trước|năm ngoái|cùng kỳ(?:\s+năm\s+(?:19|20)\d\d)?)\s+(?:đạt|là|chỉ đạt|mới đạt|chỉ là)|(?:[^,;]*\s)?so với(?:\s+mức)?)$/iu;

// A speaker named before what they say: "Ông Lê Hoàng Tâm:", "Bà Nguyễn Thị Hoa (Giám đốc Sở):".
const SPEAKER = /^\s*(?:Ông|Bà|Anh|Chị|PV|Phóng viên)(?:\s+[\p{Lu}][\p{L}\p{M}]*){0,4}(?:\s*\([^)]{0,60}\))?\s*:\s*/u;

// A line's opening in a question-and-answer page: "✅ Đáp:", "❓ Hỏi:", "Trả lời:".
const QA_MARK = /^\s*(?:[^\p{L}\p{N}\s]\s*)*(?:Hỏi|Đáp|Trả lời|Câu hỏi)\s*:\s*/u;

// A measure named again after a comma, to lead to its figure: "Về tỷ lệ hộ … cáp quang, tỷ lệ 82,5%".
const RESTATED = /,\s*(?:tỷ lệ|tỉ lệ|con số|số)(?:\s+(?:này|đó|trên))?\s*$/iu;

// The words before a figure without those that only lead to it ("đạt", "là", "toàn tỉnh").
function stripTail(text: string): string {
  let words = text.trim();
  for (let last = ""; last !== words; ) {
    last = words;
    words = words.replace(TAIL, "").replace(RESTATED, "").replace(/[\s,;:(—-]+$/u, "").trim();
  }
  return words;
}

/** Where a figure holds, as a reply names it: the province, or "xã Gia Phú (Lào Cai)". */
export function placeOf(f: Fact, m: Messages): string {
  if (f.scope === "national") return m.wholeCountry(displayName(f.province));
  return f.scope === "local" && f.place ? m.localPlace(f.place, f.province) : displayName(f.province);
}

/**
 * A former province as a reply names it: "Thừa Thiên Huế (thành phố Huế)" for one renamed in
 * 2025 without merging with another, else its own name.
 */
export function displayName(province: string): string {
  const current = currentUnitOf(province);
  return current && current.name !== province && current.formerProvinces.length === 1 ? `${province} (thành phố ${current.name})` : province;
}

function trim(s: string): string {
  // A bracket left open at the end ("… cáp quang (cả nước") is cut with what it opens.
  const words = s.replace(/\s*\([^)]*$/u, "").replace(/[.…;:]+$/u, "").trim().split(/\s+/);
  return words.length > 14 ? `${words.slice(0, 14).join(" ")}…` : words.join(" ");
}

const PILLAR_NAMES: Readonly<Record<string, string>> = { "chinh quyen so": "chính quyền số", "kinh te so": "kinh tế số", "xa hoi so": "xã hội số" };
const pillarName = (subject: string): string => PILLAR_NAMES[subject] ?? subject;

/** How far apart two figures of one kind are, written as the articles write numbers ("13,74"). */
export function gapBetween(a: Fact, b: Fact): string {
  return formatNumber(Math.abs(a.value! - b.value!), Math.max(decimalsOf(a.raw), decimalsOf(b.raw)));
}

// Digits after the decimal comma of a figure as written ("97,10%": 2; "1.837": 0).
const decimalsOf = (raw: string): number => /,(\d+)/.exec(raw)?.[1]?.length ?? 0;

// A number as Vietnamese writes it: "1.017", "2,19".
function formatNumber(x: number, decimals: number): string {
  const [whole, fraction] = x.toFixed(decimals).split(".");
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}${fraction ? `,${fraction}` : ""}`;
}
