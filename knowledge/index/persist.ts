/**
 * The persisted form of a knowledge base: one JSON text, by columns rather than objects, so that
 * 100 000 facts cost a few bytes each instead of their field names and copies of their sentence.
 * What a fact's sentence already holds (the figure as written, the words before and after it,
 * its clause) is kept as offsets into the sentence and cut out again on load; repeated strings
 * (provinces, units, periods, headings) are kept once in a table; number columns are typed
 * arrays in base64, like the term index's, which read far faster than JSON numbers.
 */
import type { Sentence } from "../corpus/index.js";
import type { Fact } from "../facts/index.js";
import type { FigureKind, Scope, TopicId } from "../lexicon/index.js";
import type { ProvinceMention } from "../provinces/index.js";
import { decode, encode } from "./base64.js";
import { FactIndex, type SavedFactIndex } from "./fact-index.js";
import { assembleKnowledge, type ArticleInfo, type Knowledge } from "./knowledge.js";

const FORMAT = 6;

const SENTENCE_COLUMNS = ["article", "n", "block", "heading"] as const;
const FACT_COLUMNS = [
  "sentence", "n", "province", "kind", "unit", "qualifier", "period", "year", "topic", "flags", "scope", "place", "subject",
  "start", "end", "shownStart", "leftStart", "afterStart", "afterLength", "clauseStart", "clauseEnd", "measure",
] as const;

/**
 * Whole-number columns, as Int32Array in base64; -1 stands for null (no string of the table, no
 * year). Sentences: the article (by number), n of the id `${articleId}#${n}`, block, heading.
 * Facts: the sentence (by number), n of the id `${sentenceId}:${n}`, province, kind, unit,
 * qualifier, period, year, topic, flags (1 a goal, 2 a change), scope, place, subject, the
 * figure's start and end and where it is shown from, where `left` starts (it ends at the figure), where `after` starts and its length, the
 * clause's start and end, and `left` itself (from the string table) where it is no span ending at
 * the figure: a table cell's measure is its row's first cell or its column's header.
 */
type Columns<K extends string> = Record<K, string>;

interface Saved {
  readonly format: typeof FORMAT;
  readonly hash: string;
  readonly articles: readonly ArticleInfo[];
  /** The string table. */
  readonly strings: readonly string[];
  readonly sentences: Columns<(typeof SENTENCE_COLUMNS)[number]> & {
    readonly text: readonly string[];
    /** Per sentence, its provinces, from the string table. */
    readonly provinces: readonly (readonly number[])[];
    /** Per sentence, four numbers per mention: province, start, end, 0 by name or 1 by place. */
    readonly mentions: readonly (readonly number[])[];
  };
  readonly facts: Columns<(typeof FACT_COLUMNS)[number]> & {
    /** The figures' values, and the y of "x/y", as Float64Array in base64, NaN for null. */
    readonly value: string;
    readonly outOf: string;
  };
  readonly index: SavedFactIndex;
}

/** How many sentences each way of a fact's, in its paragraph, a fact is read with ("… giám định sinh vật gây hại …" names what "22.000 ảnh" are). */
export const PARAGRAPH_REACH = 3;

// The sentences a loaded base keeps: those holding facts and, in their paragraphs, those within
// reach, so that a loaded base reads its facts as the built one does.
function keptSentences(k: Knowledge): Map<string, Sentence> {
  const kept = new Map<string, Sentence>();
  for (const id of new Set(k.facts.map((f) => f.sentenceId))) {
    const s = k.sentence(id)!;
    const at = id.lastIndexOf("#");
    const n = Number(id.slice(at + 1));
    for (let i = n - PARAGRAPH_REACH; i <= n + PARAGRAPH_REACH; i++) {
      const other = i === n ? s : k.sentence(`${id.slice(0, at)}#${i}`);
      if (other && other.block === s.block && !kept.has(other.id)) kept.set(other.id, other);
    }
  }
  return kept;
}

