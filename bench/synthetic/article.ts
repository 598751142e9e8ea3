/**
 * One synthetic article: the real articles' shape (a title, an opening naming the province,
 * a paragraph or two per pillar opened by a period, figures among sentences without figures, a
 * closing, sometimes a byline, a publisher credit, page chrome or a related-articles tail), with
 * the province, the year, the measures and the figures drawn from the seed. Beside the text
 * comes the ground truth of every figure it states.
 */
import { FORMER_PROVINCES, type Pillar, type TopicId } from "../../knowledge/index.js";
import { PLACES } from "../../knowledge/provinces/places.js";
import { TEMPLATES, type DrawnFigure, type SentenceTemplate, type TemplateContext } from "./measures.js";
import * as prose from "./prose.js";
import { Random } from "./random.js";
import type { TruthTable } from "./values.js";

/** A question as people type it: with diacritics, and the same without them, lower case. */
export interface TypedQuestion {
  readonly vi: string;
  readonly plain: string;
}

/** A figure the article states, known before any extraction. */
export interface TruthFact {
  /** Canonical former province the figure is about. */
  readonly province: string;
  /** Identifier of the measure ("so-may-atm"). */
  readonly measure: string;
  readonly topic: TopicId;
  /** The figure exactly as written ("1,2 triệu", "99,7%", "10/63", "1.837"). */
  readonly raw: string;
  readonly value: number;
  /** Year the figure is for: the article's, last year's for a ranking, the horizon for a goal. */
  readonly year: number;
  readonly target: boolean;
  /** The sentence holding it, as written in the file. */
  readonly sentence: string;
  /** Questions whose right answer is this figure: `dated` names its year, `undated` does not. */
  readonly questions: { readonly dated: TypedQuestion; readonly undated: TypedQuestion } | null;
}

/** A generated article file and its ground truth. */
export interface SyntheticArticle {
  /** File name, "00042.txt"; the article's id is the name without ".txt". */
  readonly name: string;
  readonly text: string;
  readonly title: string;
  /** Provinces it is about, the main one first. */
  readonly provinces: readonly string[];
  readonly year: number;
  readonly facts: readonly TruthFact[];
}

const CITIES = new Set(["Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"]);
const PILLARS: readonly Pillar[] = ["chính quyền số", "kinh tế số", "xã hội số", "hạ tầng số"];
// More articles on recent years, as in the press.
const YEARS = [2019, 2020, 2021, 2021, 2022, 2022, 2022, 2023, 2023, 2023, 2024, 2024, 2024, 2025, 2025];
const ALIASES = new Map(FORMER_PROVINCES.map((p) => [p.name, p.aliases.filter((a) => a.length >= 4)]));

/** Removes diacritics and lowers the case, as people type on a keyboard without Vietnamese input. */
export function withoutDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

const kindOf = (province: string) => (CITIES.has(province) ? "thành phố" : "tỉnh");
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
// Only sentences starting with a common noun take a period before them (`lead` templates).
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/**
 * Draws article number `index` of a seed. Articles are drawn independently of each other, so
 * a corpus of 100 articles is the first 100 of the corpus of 1 000.
 */
