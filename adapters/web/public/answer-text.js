/**
 * Pure helpers of the web chat: how an answer's plain text is cut into what the page shows.
 * No DOM here, so the rules are tested in Node (test/adapters/web/answer-text.test.ts).
 */

/** The line that opens the plain-text list of sources, which the page shows as buttons instead. */
const SOURCES_LINE = "Nguồn:";

/** A "[1]" marker in the text. */
const MARKER = /\[(\d+)\]/g;

/** Longest line ending in ":" read as a subheading rather than a sentence. */
const SUBHEAD_MAX = 40;

/** Characters a chat key may use on the API (a subset of what it accepts), up to 128. */
const CHAT_ID = /^[A-Za-z0-9_.:@-]{1,128}$/;

/**
 * Splits an answer into the headline the page highlights and the body it shows under it.
 * The headline is highlighted only when the answer cites something (a figure, a comparison…):
 * greetings, "no data" and clarifications have no figure to stand out, and their headline is
 * most of their text. The body drops the plain "Nguồn:" block (citations are rendered as
 * buttons) and the "• …" lines that repeat a suggestion word for word (they become chips).
 * @param {{text: string, headline: string, citations: readonly unknown[], suggestions: readonly {text: string}[]}} answer
 * @returns {{headline: string | null, body: string}}
 */
export function answerParts(answer) {
  let text = answer.text;
  if (answer.citations.length > 0) {
    const lines = text.split("\n");
    const sources = lines.indexOf(SOURCES_LINE);
    if (sources >= 0) text = lines.slice(0, sources).join("\n");
  }
  let headline = null;
  if (answer.citations.length > 0 && answer.headline && text.startsWith(answer.headline)) {
    headline = answer.headline;
    text = text.slice(headline.length);
  }
  const asChips = new Set(answer.suggestions.map((s) => `• ${s.text}`));
  const body = text
    .split("\n")
    .filter((line) => !asChips.has(line.trim()))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { headline, body };
}

/**
 * How a line of the body is laid out: "bullet" ("• …") and "item" ("1. …") with a hanging
 * indent, "subhead" for a short line introducing what follows ("Kinh tế số:"), else "text".
 * @param {string} line
 * @returns {"bullet" | "item" | "subhead" | "text"}
 */
export function lineKind(line) {
  if (line.startsWith("• ")) return "bullet";
  if (/^\d+\. /.test(line)) return "item";
  if (line.endsWith(":") && line.length <= SUBHEAD_MAX) return "subhead";
  return "text";
}

/**
 * Cuts a line into plain text, figures to highlight and citation markers to turn into buttons.
 * A marker whose number is not a citation of the answer stays text; a figure is matched whole
 * (not "3" inside "2023", nor "1.48" inside "1.480"), first occurrence of each, longest first.
 * @param {string} text
 * @param {{figures?: readonly string[], citations?: readonly number[]}} [marks]
 * @returns {Array<{kind: "text" | "figure", text: string} | {kind: "cite", text: string, n: number}>}
 */
export function segments(text, marks = {}) {
  const known = new Set(marks.citations ?? []);
  /** @type {Array<{start: number, end: number, kind: "figure" | "cite", n?: number}>} */
  const spans = [];
  for (const m of text.matchAll(MARKER)) {
    const n = Number(m[1]);
    if (known.has(n)) spans.push({ start: m.index, end: m.index + m[0].length, kind: "cite", n });
  }
  const figures = [...new Set(marks.figures ?? [])].filter((f) => f.trim()).sort((a, b) => b.length - a.length);
  for (const figure of figures) {
    const at = findWhole(text, figure, spans);
    if (at >= 0) spans.push({ start: at, end: at + figure.length, kind: "figure" });
  }
  spans.sort((a, b) => a.start - b.start);
  /** @type {ReturnType<typeof segments>} */
  const out = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start > pos) out.push({ kind: "text", text: text.slice(pos, s.start) });
    const piece = text.slice(s.start, s.end);
    out.push(s.kind === "cite" ? { kind: "cite", text: piece, n: /** @type {number} */ (s.n) } : { kind: "figure", text: piece });
    pos = s.end;
  }
  if (pos < text.length) out.push({ kind: "text", text: text.slice(pos) });
  return out;
}

/** First index of `figure` in `text` standing as a whole number, outside the spans taken. */
function findWhole(text, figure, taken) {
  const isDigit = (c) => c !== undefined && /\p{N}/u.test(c);
  const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
    const end = at + figure.length;
    const before = text[at - 1];
    const after = text[end];
    // "1.48" inside "1.480" or "66,2" before ",5": a separator followed by a digit continues it.
    const continues = isDigit(after) || ((after === "." || after === ",") && isDigit(text[end + 1]));
    const overlaps = taken.some((s) => at < s.end && s.start < end);
    if (!isWordChar(before) && !continues && !overlaps) return at;
  }
  return -1;
}

/**
 * The figure a chart bar shows: the raw figure, followed by its unit unless that is "%" (the
 * raw figure already ends with it) or absent.
 * @param {{raw: string, unit: string | null}} point
 * @returns {string}
 */
export function valueLabel(point) {
  return point.unit && point.unit !== "%" ? `${point.raw} ${point.unit}` : point.raw;
}

/**
 * Each bar's length as a share of the chart's width (0–1). A percentage is drawn against 100%
 * (or the largest percentage above it), so 66,2% fills about two thirds and a gap is not
 * exaggerated; any other figure against the largest non-percentage figure. A series mixing the
 * two (a rate beside a count) thus never draws "93%" as a sliver next to "1.600". Zero or
 * negative values draw no bar.
 * @param {readonly {value: number, unit: string | null}[]} series
 * @returns {number[]}
 */
export function barShares(series) {
  const isPercent = (p) => p.unit === "%";
  const maxPercent = Math.max(100, ...series.filter(isPercent).map((p) => p.value));
  const maxOther = Math.max(0, ...series.filter((p) => !isPercent(p)).map((p) => p.value));
  return series.map((p) => {
    const max = isPercent(p) ? maxPercent : maxOther;
    return max > 0 && p.value > 0 ? p.value / max : 0;
  });
}

/**
 * The address to link to when a citation has one: only http(s), so an article's metadata can
 * never put a `javascript:` link on the page.
 * @param {string | null} url
 * @returns {string | null}
 */
export function safeLink(url) {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * A new conversation key from random bytes: "web-" and their hex digits.
 * @param {Uint8Array} bytes
 * @returns {string}
 */
export function newChatId(bytes) {
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Whether a stored conversation key is still one the API accepts.
 * @param {unknown} id
 * @returns {boolean}
 */
export function isChatId(id) {
  return typeof id === "string" && CHAT_ID.test(id);
}
