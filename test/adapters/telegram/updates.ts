/**
 * Updates as Telegram sends them, for tests: private and group messages (commands carry their
 * `bot_command` entity, mentions their `mention` entity), button taps and inline queries.
 */
import { FAKE_BOT, type UpdateInput } from "../../fakes/telegram-api.js";

let messageId = 10_000;
let queryId = 1;
const now = () => Math.floor(Date.now() / 1000);

/** A person; `lang` is their client's language. */
export const person = (id: number, lang = "vi") => ({ id, is_bot: false, first_name: `Người ${id}`, language_code: lang });

function entitiesOf(text: string) {
  const entities: { type: string; offset: number; length: number }[] = [];
  const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const m of text.matchAll(/@\w{5,32}/g)) if (!(command && m.index < command[0].length)) entities.push({ type: "mention", offset: m.index, length: m[0].length });
  return entities.length ? { entities } : {};
}

/** A message in a private chat with person `userId`. */
export function privateMessage(userId: number, text: string, lang = "vi") {
  return { message_id: messageId++, date: now(), chat: { id: userId, type: "private", first_name: `Người ${userId}` }, from: person(userId, lang), text, ...entitiesOf(text) };
}

/** A private text message as an update. */
export function privateText(userId: number, text: string, lang = "vi"): UpdateInput {
  return { message: privateMessage(userId, text, lang) };
}

/** A group message by `userId`, optionally replying to `replyTo` (a message object). */
export function groupText(groupId: number, userId: number, text: string, replyTo?: Record<string, unknown>): UpdateInput {
  return {
    message: {
      message_id: messageId++,
      date: now(),
      chat: { id: groupId, type: "supergroup", title: "Nhóm chuyển đổi số" },
      from: person(userId),
      text,
      ...entitiesOf(text),
      ...(replyTo ? { reply_to_message: replyTo } : {}),
    },
  };
}

/** A message the bot sent earlier in `chatId` (to reply to, or to carry buttons). */
export function botMessage(chatId: number, messageIdOfBot: number, text = "…", type = "private") {
  return { message_id: messageIdOfBot, date: now(), chat: { id: chatId, type }, from: { id: FAKE_BOT.id, is_bot: true, first_name: FAKE_BOT.first_name, username: FAKE_BOT.username }, text };
}

/** A tap by `userId` on a button with `data` under `message`. */
export function buttonTap(userId: number, message: Record<string, unknown>, data: string): UpdateInput {
  return { callback_query: { id: `cb${queryId++}`, from: person(userId), message, chat_instance: "ci-1", data } };
}

/** An inline query `@bot <query>` by `userId`. */
export function inlineQuery(userId: number, query: string): UpdateInput {
  return { inline_query: { id: `iq${queryId++}`, from: person(userId), query, offset: "" } };
}
