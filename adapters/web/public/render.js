import { factRuns, statementRuns } from "./answer-text.js";
import { barChart } from "./chart.js";
import { citationList, openCitation } from "./citations.js";
import { ui } from "./messages.vi.js";

/** Numbers the answers, so their citation panels get ids unique on the page (aria-controls needs them). */
let messageCount = 0;

const clock = new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit" });

/**
 * @typedef {{label: string, text: string, command?: string}} Suggestion
 * @typedef {(text: string, command?: string) => void} AskHandler
 */

/**
 * A message the user sent: their text as typed (text nodes only, never markup).
 * @param {string} text
 * @returns {HTMLElement}
 */
export function userMessage(text) {
  const { message, bubble } = shell("user");
  const p = document.createElement("p");
  p.className = "user-text";
  p.textContent = text;
  bubble.append(p, timestamp());
  return message;
}

/**
 * Marks a sent message as not delivered (the answer never came), as chat apps do.
 * @param {HTMLElement} message the element {@link userMessage} returned
 */
export function markFailed(message) {
  message.classList.add("msg-failed");
  const badge = document.createElement("span");
  badge.className = "failed-badge";
  badge.textContent = ui.failedBadge;
  message.querySelector(".bubble")?.append(badge);
}

/**
 * The bot's reply, drawn from its blocks: the headline (its figure highlighted), a bar chart
 * where the answer has one, its lines (figures highlighted, "[n]" markers as buttons opening the
 * citation, sections under their titles), its notes, the numbered citations grouped by article
 * (each expands to the quoted sentence), and the suggestions as chips that send their text.
 * @param {any} answer the JSON answer contract
 * @param {AskHandler} onAsk called with a chip's text and command
 * @returns {HTMLElement}
 */
export function botAnswer(answer, onAsk) {
  const id = `m${++messageCount}`;
  const { message, bubble } = shell("bot");
  // Sources and charts need the room; a short reply keeps a bubble fitted to its text.
  if (answer.citations.length > 0 || answer.series.length > 0) message.classList.add("msg-wide");
  const cite = (n) => openCitation(bubble, id, n);
  /** @type {HTMLElement | null} */
  let body = null;
  const toBody = (lines) => {
    if (!lines.length) return;
    if (!body) bubble.append((body = element("div", "body")));
    body.append(...lines);
  };
  for (const block of answer.blocks) {
    // A headline stands out where the answer cites something; a greeting or a "no data" reply is all words.
    if (block.kind === "headline" && answer.citations.length > 0) bubble.append(headline(block, cite));
    else if (block.kind === "headline") toBody([line("text", [block.text])]);
    else if (block.kind === "series") bubble.append(barChart(answer.series, block.title));
    else if (block.kind === "citations") bubble.append(citationList(answer.citations, answer.facts, block.label, id));
    else toBody(blockLines(block, cite));
  }
  bubble.append(timestamp());
  if (answer.suggestions.length > 0) message.append(chips(answer.suggestions, onAsk));
  return message;
}

/** The headline: a figure's statement with the figure highlighted, or the headline's words. */
function headline(block, cite) {
  const p = element("p", "headline");
  if (block.statement) {
    if (block.verdict) p.append(`${block.verdict} `);
    p.append(...runs(statementRuns(block.statement), cite), ".");
  } else p.textContent = block.text;
  return p;
}

/** A block under the headline as lines of the body. */
function blockLines(block, cite) {
  switch (block.kind) {
    case "figure":
      return [line(block.rank === null ? "bullet" : "item", [block.rank === null ? "• " : `${block.rank}. `, ...runs(statementRuns(block.statement), cite)])];
    case "fact":
      return [line("bullet", ["• ", ...runs(factRuns(block), cite)])];
    case "line":
      return [line(block.bullet ? "bullet" : "text", [block.bullet ? `• ${block.text}` : block.text])];
    case "section":
      return [line("subhead", [block.title]), ...block.items.flatMap((item) => blockLines(item, cite))];
    case "note":
      return [line("note", [block.text])];
    // The suggestions are the chips under the bubble; the articles "nguồn?" lists are named in the citations.
    default:
      return [];
  }
}

