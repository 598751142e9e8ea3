import { FORMER_PROVINCES, foldText, foldedWords, isSyllable, parseVietnameseNumber, markedWords, normalizeText, unglue, provincesAsked, type AskedProvince, type FigureKind, type Language, type PhraseSet, type Pillar, type Scope } from "../../knowledge/index.js";
import type { Accents } from "./accents.js";
import { askedPart } from "./preamble.js";
import { periodPart, type PeriodPart } from "./period-part.js";
import { LEXICONS, type CompiledLexicon } from "./lexicons.js";

/** One unit of the measure a question asks about: a word, or a phrase the lexicon knows. */
export interface Term {
  /** The words as typed, folded. */
  readonly words: readonly string[];
  /** Folded phrases that mean the same: the typed words first, then the lexicon's synonyms. */
  readonly alts: readonly (readonly string[])[];
  /** How much it counts in a match, before its rarity in the corpus is weighed: its syllables, three at most. */
  readonly weight: number;
  /** How a reply names it: as typed with diacritics, else as the lexicon writes it, else folded. */
  readonly label: string;
  /** A word typed without marks that may be a filler ("tren" for "trên"): it counts little. */
  readonly weak: boolean;
  /**
   * Each word as typed with its marks ({@link markedWords}), null for a word typed without any:
   * a word found only folded alike ("cho" for "chợ") is another word.
   */
  readonly marked: readonly (string | null)[];
  /** A word narrowing who is counted ("ngoài", "nữ", "nông thôn"): a figure whose sentence lacks it does not answer. */
  readonly required: boolean;
  /**
   * A word typed that is no Vietnamese syllable and no word of the lexicon ("longantrade",
   * "postmart"): the name of a site, an app, a platform. Where the articles use it, a figure whose
   * sentence does not is about something else.
   */
  readonly name?: boolean;
  /** "chưa", "không", "còn lại" before the measure's words: the measure asked in the negative (required too). */
  readonly negation?: boolean;
}

/**
 * What a question asks, described in the terms facts are described in: the provinces (and a
 * place inside one), the measure (its words, the noun counted), the kind of figure wanted, the
 * period, goal or result, scope; and what frames it (a comparison, a ranking, an overview, a
 * chat move, a follow-up).
 */
export interface Question {
  /** The question, NFC, trimmed. */
  readonly text: string;
  /** The language the question is read and answered in: the client's when it is English, else its words'. */
  readonly language: Language;
  readonly provinces: readonly AskedProvince[];
  /** Provinces named to be left out ("bỏ Long An ra", "trừ Long An"): not among those ranked or compared. */
  readonly excluded: readonly string[];
  /** A district or commune named ("Gia Phú", "huyện Bảo Thắng"), folded, else null. */
  readonly place: string | null;
  /** The place as a reply names it ("Thanh Sơn"), else null. */
  readonly placeName: string | null;
  /** The kind of figure asked: "tỷ lệ" a percentage, "thứ mấy" a rank, "bao nhiêu + noun" a count. */
  readonly kind: FigureKind | null;
  /**
   * A second kind asked in the same message ("tích hợp bao nhiêu dịch vụ công, đứng thứ mấy": the
   * count besides the rank; "bao nhiêu hồ sơ, đạt bao nhiêu %": the count besides the rate).
   */
  readonly alsoKind: FigureKind | null;
  /** "tăng bao nhiêu": a change is asked, not a level. */
  readonly change: boolean;
  /** The noun counted ("bao nhiêu doanh nghiệp"), folded, else null. */
  readonly counted: readonly string[] | null;
  /** The measure's terms, in the order typed: what the figure must measure. */
  readonly measure: readonly Term[];
  /** The index named: "dti", a pillar ("kinh te so"), another index; else null. */
  readonly index: string | null;
  readonly year: number | null;
  /** The part of the year asked ("quý II", "11 tháng", "cả năm"), else null. */
  readonly part: PeriodPart | null;
  /** "năm trước", "năm ngoái": the year before the conversation's last one. */
  readonly previousYear: boolean;
  /** "năm sau", "năm tiếp theo": the year after the conversation's last one. */
  readonly nextYear: boolean;
  /** A goal is asked ("mục tiêu", "phấn đấu", "kế hoạch"). */
  readonly goal: boolean;
  /** "có … không", "đã … chưa". */
  readonly yesNo: boolean;
  /** "có vượt mục tiêu không": a result measured against its goal. */
  readonly beyondGoal: boolean;
  /** "mục tiêu bao nhiêu, thực tế đạt bao nhiêu": both the goal and the result. */
  readonly alsoResult: boolean;
  /**
   * A figure the asker proposes and asks to be confirmed ("… là 123 triệu USD phải không?", "có
   * đúng là 300 doanh nghiệp không?"): the one number typed, to be checked as stated, not as a
   * level to reach; NaN when several are proposed at once (right only if its sentence writes them all); else null.
   */
  readonly claim: number | null;
  /** The level a yes/no question asks about ("đã đạt 10% chưa"), else null. */
  readonly threshold: {
    readonly value: number;
    readonly percent: boolean;
    /** Said "hết", "toàn bộ": all of them, not a typed figure. */
    readonly all?: boolean;
    /** The noun typed right after the number ("1.873 dịch vụ", "163/169 sản phẩm"): what it counts. */
    readonly noun?: readonly string[];
    /** Its unit typed right after it, folded ("usd", "đồng", "điểm", "bậc"): see {@link unitWord}. */
    readonly units?: readonly string[];
    /** Its scale typed right after it ("1,3 triệu": 1 000 000). */
    readonly scale?: number;
    /** Typed as a bound ("trên 6.000", "hơn 1 triệu") or a round number ("gần 16 nghìn", "khoảng 90%"). */
    readonly approx?: "over" | "about";
  } | null;
  readonly scope: Scope | null;
  readonly compare: boolean;
  /** "tỉnh nào … nhất", "xếp hạng các tỉnh": every province is asked. */
  readonly rankAll: boolean;
  /**
   * "xếp hạng tỷ lệ dùng smartphone", no province named: the provinces ranked, unless the
   * conversation is about one ("năm 2022 tỉnh xếp hạng mấy?" asks its rank).
   */
  readonly ranking: boolean;
  /** "thấp nhất", "ít nhất". */
  readonly ascending: boolean;
  readonly overview: boolean;
  /** Weather, gold prices, football: never answered with a figure. */
  readonly offTopic: boolean;
  /** A phone number, an e-mail, an address asked: no article's figure answers it, whatever office it names. */
  readonly contact: boolean;
  /** "thí điểm 5G ở đâu", "nghị quyết nào": a place or a name is asked, which no figure answers. */
  readonly where: boolean;
  /**
   * "tỉnh đứng đầu được bao nhiêu điểm": the figure asked is the leading province's, as the
   * articles about the province named tell it, not that province's own.
   */
  readonly leader: boolean;
  /** "đạt bao nhiêu % kế hoạch": a result as a share of its plan ("đạt 103,4% kế hoạch"), not the plan. */
  readonly ofPlan: boolean;
  /** "còn bao nhiêu thôn lõm sóng": what is left ("vẫn còn 27 thôn"), not what was done. */
  readonly remaining: boolean;
  /** "đã xóa được bao nhiêu thôn lõm sóng": what was done ("đã xóa được 44 thôn"), not what is left. */
  readonly done: boolean;
  /** The whole message is a chat move. */
  readonly move: "greeting" | "thanks" | "help" | "list" | "sources" | "more" | null;
  /** Opens as a follow-up does ("còn …", "thế còn …", "what about …"). */
  readonly followUp: boolean;
  /** Opens by adding provinces to the last answer's ("thêm An Giang"): they are set beside them. */
  readonly adds: boolean;
  /** Asks which of a province's pillars stands best or worst ("trụ cột nào xếp hạng cao nhất"). */
  readonly pillarsAsked: boolean;
  /** Asks when the figure just given holds ("số liệu này tính đến khi nào?"). */
  readonly asksPeriod: boolean;
  /** Asks whose the figure just given is, the whole province's or a district's ("toàn tỉnh hay một huyện?"). */
  readonly asksPlace: boolean;
  /** Asks what a number typed is ("số 1.683 là số gì"): the one number typed, its scale counted ("2 triệu"), else null. */
  readonly asksNumber: number | null;
  /** Asks about the articles themselves ("bài nào nói về Kiên Giang", "bài Lào Cai ai viết", "đăng khi nào"). */
  readonly aboutArticles: boolean;
  /** A pillar named on its own ("xã hội số Lào Cai"). */
  readonly pillar: Pillar | null;
  /** Uses a phrase of the lexicon (a measure, an index, a kind of figure): it speaks of the domain. */
  readonly lexical: boolean;
  /** The question's words without the provinces', folded, short forms spelled out. */
  readonly words: readonly string[];
  /** Words to search the index with: the measure, its synonyms, the noun counted, the index. */
  readonly search: string;
  /** What was understood, for replies and `--explain`: "tỷ lệ hồ sơ trực tuyến, năm 2023". */
  readonly label: string;
}

interface Token {
  readonly text: string;
  readonly f: string;
  /** What it was read as: a measure word when null. */
  used: string | null;
  /** The segment (a phrase of the lexicon, or the word alone) it belongs to. */
  segment: number;
  /** Where it stands in the text read, [start, end); null for a word a short form was expanded to. */
  readonly at: readonly [number, number] | null;
  /**
   * Typed as the word it is: with its marks, or without in a question typed with marks (where
   * "cho" is "cho", not "chợ"). A word typed without marks in a question typed without them may
   * be any word folding alike.
   */
  readonly written: boolean;
}

/** A phrase of the lexicon found in a question, or a word of its own. */
interface Segment {
  readonly start: number;
  readonly end: number;
  /** What it is: a kind of figure, a frame, a measure phrase… or "word". */
  readonly category: Category;
  /** The phrase's index in its category's set. */
  readonly phrase: number;
}

