/**
 * Pure helpers of the web chat: how an answer's blocks become runs of text, how its citations
 * group by article, how a bar is scaled. No DOM here, so the rules are tested in Node
 * (test/adapters/web/answer-text.test.ts).
 */

/** Characters a chat key may use on the API (a subset of what it accepts), up to 128. */
const CHAT_ID = /^[A-Za-z0-9_.:@-]{1,128}$/;

/** Characters of a quote shown before its figure in a citation's preview. */
const PREVIEW_LEAD = 40;

/**
 * @typedef {{before: string, figure: string, after: string}} Marked
 * @typedef {{place: string, goal: string | null, figure: Marked, measure: string | null, scope: string | null, period: string | null, citation: number}} Statement
 * @typedef {{kind: "text" | "figure", text: string} | {kind: "cite", n: number}} Run
 * @typedef {{n: number, articleId: string, title: string, source: string | null, url: string | null, date: string | null, quote: string}} Citation
 */

/**
 * @param {string} text
 * @returns {{kind: "text", text: string}}
 */
const words = (text) => ({ kind: "text", text });

/**
 * Words with their figure marked, as runs (empty runs left out).
 * @param {Marked} m
 * @returns {Run[]}
 */
function markedRuns(m) {
  /** @type {{kind: "text" | "figure", text: string}[]} */
  const runs = [words(m.before), { kind: "figure", text: m.figure }, words(m.after)];
  return runs.filter((r) => r.text);
}

/**
 * A statement as the answer's plain text says it, in runs: "Long An: " "92%" " — tỷ lệ … (2023) " [1].
 * @param {Statement} s
 * @returns {Run[]}
 */
export function statementRuns(s) {
  return [
    ...markedRuns({
      before: `${s.place}: ${s.goal ? `${s.goal} ` : ""}${s.figure.before}`,
      figure: s.figure.figure,
      after: `${s.figure.after}${s.measure ? ` — ${s.measure}` : ""}${s.scope ? `, ${s.scope}` : ""}${s.period ? ` (${s.period})` : ""} `,
    }),
    { kind: "cite", n: s.citation },
  ];
}

/**
 * A fact line in runs: the province when named, the article's words with the figure marked,
 * the goal word and the period in brackets, the citation.
 * @param {{place: string | null, words: Marked, goal: string | null, period: string | null, citation: number}} fact
 * @returns {Run[]}
 */
export function factRuns(fact) {
  const when = [fact.goal, fact.period].filter(Boolean).join(", ");
  return [
    ...markedRuns({ before: `${fact.place ? `${fact.place}: ` : ""}${fact.words.before}`, figure: fact.words.figure, after: `${fact.words.after}${when ? ` (${when})` : ""} ` }),
    { kind: "cite", n: fact.citation },
  ];
}

/**
 * Citations grouped by the article they quote, in the order of their first citation: an article
 * cited several times is named once, its quotes under it.
 * @param {readonly Citation[]} citations
 * @returns {{article: Citation, citations: Citation[]}[]}
 */
export function byArticle(citations) {
  /** @type {Map<string, {article: Citation, citations: Citation[]}>} */
  const groups = new Map();
  for (const c of [...citations].sort((a, b) => a.n - b.n)) {
    const group = groups.get(c.articleId);
    if (group) group.citations.push(c);
    else groups.set(c.articleId, { article: c, citations: [c] });
  }
  return [...groups.values()];
}

/**
 * What a closed citation shows of its quote: from a little before the first of its figures found
 * in it (cut at a word, "…" where cut), so that quotes of one article stay apart; else from its start.
 * @param {string} quote
 * @param {readonly string[]} figures the figures the citation backs, as written
 * @returns {string}
 */
export function quotePreview(quote, figures) {
  const at = Math.min(...figures.map((f) => (f ? quote.indexOf(f) : -1)).filter((i) => i >= 0));
  if (!Number.isFinite(at) || at <= PREVIEW_LEAD) return quote;
  let start = at - PREVIEW_LEAD;
  if (quote[start - 1] !== " ") {
    const space = quote.indexOf(" ", start);
    start = space >= 0 && space < at ? space + 1 : at;
  }
  return `…${quote.slice(start)}`;
}

/**
 * Each bar's length as a share of the chart's width (0–1). Percentages are drawn against 100%
 * (or the largest above it), so 66,2% fills about two thirds and a gap is not exaggerated; any
 * other figure against the largest. Zero or negative values draw no bar.
 * @param {readonly {value: number, unit: string | null}[]} series
 * @returns {number[]}
 */
export function barShares(series) {
  const percent = series.every((p) => p.unit === "%");
  const max = Math.max(percent ? 100 : 0, ...series.map((p) => p.value));
  return series.map((p) => (max > 0 && p.value > 0 ? p.value / max : 0));
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
