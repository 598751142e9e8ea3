import type { Fact, Knowledge } from "../knowledge/index.js";
import type { Block, HeadlineBlock, Marked, NoteBlock, NoteKind, SectionItem, Statement } from "./blocks.js";
import { Citer } from "./citations.js";
import { figureWords, measureWords, placeOf, shownFigure } from "./describe.js";
import type { Messages } from "./messages/vi.js";
import { markedText, plainText, statementText } from "./plain-text.js";
import type { Answer, AnswerFact, Citation, Intent, SeriesPoint, Suggestion } from "./types.js";

// Where a snippet may end: a full stop (not one inside "3.000"), a semicolon, a bracket, a comma.
const STOP = /\.(?=\s|$)|[;(]|,(?=\s)/u;

/**
 * The words around a figure in its sentence, verbatim, the figure marked: from up to ~70
 * characters before it (cut at a word or a comma, never before its clause) to the end of what it
 * counts, reaching on to the next comma once 40 characters are read, at most ~90, with "…" where cut.
 */
function snippet(f: Fact, sentence: string): Marked {
  let start = Math.max(f.clauseStart, f.start - 70);
  if (start > f.clauseStart) start = sentence.indexOf(" ", start) + 1 || f.start;
  const comma = sentence.lastIndexOf(", ", f.start);
  if (comma >= start && f.start - comma > 25) start = comma + 2;
  const rest = sentence.slice(f.end, f.clauseEnd);
  const stop = rest.search(STOP);
  let end = f.end + (stop < 0 ? rest.length : stop);
  if (end - f.end < 40 && stop >= 0 && rest[stop] === ",") {
    const further = rest.slice(stop + 1).search(STOP);
    end = f.end + stop + 1 + (further < 0 ? rest.length - stop - 1 : further);
  }
  if (end - f.end > 90) end = f.end + (rest.lastIndexOf(" ", 90) > 0 ? rest.lastIndexOf(" ", 90) : 90);
  const slice = sentence.slice(start, end);
  const body = slice.trim().replace(/[,;:(]$/, "").trim();
  const open = start > 0 ? "…" : "";
  const close = end < sentence.length - 1 ? "…" : "";
  // The figure's place in the words kept; a clause cut before it leaves it unmarked.
  const from = f.start - (start + slice.indexOf(body));
  const to = from + (f.end - f.start);
  if (from < 0 || to > body.length) return { before: `${open}${body}${close}`, figure: "", after: "" };
  return { before: `${open}${body.slice(0, from)}`, figure: body.slice(from, to), after: `${body.slice(to)}${close}` };
}

// Bars compare when they measure on one scale: rates with rates, ranks with ranks, counts of
// the same noun ("dịch vụ công …") with each other.
const scaleOf = (p: SeriesPoint) => (p.unit === "%" || p.unit === "hạng" ? p.unit : `count:${p.unit?.split(" ")[0]?.toLowerCase() ?? ""}`);
const compares = (series: readonly SeriesPoint[]) => series.length >= 2 && new Set(series.map(scaleOf)).size === 1;

/**
 * Builds an answer as its parts are added: the headline, the lines under it (figures, fact
 * lines, sections, lines in words), notes, chart bars; the facts cited are numbered as they come.
 * `build` puts the blocks in reading order and renders the plain text from them.
 */
export class AnswerBuilder {
  private headline: HeadlineBlock | null = null;
  private readonly body: Block[] = [];
  private readonly notes: NoteBlock[] = [];
  private readonly facts: AnswerFact[] = [];
  private readonly series: SeriesPoint[] = [];
  private chartTitle = "";
  private listsSuggestions = false;
  private given: readonly Citation[] | null = null;
  // Lines go to the section being filled, if any, else under the headline.
  private add: (item: SectionItem) => void = (item) => this.body.push(item);
  readonly citer: Citer;

  constructor(
    private readonly knowledge: Knowledge,
    readonly m: Messages,
  ) {
    this.citer = new Citer(knowledge);
  }

  /** The figure as a reader is told it ("thứ 4", "hơn 5.500 thành viên"). */
  figure(f: Fact): string {
    return shownFigure(this.knowledge, f);
  }

  /**
   * A figure said in one line, the figure first, then what it measures in the article's words,
   * its period and its citation: "Long An: 92% — tỷ lệ sử dụng hộp thư điện tử công vụ (8 tháng
   * đầu năm 2023) [1]". A goal says so; a district's figure names the district.
   */
  statement(f: Fact, where = placeOf(f, this.m)): Statement {
    const citation = this.cite(f);
    // (A list item's mark is no word of its measure: "• Kinh tế số chiếm 15% GRDP".)
    const measure = measureWords(this.knowledge, f, this.m).replace(/^[•·▪◦+*–-]\s+/u, "");
    const dated = f.period && !measure.includes(f.period) && f.kind !== "year" && f.kind !== "date";
    return {
      place: where,
      goal: f.target ? this.m.targetLabel : null,
      figure: figureWords(this.knowledge, f),
      measure: measure || null,
      scope: f.scope === "region" ? this.m.inRegion : null,
      period: dated ? f.period : null,
      citation,
    };
  }

  /** A headline in words. */
  setHeadline(text: string): this {
    this.headline = { kind: "headline", text, verdict: null, statement: null };
    return this;
  }

  /** A headline stating a figure ("Long An: 92% — … [1]."), after "Có."/"Chưa." for a yes/no question. */
  headlineStatement(statement: Statement, verdict: string | null = null): this {
    this.headline = { kind: "headline", text: `${verdict ? `${verdict} ` : ""}${statementText(statement)}.`, verdict, statement };
    return this;
  }

  /** A headline in words opening with a verdict ("Có. Long An tăng từ … lên …"). */
  verdictHeadline(verdict: string | null, text: string): this {
    this.headline = { kind: "headline", text: `${verdict ? `${verdict} ` : ""}${text}`, verdict, statement: null };
    return this;
  }

  /** A line in words; `bullet` makes it an item of a list. */
  line(text: string, bullet = false): this {
    this.add({ kind: "line", text, bullet });
    return this;
  }

  /** A figure on a line of its own: a bullet, or the `rank`-th place of a ranking. */
  figureLine(statement: Statement, rank: number | null = null): this {
    this.add({ kind: "figure", rank, statement });
    return this;
  }

  /** A titled section, filled by what `fill` adds. */
  section(title: string, fill: () => void): this {
    const items: SectionItem[] = [];
    this.add = (item) => items.push(item);
    try {
      fill();
    } finally {
      this.add = (item) => this.body.push(item);
    }
    this.body.push({ kind: "section", title, items });
    return this;
  }

  /** A note under the lines, once however often it is added. */
  note(about: NoteKind, text: string): this {
    if (!this.notes.some((n) => n.text === text)) this.notes.push({ kind: "note", about, text });
    return this;
  }

  /** The answer's suggestions listed under its lines, as well as offered as buttons. */
  listSuggestions(): this {
    this.listsSuggestions = true;
    return this;
  }

  /** Sources already cited by an earlier answer, listed again ("nguồn?"): their articles, then their quotes. */
  recite(citations: readonly Citation[]): this {
    this.given = citations;
    this.body.push({ kind: "references" });
    return this;
  }

  /** Cites a fact and returns its number; the fact joins the answer's facts once. */
  cite(f: Fact): number {
    const af = this.citer.answerFact(f);
    if (!this.facts.some((x) => x.citation === af.citation && x.raw === af.raw)) this.facts.push(af);
    return af.citation;
  }

  /** A fact line: "• …words around the figure… (mục tiêu, 2023) [n]", after the province when `place` is given. */
  factLine(f: Fact, place: string | null = null): this {
    const citation = this.cite(f);
    const words = snippet(f, this.knowledge.sentence(f.sentenceId)?.text ?? f.clause);
    const period = f.period && !markedText(words).includes(f.period) ? f.period : null;
    this.add({ kind: "fact", place, words, goal: f.target ? this.m.targetLabel : null, period, citation });
    return this;
  }

  /** The chart's title: what its bars compare. */
  chart(title: string): this {
    this.chartTitle = title;
    return this;
  }

  /** A bar of the chart: a fact's value under a label. */
  bar(label: string, f: Fact): this {
    const n = this.cite(f);
    if (f.value !== null) this.series.push({ label, value: f.value, unit: f.unit, raw: f.raw, figure: shownFigure(this.knowledge, f), citation: n });
    return this;
  }

  build(question: string, intent: Intent, provinces: readonly string[], suggestions: readonly Suggestion[]): Answer {
    const citations = this.given ?? this.citer.citations();
    const series = compares(this.series) ? [...this.series] : [];
    const blocks: Block[] = [
      ...(this.headline ? [this.headline] : []),
      ...(series.length ? [{ kind: "series", title: this.chartTitle } as const] : []),
      ...this.body,
      ...(this.listsSuggestions && suggestions.length ? [{ kind: "suggestions" } as const] : []),
      ...this.notes,
      ...(citations.length ? [{ kind: "citations", label: this.m.sourcesLabel } as const] : []),
    ];
    const rendered = { blocks, citations, suggestions: [...suggestions] };
    return {
      question,
      intent,
      provinces: [...provinces],
      headline: this.headline?.text ?? "",
      text: plainText(rendered),
      blocks,
      citations,
      facts: [...this.facts],
      // The intent table decides it (bot/intents.ts), once the answer is given.
      unanswered: null,
      suggestions: rendered.suggestions,
      series,
    };
  }
}
