import { foldText } from "../text/index.js";
import { CURRENT_PROVINCES, FORMER_PROVINCES } from "./data.js";
import type { ProvinceMention } from "./gazetteer.js";
import { wordsOf } from "./words.js";

// Each folded word's sound worked out once.
const SOUNDS = new Map<string, string>();
function soundOf(folded: string): string {
  let s = SOUNDS.get(folded);
  if (s === undefined) {
    if (SOUNDS.size >= 50_000) SOUNDS.clear();
    SOUNDS.set(folded, (s = sound(folded)));
  }
  return s;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// A folded Vietnamese syllable: an onset, vowels, a final consonant that Vietnamese allows.
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?$/;

/** True when a folded word could be a Vietnamese syllable ("giag" could not, nor "longantrade"). */
export const isSyllable = (folded: string): boolean => SYLLABLE.test(folded);

/**
 * How a folded word sounds, for comparing what people type: letters Vietnamese speakers swap
 * ("k"/"c", "gi"/"d"/"z"/"r", "ga"/"gia", "ph"/"f", "tr"/"ch", "s"/"x", "y"/"i") spelled one way.
 */
function sound(word: string): string {
  return word
    .replace(/^ngh/, "ng")
    .replace(/^gh/, "g")
    // ("an gang": the "i" of "gi" dropped before "a" is the same sound typed short.)
    .replace(/^(?:gi|d|z|r|g(?=a))/, "z")
    .replace(/^tr/, "ch")
    .replace(/^x/, "s")
    .replace(/^ph/, "f")
    .replace(/^q/, "c")
    .replace(/k/g, "c")
    .replace(/y/g, "i");
}

interface Name {
  readonly province: string;
  readonly words: readonly string[];
  /** The words joined by spaces. */
  readonly spelled: string;
  readonly letters: number;
}

// Every name and alias of the former provinces (and of the units since 2025, for their first
// former province), as sounded words: what a mistyped name is compared with.
const NAMES: readonly Name[] = [
  ...FORMER_PROVINCES.flatMap((p) => [p.name, ...p.aliases].map((n) => ({ province: p.name, n }))),
  ...CURRENT_PROVINCES.flatMap((c) => c.aliases.map((n) => ({ province: c.formerProvinces[0]!, n }))),
].flatMap(({ province, n }) => {
  const words = [...n.matchAll(WORD)].map((m) => sound(foldText(m[0])));
  const letters = words.join("").length;
  return letters >= 6 ? [{ province, words, spelled: words.join(" "), letters }] : [];
});

// The names by the first letter each of their words sounds with ("kien giag": "cz"): a run of
// typed words is compared with the names whose words start as its own do, in their order.
const BY_INITIALS: ReadonlyMap<string, readonly Name[]> = (() => {
  const map = new Map<string, Name[]>();
  for (const name of NAMES) {
    const key = name.words.map((w) => w[0]).join("");
    map.set(key, [...(map.get(key) ?? []), name]);
  }
  return map;
})();
const MOST_WORDS = Math.max(...NAMES.map((n) => n.words.length));

/**
 * Provinces a question names with one slip of the keyboard ("kien giag", "binh duog", "da nag",
 * "ha zang"): a run of words one edit away from a name of six letters or more, each word
 * starting as the name's does, the one name that close. Words already matched exactly are left alone.
 */
export function mistypedMentions(question: string, taken: readonly { start: number; end: number }[]): ProvinceMention[] {
  const words = wordsOf(question).map((w) => ({ text: w.text, start: w.start, sound: soundOf(w.folded), digits: /\d/.test(w.text) }));
  const out: ProvinceMention[] = [];
  for (let i = 0; i < words.length; i++) {
    let found: { name: Name; n: number; exact: boolean } | null = null;
    let ambiguous = false;
    if (words[i]!.digits) continue;
    // The cheap tests first: runs of words with no digits after the first, of names whose words
    // start as theirs do, with about as many letters.
    let key = "";
    let length = -1;
    const names: Name[] = [];
    for (let n = 1; n <= MOST_WORDS && i + n <= words.length && (n === 1 || !words[i + n - 1]!.digits); n++) {
      key += words[i + n - 1]!.sound[0] ?? "";
      length += words[i + n - 1]!.sound.length + 1;
      for (const name of BY_INITIALS.get(key) ?? []) if (Math.abs(length - name.spelled.length) <= 1) names.push(name);
    }
    for (const name of names) {
      const n = name.words.length;
      const slice = words.slice(i, i + n);
      const first = slice[0]!;
      const last = slice[n - 1]!;
      const end = last.start + last.text.length;
      if (taken.some((t) => first.start < t.end && t.start < end) || out.some((t) => first.start < t.end)) continue;
      const typed = slice.map((w) => w.sound).join(" ");
      const spelled = name.spelled;
      if (!withinOneEdit(typed, spelled)) continue;
      // A name sounded exactly ("ha zang" is Hà Giang) wins over one an edit away (Hậu Giang).
      const exact = typed === spelled;
      // One edit away counts only when a word typed is no Vietnamese syllable ("giag", "duog"):
      // "lao dong" is "lao động", a word of its own, not a slip for "Lâm Đồng".
      // A word cut short at the end ("tra vin", "an gian") is a slip too.
      // (Not words typed with their marks: "còn tư vấn" is no "Kon Tum" cut short.)
      const cut = slice.every((w, j) => w.sound === name.words[j] || (j === n - 1 && name.words[j]!.startsWith(w.sound) && name.words[j]!.length === w.sound.length + 1)) && !slice.some((w) => /[^\x00-\x7f]/.test(w.text));
      if (!exact && !cut && slice.every((w) => SYLLABLE.test(foldText(w.text)))) continue;
      if (found && found.name.province !== name.province && found.exact === exact) ambiguous = true;
      if (!found || (exact && !found.exact)) {
        found = { name, n, exact };
        if (exact) ambiguous = false;
      }
    }
    if (found && !ambiguous) {
      const first = words[i]!;
      const last = words[i + found.n - 1]!;
      const end = last.start + last.text.length;
      out.push({ province: found.name.province, start: first.start, end, via: "name", matched: question.slice(first.start, end) });
      i += found.n - 1;
    }
  }
  return out;
}

// True when one insertion, deletion, substitution or swap of neighbours turns a into b (or none).
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
