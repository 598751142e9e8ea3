import { vi } from "../lexicon/vi.js";
import { foldText } from "../text/index.js";
import { NOT_SHORT_FORMS_IN_CAPITALS, SHORT_FORMS, CURRENT_PROVINCES, FORMER_PROVINCES, type CurrentProvince } from "./data.js";
import { PLACES } from "./places.js";
import { mistypedMentions } from "./typos.js";
import { wordsOf, type Word } from "./words.js";

/** Where a text names a province, directly or through a place inside it. */
export interface ProvinceMention {
  /** Canonical former province. */
  readonly province: string;
  /** Character offsets of the words matched, in the text given. */
  readonly start: number;
  readonly end: number;
  /** "name" for the province's own name or alias, "place" for a district or city within it. */
  readonly via: "name" | "place";
  /** The words as written. */
  readonly matched: string;
  /**
   * True for a name joined by a hyphen to another word ("Hue-S", an app of Huế): it names the
   * province, and its words are a name of something else too.
   */
  readonly joined?: boolean;
}

/** Options of {@link mentionsIn}. */
export interface MentionOptions {
  /**
   * Require every matched word to start with a capital letter, as proper nouns do in edited
   * text. True for articles (so "lòng an" is never "Long An"); false for what users type.
   * Default: false.
   */
  readonly properNoun?: boolean;
  /**
   * Count a place only when it lies in one of these provinces. An article that names Kiên
   * Giang makes its "Châu Thành" the Kiên Giang one and ignores "Bình Long", a commune name
   * that is also a town of Bình Phước. Default: every place that lies in a single province.
   */
  readonly placesWithin?: ReadonlySet<string>;
}

interface Variant {
  readonly provinces: readonly string[];
  readonly via: "name" | "place";
  /** A place's name as written. */
  readonly name?: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

// Old-style tone placement ("hoà", "thuỷ") to the modern one ("hòa", "thủy"), to compare spellings.
const OLD_TONE: readonly RegExp[] = [/o([àáảãạèéẻẽẹ])/g, /u([ỳýỷỹỵ])/g];
const MODERN: Record<string, string> = { à: "òa", á: "óa", ả: "ỏa", ã: "õa", ạ: "ọa", ỳ: "ùy", ý: "úy", ỷ: "ủy", ỹ: "ũy", ỵ: "ụy", è: "òe", é: "óe", ẻ: "ỏe", ẽ: "õe", ẹ: "ọe" };
function spelling(s: string): string {
  let out = s.normalize("NFC").toLowerCase();
  for (const re of OLD_TONE) out = out.replace(re, (m, v: string) => MODERN[v] ?? m);
  return out.replace(/\s+/g, " ");
}
const MAX_WORDS = 6;

const foldWords = (s: string): string => [...s.matchAll(WORD)].map((m) => foldText(m[0])).join(" ");

const PLACE_SPELLINGS: ReadonlySet<string> = new Set(PLACES.map((p) => spelling(p.name)));

// Each folded word of a province's names and aliases, and how the names spell it with their marks.
const NAME_WORDS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const names = [...FORMER_PROVINCES.flatMap((p) => [p.name, ...p.aliases]), ...CURRENT_PROVINCES.flatMap((c) => c.aliases)];
  for (const name of names) for (const m of name.matchAll(WORD)) {
    const folded = foldText(m[0]);
    const spelled = map.get(folded) ?? new Set<string>();
    spelled.add(spelling(m[0]));
    map.set(folded, spelled);
  }
  return map;
})();

// A word typed with marks names a province only as the names write it: "trực tuyến Quảng Ninh"
// is no "Tuyên Quang"; a word typed without any names it as well.
const writtenAsName = (w: { text: string; folded: string }): boolean => /^[\x00-\x7f]*$/.test(w.text) || (NAME_WORDS.get(w.folded)?.has(spelling(w.text)) ?? false);

// The province names and aliases as written, by their folded words.
const NAME_SPELLINGS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const names = [...FORMER_PROVINCES.flatMap((p) => [p.name, ...p.aliases]), ...CURRENT_PROVINCES.flatMap((c) => c.aliases)];
  for (const name of names) map.set(foldWords(name), (map.get(foldWords(name)) ?? new Set<string>()).add(spelling([...name.matchAll(WORD)].map((m) => m[0]).join(" "))));
  return map;
})();

type TypedWord = { text: string; folded: string };
const typed = (slice: readonly TypedWord[]): string => spelling(slice.map((w) => w.text).join(" "));

