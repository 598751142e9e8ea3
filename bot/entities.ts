import { SYNONYMS, TOPICS, foldText, normalizeText, provincesAsked, type AskedProvince, type Pillar } from "../knowledge/index.js";

/** What a question names: provinces, the measure it wants, topic words, period, goal or result. */
export interface Entities {
  /** The question, NFC and trimmed. */
  readonly text: string;
  /** Folded, for matching. */
  readonly folded: string;
  readonly provinces: readonly AskedProvince[];
  /** The question without province names, with synonyms added: what to search for. */
  readonly query: string;
  /** The question without province names, as typed: to name the topic in replies. */
  readonly topic: string;
  /** Folded content words left once provinces, question words and generic words are gone. */
  readonly topicWords: readonly string[];
  /** "tỷ lệ", "phần trăm", "%": a percentage is wanted. */
  readonly wantsPercent: boolean;
  /** "xếp hạng", "đứng thứ", "vị trí": a rank is wanted. */
  readonly wantsRank: boolean;
  /** The noun after "bao nhiêu"/"mấy"/"số" ("thành viên"), folded, else null. */
  readonly countedNoun: string | null;
  /** "mục tiêu", "phấn đấu", "kế hoạch", "chỉ tiêu": a goal is wanted. */
  readonly wantsTarget: boolean;
  /** A year the question names, else null. */
  readonly year: number | null;
  /** A pillar named on its own ("xã hội số Lào Cai"). */
  readonly pillar: Pillar | null;
  /** Measure words present ("bao nhiêu", "tỷ lệ", "mấy"…). */
  readonly asksFigure: boolean;
  /** Overview words present ("ra sao", "tóm tắt", "tình hình"…). */
  readonly asksOverview: boolean;
  /** The question is in English. */
  readonly english: boolean;
}

// Words that ask, not what is asked about. Folded.
const QUESTION_WORDS = new Set(
  ("bao nhieu may so la gi nao sao the nhu ra ai dau khong chua roi vay nhi a a oi co duoc cua o tai trong ve cho toi biet hoi xin vui long giup "
    + "tinh thanh pho tp dia phuong hien nay bay gio hom con thi chi tiet hon so sanh voi va giua nhat nhieu it cao thap muc bang "
    + "ti le trong phan tram xep hang dung thu vi tri hang top muc tieu phan dau ke hoach chi tieu dat duoc bao gom luong").split(" "),
);
// Phrases that say "digital transformation in general", not a topic. Folded.
const GENERIC = ["chuyen doi so", "cds", "ket qua", "tinh hinh", "tom tat", "tong quan", "noi bat", "thanh tuu", "the nao", "ra sao", "nhu the nao", "co gi", "nhung gi", "diem sang", "so lieu", "du lieu", "thong tin", "trien khai"];
const OVERVIEW = /\b(ra sao|the nao|nhu the nao|tom tat|tong quan|tinh hinh|nhung ket qua|ket qua (gi|nao)|co gi|noi bat|diem sang|thanh tuu|overview|summary|how is|how are|how has|doing)\b/;
const FIGURE = /\b(bao nhieu|may|ti le|ti trong|phan tram|so luong|dat (duoc )?(bao|muc)|xep hang|hang may|thu may|dung thu|vi tri|how many|how much|what is the|rate|percentage|share|number of|rank|ranking)\b|%/;
const PERCENT = /\b(ti le|ti trong|phan tram|bao nhieu %|rate|percentage|share|proportion)\b|%/;
const RANK = /\b(xep hang|xep thu|dung thu|thu may|hang may|vi tri|hang|top|dti|chi so chuyen doi so|rank|ranking|ranked)\b/;
const TARGET = /\b(muc tieu|phan dau|ke hoach|chi tieu|den nam 20\d\d|target|goal|plan)\b/;
// The noun counted: after "bao nhiêu" first, else after "mấy" or "số" ("số" also ends nouns:
// "doanh nghiệp công nghệ số … bao nhiêu lao động" counts workers).
// "số X" counts X, unless "số" is "digital" ("chuyển đổi số", "chữ ký số", "kinh tế số"), part of
// "hồ sơ", or the start of "so sánh"/"so với".
const COUNTED = [
  /\b(?:bao nhieu|how many)\s+((?:[a-z]+\s?){1,3})/,
  /\b(?<!(?:doi|ki|ho|nghe|tang|te|hoi|quyen|lieu|do|dai) )(?:may|so)\s+(?!sanh\b|voi\b)((?:[a-z]+\s?){1,3})/,
];
// A year named as a period ("năm 2023") says when, not what: its "năm" is no topic word.
const YEAR_PHRASE = / nam (?:19|20)\d\d /g;

const PILLARS: readonly { pillar: Pillar; folded: string }[] = [
  { pillar: "chính quyền số", folded: "chinh quyen so" },
  { pillar: "kinh tế số", folded: "kinh te so" },
  { pillar: "xã hội số", folded: "xa hoi so" },
  { pillar: "hạ tầng số", folded: "ha tang so" },
];

