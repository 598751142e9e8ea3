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
const ARTICLE_PLACE = /(?<![\p{L}])(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Tt]hị xã|[Qq]uận)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2}/gu;
// The words that say what kind of place follows, folded, as typed in questions.
const KIND_WORDS = new Set(["xa", "phuong", "huyen", "quan", "tp", "thanh", "pho", "thi", "tran", "khu"]);

const cache = new WeakMap<Knowledge, readonly LocalPlace[]>();

function placesOf(knowledge: Knowledge): readonly LocalPlace[] {
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
    cache.set(knowledge, (places = [...byName.values()]));
  }
  return places;
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
  for (const p of placesOf(knowledge)) {
    if (asked.size && !asked.has(p.province)) continue;
    for (let at = 0; at < typed.length; at++) {
      if (!names(p.words, typed, at)) continue;
      const kinded = at > 0 && KIND_WORDS.has(typed[at - 1]!);
      if (p.words.length < 2 && !kinded) continue;
      const gone = new Set([...typed.slice(at, at + p.words.length), ...(kinded ? [typed[at - 1]!, typed[at - 2] ?? ""] : [])]);
      const measure = q.measure.filter((t) => !t.words.every((w) => gone.has(w)));
      const provinces = q.provinces.length ? q.provinces : [{ province: p.province, current: currentUnitOf(p.province), merged: false, start: -1, end: -1, via: "place" as const, again: [], matched: p.place }];
      const local = { ...q, provinces, place: p.words.join(" "), scope: "local" as const, measure };
      return { ...local, label: labelOf(local) };
    }
  }
  return q;
}
