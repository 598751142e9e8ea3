/**
 * Words as written with their marks, for telling apart words that fold alike ("chợ" and "cho",
 * "hạng" and "hàng"), never shown: lower case, the tone moved to the word's end as a digit (0 none,
 * 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng) so that "hoà" and "hòa" meet, the other marks (ă, â, ê,
 * ô, ơ, ư, đ) kept, and a syllable-final "y" after consonants read as "i" as {@link foldText}
 * reads it ("tỷ" meets "tỉ").
 */
export function markedWords(text: string): string[] {
  return text
    .normalize("NFD")
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}%]+/u)
    .filter(Boolean)
    .map(markedWord);
}

// The combining tone marks and the digit each stands for.
const TONES: Readonly<Record<string, string>> = { "\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5" };

function markedWord(nfd: string): string {
  let tone = "0";
  let rest = "";
  for (const ch of nfd) {
    const t = TONES[ch];
    if (t) tone = t;
    else rest += ch;
  }
  const word = rest.normalize("NFC").replace(/^([bcdghklmnpqrstvx]+)y$/u, "$1i");
  return /\p{L}/u.test(word) ? `${word}${tone}` : word;
}
