/**
 * Words as written with their marks, for telling apart words that fold alike ("chợ" and "cho",
 * "hạng" and "hàng"), never shown: lower case, the tone moved to the word's end as a digit (0 none,
 * 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng) so that "hoà" and "hòa" meet, the other marks (ă, â, ê,
 * ô, ơ, ư, đ) kept, and a syllable-final "y" after consonants read as "i" as {@link foldText}
 * reads it ("tỷ" meets "tỉ").
 */
export function markedWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{M}\p{N}%]+/u)
    .filter(Boolean)
    .map((word) => {
      let marked = MARKED.get(word);
      if (marked === undefined) {
        marked = markedWord(word.normalize("NFD").toLowerCase());
        if (MARKED.size >= MEMO_MAX) MARKED.clear();
        MARKED.set(word, marked);
      }
      return marked;
    });
}

// Each distinct word is worked out once: articles and questions repeat a vocabulary of some
// thousands. Bounded, in case a corpus brings many more.
const MEMO_MAX = 200_000;
const MARKED = new Map<string, string>();
const UNGLUED = new Map<string, string>();

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

// A Vietnamese syllable, folded: an onset, its vowels, a coda.
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?$/;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * Words glued together by a missing space ("côn trùngsử dụng") set apart for matching: a word
 * carrying two tone marks is two syllables, split where both halves are syllables. Never applied
 * to a text that is quoted.
 */
export function unglue(text: string): string {
  return text.replace(/[\p{L}\p{M}]{4,}/gu, (word) => {
    let apart = UNGLUED.get(word);
    if (apart === undefined) {
      apart = split(word);
      if (UNGLUED.size >= MEMO_MAX) UNGLUED.clear();
      UNGLUED.set(word, apart);
    }
    return apart;
  });
}

function split(word: string): string {
  if ((word.normalize("NFD").match(TONE_MARKS) ?? []).length < 2) return word;
  const chars = [...word.normalize("NFC")];
  for (let i = 1; i < chars.length; i++) {
    const [a, b] = [chars.slice(0, i).join(""), chars.slice(i).join("")];
    if (SYLLABLE.test(fold(a)) && SYLLABLE.test(fold(b))) return `${a} ${b}`;
  }
  return word;
}

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase();
