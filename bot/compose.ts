import type { Fact, Knowledge } from "../knowledge/index.js";
import { Citer } from "./citations.js";
import { measureWords, placeOf, shownFigure } from "./describe.js";
import type { Messages } from "./messages/vi.js";
import type { Answer, AnswerFact, Intent, SeriesPoint, Suggestion } from "./types.js";

/**
 * The words around a figure in its sentence, verbatim: from up to ~70 characters before it (cut
 * at a word or a comma, never before its clause) to the end of what it counts, reaching on to
 * the next comma once 40 characters are read, at most ~90, with "…" where cut.
 */
// Where a snippet may end: a full stop (not one inside "3.000"), a semicolon, a bracket, a comma.
const STOP = /\.(?=\s|$)|[;(]|,(?=\s)/u;

export function snippet(f: Fact, sentence: string): string {
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
  const body = sentence.slice(start, end).trim().replace(/[,;:(]$/, "").trim();
  return `${start > 0 ? "…" : ""}${body}${end < sentence.length - 1 ? "…" : ""}`;
}

/** Builds an answer's text, citations and facts as the parts are added. */
export class AnswerBuilder {
  private readonly lines: string[] = [];
  private readonly facts: AnswerFact[] = [];
  private readonly series: SeriesPoint[] = [];
  private readonly notes: string[] = [];
  readonly citer: Citer;
  private headline = "";

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
  statement(f: Fact, where = placeOf(f, this.m)): string {
    const n = this.cite(f);
    const measure = measureWords(this.knowledge, f, this.m);
    const goal = f.target ? `${this.m.targetLabel} ` : "";
    const region = f.scope === "region" ? `, ${this.m.inRegion}` : "";
    return `${where}: ${goal}${this.figure(f)}${measure ? ` — ${measure}` : ""}${region}${f.period && !measure.includes(f.period) && f.kind !== "year" && f.kind !== "date" ? ` (${f.period})` : ""} [${n}]`;
  }

  setHeadline(text: string): this {
    this.headline = text;
    return this;
  }

  line(text: string): this {
    this.lines.push(text);
    return this;
  }

  note(text: string): this {
    if (!this.notes.includes(text)) this.notes.push(text);
    return this;
  }

  /** Cites a fact and returns its number; the fact joins the answer's facts once. */
  cite(f: Fact): number {
    const af = this.citer.answerFact(f);
    if (!this.facts.some((x) => x.citation === af.citation && x.raw === af.raw)) this.facts.push(af);
    return af.citation;
  }

  /** A bulleted figure line: "• …words around the figure… [n]". */
  factLine(f: Fact, prefix = "• "): this {
    const n = this.cite(f);
    const s = this.knowledge.sentence(f.sentenceId)?.text ?? f.clause;
    const text = snippet(f, s);
    const when = [f.target ? this.m.targetLabel : null, f.period && !text.includes(f.period) ? f.period : null].filter(Boolean).join(", ");
    return this.line(`${prefix}${text}${when ? ` (${when})` : ""} [${n}]`);
  }

  bar(label: string, f: Fact): this {
    const n = this.cite(f);
    if (f.value !== null) this.series.push({ label, value: f.value, unit: f.unit, raw: f.raw, citation: n });
    return this;
  }

  build(question: string, intent: Intent, provinces: readonly string[], suggestions: readonly Suggestion[]): Answer {
    const citations = this.citer.citations();
    const sources = citations.map((c) => this.m.sourceLine(c.n, c.quote, c.title, c.source, c.date, c.url));
    const parts = [
      [this.headline, ...this.lines].filter(Boolean).join("\n"),
      this.notes.join("\n"),
      sources.length ? `${this.m.sourcesLabel}\n${sources.join("\n")}` : "",
    ].filter(Boolean);
    return {
      question,
      intent,
      provinces: [...provinces],
      headline: this.headline,
      text: parts.join("\n\n"),
      citations,
      facts: [...this.facts],
      suggestions: [...suggestions],
      series: [...this.series],
    };
  }
}
