import type { Block, FactBlock, FigureBlock, Marked, Statement } from "./blocks.js";
import type { Citation, Suggestion } from "./types.js";

/**
 * The one plain-text rendering of an answer's blocks: `Answer.text`, what the CLI prints, Zalo
 * sends and the evaluation reads. The headline and the lines under it make the first paragraph,
 * the notes the second, the sources the last; a blank line between paragraphs.
 */

/** What rendering needs besides the blocks: the citations and suggestions they point to. */
export interface Rendered {
  readonly blocks: readonly Block[];
  readonly citations: readonly Citation[];
  readonly suggestions: readonly Suggestion[];
}

/** One line of plain text, with the citations it refers to. */
export interface PlainLine {
  readonly text: string;
  /** The numbers of the citations the line refers to ("[1]") or is the entry of. */
  readonly citations: readonly number[];
  /** True for a line that only announces the lines after it (a section's title, the sources' label). */
  readonly title: boolean;
}

/** Marked words as written. */
export const markedText = (m: Marked): string => `${m.before}${m.figure}${m.after}`;

/** A statement as one line of words, its figure marked: "Long An: mục tiêu 92% — tỷ lệ …, trong khu vực (8 tháng đầu năm 2023) [1]". */
function statementMarked(s: Statement): Marked {
  return {
    before: `${s.place}: ${s.goal ? `${s.goal} ` : ""}${s.figure.before}`,
    figure: s.figure.figure,
    after: `${s.figure.after}${s.measure ? ` — ${s.measure}` : ""}${s.scope ? `, ${s.scope}` : ""}${s.period ? ` (${s.period})` : ""} [${s.citation}]`,
  };
}

/** A statement as one line of words. */
export const statementText = (s: Statement): string => markedText(statementMarked(s));

/** A figure line or a fact line as one line of words, its figure marked: "1. Lào Cai: 1.837 dịch vụ công [1]", "• …đạt 92%… (2023) [2]". */
export function itemMarked(block: FigureBlock | FactBlock): Marked {
  if (block.kind === "figure") {
    const s = statementMarked(block.statement);
    return { ...s, before: `${block.rank === null ? "•" : `${block.rank}.`} ${s.before}` };
  }
  const when = [block.goal, block.period].filter(Boolean).join(", ");
  const w = block.words;
  return { before: `• ${block.place ? `${block.place}: ` : ""}${w.before}`, figure: w.figure, after: `${w.after}${when ? ` (${when})` : ""} [${block.citation}]` };
}

/** A citation as its entry under the sources' label: the quote, then its article on an indented line. */
function sourceEntry(c: Citation): string {
  return `[${c.n}] “${c.quote}”\n    — ${c.title}${c.source ? `, ${c.source}` : ""}${c.date ? `, ${c.date}` : ""}${c.url ? ` (${c.url})` : ""}`;
}

/** A citation's article on one line, as "nguồn?" lists it: "[1] Title (TTXVN), 2024-03-01 — https://…". */
function referenceLine(c: Citation): string {
  return `[${c.n}] ${c.title}${c.source ? ` (${c.source})` : ""}${c.date ? `, ${c.date}` : ""}${c.url ? ` — ${c.url}` : ""}`;
}

const line = (text: string, citations: readonly number[] = [], title = false): PlainLine => ({ text, citations, title });

/** The plain lines of one block; none for a chart, which plain text cannot draw. */
export function blockLines(block: Block, answer: Rendered): PlainLine[] {
  switch (block.kind) {
    case "headline":
      return block.text ? [line(block.text, block.statement ? [block.statement.citation] : [])] : [];
    case "figure":
      return [line(markedText(itemMarked(block)), [block.statement.citation])];
    case "fact":
      return [line(markedText(itemMarked(block)), [block.citation])];
    case "line":
      return block.text ? [line(`${block.bullet ? "• " : ""}${block.text}`)] : [];
    case "section":
      return [line(`${block.title}:`, [], true), ...block.items.flatMap((item) => blockLines(item, answer))];
    case "note":
      return [line(block.text)];
    case "series":
      return [];
    case "suggestions":
      return answer.suggestions.map((s) => line(`• ${s.text}`));
    case "references":
      return answer.citations.map((c) => line(referenceLine(c), [c.n]));
    case "citations":
      return answer.citations.length ? [line(`${block.label}:`, [], true), ...answer.citations.map((c) => line(sourceEntry(c), [c.n]))] : [];
  }
}

/** Which paragraph a block belongs to: the body, the notes or the sources. */
function paragraphOf(block: Block): "body" | "notes" | "sources" {
  return block.kind === "note" ? "notes" : block.kind === "citations" ? "sources" : "body";
}

/** The blocks grouped into the paragraphs plain text separates by a blank line, in order. */
export function paragraphsOf(blocks: readonly Block[]): Block[][] {
  const out: Block[][] = [];
  let last: string | null = null;
  for (const block of blocks) {
    const kind = paragraphOf(block);
    if (kind === last) out[out.length - 1]!.push(block);
    else out.push([block]);
    last = kind;
  }
  return out;
}

/** An answer's plain text. */
export function plainText(answer: Rendered): string {
  return paragraphsOf(answer.blocks)
    .map((p) => p.flatMap((b) => blockLines(b, answer).map((l) => l.text)).join("\n"))
    .filter(Boolean)
    .join("\n\n");
}