// A name typed as no spelling of it writes it, marks left out: "cáp quang Bình" for "Quảng Bình".
const looselyWritten = (slice: readonly TypedWord[]): boolean => !(NAME_SPELLINGS.get(slice.map((w) => w.folded).join(" "))?.has(typed(slice)) ?? true);

// True when a province's name starts inside the span of `n` words at word `i` and runs past it;
// `exact`, only a name typed as the name writes it.
function overtaken(words: readonly TypedWord[], i: number, n: number, exact: boolean): boolean {
  for (let start = i + 1; start < i + n; start++) {
    for (let m = 1; m <= MAX_WORDS && start + m <= words.length; m++) {
      const slice = words.slice(start, start + m);
      const key = slice.map((w) => w.folded).join(" ");
      if (!PREFIXES.has(key)) break;
      const isName = exact ? NAME_SPELLINGS.get(key)?.has(typed(slice)) : VARIANTS.get(key)?.via === "name";
      if (isName && start + m > i + n) return true;
    }
  }
  return false;
}

// A place as the gazetteer writes it ("Phú Quốc" for "phu quoc").
const placeName = (typed: string): string => VARIANTS.get(foldWords(typed))?.name ?? typed;

// Every phrase of the lexicon, folded, each set in spaces: what a place's folded name may be
// instead ("la gi" is "là gì" before it is La Gi).
const LEXICON_PHRASES = ` ${phrasesOf(vi).map(foldWords).join("  ")} `;

// The strings anywhere in a lexicon's data.
function phrasesOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(phrasesOf);
  return value && typeof value === "object" ? Object.values(value).flatMap(phrasesOf) : [];
}

// Province names win over places of the same spelling (the city "Huế" is the province Huế).
const VARIANTS: ReadonlyMap<string, Variant> = (() => {
  const map = new Map<string, Variant>();
  for (const place of PLACES) map.set(foldWords(place.name), { provinces: place.provinces, via: "place", name: place.name });
  for (const p of FORMER_PROVINCES) {
    for (const v of [p.name, ...p.aliases]) map.set(foldWords(v), { provinces: [p.name], via: "name" });
  }
  for (const c of CURRENT_PROVINCES) {
    for (const v of c.aliases) if (!map.has(foldWords(v))) map.set(foldWords(v), { provinces: c.formerProvinces.slice(0, 1), via: "name" });
  }
  // A name of two words or more typed as one, as in addresses and hashtags: "baclieu", "hanoi".
  for (const p of FORMER_PROVINCES) {
    const joined = foldWords(p.name).replace(/ /g, "");
    if (joined !== foldWords(p.name) && !map.has(joined)) map.set(joined, { provinces: [p.name], via: "name" });
  }
  return map;
})();

// Every leading run of words of a name, alias or place ("chau", "chau thanh", "chau thanh a"):
// a span is grown one word at a time only while it can still become one.
const PREFIXES: ReadonlySet<string> = new Set(
  [...VARIANTS.keys()].flatMap((k) => k.split(" ").map((_, n, words) => words.slice(0, n + 1).join(" "))),
);

/**
 * Every province a text names, in order: former provinces by name or alias, with or without
 * diacritics, and places inside a province (districts, cities) when the place belongs to a
 * single province. The longest match wins ("Châu Thành A" before "Châu Thành").
 */