type Category =
  | "type" | "count" | "goal" | "period" | "next-period" | "scope" | "compare" | "rank-all" | "ascending" | "overview" | "offtopic"
  | "index" | "measure-kind" | "synonym" | "compound" | "generic" | "filler" | "word" | "negation" | "article" | "period-ask" | "place-ask" | "number-ask" | "pillar-ask";

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|%/gu;
const ENGLISH_HINT = /\b(what|how|which|is|are|the|of|in|does|do|many|much|rate|compare|province|digital|ranking|show|tell|me|about|and|has|have)\b/g;
// A commune or district named with its kind, as typed with capitals: "xã Gia Phú", "huyện Bảo Thắng".
// (A ward may be named by its number: "Phường 4".)
// (A syllable may join another by an apostrophe: "Cư M'gar".)
const NAMED_PLACE = /(?<![\p{L}])(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Tt]hị xã|[Tt]hôn|[Ấấ]p)\s+((?:\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)?)(?:\s+\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)?){0,3}|\d{1,2}(?![\d.,/%]))/u;
// The place a question names with its kind: "Gia Phú" of "xã Gia Phú"; a ward named by its
// number keeps its kind, "Phường 4".
function placeNamed(text: string): string | null {
  const m = NAMED_PLACE.exec(text);
  if (!m) return null;
  return /^\d/.test(m[1]!) ? m[0].charAt(0).toUpperCase() + m[0].slice(1) : m[1]!;
}
// A figure proposed for confirming: "… đúng không", "phải không", "có đúng là …", "chính xác không".
// (Also "xác nhận giúp …", "confirm", and a number asked back with "hả" last: "thứ 9 cả nước hả?".)
const CLAIM = /(?<![\p{L}])(?:(?:dung|phai|chinh xac|chuan|that)\s+(?:khong|ko|k|kh|hong|chu|ha|nhi|chua)|co dung|co phai|dung la|dung vay khong|xac nhan|confirm|sai roi|nham roi|phai la)(?![\p{L}])|(?<![\p{L}])ha\s*\??\s*$/u;
// The one number a question types, years aside, its scale counted: "1.683", "2 triệu" (2 000 000); null for none or several.
function numberAsked(text: string): number | null {
  const found = [...text.matchAll(/(?<![\p{L}\d])(\d[\d.,]*\d|\d)(?![\p{L}\d])\s*(nghìn|ngàn|triệu|tỷ|tỉ)?/gu)].filter((m) => !/^(?:19|20)\d\d$/.test(m[1]!));
  if (found.length !== 1) return null;
  const value = parseVietnameseNumber(found[0]![1]!);
  return value === null ? null : value * scaleOf(foldText(found[0]![2] ?? ""));
}

// Words right before a province that leave it out: "bỏ", "trừ", "ngoại trừ", "không tính", "loại".
const EXCLUDING = /(?:^|[^a-z])(?:bo|tru|ngoai tru|khong tinh|khong ke|loai)\s+$/;
// The numbers typed ("26/63" one, "4G" none), years but for none.
// (Nor a length of time, "trong 3 tháng", "10 năm", "62 tuổi".)
const numbersTyped = (text: string): number => (text.match(/(?<![\p{L}\d])(?:\d[\d.,/]*\d|\d)(?![\p{L}\d])(?!\s*(?:tháng|thang|năm|nam|quý|quy|ngày|ngay|tuổi|tuoi)(?![\p{L}]))/gu) ?? []).filter((n) => !/^(?:19|20)\d\d$/.test(n)).length;

// A place asked, by the name the gazetteer writes it with ("Phú Quốc" for "phu quoc").
const placeOf = (p: AskedProvince | undefined): string | undefined => p && (p.place ?? p.matched);

// The centrally-run cities: "thành phố" before their names names the province.
const CITIES: ReadonlySet<string> = new Set(FORMER_PROVINCES.filter((p) => p.city).map((p) => p.name));

const PILLARS: readonly Pillar[] = ["chính quyền số", "kinh tế số", "xã hội số", "hạ tầng số"];
const MEASURE: ReadonlySet<Category> = new Set(["index", "measure-kind", "synonym", "compound", "word", "negation"]);

/**
 * Reads a question. `accents` restores the diacritics of a folded word for labels (the corpus's
 * own spelling), when the question was typed without them.
 */