// English words that carry the domain, mapped to the Vietnamese the articles use.
const ENGLISH: readonly [RegExp, string][] = [
  [/online public services?/g, "dịch vụ công trực tuyến"],
  [/public services?/g, "dịch vụ công"],
  [/digital signatures?/g, "chữ ký số"],
  [/smart ?phones?/g, "điện thoại thông minh"],
  [/e-?commerce|online (market|shopping|sales)/g, "thương mại điện tử"],
  [/cashless|non-cash/g, "thanh toán không dùng tiền mặt"],
  [/digital (technology )?(enterprises|businesses|companies|firms)/g, "doanh nghiệp công nghệ số"],
  [/workers|employees|labou?r|jobs/g, "lao động"],
  [/community digital (technology )?teams?/g, "tổ công nghệ số cộng đồng"],
  [/members/g, "thành viên"],
  [/broadband|fib(re|er)|internet/g, "internet cáp quang"],
  [/e-?mail|mailbox(es)?/g, "hộp thư điện tử công vụ"],
  [/electronic documents?|e-documents?/g, "văn bản điện tử"],
  [/e-?id(entity|entification)?|electronic identi\w+|vneid/g, "định danh điện tử"],
  [/cameras?/g, "camera"],
  [/supermarkets?/g, "siêu thị"],
  [/markets?/g, "chợ"],
  [/products?/g, "sản phẩm"],
  [/households?/g, "hộ gia đình"],
  [/bank cards?|cards/g, "thẻ"],
  [/accounts?/g, "tài khoản"],
  [/dossiers?|applications?/g, "hồ sơ"],
  [/satisfaction/g, "hài lòng"],
  [/rank(ing|ed)?|dti|digital transformation index/g, "xếp hạng chỉ số chuyển đổi số"],
  [/rate|percentage|proportion|share/g, "tỷ lệ"],
  [/targets?|goals?/g, "mục tiêu"],
  [/communes?/g, "xã"],
  [/health records?/g, "hồ sơ sức khỏe điện tử"],
  [/pension/g, "lương hưu"],
];
const ENGLISH_HINT = /\b(what|how|which|is|are|the|of|in|does|do|many|much|rate|compare|province|digital|ranking|show|tell|me|about|and)\b/g;

const SYNONYM_GROUPS = SYNONYMS.map((g) => ({ phrases: g, folded: g.map((p) => ` ${foldWords(p)} `) }));

function foldWords(s: string): string {
  return foldText(s).replace(/[^\p{L}\p{N}%]+/gu, " ").trim();
}

/** Reads the entities of a question. */
export function entitiesOf(question: string): Entities {
  const text = normalizeText(question);
  const provinces = provincesAsked(text);
  let rest = text;
  for (const p of [...provinces].sort((a, b) => b.start - a.start)) rest = rest.slice(0, p.start) + " " + rest.slice(p.end);
  const foldedRest = ` ${foldWords(rest)} `;
  const folded = foldWords(text);
  const english = (folded.match(ENGLISH_HINT) ?? []).length >= 2 && !/[^\x00-\x7f]/.test(text);

  let query = rest.replace(/(?<![\p{L}])(mới|hiện nay|sau sáp nhập)(?![\p{L}])/giu, " ");
  if (english) {
    const lower = ` ${rest.toLowerCase()} `;
    for (const [re, vi] of ENGLISH) if (re.test(lower)) query += ` ${vi}`;
  }
  const foldedQuery = ` ${foldWords(query)} `;
  const expansions: string[] = [];
  for (const g of SYNONYM_GROUPS) if (g.folded.some((f) => foldedQuery.includes(f))) expansions.push(...g.phrases);
  query = `${query} ${expansions.join(" ")}`.replace(/\s+/g, " ").trim();

  // An English question's topic is what its words mapped to in Vietnamese.
  let topicText = english ? ` ${foldWords(query.slice(rest.length))} ` : foldedQuery;
  for (const g of GENERIC) topicText = topicText.replaceAll(` ${g} `, " ");
  topicText = topicText.replace(YEAR_PHRASE, " ");
  const topicWords = topicText.split(" ").filter((w) => w && !QUESTION_WORDS.has(w) && !/^\d+$/.test(w));
  const pillar = PILLARS.find((p) => foldedRest.includes(` ${p.folded} `))?.pillar ?? null;
  const counted = COUNTED.map((re) => re.exec(foldedQuery)?.[1]?.trim()).find((c) => c !== undefined) ?? null;
  const yearMatch = /\b(20\d\d)\b/.exec(folded);
  return {
    text,
    folded,
    provinces,
    query,
    topic: rest.replace(/[?!.]+/g, " ").replace(/\s+/g, " ").trim(),
    topicWords,
    wantsPercent: PERCENT.test(foldedQuery),
    wantsRank: RANK.test(foldedQuery),
    countedNoun: countedNounOf(counted),
    wantsTarget: TARGET.test(foldedQuery),
    year: yearMatch ? Number(yearMatch[1]) : null,
    pillar,
    asksFigure: FIGURE.test(foldedQuery),
    asksOverview: OVERVIEW.test(foldedQuery) || (!!pillar && !TARGET.test(foldedQuery) && !FIGURE.test(foldedQuery) && topicWords.every((w) => foldText(pillar).includes(w))),
    english,
  };
}

// "số lượng"/"số liệu" name no noun; "người dùng X" counts people ("460.643 người").
function countedNounOf(words: string | null): string | null {
  if (!words || /^(luong|lieu)\b/.test(words)) return null;
  return words.replace(/^nguoi dung\b.*/, "nguoi");
}

/** Topic labels of the taxonomy, for help texts. */
export function topicLabels(): string[] {
  return TOPICS.map((t) => t.label);
}
