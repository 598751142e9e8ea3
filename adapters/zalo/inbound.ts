import { z } from "zod";
import type { Inbound } from "../shared/inbound.js";
import { idOf, isObject } from "./json.js";

/**
 * Zalo's inbound events, read into what the channels act on. Anything that is not exactly a
 * user's message — wrong types, missing IDs, empty text — is `ignored`, never answered.
 */

const Id = z.unknown().transform((v, ctx) => idOf(v) ?? (ctx.addIssue({ code: "custom", message: "not a Zalo id" }), z.NEVER));
const Text = z.string().refine((t) => t.trim().length > 0, "empty text");

const OaUserEvent = z.object({
  event_name: z.string(),
  sender: z.object({ id: Id }),
  message: z.object({ msg_id: Id, text: z.unknown().optional() }),
});

/** The OA's events for a user's message that is not text. */
const OA_NOT_TEXT = /^user_send_(image|gif|sticker|audio|video|file|location|link|business_card)$/;

/**
 * An Official Account webhook event: `user_send_text` → text; a user's picture, sticker, voice…
 * → not-text; the OA's own `oa_send_*` echoes, follows, "seen" receipts → ignored.
 */
export function readOaEvent(body: unknown): Inbound {
  const event = isObject(body) && typeof body.event_name === "string" ? body.event_name : "";
  if (!event) return { kind: "ignored", event, why: "no event_name" };
  if (event.startsWith("oa_send_")) return { kind: "ignored", event, why: "the OA's own message" };
  if (event !== "user_send_text" && !OA_NOT_TEXT.test(event)) return { kind: "ignored", event, why: "not a user's message" };
  const parsed = OaUserEvent.safeParse(body);
  if (!parsed.success) return { kind: "ignored", event, why: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  const { sender, message } = parsed.data;
  if (event !== "user_send_text") return { kind: "not-text", messageId: message.msg_id, chatId: sender.id, event };
  const text = Text.safeParse(message.text);
  return text.success ? { kind: "text", messageId: message.msg_id, chatId: sender.id, text: text.data } : { kind: "ignored", event, why: "message.text is not text" };
}

const BotMessage = z.object({
  message_id: Id,
  chat: z.object({ id: Id }),
  text: z.unknown().optional(),
});

const BOT_NOT_TEXT = new Set(["message.image.received", "message.sticker.received", "message.unsupported.received"]);

/**
 * A Bot Platform update, flat (`{event_name, message}`) or wrapped (`{ok: true, result: {…}}`),
 * as webhooks and `getUpdates` bring them: `message.text.received` → text; a picture, sticker or
 * unsupported message → not-text; anything else → ignored.
 */
export function readBotUpdate(body: unknown): Inbound {
  const update = isObject(body) && body.ok === true && isObject(body.result) ? body.result : body;
  const event = isObject(update) && typeof update.event_name === "string" ? update.event_name : "";
  if (!event) return { kind: "ignored", event, why: "no event_name" };
  if (event !== "message.text.received" && !BOT_NOT_TEXT.has(event)) return { kind: "ignored", event, why: "not a user's message" };
  const parsed = BotMessage.safeParse((update as Record<string, unknown>).message);
  if (!parsed.success) return { kind: "ignored", event, why: parsed.error.issues.map((i) => `message.${i.path.join(".")}: ${i.message}`).join("; ") };
  const { message_id, chat, text } = parsed.data;
  if (event !== "message.text.received") return { kind: "not-text", messageId: message_id, chatId: chat.id, event };
  const t = Text.safeParse(text);
  return t.success ? { kind: "text", messageId: message_id, chatId: chat.id, text: t.data } : { kind: "ignored", event, why: "message.text is not text" };
}