export function understand(raw: string, locale?: string, accents?: Accents): Question {
  // (What a caller says of themselves before asking is no part of the question.)
  const text = askedPart(normalizeText(raw));
  const folded = foldText(text);
  // The one place a turn's language is chosen; its lexicon reads, its messages answer (bot/messages/).
  const language: Language = locale?.startsWith("en") || ((folded.match(ENGLISH_HINT) ?? []).length >= 2 && !/[^\x00-\x7f]/.test(text)) ? "en" : "vi";
  const lex = LEXICONS[language];
  // Measures are always read with the Vietnamese lexicon: an English question is translated first.
  const measures = LEXICONS.vi;
  const named = provincesAsked(text);
  // "bỏ Long An ra", "trừ Long An": a province named to be left out of what is ranked or compared.
  const excluded = named.filter((p) => EXCLUDING.test(foldText(text.slice(Math.max(0, p.start - 14), p.start))));
  const provinces = named.filter((p) => !excluded.includes(p));
  let rest = text;
  // (A name inside another, "Hue-S", stays: it is what is asked about.)
  for (const [start, end] of named.flatMap((p) => (p.joined ? p.again : [[p.start, p.end] as const, ...p.again])).sort((a, b) => b[0] - a[0])) rest = `${rest.slice(0, start)} ${rest.slice(end)}`;
  // "TP Thanh Hóa", "thành phố Thái Nguyên": the city a province is named after lies inside it
  // (not so a centrally-run city, "TP Đà Nẵng", which is the province).
  const capital = provinces.find((p) => p.via === "name" && !CITIES.has(p.province) && /(?:^|\s)(?:tp\.?|thành phố|thanh pho)\s*$/iu.test(text.slice(Math.max(0, p.start - 12), p.start)));
  const namedPlace = (capital ? `thành phố ${capital.matched}` : null) ?? placeNamed(rest) ?? placeOf(provinces.find((p) => p.via === "place")) ?? provinces.find((p) => p.within)?.within ?? null;

  const read = language === "vi" ? unglue(rest) : translate(rest, lex);
  const tokens = leadingCount(expand(read, lex));
  // A place named with its kind is no measure's words (its words stay in `words`, where the
  // articles' districts are looked for).
  const placeSpan = NAMED_PLACE.exec(rest);
  if (placeSpan) {
    const [from, to] = [placeSpan.index, placeSpan.index + placeSpan[0].length];
    for (const t of tokens) if (t.at && t.at[0] >= from && t.at[1] <= to) t.used = "place";
  }
  // ("huyện Bảo Thắng thì sao": the kind of a place named, its name taken out, is no measure word.)
  tokens.forEach((t, i) => {
    const gap = t.at ? read.slice(t.at[1], tokens[i + 1]?.at?.[0] ?? read.length) : "";
    if (/^(?:huyen|xa|phuong|quan|thi tran|thi xa)$/.test(t.f) && /^\s\s/.test(gap) && namedPlace) t.used ??= "place";
    // ("an giang thi co …": "thi" typed without marks right after a province is its "thì".)
    const afterName = !t.at ? false : i === 0 ? /^\s+$/.test(read.slice(0, t.at[0])) : !!tokens[i - 1]!.at && /\s\s$/.test(read.slice(tokens[i - 1]!.at![1], t.at[0]));
    if (t.f === "thi" && t.text === "thi" && provinces.length && afterName && !/^(?:diem|hanh|truong|xa|tran|cong)$/.test(tokens[i + 1]?.f ?? "")) t.used ??= "filler";
  });
  const move = !provinces.length ? moveOf(tokens, lex) : null;

  // A follow-up's opening, a yes/no's closing and the level it asks about, then every phrase.
  const adds = !!provinces.length && addingOf(tokens, lex);
  const followUp = adds || openingFollowUp(tokens, lex) || (!!provinces.length && provinces[0]!.start <= 1 && /^(?:thì sao|thi sao|sao|thế nào|the nao)\b/iu.test(text.slice(provinces[0]!.end).replace(/^[\s,]+/, "")));
  closing(tokens, lex);
  // ("… 1.837 dịch vụ công, đúng chứ?": a figure proposed asks yes or no too.)
  const yesNo = yesNoOf(tokens, lex) || (CLAIM.test(folded) && numbersTyped(text) === 1);
  const beyondGoal = beyondGoalOf(tokens, yesNo);
  const leader = !yesNo && leaderOf(tokens);
  const ofPlan = ofPlanOf(tokens);
  const remaining = remainingOf(tokens);
  const done = !remaining && tokens.some((t) => t.f === "xoa");
  const more = comparativeOf(tokens);
  const threshold = yesNo ? thresholdOf(tokens, read) : null;
  const year = yearOf(tokens, read, provinces.length >= 2);
  // ("quý II", "11 tháng", "cả năm": the part of a year asked is no measure's words.)
  const part = periodPart(text);
  if (part) {
    const at = tokens.findIndex((_, i) => part.words.every((w, k) => tokens[i + k]?.f === w));
    for (let k = 0; at >= 0 && k < part.words.length; k++) tokens[at + k]!.used ??= "period";
  }
  negations(tokens, read);
  aboutTheCount(tokens);
  baseOfChange(tokens);
  resultWords(tokens);
  const before = beforeClause(tokens, read);
  // "hoàn thành bao nhiêu chỉ tiêu": a goal's word right after "bao nhiêu" is what is counted.
  // "đề ra mấy nhiệm vụ": a verb of setting goals before a count of something else asks how
  // many were set out, no goal's level.
  const segments = segment(tokens, lex, measures).map((s, k, all) => {
    const counting = all[k - 1]?.category === "count" || /^(?:cac|nhung)$/.test(tokens[s.start - 1]?.f ?? "");
    const settingOut = s.category === "goal" && all[k + 1]?.category === "count" && !!all[k + 2] && MEASURE.has(all[k + 2]!.category) && /^(?:de ra|dat ra)$/.test(tokens.slice(s.start, s.end).map((t) => t.f).join(" "));
    if (settingOut) return { ...s, category: "filler" as const };
    if (s.category !== "goal" || !counting) return s;
    for (let i = s.start; i < s.end; i++) tokens[i]!.used = null;
    return { ...s, category: "compound" as const };
  });
  const found = (c: Category) => segments.filter((s) => s.category === c);
  const types = found("type").map((s) => lex.answerTypeOf[s.phrase]!);
  // ("thu 39 ha", "hang 7": a place written with its number, marks or none, is a rank proposed.)
  if (!types.length && tokens.some((t, i) => /^(?:thu|hang)$/.test(t.f) && /^\d{1,2}$/.test(tokens[i + 1]?.text ?? "") && (!hasMarks(t.text) || /^(?:thứ|hạng)$/iu.test(t.text)))) types.push("rank");
  // A measure phrase holding a kind's words ("xếp hạng chuyển đổi số") asks that kind too; so
  // does a change holding one ("tăng mấy hạng", "tăng hạng": a rank).
  for (const s of segments) {
    const change = s.category === "type" && lex.answerTypeOf[s.phrase] === "change";
    if (s.category !== "index" && s.category !== "synonym" && !change) continue;
    const span = tokens.slice(s.start, s.end);
    if (change && span.some((t) => t.f === "hang" || t.f === "bac")) types.push("rank");
    for (let i = 0; i < span.length; i++) {
      const inner = lex.answerTypes.at(span.map((t) => t.f), i);
      if (inner && inner.end - inner.start >= 2 && samePhrase(span.slice(inner.start, inner.end), lex.answerTypes.phrases[inner.phrase]!, lex)) types.push(lex.answerTypeOf[inner.phrase]!);
    }
  }
  // "tăng 5 bậc", "giảm 2 hạng": a change of rank proposed by its amount.
  tokens.forEach((t, i) => {
    const unit = tokens[i + 2];
    if (!/^(?:tang|giam)$/.test(t.f) || t.used || !/^\d{1,2}$/.test(tokens[i + 1]?.f ?? "") || !unit || !/^(?:bac|hang)$/.test(unit.f)) return;
    t.used = "type";
    unit.used ??= "type";
    types.push("change", "rank");
  });
  const index = lastValue(found("index"), measures.indexOf);
  // "xếp hạng tỷ lệ dùng smartphone", no province named: the provinces ranked by that measure,
  // not a rank; "xếp hạng DTI" ranks the provinces by their DTI ranks.
  const ranking = !provinces.length && /(?<![\p{L}])xep hang(?![\p{L}])/u.test(folded);
  if (ranking && !index && segments.some((x) => MEASURE.has(x.category) && x.category !== "index")) types.splice(0, types.length, ...types.filter((t) => t !== "rank"));
  const measureKind = lastValue(found("measure-kind"), measures.measureKindOf);
  const scopes = found("scope").map((s) => lex.scopeOf[s.phrase]!);
  // "lao động bn", "thành viên bao nhiêu": the noun before a count's word that ends the question
  // is what is counted, where nothing else says what kind of figure is asked.
  const plain = !types.length && !found("measure-kind").length && !found("index").length;
  const counted = countedNoun(tokens, segments, lex) ?? (plain ? (nounBeforeLastCount(tokens, segments, lex) ?? (yesNo ? null : headOfWhat(tokens, segments))) : null);
  // "tỉnh nào có nhiều … nhất": the most of a noun is a count of it.
  const most = (found("rank-all").length > 0 || found("ascending").length > 0) && /(?<![\p{L}])(?:nhiều|ít|nhieu|it)(?![\p{L}])/iu.test(text);
  // (The most of what "nhiều" names: "tích hợp nhiều dịch vụ công … nhất" counts services.)
  const manyAt = tokens.findIndex((t) => /^(?:nhieu|it)$/.test(t.f));
  const firstMeasure = (manyAt >= 0 ? segments.find((x) => MEASURE.has(x.category) && x.start > manyAt) : undefined) ?? segments.find((x) => MEASURE.has(x.category));
  // "nhiều dịch vụ công … hơn": more of the thing named after "nhiều" is a count of it.
  const moreOf = more?.count ? segments.find((x) => MEASURE.has(x.category) && x.start === more.after) : undefined;
  const countedMost = counted || types.length ? null : moreOf ? tokens.slice(moreOf.start, moreOf.end).map((t) => t.f) : most && firstMeasure ? tokens.slice(firstMeasure.start, firstMeasure.end).map((t) => t.f) : null;
  // "đã đạt 100% … chưa": a percentage named asks a rate; "… 1.873 dịch vụ, đúng không": a
  // number proposed with its noun, a count of it.
  const claimed = threshold?.noun && !types.length && !counted && !countedMost && !measureKind && !index ? threshold.noun : null;
  const kind = (ofPlan || (threshold?.percent && !threshold.all)) && !types.length && !counted ? "percent" : kindOf(types, counted ?? countedMost ?? claimed, index, measureKind, tokens);
  // "điểm kinh tế số": the score's word is no measure word; "bắt đầu", "bắt tay vào" frame a year.
  if (kind === "score") for (const t of tokens) if (t.f === "diem" && !t.used) t.used = "type";
  if (kind === "year" || kind === "date") for (const t of tokens) if (/^(?:bat|dau|tay|vao|khoi)$/.test(t.f) && !t.used) t.used = "type";
  const measure = dedupe(termsOf(tokens, segments, measures, read, accents));
  const pillar = PILLARS.find((p) => measure.length && measure.every((t) => foldText(p).includes(t.words.join(" ")))) ?? null;
  const place = namedPlace ? foldedWords(namedPlace).join(" ") : null;
  const scope = place ? "local" : (scopes.find((x) => x !== "province") ?? scopes[0] ?? null);
  const search = searchText([...measure.flatMap((t) => t.alts.slice(0, SEARCHED_ALTS).map((a) => a.join(" "))), ...(counted ?? [])]);
  const horizon = /(?<!tính |tinh )(?:đến|den|tới|toi) (?:hết |het )?năm \d{4}/iu.test(text);
  // "giảm lệ phí bao nhiêu %", "vượt chỉ tiêu bao nhiêu": a change is asked, in the measure's own
  // words; exceeding a target asks the result, not the target.
  // ("đã vượt 1.000 tỷ chưa": a level passed, no change.)
  const changeWord = segments.some((x) => x.category === "word" && /^(?:tang|giam|vuot)$/.test(tokens[x.start]!.f) && !tokens[x.start]!.used && (!hasMarks(tokens[x.start]!.text) || /^(?:tăng|giảm|vượt)$/iu.test(tokens[x.start]!.text)) && !(tokens[x.start]!.f === "vuot" && /^\d/.test(tokens[x.start + 1]?.text ?? "")));
  // "năm 2022 cao hơn năm 2021 bao nhiêu": one province against itself over time is a change.
  const overTime = !ofPlan && provinces.length <= 1 && /(?<![\p{L}])(?:cao hon|thap hon|nhieu hon|it hon|chenh|so voi nam|so voi (?:cung ky )?(?:19|20)\d\d)(?![\p{L}])/u.test(folded) && /(?:19|20)\d\d/.test(folded);
  // "So với năm trước?" alone, after a figure: how it changed since.
  const againstBefore = !measure.some((t) => !t.weak) && !kind && /^(?:(?:vay|the|con|con|thi)\s+)?so(?:\s+voi)?\s+(?:nam truoc|nam ngoai|cung ky(?:\s+nam truoc)?|ky truoc)(?:\s+(?:thi sao|the nao|ra sao|tang hay giam|a|nhi))*\s*\??$/u.test(folded.trim());
  // "mục tiêu bao nhiêu, thực tế đạt bao nhiêu": the goal and the result both.
  // ("hiện tại đứng thứ mấy" after a goal, no goal named: where it stands now, a result.)
  const alsoResult = /(?<![\p{L}])(?:thuc te|ket qua dat|da dat duoc|thuc hien duoc|hien dat|hien nay dat|dat duoc bao nhieu|hien tai dat)(?![\p{L}])/u.test(folded) || (!found("goal").length && /(?<![\p{L}])(?:hien tai|hien nay|bay gio|hien gio)(?![\p{L}])/u.test(folded));
  // Labelled once built; written in place, not copied (a question is read at every message).
  const question: { -readonly [K in keyof Question]: Question[K] } = {
    text,
    language: lex.source.language,
    provinces,
    excluded: excluded.map((p) => p.province),
    place,
    placeName: namedPlace,
    kind,
    // (The count of a noun asked beside a rank or a rate: both are answered.)
    alsoKind: kind && kind !== "count" && (kind === "rank" || kind === "percent") && counted && !yesNo ? "count" : null,
    change: (types.includes("change") || changeWord || overTime || againstBefore) && !beyondGoal,
    beyondGoal,
    alsoResult,
    counted: counted ?? countedMost ?? claimed,
    measure,
    index,
    year,
    part,
    previousYear: found("period").length > 0 || before,
    nextYear: found("next-period").length > 0,
    // "Kế hoạch … hoàn thành bao nhiêu chỉ tiêu": what the plan got done is a result.
    goal: (found("goal").length > 0 || horizon) && !beyondGoal && !(/(?<![\p{L}])(?:hoan thanh|thuc hien duoc)(?![\p{L}])/u.test(folded) && !/(?<![\p{L}])muc tieu(?![\p{L}])/u.test(folded)),
    yesNo: yesNo && !counted,
    threshold,
    // (Several figures proposed at once confirm none: NaN, which no figure equals.)
    claim: yesNo && threshold && !threshold.all && CLAIM.test(folded) ? (numbersTyped(text) === 1 ? threshold.value : Number.NaN) : null,
    scope,
    compare: (found("compare").length > 0 || more !== null || adds) && !overTime,
    // "nhiều", "cao" alone frame a ranking only beside "nào", "nhất", "xếp hạng".
    // ("dẫn đầu cả nước năm 2023 là ai": the places ranked, asked who.)
    rankAll: (found("rank-all").some((x) => !/^(?:nhieu|cao|tot|lon)$/.test(tokens.slice(x.start, x.end).map((t) => t.f).join(" "))) || (types.includes("rank") && / (?:ai|tinh nao|dia phuong nao|noi nao) /.test(` ${folded} `))) && !provinces.length,
    ranking,
    ascending: found("ascending").length > 0,
    overview: found("overview").length > 0,
    // ("giao thông thông minh", "chuyển đổi số du lịch": in the domain all the same.)
    offTopic: found("offtopic").length > 0 && !lex.digital.some(tokens.map((t) => t.f)),
    contact: lex.contacts.some(tokens.map((t) => t.f)),
    leader,
    ofPlan,
    remaining,
    done,
    where: types.includes("place") || types.includes("name"),
    move,
    followUp,
    adds,
    aboutArticles: found("article").length > 0,
    asksPeriod: found("period-ask").length > 0,
    asksPlace: found("place-ask").length > 0,
    asksNumber: found("number-ask").length > 0 ? numberAsked(text) : null,
    // ("xã hội số cao hơn kinh tế số bao nhiêu điểm": two pillars of one province set side by side.)
    pillarsAsked: found("pillar-ask").length > 0 || (provinces.length <= 1 && PILLARS.filter((p) => folded.includes(foldText(p))).length >= 2 && / (?:hon|so voi|chenh|khac) /.test(` ${folded} `)),
    pillar,
    words: tokens.map((t) => t.f),
    lexical: segments.some((x) => x.category === "index" || x.category === "synonym" || x.category === "type" || x.category === "measure-kind"),
    search: search || (index ? "chỉ số chuyển đổi số xếp hạng" : ""),
    label: "",
  };
  question.label = labelOf(question);
  return question;
}