/** The knowledge base as JSON text, to persist. */
export function serializeKnowledge(k: Knowledge): string {
  const strings: string[] = [];
  const table = new Map<string, number>();
  const ref = (s: string | null): number => {
    if (s === null) return -1;
    let i = table.get(s);
    if (i === undefined) table.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const articleIndex = new Map(k.articles.map((a, i) => [a.id, i]));
  const quoted = [...keptSentences(k).values()];
  const sentenceIndex = new Map(quoted.map((s, i) => [s.id, i]));
  const number = (id: string, mark: string) => Number(id.slice(id.lastIndexOf(mark) + 1));
  const sentenceColumn: Record<(typeof SENTENCE_COLUMNS)[number], (s: Sentence) => number> = {
    article: (s) => articleIndex.get(s.articleId)!,
    n: (s) => number(s.id, "#"),
    block: (s) => s.block,
    heading: (s) => ref(s.heading),
  };
  const factColumn: Record<(typeof FACT_COLUMNS)[number], (f: Fact, text: string) => number> = {
    sentence: (f) => sentenceIndex.get(f.sentenceId)!,
    n: (f) => number(f.id, ":"),
    province: (f) => ref(f.province),
    kind: (f) => ref(f.kind),
    unit: (f) => ref(f.unit),
    qualifier: (f) => ref(f.qualifier),
    period: (f) => ref(f.period),
    year: (f) => f.year ?? -1,
    topic: (f) => ref(f.topic),
    flags: (f) => (f.target ? 1 : 0) | (f.change ? 2 : 0),
    scope: (f) => ref(f.scope),
    place: (f) => ref(f.place),
    subject: (f) => ref(f.subject),
    start: (f) => f.start,
    end: (f) => f.end,
    shownStart: (f) => f.shownStart,
    // `left` ends at the figure and `after` is a span after it, both cut from the sentence.
    leftStart: (f) => f.start - f.left.length,
    afterStart: (f, text) => text.indexOf(f.after, f.end),
    afterLength: (f) => f.after.length,
    clauseStart: (f) => f.clauseStart,
    clauseEnd: (f) => f.clauseEnd,
    measure: (f, text) => (text.slice(f.start - f.left.length, f.start) === f.left ? -1 : ref(f.left)),
  };
  const texts = k.facts.map((f) => k.sentence(f.sentenceId)!.text);
  const column = <T>(items: readonly T[], of: (item: T, i: number) => number) => encode(Int32Array.from(items, of));
  const sentences = {
    ...(Object.fromEntries(SENTENCE_COLUMNS.map((c) => [c, column(quoted, sentenceColumn[c])])) as Columns<(typeof SENTENCE_COLUMNS)[number]>),
    text: quoted.map((s) => s.text),
    provinces: quoted.map((s) => s.provinces.map(ref)),
    mentions: quoted.map((s) => s.mentions.flatMap((m) => [ref(m.province), m.start, m.end, m.via === "name" ? 0 : 1])),
  };
  const facts = {
    ...(Object.fromEntries(FACT_COLUMNS.map((c) => [c, column(k.facts, (f, i) => factColumn[c](f, texts[i]!))])) as Columns<(typeof FACT_COLUMNS)[number]>),
    value: encode(Float64Array.from(k.facts, (f) => f.value ?? Number.NaN)),
    outOf: encode(Float64Array.from(k.facts, (f) => f.outOf ?? Number.NaN)),
  };
  const saved: Saved = { format: FORMAT, hash: k.hash, articles: k.articles, strings, sentences, facts, index: k.index.toJSON() };
  // Letters beyond ASCII are written as \u escapes: a text of ASCII alone is read from disk and
  // held in memory at one byte a character, twice as fast and half as large as the UTF-16 that
  // a few Vietnamese sentences would otherwise make of the whole.
  return JSON.stringify(saved).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Restores a persisted knowledge base; null if the text is not one of this format, or is damaged
 * (then rebuild).
 */
export function loadKnowledge(json: string): Knowledge | null {
  try {
    const saved = JSON.parse(json) as Saved;
    return saved?.format === FORMAT ? restore(saved) : null;
  } catch {
    return null;
  }
}

function restore(saved: Saved): Knowledge {
  const str = (i: number): string | null => (i < 0 ? null : saved.strings[i]!);
  const columns = <K extends string>(from: Columns<K>, names: readonly K[], length: number) => {
    const out = Object.fromEntries(names.map((c) => [c, decode(from[c], Int32Array)])) as Record<K, Int32Array>;
    if (names.some((c) => out[c].length !== length)) throw new Error("the saved knowledge base is damaged");
    return out;
  };
  const S = columns(saved.sentences, SENTENCE_COLUMNS, saved.sentences.text.length);
  const sentences = saved.sentences.text.map((text, i): Sentence => {
    const articleId = saved.articles[S.article[i]!]!.id;
    const m = saved.sentences.mentions[i]!;
    const mentions: ProvinceMention[] = [];
    for (let j = 0; j < m.length; j += 4) {
      mentions.push({ province: str(m[j]!)!, start: m[j + 1]!, end: m[j + 2]!, via: m[j + 3] === 0 ? "name" : "place", matched: text.slice(m[j + 1]!, m[j + 2]!) });
    }
    return { id: `${articleId}#${S.n[i]}`, articleId, text, block: S.block[i]!, heading: str(S.heading[i]!), provinces: saved.sentences.provinces[i]!.map((p) => str(p)!), mentions };
  });
  const value = decode(saved.facts.value, Float64Array);
  const outOf = decode(saved.facts.outOf, Float64Array);
  const F = columns(saved.facts, FACT_COLUMNS, value.length);
  if (outOf.length !== value.length) throw new Error("the saved knowledge base is damaged");
  const facts = Array.from(F.sentence, (si, i): Fact => {
    const s = sentences[si]!;
    const start = F.start[i]!;
    const end = F.end[i]!;
    const clauseStart = F.clauseStart[i]!;
    const clauseEnd = F.clauseEnd[i]!;
    const afterStart = F.afterStart[i]!;
    // Keys in the order extraction gives them, so a loaded fact prints as a built one.
    return {
      id: `${s.id}:${F.n[i]}`,
      articleId: s.articleId,
      sentenceId: s.id,
      province: str(F.province[i]!)!,
      raw: s.text.slice(start, end),
      value: Number.isNaN(value[i]) ? null : value[i]!,
      kind: str(F.kind[i]!) as FigureKind,
      unit: str(F.unit[i]!),
      after: s.text.slice(afterStart, afterStart + F.afterLength[i]!),
      qualifier: str(F.qualifier[i]!),
      outOf: Number.isNaN(outOf[i]) ? null : outOf[i]!,
      period: str(F.period[i]!),
      year: F.year[i]! < 0 ? null : F.year[i]!,
      topic: str(F.topic[i]!) as TopicId,
      target: (F.flags[i]! & 1) !== 0,
      change: (F.flags[i]! & 2) !== 0,
      scope: str(F.scope[i]!) as Scope,
      place: str(F.place[i]!),
      subject: str(F.subject[i]!),
      left: F.measure[i]! >= 0 ? str(F.measure[i]!)! : s.text.slice(F.leftStart[i]!, start),
      clause: s.text.slice(clauseStart, clauseEnd).trim(),
      start,
      end,
      shownStart: F.shownStart[i]!,
      clauseStart,
      clauseEnd,
    };
  });
  return assembleKnowledge(saved.hash, saved.articles, sentences, facts, FactIndex.load(saved.index, facts));
}
