import { currentUnitOf, foldedWords, type Knowledge } from "../../knowledge/index.js";
import { labelOf, type Question } from "./question.js";

/** A district or commune the articles give figures for, and its province. */
interface LocalPlace {
  readonly province: string;
  /** As the articles name it: "xã Gia Phú". */
  readonly place: string;
  /** Its bare name, folded: "gia phu". */
  readonly words: readonly string[];
}

const KINDS = /^(?:xã|phường|thị trấn|huyện|thị xã|quận|TP\.?|thành phố|khu)\s+/iu;
// A district or commune as articles write it: its kind, then its capitalised name.
const ARTICLE_PLACE = /(?<![\p{L}])(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Tt]hị xã|[Qq]uận)\s+\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)?(?:\s+\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)?){0,2}/gu;
// The words that say what kind of place follows, folded, as typed in questions.
const KIND_WORDS = new Set(["xa", "phuong", "huyen", "quan", "tp", "thanh", "pho", "thi", "tran", "khu"]);

/**
 * The local places in the order they were found, and where a question's word can start one: a
 * name of several words at its first word; a one-word name at any start of two letters or more
 * of it too (typed, its last word may be cut short, see `names`); a name without words anywhere.
 * A question then weighs only the places its words can start, not every place of the corpus.
 */
interface Places {
  readonly list: readonly LocalPlace[];
  /** Positions in `list`, ascending, of the places a folded word can start. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  readonly anywhere: readonly number[];
}

const cache = new WeakMap<Knowledge, Places>();

function placesOf(knowledge: Knowledge): Places {
  let places = cache.get(knowledge);
  if (!places) {
    const byName = new Map<string, LocalPlace>();
    const add = (province: string, place: string) => {
      if (!byName.has(`${province}|${place}`)) byName.set(`${province}|${place}`, { province, place, words: foldedWords(place.replace(KINDS, "")) });
    };
    const read = new Set<string>();
    for (const f of knowledge.facts) {
      if (f.place) add(f.province, f.place);
      // And the districts and communes the articles name beside their figures ("Ở huyện Thanh
      // Sơn, … tại xã Tân Lập …"): asked about, they are answered as places, never as the province.
      if (read.has(f.sentenceId)) continue;
      read.add(f.sentenceId);
      for (const m of (knowledge.sentence(f.sentenceId)?.text ?? "").matchAll(ARTICLE_PLACE)) add(f.province, m[0]);
    }
    cache.set(knowledge, (places = indexed([...byName.values()])));
  }
  return places;
}

// The places indexed by the words that can start them (see {@link Places}).
function indexed(list: readonly LocalPlace[]): Places {
  const byWord = new Map<string, number[]>();
  const anywhere: number[] = [];
  const add = (word: string, i: number) => {
    const at = byWord.get(word);
    if (!at) byWord.set(word, [i]);
    else if (at[at.length - 1] !== i) at.push(i);
  };
  list.forEach((p, i) => {
    const first = p.words[0];
    if (first === undefined) anywhere.push(i);
    else if (p.words.length > 1) add(first, i);
    else for (let n = Math.min(2, first.length); n <= first.length; n++) add(first.slice(0, n), i);
  });
  return { list, byWord, anywhere };
}

// Typed words name a place: the same words, the place's last word perhaps run into the next one
// in the article ("huyện Đồng Vănmới" is "huyện Đồng Văn").
function names(place: readonly string[], typed: readonly string[], at: number): boolean {
  return place.every((w, j) => {
    const t = typed[at + j];
    return t !== undefined && (t === w || (j === place.length - 1 && w.startsWith(t) && t.length >= 2));
  });
}

/**
 * A question naming a district or commune the articles give figures for ("Xã Gia Phú đạt bao
 * nhiêu %?", "huyen Dong Van ho so truc tuyen", "còn huyện Lắk?") asks about that place: its
 * province is added when the question names none, the place is set, and its words (and the
 * "xã", "huyện" before them) are taken out of the measure. A one-word name counts only after its kind.
 */
export function withLocalPlace(q: Question, knowledge: Knowledge): Question {
  const typed = q.words;
  const asked = new Set(q.provinces.map((p) => p.province));
  const { list, byWord, anywhere } = placesOf(knowledge);
  // The first place in list order that the question names, at its first word naming it.
  let found = -1;
  let foundAt = -1;
  // Typed with marks, a place is named as written: "văn bản" is no "Văn Bàn".
  const text = /[^\x00-\x7f]/.test(q.text) ? q.text.normalize("NFC").toLowerCase() : null;
  const weigh = (starting: readonly number[], at: number) => {
    for (const i of starting) {
      if (found !== -1 && i >= found) return;
      const p = list[i]!;
      if (asked.size && !asked.has(p.province)) continue;
      if (!names(p.words, typed, at)) continue;
      if (text && !text.includes(p.place.replace(KINDS, "").normalize("NFC").toLowerCase())) continue;
      if (p.words.length < 2 && !(at > 0 && KIND_WORDS.has(typed[at - 1]!))) continue;
      found = i;
      foundAt = at;
    }
  };
  for (let at = 0; at < typed.length; at++) {
    const starting = byWord.get(typed[at]!);
    if (starting) weigh(starting, at);
    if (anywhere.length) weigh(anywhere, at);
  }
  if (found === -1) return q;
  const p = list[found]!;
  const at = foundAt;
  const kinded = at > 0 && KIND_WORDS.has(typed[at - 1]!);
  const gone = new Set([...typed.slice(at, at + p.words.length), ...(kinded ? [typed[at - 1]!, typed[at - 2] ?? ""] : [])]);
  const measure = q.measure.filter((t) => !t.words.every((w) => gone.has(w)));
  const provinces = q.provinces.length ? q.provinces : [{ province: p.province, current: currentUnitOf(p.province), merged: false, start: -1, end: -1, via: "place" as const, again: [], matched: p.place }];
  const local = { ...q, provinces, place: p.words.join(" "), scope: "local" as const, measure };
  return { ...local, label: labelOf(local) };
}