// Every phrase of the lexicon in the unused tokens, left to right, the longest first wherever
// several start (so "chuyển đổi số" is read before "đổi số" could be "đội sổ"); of equal length,
// the kind of figure before the frame, the frame before the measure.
function segment(tokens: Token[], lex: CompiledLexicon, measures: CompiledLexicon): Segment[] {
  const sets: readonly [Category, PhraseSet][] = [
    ["type", lex.answerTypes],
    ["count", lex.countWords],
    ["goal", lex.goal],
    ["period", lex.previousYear],
    ["next-period", lex.nextYear],
    ["scope", lex.scope],
    ["compare", lex.compare],
    ["rank-all", lex.rankAll],
    ["ascending", lex.ascending],
    ["overview", lex.overview],
    ["offtopic", lex.offTopic],
    ["index", measures.indices],
    ["measure-kind", measures.measureKinds],
    ["synonym", measures.synonyms],
    ["compound", measures.compounds],
    ["generic", lex.generic],
    ["negation", lex.negators],
    ["article", lex.articleAsks],
    ["period-ask", lex.periodAsks],
    ["place-ask", lex.placeAsks],
    ["number-ask", lex.numberAsks],
    ["pillar-ask", lex.pillarAsks],
    ["filler", lex.fillers],
  ];
  const f = tokens.map((t) => (t.used ? "\u0000" : t.f));
  // Where the measure phrase starting at each word ends: a frame phrase may not cut one in two
  // ("bao nhiêu điểm" is no score in "bao nhiêu điểm giới thiệu dịch vụ").
  // A phrase counts only as written: "đó thì" is not "đô thị". Worked out where a frame phrase asks.
  const ends: number[] = [];
  const measureEnd = (i: number): number =>
    (ends[i] ??= Math.max(
      i,
      ...[measures.indices, measures.measureKinds, measures.synonyms, measures.compounds].map((set) => {
        const m = set.at(f, i);
        return m && samePhrase(tokens.slice(m.start, m.end), set.phrases[m.phrase]!, lex) ? m.end : i;
      }),
    ));
  const cutsMeasure = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) if (measureEnd(j) > to) return true;
    return false;
  };
  const out: Segment[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (tokens[i]!.used) {
      i += 1;
      continue;
    }
    let best: Segment | null = null;
    for (const [category, set] of sets) {
      const m = set.at(f, i);
      if (!m || (best && m.end <= best.end)) continue;
      if (!MEASURE.has(category) && cutsMeasure(i + 1, m.end)) continue;
      // One word is read as the lexicon's only if it is that word: "hàng" is not "hạng", "Bắc"
      // is not "bậc"; typed without marks, only if no other word folds alike.
      // (A message of that one word, "hang?" after a score, asks that word: nothing else is there to tell.)
      if (!samePhrase(tokens.slice(m.start, m.end), set.phrases[m.phrase]!, lex) && !(tokens.length === 1 && category === "type")) continue;
      best = { start: i, end: m.end, category, phrase: m.phrase };
    }
    const seg = best ?? { start: i, end: i + 1, category: isFiller(tokens[i]!, lex) || /^\d+(?:[.,]\d+)*$/.test(tokens[i]!.f) ? "filler" : "word", phrase: -1 };
    for (let j = seg.start; j < seg.end; j++) {
      tokens[j]!.segment = out.length;
      if (!MEASURE.has(seg.category)) tokens[j]!.used = seg.category;
    }
    out.push(seg);
    i = seg.end;
  }
  // A negation is the measure's only before its words ("hộp thư chưa sử dụng", "chưa có VNeID");
  // elsewhere ("… không ạ", "chưa nhỉ") it asks nothing.
  out.forEach((seg, k) => {
    if (seg.category !== "negation" || out.slice(k + 1, k + 4).some((x) => MEASURE.has(x.category) && x.category !== "negation")) return;
    out[k] = { ...seg, category: "filler" };
    for (let j = seg.start; j < seg.end; j++) tokens[j]!.used = "filler";
  });
  return out;
}

function lastValue<T>(segments: readonly Segment[], of: readonly T[]): T | null {
  const last = segments[segments.length - 1];
  return last ? of[last.phrase]! : null;
}

/** The kind of figure asked: the question words first, then what the counted noun or the measure implies. */
function kindOf(types: readonly string[], counted: readonly string[] | null, index: string | null, measureKind: FigureKind | null, tokens: readonly Token[]): FigureKind | null {
  // ("năm thứ mấy", how many times, before the rank its "thứ mấy" would be.)
  const order: readonly FigureKind[] = ["times", "percent", "score", "top", "rank", "date", "year", "money"];
  const typed = order.find((k) => types.includes(k));
  // "điểm kinh tế số", "DTI … mấy điểm": a score of an index.
  // (So does its "giá trị": "chỉ số kinh tế số giá trị bao nhiêu".)
  if (index && !typed && tokens.some((t, i) => t.f === "diem" || (t.f === "gia" && tokens[i + 1]?.f === "tri"))) return "score";
  if (typed) return typed;
  if (measureKind) return measureKind;
  return counted ? "count" : null;
}

// Short forms spelled out, as tokens of their own: "DN" → "doanh nghiệp".
function expand(text: string, lex: CompiledLexicon): Token[] {
  const found = [...text.matchAll(WORD)];
  const folded = found.map((m) => foldText(m[0]));
  // A question typed with marks on most of its words has the others typed as they are.
  const words = found.filter((m) => /\p{L}/u.test(m[0]));
  const marked = words.length >= 3 && words.filter((m) => hasMarks(m[0])).length * 2 >= words.length;
  const out: Token[] = [];
  for (let i = 0; i < found.length; ) {
    const beforeYear = /^(?:19|20)\d\d$/.test(folded[i + 1] ?? "") ? lex.beforeYear.get(folded[i]!) : undefined;
    const short = beforeYear ? { end: i + 1, phrase: -1 } : lex.shorthand.at(folded, i);
    // (A short form written with tone marks is that word only as so typed: "dợ" is "vậy", "độ" is not.)
    const key = short && !beforeYear ? lex.shorthand.phrases[short.phrase]! : "";
    const toned = key.replace(/[đĐ]/gu, "d");
    const m = short && (foldText(toned) === toned.toLowerCase() || found.slice(i, short.end).map((w) => w[0].toLowerCase().normalize("NFC")).join(" ") === key.toLowerCase().normalize("NFC")) ? short : null;
    if (m) {
      const long = beforeYear ?? lex.source.shorthand[lex.shorthand.phrases[m.phrase]!]!;
      // What a short form stands for is written with its marks: never read as a filler typed without them.
      for (const w of long.split(/\s+/)) out.push({ text: w, f: foldText(w), used: null, segment: -1, at: null, written: true });
      i = m.end;
    } else {
      const at = found[i]!.index ?? 0;
      const word = found[i]![0];
      out.push({ text: word, f: folded[i]!, used: null, segment: -1, at: [at, at + word.length], written: marked || hasMarks(word) });
      i += 1;
    }
  }
  return out;
}

// "so dich vu cong cua …" typed without marks opens with "số": the count of what follows, not "so
// sánh", "so với".
function leadingCount(tokens: Token[]): Token[] {
  const first = tokens[0];
  if (!first || first.f !== "so" || first.written || !tokens[1] || /^(?:sanh|voi|\d.*)$/.test(tokens[1].f)) return tokens;
  return [{ ...first, text: "số", written: true }, ...tokens.slice(1)];
}

// An English question's domain words, as the Vietnamese the articles use; the rest stays.
function translate(text: string, lex: CompiledLexicon): string {
  const raw = [...text.matchAll(WORD)].map((m) => m[0]);
  const folded = raw.map((w) => foldText(w));
  const out: string[] = [];
  for (let i = 0; i < raw.length; ) {
    const m = lex.toVietnamese.at(folded, i);
    if (m) {
      out.push(lex.toVietnameseText[m.phrase]!);
      i = m.end;
    } else out.push(raw[i++]!);
  }
  return out.join(" ");
}

// The whole message as a chat move ("chào bot", "nguồn?", "có dữ liệu tỉnh nào?"): the move's
// phrase, with at most a word or two besides fillers around it.
function moveOf(tokens: readonly Token[], lex: CompiledLexicon): Question["move"] {
  const words = tokens.map((t) => t.f);
  for (const move of ["list", "sources", "more", "help", "greeting", "thanks"] as const) {
    const m = lex.moves[move].first(words);
    if (!m) continue;
    const others = tokens.filter((t, i) => (i < m.start || i >= m.end) && !isFiller(t, lex) && !lex.moves.greeting.some([t.f])).length;
    if (others <= (move === "greeting" || move === "thanks" ? 0 : move === "more" ? 1 : 3)) return move;
  }
  return null;
}

