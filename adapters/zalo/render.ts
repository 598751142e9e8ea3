import { blockLines, chartTitle as titleOfChart, paragraphsOf, type Answer, type PlainLine, type Suggestion } from "../../bot/index.js";
import { zaloVi } from "./messages.vi.js";

/**
 * Answers as Zalo shows them (pure functions, no I/O): the core's plain text — Zalo has no markup
 * — in messages of at most 2000 characters after NFC. A long answer is cut between paragraphs,
 * then between lines, and every message carries the sources its own figures cite, so a figure is
 * never read apart from its quote. The cuts follow the answer's blocks, rendered line by line by
 * the core's plain renderer; nothing is read back from the text.
 */

/** Longest text Zalo accepts in one message (OA and Bot Platform alike). */
export const ZALO_TEXT_LIMIT = 2000;

type Paragraph = readonly PlainLine[];

const nfc = (l: PlainLine): PlainLine => ({ ...l, text: l.text.normalize("NFC") });

/** The citation numbers a line refers to, among those the answer has. */
function citedBy(line: PlainLine, known: ReadonlyMap<number, string>): number[] {
  return line.citations.filter((n) => known.has(n));
}

/**
 * An answer's plain lines in paragraphs, without its sources; and the sources as their label
 * and one entry per citation.
 */
function answerLines(answer: Answer): { paragraphs: Paragraph[]; label: string; entries: Map<number, string> } {
  const paragraphs: Paragraph[] = [];
  let label = "";
  const entries = new Map<number, string>();
  for (const blocks of paragraphsOf(answer.blocks)) {
    const lines = blocks.flatMap((b) => blockLines(b, answer)).map(nfc);
    if (blocks[0]?.kind !== "citations") {
      if (lines.length) paragraphs.push(lines);
      continue;
    }
    for (const l of lines) {
      if (l.title) label = l.text;
      else entries.set(l.citations[0]!, l.text);
    }
  }
  return { paragraphs, label, entries };
}

/** The numbered follow-up questions, as a paragraph; empty without suggestions. */
export function followUpsText(suggestions: readonly Suggestion[]): string {
  if (!suggestions.length) return "";
  return [zaloVi.followUps, ...suggestions.map((s, i) => zaloVi.followUp(i + 1, s.text.normalize("NFC")))].join("\n");
}

// Graphemes, so a cut never splits a letter from its combining mark.
const graphemes = new Intl.Segmenter("vi", { granularity: "grapheme" });
const CUTS = [/\n\n/, /\n(?=\[\d+\] )/, /\n/, / /];
const JOINS = ["\n\n", "\n", "\n", " "];

/**
 * Text in pieces of at most `limit` characters: cut between paragraphs, then between sources,
 * lines and words, and only a word longer than a message between its letters.
 */
export function cutText(text: string, limit = ZALO_TEXT_LIMIT, level = 0): string[] {
  if (text.length <= limit) return text.trim() ? [text] : [];
  const cut = CUTS[level];
  if (!cut) {
    const out: string[] = [];
    let piece = "";
    // A cluster longer than a message (a letter under hundreds of combining marks) is cut
    // between its code points: nothing is lost, only that freak cluster is split.
    const units = [...graphemes.segment(text)].flatMap(({ segment }) => (segment.length > limit ? Array.from(segment) : [segment]));
    for (const segment of units) {
      if (piece && piece.length + segment.length > limit) {
        out.push(piece);
        piece = "";
      }
      piece += segment;
    }
    return piece ? [...out, piece] : out;
  }
  const out: string[] = [];
  let piece = "";
  for (const part of text.split(cut)) {
    const joined = piece ? `${piece}${JOINS[level]}${part}` : part;
    if (joined.length <= limit) {
      piece = joined;
      continue;
    }
    if (piece) out.push(piece);
    if (part.length <= limit) piece = part;
    else {
      out.push(...cutText(part, limit, level + 1));
      piece = "";
    }
  }
  if (piece) out.push(piece);
  return out.filter((p) => p.trim());
}

