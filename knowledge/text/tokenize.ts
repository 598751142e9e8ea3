import { foldText } from "./fold.js";

/**
 * A figure as one token: "10/63", "1.837", "99,7%", "2 triệu", "1,2 triệu". A number glued to a
 * letter ("5G", "Covid-19") is not matched here.
 */
export const FIGURE_PATTERN = String.raw`\d+(?:[.,]\d+)*(?:\/\d+)?%?(?:\s(?:triệu|tỷ|tỉ|nghìn|ngàn|trieu|ty|ti|nghin|ngan))?(?![\p{L}\p{N}])`;

const TOKEN = new RegExp(`(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}][-–])(?<figure>${FIGURE_PATTERN})|[\\p{L}\\p{M}\\p{N}]+`, "gu");

/** Words that carry no meaning for search; folded. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    "va", "cua", "cac", "nhung", "la", "thi", "ma", "o", "tai", "trong", "voi", "cho", "de", "duoc",
    "da", "dang", "se", "co", "khong", "nay", "do", "mot", "nhu", "tu", "den", "tren", "ve", "theo",
    "bao", "nhieu", "gi", "nao", "sao", "the", "ra", "khi", "hay", "hoac", "cung", "con", "nhe", "a",
    "oi", "vay", "nhi", "roi", "vao", "len", "lai", "boi", "qua", "sau", "truoc", "moi", "neu",
    "bot", "ban", "toi", "minh", "xin", "hoi", "biet", "tinh",
  ].map((w) => w),
);

/** One token of a text, with its folded form. */
export interface Token {
  /** As written, NFC. */
  readonly text: string;
  /** Folded: for matching. */
  readonly folded: string;
  /** Offset of the token in the text it came from. */
  readonly start: number;
  /** True for a figure token such as "99,7%". */
  readonly figure: boolean;
}

/**
 * Splits text into word (syllable) and figure tokens, keeping figures whole. Punctuation is
 * dropped; each token keeps its offset so callers can tell which tokens were adjacent.
 */
export function tokenize(text: string): Token[] {
  const nfc = text.normalize("NFC");
  const out: Token[] = [];
  for (const m of nfc.matchAll(TOKEN)) {
    const t = m[0];
    const figure = m.groups?.figure !== undefined;
    out.push({ text: t, folded: foldText(t), start: m.index ?? 0, figure });
  }
  return out;
}

/**
 * Search terms of a text: folded syllables without stop words, plus the bigram of every two
 * adjacent syllables ("dich_vu", "vu_cong") so multi-syllable terms such as "dịch vụ công" or
 * "chữ ký số" weigh more than their syllables scattered over a sentence. Bigrams do not cross
 * punctuation.
 */
export function searchTerms(text: string): string[] {
  const tokens = tokenize(text);
  const terms: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!STOPWORDS.has(t.folded)) terms.push(t.folded);
    const next = tokens[i + 1];
    if (next && !t.figure && !next.figure && adjacent(text, t, next)) terms.push(`${t.folded}_${next.folded}`);
  }
  return terms;
}

function adjacent(text: string, a: Token, b: Token): boolean {
  const between = text.slice(a.start + a.text.length, b.start);
  return /^\s+$/.test(between);
}
