import { answerParts, lineKind, segments } from "./answer-text.js";
import { barChart } from "./chart.js";
import { citationList, openCitation } from "./citations.js";
import { ui } from "./messages.vi.js";

/** Numbers the answers, so their citation panels get ids unique on the page (aria-controls needs them). */
let messageCount = 0;

const clock = new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit" });

/**
 * @typedef {{label: string, text: string}} Suggestion
 * @typedef {(text: string) => void} AskHandler
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
 * The bot's reply: the headline with its figures highlighted, a bar chart when the answer has a
 * series, the body with "[n]" markers as buttons, the numbered citations (each expands to the
 * quoted sentence and its article), and the suggestions as chips that send their text.
 * @param {any} answer the JSON answer contract
 * @param {AskHandler} onAsk called with a chip's text
 * @returns {HTMLElement}
 */
export function botAnswer(answer, onAsk) {
  const id = `m${++messageCount}`;
  const { message, bubble } = shell("bot");
  // Sources and charts need the room; a short reply keeps a bubble fitted to its text.
  if (answer.citations.length > 0 || answer.series.length > 0) message.classList.add("msg-wide");
  const { headline, body } = answerParts(answer);
  const citationNumbers = answer.citations.map((c) => c.n);
  const showCitation = (n) => openCitation(bubble, id, n);

  if (headline) {
    const h = document.createElement("p");
    h.className = "headline";
    h.append(...inline(headline, { figures: answer.facts.map((f) => f.raw), citations: citationNumbers }, showCitation));
    bubble.append(h);
  }
  if (answer.series.length > 0) bubble.append(barChart(answer.series, (headline ?? answer.headline).replace(/:\s*$/, "")));
  if (body) bubble.append(bodyText(body, citationNumbers, showCitation));
  if (answer.citations.length > 0) bubble.append(citationList(answer.citations, id));
  bubble.append(timestamp());
  if (answer.suggestions.length > 0) message.append(chips(answer.suggestions, onAsk));
  return message;
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
  bubble.append(bodyText(text, [], () => {}), timestamp());
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

/** Lines of text laid out by {@link lineKind}; a blank line is a paragraph gap. */
function bodyText(text, citationNumbers, openCitation) {
  const box = document.createElement("div");
  box.className = "body";
  let gap = false;
  for (const line of text.split("\n")) {
    if (!line.trim()) {
      gap = true;
      continue;
    }
    const p = document.createElement("p");
    p.className = `line ${lineKind(line)}${gap ? " gap" : ""}`;
    p.append(...inline(line, { citations: citationNumbers }, openCitation));
    box.append(p);
    gap = false;
  }
  return box;
}

/** Text with figures as <strong> and citation markers as buttons opening the citation. */
function inline(text, marks, openCitation) {
  return segments(text, marks).map((s) => {
    if (s.kind === "text") return document.createTextNode(s.text);
    if (s.kind === "figure") {
      const strong = document.createElement("strong");
      strong.className = "figure";
      strong.textContent = s.text;
      return strong;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.className = "cite-marker";
    button.textContent = s.text;
    button.setAttribute("aria-label", ui.citeButton(s.n));
    button.addEventListener("click", () => openCitation(s.n));
    return button;
  });
}

/** Chips sending a follow-up; a chip's text is what the bot suggested, sent as is. */
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
    chip.addEventListener("click", () => onAsk(s.text));
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
