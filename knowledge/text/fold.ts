/**
 * Folded form of Vietnamese text, for matching only (never shown): diacritics removed, đ→d,
 * lower case. Because the tone mark is dropped, "hoà"/"hòa" and "thuỷ"/"thủy" fold alike, and
 * NFD input folds like NFC. A syllable-final "y" after consonants becomes "i", so the two
 * spellings "kí"/"ký", "tỉ"/"tỷ", "lí"/"lý" meet; "y" after a vowel ("quy", "thuy") stays.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/(?<![\p{L}\p{N}])([bcdghklmnpqrstvx]+)y(?![\p{L}\p{N}])/gu, "$1i");
}
