import { foldText, type Knowledge } from "../../knowledge/index.js";

const WORD = /[\p{L}\p{M}]+/gu;

/** Restores the marks of folded words, as the corpus spells them ("lap dat" → "lắp đặt"). */
export type Accents = (folded: readonly string[]) => string[];

/**
 * How the corpus spells words typed without marks: each word as the corpus most often spells it
 * after the word before it ("giới thiệu", not "giới thiểu"), else before the word after it
 * ("hộp thư", not "hợp thư", when "hop" starts the words), else as it most often spells it alone; a word the corpus lacks stays as typed. Worked out on first use, once per knowledge
 * base, from a few thousand of its sentences; labels of what was understood use it, so replies
 * never echo unmarked text.
 */
export function accentsOf(knowledge: Knowledge): Accents {
  let tables: Tables | null = null;
  return (folded) => {
    tables ??= build(knowledge);
    const out: string[] = [];
    folded.forEach((w, i) => {
      const after = i > 0 ? tables!.pairs.get(`${folded[i - 1]} ${w}`) : undefined;
      const before = i + 1 < folded.length ? tables!.before.get(`${w} ${folded[i + 1]}`) : undefined;
      out.push(after ?? before ?? tables!.words.get(w) ?? w);
    });
    return out;
  };
}

interface Tables {
  readonly words: Map<string, string>;
  /** "previous word folded + word folded" → the word's spelling after it. */
  readonly pairs: Map<string, string>;
  /** "word folded + next word folded" → the word's spelling before it. */
  readonly before: Map<string, string>;
}

function build(knowledge: Knowledge): Tables {
  const words = new Counter();
  const pairs = new Counter();
  const before = new Counter();
  const seen = new Set<string>();
  // A few thousand sentences tell how the domain's words are spelled; more would only cost time.
  const read = (text: string) => {
    let previous: string | null = null;
    let previousWord = "";
    for (const m of text.matchAll(WORD)) {
      const word = m[0].toLowerCase();
      const key = foldText(word);
      words.add(key, word);
      if (previous) {
        pairs.add(`${previous} ${key}`, word);
        before.add(`${previous} ${key}`, previousWord);
      }
      previous = key;
      previousWord = word;
    }
  };
  for (const f of knowledge.facts) {
    if (seen.size >= 5000) break;
    const text = knowledge.sentence(f.sentenceId)?.text ?? "";
    // (A table's header names what its rows measure: the rows' facts carry it, their sentences do not.)
    if (!text.includes(f.left)) read(f.left);
    if (seen.has(f.sentenceId)) continue;
    seen.add(f.sentenceId);
    read(text);
  }
  return { words: words.best(), pairs: pairs.best(), before: before.best() };
}

// Counts of the spellings of each key; `best` keeps the most used one.
class Counter {
  private readonly counts = new Map<string, Map<string, number>>();
  add(key: string, spelling: string): void {
    const spellings = this.counts.get(key) ?? new Map<string, number>();
    spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    this.counts.set(key, spellings);
  }
  best(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, spellings] of this.counts) out.set(key, [...spellings].sort((a, b) => b[1] - a[1])[0]![0]);
    return out;
  }
}
