import { mentionsIn, type ProvinceMention } from "../provinces/index.js";
import { splitSentences } from "./sentences.js";
import type { Article } from "./types.js";

/** A sentence of an article, tagged with the provinces it speaks of. */
export interface Sentence {
  /** `${articleId}#${n}`, n counting from 1 in reading order. */
  readonly id: string;
  readonly articleId: string;
  /** Verbatim text. */
  readonly text: string;
  /** Index of the paragraph block it belongs to, in the article's blocks. */
  readonly block: number;
  /** The heading it stands under, if any. */
  readonly heading: string | null;
  /**
   * Provinces the sentence speaks of: the province the text was speaking of when it began (unless
   * the sentence opens on a name), then those it names (directly or through a place).
   */
  readonly provinces: readonly string[];
  /** Where the sentence names a province, for facts in sentences naming several. */
  readonly mentions: readonly ProvinceMention[];
  /** A table row's cells after the first (what the row measures), with their column's header. */
  readonly cells?: readonly TableCell[];
}

/** A cell of a table row: its offsets in the row's text, and its column's header cell, if any. */
export interface TableCell {
  readonly start: number;
  readonly end: number;
  readonly header: string | null;
}

/** An article cut into tagged sentences, with the provinces it is about. */
export interface ArticleDocument {
  readonly article: Article;
  /** Provinces the article is about: named in its title, twice or more, or declared. */
  readonly provinces: readonly string[];
  readonly sentences: readonly Sentence[];
}

/**
 * Cuts an article into sentences and tags each with provinces, from the text alone: a sentence
 * naming provinces speaks of them; one naming none speaks of the province the article was last
 * speaking of (a heading or an earlier sentence naming one of the article's provinces), which
 * starts as the article's most named province. A province named once in passing tags its own
 * sentence only.
 */
export function documentOf(article: Article): ArticleDocument {
  const provinces = articleProvinces(article);
  const within = new Set(provinces);
  const find = (text: string): ProvinceMention[] =>
    mentionsIn(text, { properNoun: true, placesWithin: within.size ? within : undefined }).filter(
      (m) => m.via === "name" || within.has(m.province),
    );

  let current: string | null = provinces[0] ?? null;
  let heading: string | null = null;
  // The one province the title names: each paragraph under no heading of a province's speaks of it
  // again ("Ngành y tế Hưng Yên đã lập …" in an article on Thái Bình holds for its paragraph).
  const titled = distinct(find(article.title).map((m) => m.province));
  const home = titled.length === 1 && within.has(titled[0]!) ? titled[0]! : null;
  let headed = false;
  const sentences: Sentence[] = [];
  article.blocks.forEach((block, b) => {
    const named = distinct(find(block.text).map((m) => m.province)).filter((p) => within.has(p));
    if (block.kind === "heading") {
      heading = block.text;
      headed = named.length === 1;
      if (named.length === 1) current = named[0]!;
      return;
    }
    if (home && !headed) current = home;
    // A table row is one sentence, whatever punctuation its cells hold.
    const spans = block.kind === "row" ? [{ text: block.text, start: 0 }] : splitSentences(block.text);
    for (const s of spans) {
      const mentions = find(s.text);
      const here = distinct(mentions.map((m) => m.province));
      const own = here.filter((p) => within.has(p));
      // The province spoken of when the sentence begins comes first: a figure before any name
      // is its ("Năm 2023, tỉnh vươn lên thứ 36/63 …, chỉ sau Lâm Đồng" is the article's province).
      const speaking = current && !(mentions[0] && mentions[0].start < 3) ? current : null;
      // (Named as where a figure is, or set beside another, a province is spoken of only there:
      // after "Con số này ở Đà Nẵng là 81%", "UBND tỉnh" is the article's province still.)
      const subjects = distinct(mentions.filter((m) => !ASIDE.test(s.text.slice(0, m.start))).map((m) => m.province)).filter((p) => within.has(p));
      if (own.length === 1 && subjects.length === 1) current = own[0]!;
      const tags = distinct([...(speaking ? [speaking] : []), ...here]);
      if (!tags.length && current) tags.push(current);
      const cells = block.kind === "row" ? cellsOf(block.text, block.header ?? null) : undefined;
      sentences.push({ id: `${article.id}#${sentences.length + 1}`, articleId: article.id, text: s.text, block: b, heading, provinces: tags, mentions, ...(cells ? { cells } : {}) });
    }
  });
  return { article, provinces, sentences };
}

function articleProvinces(article: Article): string[] {
  const counts = new Map<string, number>();
  const add = (p: string, n: number) => counts.set(p, (counts.get(p) ?? 0) + n);
  for (const m of mentionsIn(article.title, { properNoun: true })) if (m.via === "name") add(m.province, 2);
  for (const p of article.declaredProvinces) for (const m of mentionsIn(p)) add(m.province, 2);
  for (const b of article.blocks) for (const m of mentionsIn(b.text, { properNoun: true })) if (m.via === "name") add(m.province, 1);
  let chosen = [...counts].filter(([, n]) => n >= 2);
  if (!chosen.length) chosen = [...counts];
  if (!chosen.length) {
    // No province named at all: fall back to places that lie in a single province.
    for (const b of article.blocks) for (const m of mentionsIn(b.text, { properNoun: true })) add(m.province, 1);
    chosen = [...counts];
  }
  return chosen.sort((a, b) => b[1] - a[1]).map(([p]) => p);
}

const distinct = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

// The words before a province's name that set it aside: where a figure is, or what it is set beside.
// (Not opening the sentence: "Tại Kiên Giang, …" makes it the subject.)
const ASIDE = /\S\s+(?:ở|tại|so với|với|như|thua|hơn|sau)\s+(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?$/iu;

// The cells of a row after its first, where they stand in its text, under their headers.
function cellsOf(text: string, header: readonly string[] | null): TableCell[] {
  const out: TableCell[] = [];
  const bars = [...text.matchAll(/\|/g)].map((m) => m.index ?? 0);
  const first = text.trimStart().startsWith("|") ? 1 : 0;
  for (let k = first; k < bars.length; k++) {
    const start = bars[k]! + 1;
    const end = bars[k + 1] ?? text.length;
    if (!text.slice(start, end).trim()) continue;
    out.push({ start, end, header: header?.[k - first + 1] ?? null });
  }
  return out;
}