// "còn …", "thế còn …": a follow-up's opening word, first in the message and not all of it.
// "thêm An Giang", "và cả Kiên Giang": the opening adds the provinces named (out of the tokens).
function addingOf(tokens: Token[], lex: CompiledLexicon): boolean {
  const m = lex.adding.at(tokens.map((t) => t.f), 0);
  // (A few words after it at most: "thêm An Giang nữa", not "thêm số liệu về … của An Giang".)
  if (!m || tokens.length - m.end > 3 || !samePhrase(tokens.slice(m.start, m.end), lex.adding.phrases[m.phrase]!, lex)) return false;
  for (let i = m.start; i < m.end; i++) tokens[i]!.used = "follow-up";
  return true;
}

function openingFollowUp(tokens: Token[], lex: CompiledLexicon): boolean {
  const words = tokens.map((t) => t.f);
  const m = lex.followUp.at(words, 0);
  if (!m || m.end >= tokens.length) return false;
  // ("con trung" typed without marks is "côn trùng", a word the lexicon knows, not "còn trùng".)
  const compound = LEXICONS.vi.compounds.at(words, 0);
  if (compound && compound.end > m.end && !tokens[0]!.written) return false;
  for (let i = m.start; i < m.end; i++) tokens[i]!.used = "follow-up";
  return true;
}

// "vượt/đạt/hoàn thành chỉ tiêu (kế hoạch, mục tiêu)": a result measured against its goal; the
// verb is no measure word. Typed without marks, "dat muc tieu" may be "đặt mục tiêu" (set a
// goal): only a yes/no question reads it so.
function beyondGoalOf(tokens: Token[], yesNo: boolean): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const verb = t.f === "hoan" && tokens[i + 1]?.f === "thanh" ? 2 : t.f === "vuot" || t.f === "dat" ? 1 : 0;
    if (!verb || t.used) continue;
    if (hasMarks(t.text) ? !/^(?:vượt|đạt|hoàn)$/iu.test(t.text) : t.f === "dat" && !yesNo) continue;
    let j = i + verb;
    if (tokens[j]?.f === "duoc") j += 1;
    const noun = `${tokens[j]?.f ?? ""} ${tokens[j + 1]?.f ?? ""}`;
    // "đã vượt chưa", "có vượt không": the goal talked about, in a yes/no with nothing after the verb.
    // ("mục tiêu là bao nhiêu, đã vượt chưa": the same, after a question of its own.)
    const alone = t.f === "vuot" && (yesNo || tokens.slice(j).some((x) => /^(?:chua|khong|ko)$/.test(x.f))) && (j >= tokens.length || tokens.slice(j).every((x) => x.used === "yes-no" || /^(?:chua|khong|ko|k)$/.test(x.f)));
    if (!alone && !/^(?:chi tieu|ke hoach|muc tieu)$/.test(noun)) continue;
    for (let k = i; k < j; k++) tokens[k]!.used = "goal";
    return true;
  }
  return false;
}

// "còn bao nhiêu", "còn lại mấy", "vẫn còn bao nhiêu": what is left is asked; its words are no measure's.
function remainingOf(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.f !== "con") continue;
    const j = tokens[i + 1]?.f === "lai" ? i + 2 : i + 1;
    const asked = tokens[j]?.f === "bao" && tokens[j + 1]?.f === "nhieu" ? 2 : /^(?:bn|may|nhieu|nhiu)$/.test(tokens[j]?.f ?? "") ? 1 : 0;
    if (!asked) continue;
    for (let k = i; k < j; k++) tokens[k]!.used ??= "remaining";
    return true;
  }
  return false;
}

// "bao nhiêu % (so với) kế hoạch", "mấy phần trăm chỉ tiêu": a result as a share of its plan.
function ofPlanOf(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    if (tokens[j]?.f === "%") j += 1;
    else if (tokens[j]?.f === "phan" && tokens[j + 1]?.f === "tram") j += 2;
    else if (tokens[j]?.f === "bao" && tokens[j + 1]?.f === "nhieu") j += 2;
    else continue;
    const plan = j;
    const versus = tokens[j]?.f === "so" && tokens[j + 1]?.f === "voi";
    if (versus) j += 2;
    // "bao nhiêu chỉ tiêu" counts targets; "bao nhiêu so với kế hoạch", "bao nhiêu % kế hoạch" do not.
    if (tokens[i]?.f === "bao" && !versus && tokens[j]?.f === "chi") continue;
    const noun = `${tokens[j]?.f ?? ""} ${tokens[j + 1]?.f ?? ""}`;
    if (!/^(?:ke hoach|chi tieu)$/.test(noun)) continue;
    // The percentage still asks a rate; "(so với) kế hoạch" is no goal and no measure word.
    for (let k = plan; k < j + 2; k++) tokens[k]!.used ??= "of-plan";
    return true;
  }
  // "so với kế hoạch đạt bao nhiêu %": the plan named first, the percentage after; "so với kế
  // hoạch?" alone asks the same of the figure just given.
  const percent = tokens.some((t) => t.f === "%" || (t.f === "phan" && tokens[tokens.indexOf(t) + 1]?.f === "tram")) || tokens.filter((t) => t.f !== "?" && !t.used).length <= 5;
  for (let i = 0; percent && i + 3 < tokens.length; i++) {
    if (tokens[i]!.f !== "so" || tokens[i + 1]!.f !== "voi" || !/^(?:ke hoach|chi tieu)$/.test(`${tokens[i + 2]!.f} ${tokens[i + 3]!.f}`)) continue;
    for (let k = i; k < i + 4; k++) tokens[k]!.used ??= "of-plan";
    return true;
  }
  return false;
}

// "tỉnh nào đưa nhiều dịch vụ công lên cổng hơn": "nhiều … hơn" around the measure compares, and
// its words are no measure's; a count when more of a thing is asked ("nhiều", "ít"), of the
// measure named right after (`after`), else a level.
function comparativeOf(tokens: Token[]): { readonly count: boolean; readonly after: number } | null {
  let last = tokens.length - 1;
  // (A yes/no's closing may follow: "… nhiều dvc hơn Lào Cai không".)
  while (last >= 0 && /^(?:vay|nhi|a|nhe|the|ko|k|khong|chua|\?)$/.test(tokens[last]!.f)) last -= 1;
  if (last < 2 || tokens[last]!.f !== "hon" || tokens[last]!.used) return null;
  const adverb = tokens.findIndex((t, i) => i < last - 1 && !t.used && /^(?:nhieu|it|cao|thap|tot|lon)$/.test(t.f));
  if (adverb < 0) return null;
  tokens[last]!.used = "compare";
  tokens[adverb]!.used = "compare";
  return { count: /^(?:nhieu|it)$/.test(tokens[adverb]!.f), after: adverb + 1 };
}

// "tỉnh đứng đầu", "địa phương dẫn đầu": the leader asked about; its words are no measure's.
function leaderOf(tokens: Token[]): boolean {
  const f = tokens.map((t) => t.f).join(" ");
  const m = /(?:^| )(?:tinh|dia phuong|thanh pho|tinh thanh) (?:dung dau|dan dau|xep dau|dung thu nhat|xep thu nhat)(?: |$)/.exec(f);
  // "nhóm 30 tỉnh dẫn đầu", "top 10 địa phương dẫn đầu": a group, not the leader.
  if (!m || /(?:^| )(?:nhom|top|may|cac|nhung|trong|vao|nhieu|thuoc|\d+)$/.test(f.slice(0, m.index))) return false;
  const first = f.slice(0, m.index + (m[0].startsWith(" ") ? 1 : 0)).split(" ").filter(Boolean).length;
  const words = m[0].trim().split(" ").length;
  for (let i = first; i < first + words; i++) tokens[i]!.used = "leader";
  return true;
}

// "… thì sao" last in a message closes it: its words are no measure's.
function closing(tokens: Token[], lex: CompiledLexicon): void {
  // "… năm 2020 cơ": the particle of a correction, typed with its marks, closes it.
  const end = tokens[tokens.length - 1];
  if (end && end.text.toLowerCase() === "cơ") end.used = "follow-up";
  const f = tokens.map((t) => t.f);
  for (let start = Math.max(0, f.length - 4); start < f.length; start++) {
    const m = lex.closings.at(f, start);
    if (!m || m.end !== f.length) continue;
    for (let i = m.start; i < m.end; i++) tokens[i]!.used = "follow-up";
    return;
  }
}

// "có … không", "đã … chưa": a closing word last, its opening before it (or "chưa" alone).
// Question words that ask what, which or how many: typed without marks, "may" may be "máy", "dau" "đầu".
const WH = /^(?:gì|gi|nào|nao|mấy|đâu|j)$/iu;

function yesNoOf(tokens: Token[], lex: CompiledLexicon): boolean {
  const f = tokens.map((t) => t.f);
  let end = f.length;
  // (Past a particle closing the question: "đúng không ạ", "phải không vậy".)
  while (end > 0 && (f[end - 1] === "," || (/^(?:ạ|vậy|nhỉ|nha|nhé|hả|hen|ha|a)$/iu.test(tokens[end - 1]!.text) && end > 2))) end--;
  for (let start = Math.max(0, end - 2); start < end; start++) {
    const m = lex.yesNoClose.at(f, start);
    if (!m || m.end !== end) continue;
    const open = lex.yesNoOpen.first(f.slice(0, m.start));
    const alone = /^(?:chua|phai khong|dung khong|hay chua|yet|already)$/.test(f.slice(m.start, m.end).join(" "));
    if (!open && !alone) return false;
    // "có số liệu gì về DVC không", "có bao nhiêu … không": a question word asks what, not whether.
    if (tokens.slice(0, m.start).some((t, i) => WH.test(t.text) || (t.f === "bao" && f[i + 1] === "nhieu"))) return false;
    for (let i = m.start; i < m.end; i++) tokens[i]!.used = "yes-no";
    if (open) for (let i = open.start; i < open.end; i++) tokens[i]!.used ??= "yes-no";
    return true;
  }
  return false;
}

/** What a folded scale word multiplies by ("nghìn" 1 000, "triệu" 1 000 000, "tỷ" 10⁹); 1 for any other word. */
export function scaleOf(folded: string): number {
  return ({ nghin: 1e3, ngan: 1e3, trieu: 1e6, ty: 1e9, ti: 1e9 } as Record<string, number>)[folded] ?? 1;
}

