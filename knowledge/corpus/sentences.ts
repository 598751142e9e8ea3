/** A sentence and where it starts in the text it was split from. */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
}

// Words that end with a full stop without ending the sentence: "TP. Rạch Giá", "ThS. Lê".
const ABBREVIATIONS = new Set(
  ["tp", "tx", "tt", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "nxb", "q", "p", "st", "mr", "mrs", "dr", "ubnd", "hđnd", "v.v", "tr", "kt", "tm", "no"].map((w) => w.toLowerCase()),
);

// A candidate end: terminal punctuation, optional closing quotes or brackets, then white space.
const END = /([.!?…]+|\.\/\.)(["”’»)\]]*)(\s+)/gu;

/**
 * Splits a paragraph into sentences. A boundary is terminal punctuation followed by white space
 * and a capital letter, a digit, a quote or a bracket. Not a boundary: a full stop inside a
 * number ("1.600", "99,7%"), inside a web address, or after an abbreviation ("TP. Rạch Giá").
 * Sentences are verbatim slices of the input, trimmed.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const endOfPunct = (m.index ?? 0) + m[1]!.length + m[2]!.length;
    const next = text.slice(endOfPunct + m[3]!.length, endOfPunct + m[3]!.length + 1);
    if (!/^[\p{Lu}\d"“‘«(\[]/u.test(next)) continue;
    const before = text.slice(start, m.index ?? 0);
    // (A word's digits are its own: "4G." ends a sentence, where "H." may be an initial.)
    const lastWord = /([\p{L}\p{N}.]+)$/u.exec(before)?.[1] ?? "";
    if (m[1] === "." && (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord))) continue;
    push(out, text, start, endOfPunct);
    start = endOfPunct + m[3]!.length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: SentenceSpan[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const s = raw.trim();
  if (s) out.push({ text: s, start: start + lead });
}
