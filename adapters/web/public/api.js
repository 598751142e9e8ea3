import { ui } from "./messages.vi.js";

/**
 * @typedef {{ok: true, answer: any}} Answered
 * @typedef {{ok: false, message: string, retryable: boolean, retryAfterSeconds: number | null}} Refused
 * `retryable`: sending the same text again may work (network, rate limit, server failure);
 * a refused request (400, 413, 415) needs the text changed instead.
 */

/**
 * Sends one message to `POST /api/ask`. Never throws: a refusal (400, 413, 415, 429, 5xx) or a
 * network failure comes back as a message to show, the server's own when it sent one.
 * @param {string} chat conversation key
 * @param {string} text the message
 * @param {string} [command] the command of the suggestion sent, which decides how it is answered
 * @returns {Promise<Answered | Refused>}
 */
export async function ask(chat, text, command) {
  let response;
  try {
    response = await fetch("/api/ask", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(command ? { chat, text, command } : { chat, text }),
    });
  } catch {
    return { ok: false, message: ui.networkError, retryable: true, retryAfterSeconds: null };
  }
  const body = await response.json().catch(() => null);
  if (response.ok && body && typeof body.text === "string") return { ok: true, answer: body };
  const message = typeof body?.error?.message === "string" ? body.error.message : ui.unreadableReply;
  const retryAfter = Number(response.headers.get("retry-after"));
  const retryable = response.status === 429 || response.status >= 500 || response.ok;
  return { ok: false, message, retryable, retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null };
}