/** A folded scale or unit word as one spelling: "ngàn" as "nghìn", "tỉ" as "tỷ", "vnđ" as "đồng". */
export function unitWord(folded: string): string {
  return ({ ngan: "nghin", ti: "ty", vnd: "dong" } as Record<string, string>)[folded] ?? folded;
}

// "đã đạt 10% chưa": the number a yes/no question measures against.
// Words after a number that are no noun of it ("95% là đúng", "1.873 phải không").
const NOT_NOUN = /^(?:la|thi|dung|phai|khong|ko|k|chua|vay|a|nhi|ha|hay|hoac|va|nam|thang|o|tai|cua|con|nhe|nha|chu|roi|trong|tren|duoi|ve|cho|voi|tu|den|toi|nhu|hon|gan|khoang|so|cac|nhung|moi|the|sao|nao|gi|co|da|duoc|dat)$/;

function thresholdOf(tokens: Token[], read: string): Question["threshold"] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.used || !/^\d+(?:[.,]\d+)?$/.test(t.text) || /^(?:19|20)\d\d$/.test(t.text)) continue;
    // (A month or a day is no threshold: "tính đến 9/2022", "tháng 8".)
    if (/^(?:thang|ngay|quy)$/.test(tokens[i - 1]?.f ?? "") || (/^(?:19|20)\d\d$/.test(tokens[i + 1]?.f ?? "") && Number(t.text) <= 12)) continue;
    // (Nor a length of time or an age: "trong 3 tháng", "từ 15 tuổi".)
    if (/^(?:tháng|thang|năm|nam|quý|quy|ngày|ngay|tuổi|tuoi)$/iu.test(tokens[i + 1]?.text ?? "")) continue;
    // A number written with its decimal comma or thousands dots reads as one: "98,8", "1.837".
    let digits = t.text;
    let j = i;
    for (let next = tokens[j + 1]; next && /^\d+$/.test(next.text) && t.at && tokens[j]!.at && next.at; next = tokens[j + 1]) {
      const mark = read.slice(tokens[j]!.at![1], next.at[0]);
      // (A dot before other than three digits, or after a lone 0, is a decimal point typed the English way: "0.7411".)
      if (mark === ".") digits += digits === "0" || next.text.length !== 3 ? `.${next.text}` : next.text;
      else if (mark === ",") digits += `.${next.text}`;
      else break;
      tokens[++j]!.used = "threshold";
    }
    // ("163/169 sản phẩm": the total it is out of is part of the number.)
    if (tokens[j + 1] && /^\d+$/.test(tokens[j + 1]!.text) && tokens[j]!.at && tokens[j + 1]!.at && read.slice(tokens[j]!.at![1], tokens[j + 1]!.at![0]) === "/") tokens[++j]!.used = "threshold";
    // ("27 phần", "27 phan" typed without marks; not "27 phản ánh".)
    const percent = tokens[j + 1]?.f === "%" || (tokens[j + 1]?.f === "phan" && /^(?:phần|phan)$/iu.test(tokens[j + 1]!.text));
    t.used = "threshold";
    if (percent) tokens[j + 1]!.used = "threshold";
    if (tokens[j + 1]?.f === "phan" && tokens[j + 2]?.f === "tram") tokens[j + 2]!.used = "threshold";
    const noun: string[] = [];
    // (Its scale is part of the number: "2 triệu thẻ" counts "thẻ".)
    let from = j + 1;
    // (As typed: "trăm" is a scale, "trạm" a station.)
    let scale = 1;
    while (/^(?:nghìn|ngàn|triệu|tỷ|tỉ|nghin|ngan|trieu)$/iu.test(tokens[from]?.text ?? "")) {
      scale *= scaleOf(tokens[from]!.f);
      tokens[from++]!.used = "threshold";
    }
    // Its unit, as the figure must write it: "34.293 tỷ USD" is no "34.293 tỷ đồng".
    // (The unit is the noun as well: "132 triệu USD" claims a sum of money.)
    let unitsEnd = from;
    while (/^(?:usd|đồng|dong|vnđ|vnd|điểm|diem|bậc|bac|lần|lan)$/iu.test(tokens[unitsEnd]?.text ?? "")) unitsEnd++;
    const units = tokens.slice(from, unitsEnd).map((x) => unitWord(x.f));
    for (let k = from; !percent && k < tokens.length && noun.length < 3 && /^\p{L}+$/u.test(tokens[k]!.f) && !NOT_NOUN.test(tokens[k]!.f); k++) noun.push(tokens[k]!.f);
    // "trên 6.000", "hơn 1 triệu", "gần 16 nghìn": a bound or a round number, not the figure as written.
    const before = tokens.slice(Math.max(0, i - 2), i).map((x) => x.f).join(" ");
    const approx = /(?:^| )(?:tren|hon|it nhat|toi thieu)$/.test(before) ? "over" : /(?:^| )(?:gan|khoang|tam|xap xi|chung)$/.test(before) || tokens[i - 1]?.text === "cỡ" ? "about" : null;
    return { value: Number(digits), percent, ...(noun.length ? { noun } : {}), ...(units.length ? { units } : {}), ...(scale !== 1 ? { scale } : {}), ...(approx ? { approx } : {}) };
  }
  // "đã … hết chưa", "toàn bộ … chưa": all of them, a hundred per cent.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const all = t.f === "het" || (t.f === "toan" && tokens[i + 1]?.f === "bo") || (t.f === "tat" && tokens[i + 1]?.f === "ca");
    if (t.used || !all || (t.written && !/^(?:hết|toàn|tất)$/iu.test(t.text))) continue;
    for (let j = i; j < i + (t.f === "het" ? 1 : 2); j++) tokens[j]!.used = "threshold";
    return { value: 100, percent: true, all: true };
  }
  return null;
}

// "điểm giới thiệu dịch vụ của công ty tài chính", nothing asked of it: the measure the message
// opens on, before "của" and what it is of, is what is counted (not the companies).
function headOfWhat(tokens: readonly Token[], segments: readonly Segment[]): string[] | null {
  const of = tokens.findIndex((t) => t.f === "cua" && /^(?:của|cua)$/iu.test(t.text));
  if (of < 1) return null;
  const head = segments.filter((s) => s.end <= of && MEASURE.has(s.category));
  const opening = segments.filter((s) => s.end <= of).every((s) => MEASURE.has(s.category) || s.category === "filler");
  const after = segments.some((s) => s.start > of && MEASURE.has(s.category));
  if (!head.length || !opening || !after || head[0]!.category === "index") return null;
  const words = tokens.slice(head[0]!.start, head[0]!.end).filter((t) => !t.used).map((t) => t.f);
  // (A level or a quality is no count: "mức độ hài lòng của người dân".)
  return words.length && !/^(?:muc|ty|ti|gia|toc|chat|hieu|so|tong)$/.test(words[0]!) ? words : null;
}

// The measure's words right before the last count's word ("bao nhiêu", "bn", "mấy"), when only
// fillers follow it: "lao động bn" counts workers.
function nounBeforeLastCount(tokens: readonly Token[], segments: readonly Segment[], lex: CompiledLexicon): string[] | null {
  const last = segments.findLastIndex((s) => s.category === "count");
  // (Right before it: "… thì bao nhiêu", "… là bao nhiêu", "… đạt bao nhiêu" ask the value of what
  // was named, whatever its kind.)
  if (last < 1 || segments.slice(last + 1).some((s) => MEASURE.has(s.category) || s.category === "count")) return null;
  if (!MEASURE.has(segments[last - 1]!.category) || segments[last - 1]!.end !== segments[last]!.start) return null;
  const noun: Token[] = [];
  for (let k = last - 1; k >= 0 && MEASURE.has(segments[k]!.category) && segments[k]!.category !== "index"; k--) noun.unshift(...tokens.slice(segments[k]!.start, segments[k]!.end).filter((t) => !t.used));
  // (Nor a word that may be a filler typed without marks: "thi" is "thì" as much as "thị".)
  const end = noun[noun.length - 1];
  // (A noun of a few words: "trả kết quả online bn" asks the rate of what it says, not a count.)
  if (!end || noun.length > 3 || (!end.written && lex.source.ambiguous.includes(end.f))) return null;
  // (Nor what is done rather than counted: "phủ sóng 4G bn" asks how far coverage reaches.)
  if (lex.notNouns.at(noun.map((t) => t.f), 0) || lex.notNounFolds.has(noun[0]!.f)) return null;
  // (Nor whom it is for: "chữ ký số cấp cho dân bao nhiêu" counts signatures, not people.)
  const before = tokens[tokens.indexOf(noun[0]!) - 1];
  if (before && /^(?:cho|với|tới|đến|cho các)$/iu.test(before.text)) return null;
  return noun.map((t) => t.f);
}