export function generateArticle(seed: string, index: number, provinces: readonly string[], table: TruthTable): SyntheticArticle {
  const rng = new Random(`${seed}/article/${index}`);
  const P = rng.pick(provinces);
  const P2 = rng.chance(0.1) ? rng.pick(provinces.filter((p) => p !== P)) : null;
  const Y = rng.pick(YEARS);
  const H = Y <= 2024 ? 2025 : 2030;
  const facts: TruthFact[] = [];
  const paragraphs: string[] = [];

  const title = fill(rng.pick(P2 ? prose.TWO_PROVINCE_TITLES : prose.TITLES), { P, P2: P2 ?? "", Y, tinh: kindOf(P) });
  const ctx: TemplateContext = { P, tinh: kindOf(P), Y, H };
  const opening = [fill(rng.pick(prose.OPENINGS), { P, tinh: kindOf(P) })];
  const places = PLACES.filter((p) => p.provinces.length === 1 && p.provinces[0] === P);
  if (places.length && rng.chance(0.4)) opening.push(fill(rng.pick(prose.PLACE_SENTENCES), { place: `huyện ${rng.pick(places).name}`, tinh: kindOf(P) }));
  paragraphs.push(opening.join(" "));

  // Goals stand in a paragraph of their own, after the results, as in the real articles: a goal
  // makes the figures after it in its paragraph goals too.
  const chosen = chooseTemplates(rng, Y, rng.int(4, 8));
  const isGoal = (t: SentenceTemplate) => t.figures.some((f) => f.target);
  for (const pillar of PILLARS) {
    const group = chosen.filter((t) => t.pillar === pillar && !isGoal(t));
    for (let i = 0; i < group.length; i += 3) {
      if (i === 0 && rng.chance(0.5)) paragraphs.push(rng.pick(prose.HEADINGS[pillar]));
      paragraphs.push(paragraph(rng, group.slice(i, i + 3), ctx, table, facts));
    }
  }
  const goals = chosen.filter(isGoal);
  if (goals.length) paragraphs.push(paragraph(rng, goals, ctx, table, facts));
  if (P2) {
    const ctx2: TemplateContext = { P: P2, tinh: kindOf(P2), Y, H };
    const opener = fill(rng.pick(prose.SECOND_PROVINCE_OPENINGS), { P2, tinh2: kindOf(P2) });
    const results = chooseTemplates(rng, Y, rng.int(2, 3)).filter((t) => !isGoal(t));
    if (results.length) paragraphs.push(`${opener} ${paragraph(rng, results, ctx2, table, facts)}`);
  }
  paragraphs.push(
    rng
      .sample(prose.CLOSINGS, rng.int(1, 2))
      .map((s) => fill(s, { tinh: kindOf(P), doc: String(rng.int(1, 40)).padStart(2, "0") }))
      .join(" "),
  );

  const lines = [title, ...paragraphs];
  const credit = rng.pick(prose.CREDITS);
  const ending = rng.next();
  if (ending < 0.3) lines.push(rng.pick(prose.BYLINES), `(${credit})`);
  else if (ending < 0.45) lines[1] = `(${credit}) - ${lines[1]}`;
  if (rng.chance(0.15)) lines.unshift(prose.CHROME_FIRST_LINE);
  if (rng.chance(0.2)) lines.push(rng.pick(prose.RELATED_TAIL), fill(rng.pick(prose.TITLES), { P: rng.pick(provinces), Y: Y - 1, tinh: "tỉnh" }));
  const name = `${String(index).padStart(5, "0")}.txt`;
  return { name, text: `${lines.join("\n\n")}\n`, title, provinces: P2 ? [P, P2] : [P], year: Y, facts };
}

// `n` templates fitting the year, each measure at most once.
function chooseTemplates(rng: Random, year: number, n: number): SentenceTemplate[] {
  const out: SentenceTemplate[] = [];
  const measures = new Set<string>();
  for (const t of rng.sample(TEMPLATES, TEMPLATES.length)) {
    if (out.length >= n) break;
    if ((t.minYear ?? 0) > year || t.figures.some((f) => measures.has(f.measure))) continue;
    out.push(t);
    for (const f of t.figures) measures.add(f.measure);
  }
  return out;
}

// A paragraph opened by its period: in its first figure sentence when that sentence can take
// it, else in a sentence of its own; sentences without figures now and then between the figures.
function paragraph(rng: Random, templates: readonly SentenceTemplate[], c: TemplateContext, table: TruthTable, facts: TruthFact[]): string {
  const lead = fill(rng.pick(prose.PERIOD_LEADS), { Y: c.Y, m: rng.int(3, 11) });
  const sentences: string[] = [];
  templates.forEach((t, i) => {
    const drawn: Record<string, DrawnFigure> = {};
    for (const f of t.figures) drawn[f.key] = table.figure(c.P, f.measure, f.value, figureYear(f, c));
    let sentence = t.render(drawn, c);
    if (i === 0 && t.lead) sentence = `${lead}, ${lowerFirst(sentence)}`;
    else if (i === 0) sentences.push(fill(rng.pick(prose.PERIOD_SENTENCES), { lead, tinh: c.tinh }));
    sentence = capitalise(sentence);
    sentences.push(sentence);
    for (const f of t.figures) {
      const year = figureYear(f, c);
      facts.push({
        province: c.P,
        measure: f.measure,
        topic: f.topic,
        raw: drawn[f.key]!.raw,
        value: drawn[f.key]!.value,
        year,
        target: f.target ?? false,
        sentence,
        questions: f.questions.length ? questionsFor(rng.pick(f.questions), c.P, year, rng) : null,
      });
    }
    if (rng.chance(0.35)) sentences.push(fill(rng.pick(prose.FILLERS[t.pillar]), { tinh: c.tinh }));
  });
  return sentences.join(" ");
}

function figureYear(f: { readonly target?: boolean; readonly yearOffset?: number }, c: TemplateContext): number {
  return f.target ? c.H : c.Y + (f.yearOffset ?? 0);
}

// The province as people name it: mostly its name, sometimes an alias ("TP.HCM", "Huế").
function questionsFor(template: string, province: string, year: number, rng: Random): TruthFact["questions"] {
  const aliases = ALIASES.get(province) ?? [];
  const P = aliases.length && rng.chance(0.3) ? rng.pick(aliases) : province;
  const typed = (nam: string): TypedQuestion => {
    const vi = fill(template, { P, nam, H: year });
    return { vi, plain: withoutDiacritics(vi).replace(/[?]/g, "").trim() };
  };
  return { dated: typed(` năm ${year}`), undated: typed("") };
}