export function mentionsIn(text: string, options: MentionOptions = {}): ProvinceMention[] {
  const words = wordsOf(text);
  const unmarked = !options.properNoun && /^[\x00-\x7f]*$/.test(text);
  const out: ProvinceMention[] = [];
  for (let i = 0; i < words.length; ) {
    // The spans starting here that are names, longest first.
    const spans: number[] = [];
    let key = "";
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      key = n === 1 ? words[i]!.folded : `${key} ${words[i + n - 1]!.folded}`;
      if (!PREFIXES.has(key)) break;
      if (VARIANTS.has(key)) spans.unshift(n);
    }
    let matched = 0;
    for (const n of spans) {
      const slice = words.slice(i, i + n);
      const variant = VARIANTS.get(slice.map((w) => w.folded).join(" "))!;
      if (options.properNoun && !slice.every((w) => /^\p{Lu}/u.test(w.text))) continue;
      if (variant.via === "name" && !slice.every(writtenAsName)) continue;
      // A name read from a word typed without the marks its name has gives way to a name typed
      // exactly that starts inside it and runs past it: "cáp quang Bình Dương" is no "Quảng Bình".
      if (looselyWritten(slice) && overtaken(words, i, n, true)) continue;
      // Typed without marks, a name whose first word ends a phrase of the lexicon with the word
      // before it gives way to a name starting inside it: "truc tuyen quang nam" is Quảng Nam.
      // (So does one whose last word is "năm" before a year: "cap quang nam 2022" is cáp quang năm 2022.)
      const endsPhrase = unmarked && i > 0 && LEXICON_PHRASES.includes(` ${words[i - 1]!.folded} ${words[i]!.folded} `);
      if (endsPhrase && overtaken(words, i, n, false)) continue;
      if (endsPhrase && slice[n - 1]!.folded === "nam" && /^(?:19|20)\d\d$/.test(words[i + n]?.text ?? "")) continue;

      // A place must be written with its own diacritics: folded, a place name is too often a plain
      // phrase ("van ban" is not "Văn Bàn", "chữ" is not "Chũ"). In a text typed without any
      // marks, a name of two words or more no phrase of the lexicon folds to is the place all
      // the same: "phu quoc", "thu dau mot".
      // (Of two words, only where a place stands: first, or after "ở", "tại", "tp", "huyện"…;
      // "hau giang co to cns" has tổ, not Cô Tô.)
      const placed = slice.length >= 3 || i === 0 || /^(?:o|tai|tp|thanh pho|huyen|thi xa|quan|xa|vung|khu vuc|ben)$/.test(words[i - 1]?.folded ?? "") || (i >= 2 && /^(?:thanh pho|thi xa)$/.test(`${words[i - 2]!.folded} ${words[i - 1]!.folded}`));
      const unmarkedPlace = unmarked && slice.length >= 2 && placed && !LEXICON_PHRASES.includes(` ${slice.map((w) => w.folded).join(" ")} `);
      if (variant.via === "place" && !PLACE_SPELLINGS.has(spelling(slice.map((w) => w.text).join(" "))) && !unmarkedPlace) continue;
      // A place spelled without any mark ("La Gi") is a name only in capitals: "la gi" is "là gì".
      if (variant.via === "place" && slice.every((w) => /^[\x00-\x7f]*$/.test(w.text) && !/^\p{Lu}/u.test(w.text)) && !unmarkedPlace) continue;
      const provinces =
        variant.via === "place" && options.placesWithin
          ? variant.provinces.filter((p) => options.placesWithin!.has(p))
          : variant.provinces;
      if (provinces.length === 1) {
        const first = slice[0]!;
        const last = slice[slice.length - 1]!;
        const end = last.start + last.text.length;
        // A name joined by a hyphen to what follows or precedes it is part of another name too.
        const joined = /^-[\p{L}\p{N}]/u.test(text.slice(end, end + 2)) || /[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, first.start - 2), first.start));
        out.push({ province: provinces[0]!, start: first.start, end, via: variant.via, matched: text.slice(first.start, end), ...(joined ? { joined } : {}) });
      }
      matched = n;
      break;
    }
    i += Math.max(1, matched);
  }
  return out;
}

const CURRENT_BY_FORMER: ReadonlyMap<string, CurrentProvince> = new Map(
  CURRENT_PROVINCES.flatMap((c) => c.formerProvinces.map((f) => [f, c] as const)),
);

/** The unit in force since 1 July 2025 that a former province is part of. */
export function currentUnitOf(formerProvince: string): CurrentProvince | undefined {
  return CURRENT_BY_FORMER.get(formerProvince);
}

/** The 63 former provinces' canonical names. */
export function formerProvinceNames(): string[] {
  return FORMER_PROVINCES.map((p) => p.name);
}

/** A province a user asked about, with what the 2025 merger makes of it. */
export interface AskedProvince {
  /** The former province named (canonical). */
  readonly province: string;
  /** The unit it belongs to since 1 July 2025. */
  readonly current: CurrentProvince | undefined;
  /**
   * True when the user means the new, merged unit ("An Giang mới", "tỉnh An Giang sau sáp
   * nhập"): every former province in it is covered.
   */
  readonly merged: boolean;
  /** Offsets in the question. */
  readonly start: number;
  readonly end: number;
  /** "place" when the question named a district or city inside it ("Phú Quốc"), with its name. */
  readonly via: "name" | "place";
  readonly matched: string;
  /** For a place, its name as the gazetteer writes it. */
  readonly place?: string;
  /** For a short form several provinces share ("QN"): all of them, the one the corpus covers meant. */
  readonly alternatives?: readonly string[];
  /** Where the question names the same province again ("NA … ý là tỉnh Nghệ An"), [start, end) each. */
  readonly again: readonly (readonly [number, number])[];
  /** A district or city inside it the question names after its name ("Kiên Giang … ở Phú Quốc"), as typed. */
  readonly within?: string;
  /** Named only inside another name ("Hue-S"): its words are also what is asked about. */
  readonly joined?: boolean;
}

