import { safeLink } from "./answer-text.js";
import { ui } from "./messages.vi.js";

/**
 * @typedef {{n: number, title: string, source: string | null, url: string | null, date: string | null, quote: string}} Citation
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
 * The numbered sources of one answer: each a button (aria-expanded, aria-controls) that shows or
 * hides the quoted sentence, the publisher, the date and a link to the article when known.
 * @param {readonly Citation[]} citations
 * @param {string} id the answer's id, prefix of the panels' ids
 * @returns {HTMLElement}
 */
export function citationList(citations, id) {
  const section = document.createElement("section");
  section.className = "sources";
  section.setAttribute("aria-labelledby", `${id}-sources`);
  const heading = document.createElement("h2");
  heading.className = "sources-title";
  heading.id = `${id}-sources`;
  heading.textContent = ui.sourcesHeading;
  const list = document.createElement("ol");
  list.className = "citations";
  for (const c of citations) {
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
    const text = document.createElement("span");
    text.className = "citation-text";
    const title = document.createElement("cite");
    title.className = "citation-title";
    title.textContent = c.title;
    // One line of the quote while closed: several citations of one article stay distinguishable.
    const preview = document.createElement("span");
    preview.className = "citation-preview";
    preview.setAttribute("aria-hidden", "true");
    preview.textContent = c.quote;
    text.append(title, preview);
    toggle.append(number, text);
    const panel = citationPanel(c, panelId);
    setExpanded(toggle, false, panel);
    toggle.addEventListener("click", () => setExpanded(toggle, toggle.getAttribute("aria-expanded") !== "true"));
    item.append(toggle, panel);
    list.append(item);
  }
  section.append(heading, list);
  return section;
}

/** What a citation expands to: the quoted sentence, then the source, date and link. */
function citationPanel(c, panelId) {
  const panel = document.createElement("div");
  panel.className = "citation-detail";
  panel.id = panelId;
  const quote = document.createElement("blockquote");
  quote.className = "quote";
  quote.setAttribute("aria-label", ui.quoteLabel);
  quote.textContent = `“${c.quote}”`;
  panel.append(quote);
  // The article's title is on the button above; its publisher and date, when known, go here.
  const details = [c.source ? `${ui.sourceLabel}: ${c.source}` : null, c.date ? `${ui.dateLabel}: ${c.date}` : null].filter(Boolean);
  if (details.length > 0) {
    const meta = document.createElement("p");
    meta.className = "citation-meta";
    meta.textContent = details.join(" · ");
    panel.append(meta);
  }
  const href = safeLink(c.url);
  if (href) {
    const link = document.createElement("a");
    link.className = "citation-link";
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.textContent = ui.openArticle;
    panel.append(link);
  }
  return panel;
}

/** Shows or hides a citation's panel and says so on its button. */
function setExpanded(toggle, open, panel = document.getElementById(toggle.getAttribute("aria-controls") ?? "")) {
  toggle.setAttribute("aria-expanded", String(open));
  if (panel) panel.hidden = !open;
}
