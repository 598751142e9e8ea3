/**
 * Folded form of Vietnamese text, for matching only (never shown): diacritics removed, đ→d,
 * lower case. Because the tone mark is dropped, "hoà"/"hòa" and "thuỷ"/"thủy" fold alike, and
 * NFD input folds like NFC. A syllable-final "y" after consonants becomes "i", so the two
 * spellings "kí"/"ký", "tỉ"/"tỷ", "lí"/"lý" meet; "y" after a vowel ("quy", "thuy") stays.
 */
export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : text[i];
    } else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += foldSlowly(text.slice(i, i + 2));
      i += 1;
    } else if (code === SIGMA) {
      // A capital sigma lowers to "ς" or "σ" by its neighbours: fold the whole text as one.
      return yToI(foldSlowly(text));
    } else {
      out += FOLDED_CHARS[code] ??= foldSlowly(text[i]!);
    }
  }
  return out.includes("y") ? yToI(out) : out;
}

// Folding one character at a time gives what folding the whole text gives (decomposition and
// case mapping are per character, marks are all dropped), except for the capital sigma. Each
// character of the Basic Multilingual Plane is folded once and remembered: articles and
// questions fold millions of words.
const SIGMA = 0x3a3;
const FOLDED_CHARS: (string | undefined)[] = new Array<string | undefined>(0x10000);

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function foldSlowly(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

function yToI(folded: string): string {
  return folded.replace(/(?<![\p{L}\p{N}])([bcdghklmnpqrstvx]+)y(?![\p{L}\p{N}])/gu, "$1i");
}