const MERGED_MARKER = /^\s*\(?(?:moi|hien nay|sau (?:khi )?(?:sap nhap|hop nhat|sap xep))(?![\p{L}])/u;
// Typed with diacritics, "mỗi" (each) is not "mới" (new): compare as written then.
const MERGED_MARKER_VI = /^\s*\(?(?:mới|hiện nay|sau (?:khi )?(?:sáp nhập|hợp nhất|sắp xếp))(?![\p{L}])/u;

/**
 * The provinces a question names, each once, in the order named. Places count when they
 * belong to a single province ("Phú Quốc" asks about Kiên Giang); a name typed with one slip
 * ("kien giag") counts too.
 */
export function provincesAsked(question: string): AskedProvince[] {
  const seen = new Set<string>();
  const out: AskedProvince[] = [];
  const exact = mentionsIn(question);
  const short = [...shortForms(question, exact), ...contractedForms(question, exact)];
  const mentions = [...exact, ...short, ...mistypedMentions(question, [...exact, ...short])].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    // (A name inside another, "Hue-S", says the province again without naming it again.)
    if (seen.has(m.province) && m.joined) continue;
    if (seen.has(m.province)) {
      const i = out.findIndex((o) => o.province === m.province);
      const first = out[i]!;
      // "tôi ở Vị Thanh, xin hỏi tỉnh Hậu Giang …": where the asker lives is no scope when the
      // province itself is asked for by name.
      if (first.via === "place" && m.via === "name" && /(?:^|[^\p{L}])(?:tỉnh|tinh)\s+$/iu.test(question.slice(Math.max(0, m.start - 8), m.start))) {
        out[i] = { ...first, start: m.start, end: m.end, via: "name", matched: m.matched, again: [...first.again, [first.start, first.end]] };
        continue;
      }
      (first.again as [number, number][]).push([m.start, m.end]);
      // (A place inside it named after it, "Kiên Giang có bao nhiêu máy ATM ở Phú Quốc": the place is asked.)
      if (m.via === "place" && first.via === "name" && !first.within) out[i] = { ...first, within: placeName(m.matched) };
      continue;
    }
    seen.add(m.province);
    const after = question.slice(m.end, m.end + 24).normalize("NFC").toLowerCase();
    const marked = /[^\x00-\x7f]/.test(after) ? MERGED_MARKER_VI.exec(after) : MERGED_MARKER.exec(foldText(after));
    // "hiện nay" (now) names the merged unit only for a province whose name it kept: "Kiên Giang
    // hiện nay" asks Kiên Giang's figure now, never the rest of today's An Giang.
    const merged = marked !== null && (!/hi[eệ]n nay/u.test(marked[0]) || currentUnitOf(m.province)?.name === m.province);
    const forms = m.via === "name" ? (m.matched.length <= 4 ? SHORT_FORMS[shortKey(m.matched)] : undefined) ?? CONTRACTIONS.get(foldWords(m.matched)) : undefined;
    const alternatives = forms && forms.length > 1 ? forms : undefined;
    out.push({ province: m.province, current: currentUnitOf(m.province), merged, start: m.start, end: m.end, via: m.via, matched: m.matched, ...(m.via === "place" ? { place: placeName(m.matched) } : {}), again: [], ...(alternatives ? { alternatives } : {}), ...(m.joined ? { joined: true } : {}) });
  }
  return out;
}

// Short forms ("QN", "HG", "la", "tv") for the provinces they may stand for, the first named.
// In lower case a form is so many other things ("tv" thành viên, "dt" điện thoại) that it counts
// only where a province stands in a question: first, last, or after a word leading to a place.
function shortForms(question: string, taken: readonly ProvinceMention[]): ProvinceMention[] {
  const out: ProvinceMention[] = [];
  const words = wordsOf(question);
  words.forEach((m, i) => {
    const word = m.text;
    // A word typed with its tone marks is that word ("là" is no "LA"), and "la gì" is "là gì".
    if (word.length > 4 || /[^\x00-\x7fđĐ]/.test(word) || words[i + 1]?.folded === "gi") return;
    const provinces = SHORT_FORMS[shortKey(word)];
    const start = m.start;
    if (!provinces || taken.some((t) => start < t.end && t.start < start + word.length)) return;
    const capitals = word === word.toUpperCase();
    // In lower case, a form with no vowel ("tn", "bg", "qn") is no Vietnamese word: it counts
    // anywhere, unless chat shorthand ("dt", "tv", "bn").
    const shorthand = CHAT_SHORTHAND.has(foldText(word));
    // (Spelled out, shorthand that starts a phrase of the lexicon with the words after it is
    // that phrase: "dt thông minh" is "điện thoại thông minh".)
    const spelled = SPELLED_OUT.get(foldText(word));
    if (spelled && [1, 2].some((n) => i + n < words.length && LEXICON_PHRASES.includes(` ${[spelled, ...words.slice(i + 1, i + 1 + n).map((w) => w.folded)].join(" ")} `))) return;
    const anywhere = !/[aeiouy]/.test(foldText(word)) && !shorthand;
    // ("bn %", "bn máy ATM": shorthand for "bao nhiêu" before what is counted.)
    const counting = shorthand && /^(?:%|phần trăm|phan tram|máy|may\b)/iu.test(question.slice(start + word.length).trimStart());
    if (capitals ? NOT_SHORT_FORMS_IN_CAPITALS.has(word) : counting || (!anywhere && !placeOfProvince(words, i, shorthand))) return;
    out.push({ province: provinces[0]!, start, end: start + word.length, via: "name", matched: word });
  });
  return out;
}

// Two-syllable names written short in chat: the first syllable's initial and the second whole
// ("qnam", "vlong", "tninh"), or the first whole and the second's first and last letters ("hải
// dg", "bình dg"). Each form with every province it may stand for.
const CONTRACTIONS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  const add = (form: string, province: string) => {
    if (VARIANTS.has(form)) return;
    const list = map.get(form) ?? [];
    if (!list.includes(province)) list.push(province);
    map.set(form, list);
  };
  for (const p of FORMER_PROVINCES) {
    const syllables = foldWords(p.name).split(" ");
    if (syllables.length !== 2) continue;
    const [first, second] = syllables as [string, string];
    if (second.length >= 3) add(`${first[0]}${second}`, p.name);
    if (second.length >= 4) add(`${first} ${second[0]}${second.at(-1)}`, p.name);
  }
  return map;
})();

