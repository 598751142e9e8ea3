import { byArticle, quotePreview, safeLink } from "./answer-text.js";
import { ui } from "./messages.vi.js";

/**
 * @typedef {{n: number, articleId: string, title: string, source: string | null, url: string | null, date: string | null, quote: string}} Citation
 * @typedef {{raw: string, citation: number}} CitedFact
 */

/**
 * Opens citation `n` of the answer `id` and moves the focus to its button (what a "[n]" marker
 * in the text does).
 * @param {HTMLElement} scope the answer's bubble
 * @param {string} id the answer's id
 * @param {number} n
 */
export function openCitation(scope, id, n) {
  const toggle = scope.querySelector(`#${id}-c${n}-toggle`);
  if (!(toggle instanceof HTMLButtonElement)) return;
  setExpanded(toggle, true);
  toggle.focus();
}

/**
 * The sources of one answer, by article: each article named once, in full — its title a link to
 * it when its address is known, its publisher and date under it — then the numbered quotes taken
 * from it, each a button (aria-expanded, aria-controls) that shows or hides the whole quoted
 * sentence. Closed, a quote shows its words around its figure, so quotes of one article differ.
 * @param {readonly Citation[]} citations
 * @param {readonly CitedFact[]} facts the figures the answer states, to preview each quote at its own
 * @param {string} label the sources' label in the answer's language
 * @param {string} id the answer's id, prefix of the panels' ids
 * @returns {HTMLElement}
 */
export function citationList(citations, facts, label, id) {
  const section = document.createElement("section");
  section.className = "sources";
  section.setAttribute("aria-labelledby", `${id}-sources`);
  const heading = document.createElement("h2");
  heading.className = "sources-title";
  heading.id = `${id}-sources`;
  heading.textContent = label;
  const articles = document.createElement("ul");
  articles.className = "articles";
  for (const group of byArticle(citations)) {
    const item = document.createElement("li");
    item.className = "article";
    item.append(articleName(group.article));
    const quotes = document.createElement("ol");
    quotes.className = "citations";
    for (const c of group.citations) quotes.append(citationItem(c, facts, id));
    item.append(quotes);
    articles.append(item);
  }
  section.append(heading, articles);
  return section;
}

/** An article's title (a link when its address is known) and its publisher and date. */
function articleName(c) {
  const name = document.createElement("div");
  name.className = "article-name";
  const title = document.createElement("cite");
  title.className = "source-title";
  const href = safeLink(c.url);
  if (href) {
    const link = document.createElement("a");
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.textContent = c.title;
    link.setAttribute("aria-label", ui.openArticle(c.title));
    title.append(link);
  } else title.textContent = c.title;
  name.append(title);
  const details = [c.source ? `${ui.sourceLabel}: ${c.source}` : null, c.date ? `${ui.dateLabel}: ${c.date}` : null].filter(Boolean);
  if (details.length > 0) {
    const meta = document.createElement("p");
    meta.className = "citation-meta";
    meta.textContent = details.join(" · ");
    name.append(meta);
  }
  return name;
}

/** One numbered quote: its button with the preview, and the panel with the whole sentence. */
function citationItem(c, facts, id) {
  const panelId = `${id}-c${c.n}`;
  const item = document.createElement("li");
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "citation-toggle";
  toggle.id = `${panelId}-toggle`;
  toggle.setAttribute("aria-controls", panelId);
  const number = document.createElement("span");
  number.className = "citation-n";
  number.textContent = String(c.n);
  const preview = document.createElement("span");
  preview.className = "citation-preview";
  preview.textContent = quotePreview(
    c.quote,
    facts.filter((f) => f.citation === c.n).map((f) => f.raw),
  );
  // Open, the button names what it shows instead: the whole quote is under it.
  const shown = document.createElement("span");
  shown.className = "citation-shown";
  shown.textContent = ui.quoteLabel;
  toggle.append(number, preview, shown);
  const panel = document.createElement("div");
  panel.className = "citation-detail";
  panel.id = panelId;
  const quote = document.createElement("blockquote");
  quote.className = "quote";
  quote.textContent = `“${c.quote}”`;
  panel.append(quote);
  setExpanded(toggle, false, panel);
  toggle.addEventListener("click", () => setExpanded(toggle, toggle.getAttribute("aria-expanded") !== "true"));
  item.append(toggle, panel);
  return item;
}

/** Shows or hides a citation's panel and says so on its button. */
function setExpanded(toggle, open, panel = document.getElementById(toggle.getAttribute("aria-controls") ?? "")) {
  toggle.setAttribute("aria-expanded", String(open));
  if (panel) panel.hidden = !open;
}
