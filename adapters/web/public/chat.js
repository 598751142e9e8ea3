/**
 * The web chat's entry: keeps the conversation key, sends what the user types or taps to the
 * API, and appends the bubbles. One request at a time; a failed one keeps the user's text.
 * "New conversation" starts over with a fresh key, as chat apps do.
 */
import { isChatId, newChatId } from "./answer-text.js";
import { ask } from "./api.js";
import { ui } from "./messages.vi.js";
import { botAnswer, botNotice, errorMessage, markFailed, typingIndicator, userMessage } from "./render.js";

const CHAT_KEY = "cds-chat-id";
/** Tallest the message box grows to as lines are typed, in pixels (about five lines); it scrolls beyond. */
const INPUT_MAX_HEIGHT = 132;

const log = /** @type {HTMLElement} */ (document.getElementById("log"));
const form = /** @type {HTMLFormElement} */ (document.getElementById("composer"));
const input = /** @type {HTMLTextAreaElement} */ (document.getElementById("message"));
const send = /** @type {HTMLButtonElement} */ (document.getElementById("send"));
const newChat = /** @type {HTMLButtonElement} */ (document.getElementById("new-chat"));
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

/** A fresh conversation key. */
const freshKey = () => newChatId(crypto.getRandomValues(new Uint8Array(12)));

let chat = conversationKey();
let busy = false;
/** Counts the conversations of this page: a reply that comes back after "new conversation" belongs to none shown. */
let conversation = 0;

/**
 * The key of this tab's conversation: kept in sessionStorage so a reload continues it (the
 * server keeps the context), new in a new tab. Storage may be refused (private modes): the key
 * then lives as long as the page.
 */
function conversationKey() {
  try {
    const stored = sessionStorage.getItem(CHAT_KEY);
    if (isChatId(stored)) return /** @type {string} */ (stored);
  } catch {
    // No storage: a fresh key serves this page.
  }
  return keep(freshKey());
}

/** Keeps a key for reloads of this tab, where storage allows; returns it. */
function keep(key) {
  try {
    sessionStorage.setItem(CHAT_KEY, key);
  } catch {
    // No storage: the key lives as long as the page.
  }
  return key;
}

/**
 * Sends one message and shows the exchange. While it is in flight the send button is off and
 * further sends are ignored. On failure the user's bubble is marked, the reason is shown (with a
 * "send again" button when sending the same text may work), and text typed in the box comes
 * back to it unless something new was typed.
 * @param {string} text
 * @param {{fromInput?: boolean, command?: string}} [options] `command`: a chip's, sent with its text
 */
async function submit(text, { fromInput = false, command } = {}) {
  const question = text.trim();
  if (busy || !question) return;
  busy = true;
  send.disabled = true;
  const mine = userMessage(question);
  append(mine);
  if (fromInput) setInput("");
  const typing = typingIndicator();
  append(typing);
  const asked = conversation;
  const reply = await ask(chat, question, command);
  if (asked !== conversation) return;
  typing.remove();
  busy = false;
  send.disabled = false;
  if (reply.ok) {
    reveal(append(botAnswer(reply.answer, (t, c) => void submit(t, { command: c }))));
    return;
  }
  markFailed(mine);
  append(errorMessage(reply.message, reply.retryable ? { onRetry: () => void submit(question, { command }), retryAfterSeconds: reply.retryAfterSeconds } : {}));
  if (fromInput && !input.value) setInput(question);
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

/** Sets the message box's text and fits its height to it. */
function setInput(text) {
  input.value = text;
  fitInput();
}

/** The message box as tall as its lines, up to {@link INPUT_MAX_HEIGHT}. */
function fitInput() {
  input.style.height = "auto";
  input.style.height = `${Math.min(input.scrollHeight, INPUT_MAX_HEIGHT)}px`;
}

/** The greeting that opens every conversation. */
function greet() {
  append(botNotice(ui.greeting, ui.starters, (t, c) => void submit(t, { command: c })));
}

/** Starts over: a fresh key (so the server keeps no context), an empty log and box, the greeting. */
function startNewConversation() {
  conversation += 1;
  chat = keep(freshKey());
  busy = false;
  send.disabled = false;
  log.replaceChildren();
  setInput("");
  greet();
  input.focus();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!input.value.trim()) {
    input.focus();
    return;
  }
  void submit(input.value, { fromInput: true });
});

// Enter sends, Shift+Enter breaks the line; Enter that ends a word being composed (Vietnamese
// Telex or VNI input, on phones and desktops) only ends the composition.
input.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || event.shiftKey || event.isComposing || event.keyCode === 229) return;
  event.preventDefault();
  form.requestSubmit();
});
input.addEventListener("input", fitInput);
newChat.addEventListener("click", startNewConversation);

greet();