function contractedForms(question: string, taken: readonly ProvinceMention[]): ProvinceMention[] {
  const out: ProvinceMention[] = [];
  const words = wordsOf(question);
  words.forEach((m, i) => {
    const start = m.start;
    for (const span of [2, 1]) {
      const last = words[i + span - 1];
      if (!last) continue;
      const end = last.start + last.text.length;
      const provinces = CONTRACTIONS.get(span === 2 ? `${m.folded} ${last.folded}` : m.folded);
      if (!provinces || taken.some((t) => start < t.end && t.start < end) || out.some((o) => start < o.end && o.start < end)) continue;
      out.push({ province: provinces[0]!, start, end, via: "name", matched: question.slice(start, end) });
      return;
    }
  });
  return out;
}

// Words after which a province is named: "ở qn", "còn tv", "tỉnh la".
const LEADS_TO_PLACE = new Set(["o", "tai", "cua", "tinh", "con", "ve", "sanh", "tp", "pho"]);

// Chat shorthand that is also a province's short form ("bn" bao nhiêu, "tv" thành viên): a
// province only first in a message or after a word leading to a place, never last ("… là bn").
const CHAT_SHORTHAND: ReadonlySet<string> = new Set(Object.keys(vi.shorthand).map((k) => foldText(k)));
// Each shorthand, folded, to what it stands for, folded.
const SPELLED_OUT: ReadonlyMap<string, string> = new Map(Object.entries(vi.shorthand).map(([k, v]) => [foldText(k), foldWords(v)]));

function placeOfProvince(words: readonly Word[], i: number, shorthand: boolean): boolean {
  // First, shorthand opens a question ("bn cơ sở …" is "bao nhiêu cơ sở") unless a question
  // word follows ("bn có bao nhiêu doanh nghiệp": Bắc Ninh).
  if (i === 0 && shorthand) return QUESTION_WORD.test(words.slice(1).map((w) => w.folded).join(" "));
  if (i === 0 || (i === words.length - 1 && !shorthand)) return true;
  return i > 0 && LEADS_TO_PLACE.has(words[i - 1]!.folded);
}

const QUESTION_WORD = /(?:^| )(?:bao nhieu|bn|may|thu may|ty le|ti le|the nao|ra sao|sao|gi|nao)(?: |$)|%/;

const shortKey = (word: string): string => foldText(word).toUpperCase();