/**
 * An answer as Zalo messages of at most `limit` characters: the whole answer and its numbered
 * follow-up questions in one message when they fit; otherwise paragraphs (or, for a paragraph too
 * long, lines) packed in order, each message ending with the sources of the figures it states.
 * A section label ("An Giang:") is not left at the end of a message without its lines, unless
 * taking it on would part the next line from its sources.
 */
export function zaloMessages(answer: Answer, limit = ZALO_TEXT_LIMIT): string[] {
  const text = answer.text.normalize("NFC").trim();
  const followUps = followUpsText(answer.suggestions);
  const whole = followUps ? `${text}\n\n${followUps}` : text;
  if (whole.length <= limit) return [whole];

  const { paragraphs, label, entries } = answerLines(answer);
  // Sources no line refers to (a "sources of the last answer" reply) follow the last line.
  const referenced = new Set(paragraphs.flat().flatMap((l) => citedBy(l, entries)));
  const unreferenced = [...entries.keys()].filter((n) => !referenced.has(n));
  const compose = (ps: readonly Paragraph[], extra: readonly number[] = []): string => {
    const ns = [...new Set([...ps.flat().flatMap((l) => citedBy(l, entries)), ...extra])].sort((a, b) => a - b);
    const sources = ns.length ? `${label}\n${ns.map((n) => entries.get(n)).join("\n")}` : "";
    return [ps.map((p) => p.map((l) => l.text).join("\n")).join("\n\n"), sources].filter(Boolean).join("\n\n");
  };
  const fits = (ps: readonly Paragraph[]) => compose(ps).length <= limit;

  const out: string[] = [];
  let current: Paragraph[] = [];
  let extra: number[] = [];
  const flush = () => {
    if (current.length || extra.length) out.push(compose(current, extra));
    current = [];
    extra = [];
  };
  for (const paragraph of paragraphs) {
    if (fits([...current, paragraph])) {
      current.push(paragraph);
      continue;
    }
    if (fits([paragraph])) {
      flush();
      current = [paragraph];
      continue;
    }
    let piece: PlainLine[] = [];
    for (const line of paragraph) {
      if (fits([...current, [...piece, line]])) {
        piece.push(line);
        continue;
      }
      const carried = sectionTail(piece, line, fits);
      if (piece.length > carried.length) current.push(piece.slice(0, piece.length - carried.length));
      flush();
      piece = [...carried, line];
      if (!fits([piece])) {
        out.push(...cutText(compose([piece]), limit));
        piece = [];
      }
    }
    if (piece.length) current.push(piece);
  }
  for (const n of unreferenced) {
    if (compose(current, [...extra, n]).length <= limit) {
      extra.push(n);
      continue;
    }
    flush();
    if (compose([], [n]).length <= limit) extra = [n];
    else out.push(...cutText(compose([], [n]), limit));
  }
  flush();
  if (followUps) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 2 + followUps.length <= limit) out[out.length - 1] = `${last}\n\n${followUps}`;
    else out.push(...cutText(followUps, limit));
  }
  return out;
}

/** A line that only announces what follows: a section's title ("An Giang:", "Kinh tế số:"). */
function isLabel(line: PlainLine): boolean {
  return line.title;
}

/**
 * The lines of a full piece to move on with `next`: its last section (from its last label on)
 * when that fits in a message with `next`, so a section is not split; else its trailing labels,
 * when they fit with `next` and its sources.
 */
function sectionTail(lines: readonly PlainLine[], next: PlainLine, fits: (ps: readonly Paragraph[]) => boolean): PlainLine[] {
  const last = lines.findLastIndex(isLabel);
  if (last > 0 && fits([[...lines.slice(last), next]])) return lines.slice(last);
  let i = lines.length;
  while (i > 0 && isLabel(lines[i - 1]!)) i--;
  // Labels that would push `next` apart from its sources stay behind.
  return fits([[...lines.slice(i), next]]) ? lines.slice(i) : [];
}

/** A chart's title: what it compares, in NFC. */
export function chartTitle(answer: Answer): string {
  return titleOfChart(answer.blocks).normalize("NFC");
}