// The year asked ("năm 2022", "2022"); a year a change is measured against ("so với năm 2021",
// "từ năm 2021 sang 2022") is not it. The years' words are no measure words. Between two places
// named, "với" joins them ("Bình Dương với Huế 2023": the names are out of the tokens, so "với"
// stands right before the year), and only "so với" sets a year against another.
function yearOf(tokens: Token[], read: string, placesJoined: boolean): number | null {
  const years: { year: number; base: boolean; from: boolean; before: boolean }[] = [];
  tokens.forEach((t, i) => {
    // ("năm 21": a year written short after its word, in this century.)
    const short = /^\d\d$/.test(t.f) && tokens[i - 1]?.f === "nam" && Number(t.f) >= 10 && Number(t.f) <= 39;
    if (!/^(?:19|20)\d\d$/.test(t.f) && !short) return;
    t.used = "period";
    // "năm 2022", "tháng 8/2023", "tháng 8 năm 2023": the period's words are no measure words.
    let j = i - 1;
    for (; j >= Math.max(0, i - 3); j--) {
      const w = tokens[j]!;
      if (!/^(?:nam|thang|year|in|dau|cuoi|het|giai|doan|\d{1,2})$/.test(w.f) || w.used) break;
      // (Not the "đầu" of "dẫn đầu năm 2023": who led that year.)
      if (w.f === "dau" && /^(?:dan|dung|xep|top|nhom)$/.test(tokens[j - 1]?.f ?? "")) break;
      w.used = "period";
    }
    // (Not across a province taken out: "so với Đà Nẵng năm 2022" sets Đà Nẵng beside, in 2022.)
    // (A short form spelled out, "vs", has no place in the text: the gap is from the word before it.)
    let k = j;
    while (k >= 0 && !tokens[k]!.at) k--;
    const apart = k >= 0 && tokens[j + 1]?.at && /\s\s/.test(read.slice(tokens[k]!.at![1], tokens[j + 1]!.at![0]));
    const before = apart ? "" : tokens.slice(Math.max(0, j - 1), j + 1).map((w) => w.f).join(" ");
    // ("tăng bn so 2021", "so cùng kỳ 2021": the year measured against; not the "số" of "kinh tế
    // số năm 2023" nor the "sơ" of "hồ sơ năm 2020": "so" right before the year.)
    const right = tokens[i - 1];
    const so = j === i - 1 && right?.f === "so" && right.text.toLowerCase() === "so" && !/^(?:te|nghe|doi|hoi|quyen|hoa|ho)$/.test(tokens[j - 1]?.f ?? "");
    years.push({ year: short ? 2000 + Number(t.f) : Number(t.f), base: so || (placesJoined ? /(?:^| )(?:so voi|cung ky)$/ : /(?:^| )(?:so voi|voi|hon|truoc|cung ky)$/).test(before), from: /(?:^| )tu$/.test(before), before: /(?:^| )truoc$/.test(before) && !/(?:voi|hon|so) truoc$/.test(before) });
  });
  // "(lần đánh giá) trước năm 2022", no other year: the year before it is asked.
  if (years.length === 1 && years[0]!.before) return years[0]!.year - 1;
  // "từ năm 2021 …" alone asks 2021; "từ năm 2021 sang 2022" asks 2022 against 2021.
  if (years.length >= 2) for (const y of years) y.base ||= y.from;
  if (years.length >= 2 && !years.some((y) => y.base)) years[0]!.base = true;
  return years.find((y) => !y.base)?.year ?? null;
}

// "trước khi thực hiện mô hình là bao nhiêu": the time before something, asked of the figure just
// given; its words name a time, no measure (up to "là", "thì", "đạt" or the end).
function beforeClause(tokens: Token[], read: string): boolean {
  const at = tokens.findIndex((t, i) => t.f === "truoc" && tokens[i + 1]?.f === "khi" && !t.used);
  if (at < 0) return false;
  // (Nor past a comma or a colon: "trước khi đăng bài: Long An có …".)
  for (let i = at; i < tokens.length && !/^(?:la|thi|dat|bao|bn|may|\?)$/.test(tokens[i]!.f); i++) {
    tokens[i]!.used = "period";
    const [end, next] = [tokens[i]!.at?.[1], tokens[i + 1]?.at?.[0]];
    if (end !== undefined && next !== undefined && /[,:;.!?]/.test(read.slice(end, next))) break;
  }
  // A time before an act of the asker's own ("trước khi đăng bài") asks no earlier figure.
  return !/^(?:dang|viet|gui|nop)$/.test(tokens[at + 2]?.f ?? "");
}

// "chứ không phải thứ hạng", "…, ko phải %": what is said not to be asked is no question word.
// ("tài khoản không phải người dân Huế", inside the measure, asks the others: a negation.)
function negations(tokens: Token[], read: string): void {
  tokens.forEach((t, i) => {
    if (t.f !== "phai" || !/^(?:khong|ko|k|chu|chang)$/.test(tokens[i - 1]?.f ?? "")) return;
    const [before, not] = [tokens[i - 2], tokens[i - 1]!];
    const set = !before || /^(?:chu|chang)$/.test(before.f) || /^(?:chu|chang)$/.test(not.f) || (before.at && t.at && /[,:;.!?(]/.test(read.slice(before.at[1], t.at[0])));
    if (!set) return;
    for (let j = i - 1; j <= Math.min(tokens.length - 1, i + 3); j++) tokens[j]!.used ??= "negated";
  });
}

// "tăng bao nhiêu so với trước khi làm mô hình", "giảm … so với cùng kỳ": what a change is
// measured from is no measure word (a year there is read by `yearOf`, a plan by `ofPlanOf`).
function baseOfChange(tokens: Token[]): void {
  const at = tokens.findIndex((t, i) => t.f === "so" && tokens[i + 1]?.f === "voi" && !t.used);
  if (at < 1 || !tokens.slice(0, at).some((t) => /^(?:tang|giam|nhich|tut|vuot)$/.test(t.f))) return;
  for (let i = at; i < tokens.length && !/^(?:ke|chi|muc)$/.test(tokens[at + 2]?.f ?? ""); i++) tokens[i]!.used ??= "period";
}

// "mục tiêu bao nhiêu, thực tế đạt bao nhiêu": the words asking the result beside a goal are no
// measure's, nor a noun counted.
function resultWords(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(tokens[i]!.f === "thuc" && tokens[i + 1]!.f === "te") || tokens[i]!.used) continue;
    tokens[i]!.used = tokens[i + 1]!.used = "result";
  }
}

// "xếp thứ mấy về số lượng", last in a message: the rank of the count just talked about; "số
// lượng" there asks no count of its own.
function aboutTheCount(tokens: Token[]): void {
  const f = tokens.map((t) => t.f);
  let end = f.length;
  while (end > 0 && /^(?:\?|a|vay|nhi|nhe|the)$/.test(f[end - 1]!)) end--;
  const from = f[end - 1] === "luong" ? end - 3 : end - 2;
  if (from < 0 || f[from] !== "ve" || f[from + 1] !== "so" || tokens.slice(from, end).some((t) => t.used)) return;
  for (let i = from; i < end; i++) tokens[i]!.used = "follow-up";
}

// The noun after "bao nhiêu", "mấy", "số lượng" (and "số" opening the measure): the measure
// words that follow it, up to one that names nothing. "người dùng VNeID" counts people: "người".
function countedNoun(tokens: Token[], segments: readonly Segment[], lex: CompiledLexicon): string[] | null {
  for (const [k, s] of segments.entries()) {
    if (s.category !== "count") continue;
    const word = tokens.slice(s.start, s.end).map((t) => t.f).join(" ");
    // "số" counts only where a measure starts ("số doanh nghiệp …"), not in "chuyển đổi số".
    // (Right after them: "xin cho biết số dịch vụ công" after "lập bảng so sánh" counts services.)
    const prior = segments[k - 1];
    if (word === "so" && prior && MEASURE.has(prior.category) && prior.end === s.start) {
      for (let i = s.start; i < s.end; i++) tokens[i]!.used = null;
      continue;
    }
    const noun: string[] = [];
    for (const next of segments.slice(k + 1)) {
      if (!MEASURE.has(next.category) || noun.length >= 6) break;
      const words = tokens.slice(next.start, next.end);
      if (next.category === "word" && isNotNoun(words[0]!, lex)) break;
      // (A preposition typed without marks ends it too: "bn dvc len cong qg" counts services.)
      // (Not one typed with other marks: "lượt tải ứng dụng" counts downloads.)
      if (next.category === "word" && noun.length && /^(?:len|vao|tren|tai)$/.test(words[0]!.f) && (!hasMarks(words[0]!.text) || /^(?:lên|vào|trên|tại)$/iu.test(words[0]!.text))) break;
      // (A verb the lexicon knows as a phrase ends it too: "bao nhiêu dịch vụ công tích hợp lên cổng".)
      if (next.category !== "word" && lex.notNounPhrases.has(words.map((t) => t.f).join(" "))) break;
      // "bao nhiêu bộ hồ sơ": a classifier before a noun counts that noun.
      if (!noun.length && words.length === 1 && lex.classifiers.has(words[0]!.f) && segments[k + 2] && MEASURE.has(segments[k + 2]!.category)) {
        words[0]!.used = "count";
        continue;
      }
      noun.push(...words.map((t) => t.f));
    }
    if (!noun.length) continue;
    // "máy POS … có bao nhiêu cái": the noun counted is the one named before the classifier; so
    // is "thành viên bn người", people counted as what they are.
    // (Not a verb before it: "nộp hồ sơ online được bao nhiêu bộ" counts the dossiers.)
    const before = segments.slice(0, k).find((x) => MEASURE.has(x.category) && !(x.category === "word" && isNotNoun(tokens[x.start]!, lex)));
    const ofPeople = before !== undefined && lex.people.at(tokens.slice(before.start, before.end).map((t) => t.f), 0) !== null;
    if (noun.length === 1 && (lex.classifiers.has(noun[0]!) || (noun[0] === "nguoi" && ofPeople))) {
      for (let i = segments[k + 1]!.start; i < segments[k + 1]!.end; i++) tokens[i]!.used = "count";
      if (!before) continue;
      return tokens.slice(before.start, before.end).map((t) => t.f);
    }
    if (noun[0] === "nguoi" && (noun[1] === "dung" || (noun[1] === "su" && noun[2] === "dung"))) {
      const from = segments[k + 1]!.start;
      for (let i = from + 1; i <= from + (noun[1] === "su" ? 2 : 1); i++) tokens[i]!.used = "count";
      return ["nguoi"];
    }
    return noun;
  }
  return null;
}

