/**
 * The seeded synthetic corpus: `size` articles on the 63 former provinces (a few left without
 * any, so "no data" can be asked at every size), and the figure questions whose right answer it
 * knows. Same seed and size, same bytes.
 */
import { FORMER_PROVINCES } from "../../knowledge/index.js";
import { generateArticle, type SyntheticArticle, type TruthFact } from "./article.js";
import { Random } from "./random.js";
import { TruthTable } from "./values.js";

/** How many of the 63 provinces get no article. */
const UNCOVERED = 3;

/** Which provinces a seed writes about, and which it leaves without articles. */
export function provincesOf(seed: string): { readonly covered: readonly string[]; readonly uncovered: readonly string[] } {
  const all = FORMER_PROVINCES.map((p) => p.name);
  const uncovered = new Random(`${seed}/uncovered`).sample(all, UNCOVERED);
  return { covered: all.filter((p) => !uncovered.includes(p)), uncovered };
}

/** The first `size` articles of a seed. */
export function generateCorpus(seed: string, size: number): SyntheticArticle[] {
  const { covered } = provincesOf(seed);
  // Some provinces report more than others: each appears with a weight of 1 to 3.
  const weights = new Random(`${seed}/weights`);
  const pool = covered.flatMap((p) => Array.from({ length: weights.int(1, 3) }, () => p));
  const table = new TruthTable(seed);
  return Array.from({ length: size }, (_, i) => generateArticle(seed, i, pool, table));
}

/** A figure question of the benchmark, with its right answer. */
export interface FigureQuestion {
  readonly text: string;
  /** "vi" with diacritics, "plain" without, lower case. */
  readonly style: "vi" | "plain";
  /** True when the question names the year; else the right answer is the latest figure. */
  readonly dated: boolean;
  readonly province: string;
  readonly measure: string;
  /** The right figure, as written. */
  readonly raw: string;
  /** Articles stating it: citing any of them is right. */
  readonly articleIds: readonly string[];
}

const idOf = (a: SyntheticArticle) => a.name.replace(/\.txt$/, "");
const keyOf = (f: TruthFact, year = f.year) => `${f.province}\u0000${f.measure}\u0000${year}`;

/**
 * `count` figure questions on a corpus, half naming the year and half not, half with
 * diacritics and half without. An undated question asks for the latest year the corpus has for
 * that province and measure; its right answer is that year's figure. Each `draw` ("round-1",
 * "warm-up"…) picks other facts.
 */
export function figureQuestions(seed: string, articles: readonly SyntheticArticle[], count: number, draw = "questions"): FigureQuestion[] {
  const statedIn = new Map<string, Set<string>>();
  const latest = new Map<string, number>();
  const askable: TruthFact[] = [];
  for (const a of articles) {
    for (const f of a.facts) {
      const key = keyOf(f);
      statedIn.set(key, (statedIn.get(key) ?? new Set()).add(idOf(a)));
      const series = `${f.province}\u0000${f.measure}`;
      latest.set(series, Math.max(latest.get(series) ?? 0, f.year));
      if (f.questions) askable.push(f);
    }
  }
  const rng = new Random(`${seed}/${draw}/${articles.length}`);
  const out: FigureQuestion[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < count && tries < count * 20 && askable.length; tries++) {
    const f = rng.pick(askable);
    const dated = out.length % 2 === 0;
    const style = out.length % 4 < 2 ? "vi" : "plain";
    const year = dated ? f.year : latest.get(`${f.province}\u0000${f.measure}`)!;
    // A goal's question names its horizon: it is never undated.
    if (!dated && (year !== f.year || f.target)) continue;
    const q = f.questions![dated ? "dated" : "undated"];
    const text = q[style];
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ text, style, dated, province: f.province, measure: f.measure, raw: f.raw, articleIds: [...statedIn.get(keyOf(f, year))!] });
  }
  return out;
}