/** One line of the body, laid out by its kind (a bullet or numbered item hangs its marker). */
function line(kind, content) {
  const p = element("p", `line ${kind}`);
  p.append(...content);
  return p;
}

/** Runs as nodes: words as text, the figure as <strong>, a citation marker as a button opening the citation. */
function runs(list, cite) {
  return list.map((r) => {
    if (r.kind === "text") return document.createTextNode(r.text);
    if (r.kind === "figure") {
      const strong = element("strong", "figure");
      strong.textContent = r.text;
      return strong;
    }
    const button = element("button", "cite-marker");
    button.type = "button";
    button.textContent = `[${r.n}]`;
    button.setAttribute("aria-label", ui.citeButton(r.n));
    button.addEventListener("click", () => cite(r.n));
    return button;
  });
}

/**
 * The page's own greeting: a short text and chips to start with.
 * @param {string} text
 * @param {readonly Suggestion[]} starters
 * @param {AskHandler} onAsk
 * @returns {HTMLElement}
 */
export function botNotice(text, starters, onAsk) {
  const { message, bubble } = shell("bot");
  const body = element("div", "body");
  body.append(line("text", [text]));
  bubble.append(body, timestamp());
  if (starters.length > 0) message.append(chips(starters, onAsk));
  return message;
}

/**
 * A refusal or failure, said in the bot's place; with `onRetry`, a button that sends the message
 * again, off until `retryAfterSeconds` have passed when the server said how long to wait.
 * @param {string} text what went wrong (the server's message when it sent one)
 * @param {{onRetry?: () => void, retryAfterSeconds?: number | null}} [retry]
 * @returns {HTMLElement}
 */
export function errorMessage(text, { onRetry, retryAfterSeconds = null } = {}) {
  const { message, bubble } = shell("bot");
  message.classList.add("msg-error");
  const p = document.createElement("p");
  p.className = "line";
  p.textContent = text;
  bubble.append(p);
  if (onRetry) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "retry";
    button.textContent = ui.retry;
    button.addEventListener("click", onRetry);
    if (retryAfterSeconds) {
      button.disabled = true;
      setTimeout(() => (button.disabled = false), retryAfterSeconds * 1000);
    }
    bubble.append(button);
  }
  bubble.append(timestamp());
  return message;
}

/**
 * The "typing…" bubble shown while an answer is on its way.
 * @returns {HTMLElement}
 */
export function typingIndicator() {
  const { message, bubble } = shell("bot");
  message.classList.add("msg-typing");
  const label = document.createElement("span");
  label.className = "visually-hidden";
  label.textContent = ui.typing;
  const dots = document.createElement("span");
  dots.className = "dots";
  dots.setAttribute("aria-hidden", "true");
  for (let i = 0; i < 3; i++) dots.append(document.createElement("span"));
  bubble.append(label, dots);
  return message;
}

/** A message row and its bubble, with the author named for screen readers. */
function shell(author) {
  const message = document.createElement("div");
  message.className = `msg msg-${author}`;
  const bubble = document.createElement("div");
  bubble.className = "bubble";
  const who = document.createElement("span");
  who.className = "visually-hidden";
  who.textContent = `${author === "bot" ? ui.botAuthor : ui.userAuthor}: `;
  bubble.append(who);
  message.append(bubble);
  return { message, bubble };
}

/** Chips sending a follow-up; a chip's text and command are what the bot suggested, sent as they are. */
function chips(suggestions, onAsk) {
  const group = document.createElement("div");
  group.className = "chips";
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", ui.suggestionsLabel);
  for (const s of suggestions) {
    const chip = document.createElement("button");
    chip.type = "button";
    chip.className = "chip";
    chip.textContent = s.label;
    if (s.label !== s.text) chip.title = s.text;
    chip.addEventListener("click", () => onAsk(s.text, s.command));
    group.append(chip);
  }
  return group;
}

/** The time a message was shown, small in the bubble's corner. */
function timestamp() {
  const now = new Date();
  const time = document.createElement("time");
  time.className = "time";
  time.dateTime = now.toISOString();
  time.textContent = clock.format(now);
  return time;
}

/** An element with a class. */
function element(name, className) {
  const el = document.createElement(name);
  el.className = className;
  return el;
}