// The measure's terms: phrases the lexicon knows as one term with their synonyms, other words one each.
function termsOf(tokens: readonly Token[], segments: readonly Segment[], lex: CompiledLexicon, read: string, accents?: Accents): Term[] {
  const out: Term[] = [];
  // Only a word typed with marks says which word it is: many type some marks and skip others.
  const markedOf = (span: readonly Token[]) => span.map((t) => (hasMarks(t.text) ? (markedWords(t.text)[0] ?? null) : null));
  // The measure's words typed without marks, spelled as the corpus spells them, in context.
  const measureTokens = segments.filter((s) => MEASURE.has(s.category)).flatMap((s) => tokens.slice(s.start, s.end).filter((t) => !t.used));
  const restored = new Map<Token, string>();
  if (accents) {
    const spelled = accents(measureTokens.map((t) => t.f));
    measureTokens.forEach((t, i) => restored.set(t, hasMarks(t.text) || /[A-Z0-9]/.test(t.text) ? t.text : spelled[i]!));
  }
  const spell = (span: readonly Token[]) => span.map((t) => restored.get(t) ?? t.text).join(" ");
  for (const s of segments) {
    const span = tokens.slice(s.start, s.end).filter((t) => !t.used);
    if (!MEASURE.has(s.category) || !span.length) continue;
    const words = span.map((t) => t.f);
    const typed = asTyped(span, read);
    // A negation is asked as such: a figure's sentence must say it, in any of its words.
    if (s.category === "negation") {
      // (Not in another term's words: the "không" of "không dùng tiền mặt" negates nothing asked.)
      const others = new Set(segments.filter((x) => x !== s && MEASURE.has(x.category)).flatMap((x) => tokens.slice(x.start, x.end).map((t) => t.f)));
      const alts = [words, ...lex.negators.words.filter((w) => w.join(" ") !== words.join(" "))].filter((a) => !a.some((w) => others.has(w)));
      out.push({ words, alts: alts.length ? alts : [words], weight: 1, label: spell(span), weak: false, marked: markedOf(span), required: true, negation: true });
      continue;
    }
    if (s.category === "synonym" && span.length === s.end - s.start) {
      const group = lex.groupOf[s.phrase]!;
      const canonical = lex.source.synonyms[group]![0]!;
      const label = hasMarks(typed) || /[A-Z]/.test(typed) ? typed : accents ? spell(span) : canonical;
      // A short form weighs as what it stands for: "VNeID" as "định danh điện tử".
      const alts = [words, ...lex.groups[group]!.filter((g) => g.join(" ") !== words.join(" "))];
      out.push({ words, alts, weight: Math.min(3, Math.max(...alts.map((a) => a.length))), label, weak: false, marked: markedOf(span), required: lex.qualifiers.some(words) });
      continue;
    }
    if (s.category !== "word" && span.length > 1) {
      // An index or a measure of a known kind may also be a synonym ("kinh tế số", "KTS").
      const synonym = lex.synonyms.at(words, 0);
      // (As written: "chỉ tiêu", a target, is not "chi tiêu", spending.)
      const group = synonym && synonym.end === words.length && samePhrase(span, lex.synonyms.phrases[synonym.phrase]!, lex) ? lex.groupOf[synonym.phrase]! : -1;
      const known = group >= 0 ? lex.source.synonyms[group]![0]! : lex.labels.get(words.join(" "));
      const alts = group >= 0 ? [words, ...lex.groups[group]!.filter((g) => g.join(" ") !== words.join(" "))] : [words];
      out.push({ words, alts, weight: Math.min(3, words.length), label: hasMarks(typed) || /[A-Z]/.test(typed) ? typed : (known ?? spell(span)), weak: false, marked: markedOf(span), required: lex.qualifiers.some(words) });
      continue;
    }
    for (let i = 0; i < span.length; i++) {
      const t = span[i]!;
      // Words joined by hyphens are one name ("Hue-S", "e-Office"): the figures asked are of it.
      let j = i;
      while (j + 1 < span.length && span[j]!.at && span[j + 1]!.at && read.slice(span[j]!.at![1], span[j + 1]!.at![0]) === "-") j++;
      if (j > i) {
        const name = span.slice(i, j + 1);
        const words = name.map((w) => w.f);
        out.push({ words, alts: [words], weight: Math.min(3, words.length), label: asTyped(name, read), weak: false, marked: markedOf(name), required: true });
        i = j;
        continue;
      }
      const weak = !t.written && lex.source.ambiguous.includes(t.f);
      const name = /^[a-z]{5,}$/.test(t.f) && !isSyllable(t.f) && !lex.known.has(t.f);
      out.push({ words: [t.f], alts: [[t.f]], weight: 1, label: spell([t]), weak, marked: markedOf([t]), required: lex.qualifiers.some([t.f]), ...(name ? { name } : {}) });
    }
  }
  return out;
}

/** A term naming a level of government ("cấp xã", "cấp phường xã", "cấp tỉnh"): a qualifier, no noun. */
export const namesLevel = (t: Term): boolean => t.alts.some((a) => a.length >= 2 && a[0] === "cap" && LEVEL_NAMED.test(a[1]!));
// The words after "cấp" that name a level of government: not the "cáp" of "cáp quang".
const LEVEL_NAMED = /^(?:tinh|huyen|xa|phuong|quan|thi|thon|ap|khom|co|trung|bo|nganh|so|do|thanh|khu)$/;

// How many of a term's phrases are searched for: the words typed and the lexicon's first
// synonyms (the articles' usual wording); the others still count when a candidate is weighed.
const SEARCHED_ALTS = 2;

// What to search for: each phrase's words once; a repeated word counts once in a search anyway,
// and a phrase whose words are all said already adds nothing but time.
function searchText(phrases: readonly string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    if (words.every((w) => seen.has(w))) continue;
    for (const w of words) seen.add(w);
    out.push(phrase);
  }
  return out.join(" ");
}

// Words as typed, with what joins them ("TT&TT", "phần mềm/CSDL") where nothing else stands between.
function asTyped(span: readonly Token[], read: string): string {
  const first = span[0]!.at;
  const last = span[span.length - 1]!.at;
  const joined = span.map((t) => t.text).join(" ");
  if (!first || !last || span.some((t) => !t.at)) return joined;
  const text = read.slice(first[0], last[1]);
  return text.replace(/[\s&/.-]+/gu, "").length === joined.replace(/\s+/g, "").length ? text : joined;
}

// A term said twice ("bao nhiêu người … số người") counts once.
function dedupe(terms: readonly Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.words.join(" ")) && !!seen.add(t.words.join(" ")));
}

const hasMarks = (s: string): boolean => /[^\x00-\x7f]/.test(s);

// A one-word filler: as written with its marks ("chị", "cho"), or typed without marks when its
// folded form is no other word ("nhe", "oi"; not "cho", which may be "chợ").
function isFiller(t: Token, lex: CompiledLexicon): boolean {
  // ("AI" in capitals is artificial intelligence, "ai" who.)
  if (t.text === "AI") return false;
  return t.written ? lex.fillerWords.has(t.text.toLowerCase()) : lex.fillerFolds.has(t.f);
}

// Tokens are the lexicon's phrase: each word typed with marks as the phrase writes it ("phản" is
// not "phần", "hàng" not "hạng"); a lone word typed without marks only when no other word folds alike.
// A lexicon phrase's words as written, split once: phrases are few, questions many.
const WRITTEN = new Map<string, readonly string[]>();
function writtenWords(phrase: string): readonly string[] {
  let words = WRITTEN.get(phrase);
  if (!words) WRITTEN.set(phrase, (words = phrase.normalize("NFC").toLowerCase().split(/[^\p{L}\p{M}\p{N}%]+/u).filter(Boolean)));
  return words;
}

function samePhrase(span: readonly Token[], phrase: string, lex: CompiledLexicon): boolean {
  if (!hasMarks(phrase)) return true;
  const written = writtenWords(phrase);
  if (written.length !== span.length) return true;
  if (span.length === 1 && !span[0]!.written) return !lex.source.ambiguous.includes(span[0]!.f);
  return span.every((t, i) => !t.written || spelling(t.text) === spelling(written[i]!));
}

// A word's spelling with the tone placed the modern way ("hoà" as "hòa") and a final "y" as "i"
// ("ký" as "kí"): the ways one word is typed, compared as one.
function spelling(word: string): string {
  let spelled = SPELLINGS.get(word);
  if (spelled === undefined) {
    spelled = spellingOnce(word);
    if (SPELLINGS.size >= 50_000) SPELLINGS.clear();
    SPELLINGS.set(word, spelled);
  }
  return spelled;
}

// Each word's spelling worked out once: questions and the lexicon repeat a small vocabulary.
const SPELLINGS = new Map<string, string>();

function spellingOnce(word: string): string {
  return word
    .normalize("NFC")
    .toLowerCase()
    .replace(/o([àáảãạ])/g, (_, v: string) => `${"òóỏõọ"["àáảãạ".indexOf(v)]}a`)
    .replace(/u([ỳýỷỹỵ])/g, (_, v: string) => `${"ùúủũụ"["ỳýỷỹỵ".indexOf(v)]}y`)
    .replace(/(?<=^[^aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+)[yỳýỷỹỵ]$/u, (y) => "iìíỉĩị"["yỳýỷỹỵ".indexOf(y)]!);
}

// A word that ends a counted noun ("bao nhiêu … thì", "là"), read as a filler is.
function isNotNoun(t: Token, lex: CompiledLexicon): boolean {
  return t.written ? lex.notNounWords.has(t.text.toLowerCase()) : lex.notNounFolds.has(t.f);
}

/** The time asked, in words: "năm 2023", "quý II năm 2024". */
export const timeLabel = (part: PeriodPart | null, year: number): string => (part?.key === "full" ? `cả năm ${year}` : `${part ? `${part.text} ` : ""}năm ${year}`);

/** A label's closing time ("…, năm 2023", "…, 11 tháng năm 2024"), to take it off. */
export const YEAR_LABEL = /, (?:[^,]* )?năm \d{4}$/u;

/** What was understood, in words: "tỷ lệ hồ sơ trực tuyến, năm 2023". */
export function labelOf(q: Omit<Question, "label">): string {
  const measure = q.measure.map((t) => t.label).join(" ");
  const named = q.index === "dti" && !measure ? "chỉ số chuyển đổi số (DTI)" : measure;
  const kindWord: Partial<Record<FigureKind, string>> = { percent: "tỷ lệ", rank: "thứ hạng", top: "thứ hạng", score: "điểm", year: "năm", date: "ngày", money: "giá trị" };
  // The kind's word, unless the measure's words say it already ("xếp hạng chuyển đổi số").
  const says = (word: string) => foldText(named).startsWith(foldText(word)) || (word === "thứ hạng" && /(?:^| )(?:xep hang|hang)(?: |$)/.test(foldText(named)));
  const lead = q.change ? "mức tăng" : q.kind && kindWord[q.kind] && !says(kindWord[q.kind]!) ? kindWord[q.kind] : q.counted ? "số" : "";
  const goal = q.goal && !/mục tiêu/u.test(named) ? "mục tiêu" : "";
  const body = [goal, lead ?? "", named].filter(Boolean).join(" ").trim();
  return [body, q.year ? timeLabel(q.part, q.year) : ""].filter(Boolean).join(", ");
}
