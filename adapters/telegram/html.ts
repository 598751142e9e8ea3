/**
 * Telegram's HTML parse mode, as a tiny document model: a message is paragraphs of lines, a line
 * is spans of plain text (bold or linked), and a line may be a quote. Text is escaped here and
 * only here, and {@link packMessages} cuts between paragraphs, then lines, then words — never
 * inside a tag or an entity, because it cuts the model, not the HTML.
 */

/** A run of text with one style. `text` is plain (unescaped). */
export interface Span {
  readonly text: string;
  readonly bold?: boolean;
  /** A link address (http or https only; anything else is shown as plain text). */
  readonly href?: string;
}

/** One line of a message: spans, shown as an expandable block quote when `quote` is set. */
export interface Line {
  readonly spans: readonly Span[];
  readonly quote?: boolean;
}

/** Lines shown together; paragraphs are separated by a blank line. */
export type Paragraph = readonly Line[];

/** Telegram's longest message text. */
export const MESSAGE_LIMIT = 4096;
/** Telegram's longest photo caption. */
export const CAPTION_LIMIT = 1024;

const QUOTE_OPEN = "<blockquote expandable>";
const QUOTE_CLOSE = "</blockquote>";
const HTTP_URL = /^https?:\/\/[^\s<>"]+$/i;

/** Escapes text for Telegram HTML: `&`, `<`, `>` (and `"`, for attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** A span as HTML. */
export function spanHtml(s: Span): string {
  let html = escapeHtml(s.text);
  if (s.bold) html = `<b>${html}</b>`;
  if (s.href && HTTP_URL.test(s.href)) html = `<a href="${escapeHtml(s.href)}">${html}</a>`;
  return html;
}

/** A line as HTML. */
export function lineHtml(line: Line): string {
  const body = line.spans
    .filter((s) => s.text)
    .map(spanHtml)
    .join("");
  return line.quote ? `${QUOTE_OPEN}${body}${QUOTE_CLOSE}` : body;
}

/**
 * Paragraphs as Telegram messages of at most `limit` characters of HTML each (so also at most
 * `limit` characters once Telegram has parsed it). A paragraph that fits is never split; one
 * that does not is cut between lines, and a line that does not fit between words (a word longer
 * than a message, between characters), closing and reopening its tags around each cut.
 */
export function packMessages(paragraphs: readonly Paragraph[], limit = MESSAGE_LIMIT): string[] {
  const out: string[] = [];
  let current = "";
  const add = (html: string, separator: string) => {
    if (current && current.length + separator.length + html.length <= limit) {
      current += separator + html;
      return;
    }
    if (current) out.push(current);
    current = html;
  };
  for (const paragraph of paragraphs) {
    const lines = paragraph.filter((l) => l.spans.some((s) => s.text.trim()));
    if (!lines.length) continue;
    const whole = lines.map(lineHtml).join("\n");
    if (whole.length <= limit) {
      add(whole, "\n\n");
      continue;
    }
    lines.forEach((line, i) => {
      const separator = i === 0 ? "\n\n" : "\n";
      const html = lineHtml(line);
      if (html.length <= limit) add(html, separator);
      else for (const piece of cutLine(line, limit)) add(piece, separator);
    });
  }
  if (current) out.push(current);
  return out;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** A span's text in pieces no longer than `budget` once escaped and styled, cut between words. */
function atomsOf(given: Span, budget: number): Span[] {
  // A link address too long to share a message with its text is dropped; the text stays.
  const span = spanHtml({ ...given, text: "" }).length > budget / 4 ? { text: given.text, bold: given.bold } : given;
  const overhead = spanHtml({ ...span, text: "" }).length;
  const room = Math.max(1, budget - overhead);
  const words = span.text.match(/\s*\S+\s*|\s+/g) ?? [];
  return words.flatMap((word) => {
    if (escapeHtml(word).length <= room) return [{ ...span, text: word }];
    // A "word" longer than a whole message: cut between characters (graphemes).
    const pieces: Span[] = [];
    let piece = "";
    for (const { segment } of graphemes.segment(word)) {
      if (piece && escapeHtml(piece + segment).length > room) {
        pieces.push({ ...span, text: piece });
        piece = "";
      }
      piece += segment;
    }
    if (piece) pieces.push({ ...span, text: piece });
    return pieces;
  });
}

const sameStyle = (a: Span, b: Span) => !!a.bold === !!b.bold && a.href === b.href;

/** A line too long for one message, as several, each a valid line of at most `limit` characters. */
function cutLine(line: Line, limit: number): string[] {
  const wrapper = line.quote ? QUOTE_OPEN.length + QUOTE_CLOSE.length : 0;
  const budget = limit - wrapper;
  const atoms = line.spans.flatMap((s) => atomsOf(s, budget));
  const out: string[] = [];
  let spans: Span[] = [];
  let size = 0;
  const flush = () => {
    if (spans.some((s) => s.text.trim())) out.push(lineHtml({ spans, quote: line.quote }));
    spans = [];
    size = 0;
  };
  for (const atom of atoms) {
    let tail = spans[spans.length - 1];
    // Escaping is per character, so a span grown by an atom grows by the atom's escaped text.
    let cost = tail && sameStyle(tail, atom) ? escapeHtml(atom.text).length : spanHtml(atom).length;
    if (size + cost > budget) {
      flush();
      tail = undefined;
      cost = spanHtml(atom).length;
    }
    if (tail && sameStyle(tail, atom)) spans[spans.length - 1] = { ...tail, text: tail.text + atom.text };
    else spans.push(atom);
    size += cost;
  }
  flush();
  return out;
}
