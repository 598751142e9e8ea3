/**
 * The web chat's entry: keeps the conversation key, sends what the user types or taps to the
 * API, and appends the bubbles. One request at a time; a failed one keeps the user's text.
 */
import { isChatId, newChatId } from "./answer-text.js";
import { ask } from "./api.js";
import { ui } from "./messages.vi.js";
import { botAnswer, botNotice, errorMessage, markFailed, typingIndicator, userMessage } from "./render.js";

const CHAT_KEY = "cds-chat-id";

const log = /** @type {HTMLElement} */ (document.getElementById("log"));
const form = /** @type {HTMLFormElement} */ (document.getElementById("composer"));
const input = /** @type {HTMLInputElement} */ (document.getElementById("message"));
const send = /** @type {HTMLButtonElement} */ (document.getElementById("send"));
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

const chat = conversationKey();
let busy = false;

/**
 * The key of this tab's conversation: kept in sessionStorage so a reload continues it (the
 * server keeps the context), new in a new tab. Storage may be refused (private modes): the key
 * then lives as long as the page.
 */
function conversationKey() {
  const fresh = newChatId(crypto.getRandomValues(new Uint8Array(12)));
  try {
    const stored = sessionStorage.getItem(CHAT_KEY);
    if (isChatId(stored)) return /** @type {string} */ (stored);
    sessionStorage.setItem(CHAT_KEY, fresh);
  } catch {
    // No storage: the fresh key serves this page.
  }
  return fresh;
}

/**
 * Sends one message and shows the exchange. While it is in flight the send button is off and
 * further sends are ignored. On failure the user's bubble is marked, the reason is shown (with a
 * "send again" button when sending the same text may work), and text typed in the box comes
 * back to it unless something new was typed.
 * @param {string} text
 * @param {{fromInput?: boolean}} [options]
 */
async function submit(text, { fromInput = false } = {}) {
  const question = text.trim();
  if (busy || !question) return;
  busy = true;
  send.disabled = true;
  const mine = userMessage(question);
  append(mine);
  if (fromInput) input.value = "";
  const typing = typingIndicator();
  append(typing);
  const reply = await ask(chat, question);
  typing.remove();
  busy = false;
  send.disabled = false;
  if (reply.ok) {
    reveal(append(botAnswer(reply.answer, (t) => void submit(t))));
    return;
  }
  markFailed(mine);
  append(errorMessage(reply.message, reply.retryable ? { onRetry: () => void submit(question), retryAfterSeconds: reply.retryAfterSeconds } : {}));
  if (fromInput && !input.value) input.value = question;
}

/** Adds a message to the log and keeps the newest in view. */
function append(message) {
  log.append(message);
  log.scrollTo({ top: log.scrollHeight, behavior: reducedMotion.matches ? "auto" : "smooth" });
  return message;
}

/** A reply taller than the view is scrolled to its start, so its headline is what one sees (the log is the offset parent). */
function reveal(message) {
  if (message.offsetHeight > log.clientHeight) {
    log.scrollTo({ top: message.offsetTop - 8, behavior: reducedMotion.matches ? "auto" : "smooth" });
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!input.value.trim()) {
    input.focus();
    return;
  }
  void submit(input.value, { fromInput: true });
});

append(botNotice(ui.greeting, ui.starters, (t) => void submit(t)));
