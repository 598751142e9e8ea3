import fc from "fast-check";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { FAKE_BOT, textProblem } from "../../fakes/telegram-api.js";
import { offlineBot } from "./offline.js";

// Updates Telegram could send — any text, entities anywhere, optional fields left out, captions
// far over any limit — never crash the bot, and whatever it sends Telegram would accept.

const WORDS = ["Long An", "lao cai", "Tóm tắt Long An", "/sosanh An Giang | Long An smartphone", "có dữ liệu tỉnh nào?", "@so_lieu_cds_bot", "/start", "/tinh", "/sosanh", "|", "/nguon", "so sánh", "An Giang", "<b>", "&amp;", "&", "<", ">", "😀", "tỷ lệ", "1.480", "\n", "  ", "còn", "nguồn?"];
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(" ")),
  fc.constantFrom(...WORDS).map((w) => w.repeat(700)),
);
const entity = fc.record({
  type: fc.constantFrom("mention", "text_mention", "bot_command", "bold", "url", "hashtag"),
  offset: fc.nat({ max: 400 }),
  length: fc.nat({ max: 400 }),
  user: fc.option(fc.constant({ id: FAKE_BOT.id, is_bot: true, first_name: FAKE_BOT.first_name }), { nil: undefined }),
});
const person = fc.record({ id: fc.integer({ min: 1, max: 50 }), is_bot: fc.constant(false), first_name: fc.string({ maxLength: 5 }), language_code: fc.option(fc.constantFrom("vi", "en", "en-US", "fr"), { nil: undefined }) });
const chat = fc.oneof(
  { arbitrary: person.map((p) => ({ id: p.id, type: "private" })), weight: 3 },
  fc.record({ id: fc.integer({ min: -1_000_010, max: -1_000_000 }), type: fc.constantFrom("group", "supergroup") }),
);
const botAuthor = { id: FAKE_BOT.id, is_bot: true, first_name: FAKE_BOT.first_name, username: FAKE_BOT.username };
const message = fc.record(
  {
    message_id: fc.nat(),
    date: fc.constant(0),
    chat,
    from: person,
    text,
    entities: fc.array(entity, { maxLength: 3 }),
    caption: fc.oneof(text, fc.string({ minLength: 5000, maxLength: 6000 })),
    caption_entities: fc.array(entity, { maxLength: 3 }),
    reply_to_message: fc.record({ message_id: fc.nat(), date: fc.constant(0), chat: fc.constant({ id: 1, type: "private" }), from: fc.constantFrom(botAuthor, { id: 5, is_bot: false, first_name: "x" }) }),
    sticker: fc.constant({ file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false }),
  },
  // Telegram always sends these; every other field may be missing.
  { requiredKeys: ["message_id", "date", "chat"] },
);
const callbackQuery = fc.record(
  {
    id: fc.uuid(),
    from: person,
    chat_instance: fc.constant("ci"),
    message: message,
    data: fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom("p:long-an", "p:khong-co", "s:AAAAAAAA:0", "s:x:99")),
  },
  { requiredKeys: ["id", "from", "chat_instance"] },
);
const inline = fc.record({ id: fc.uuid(), from: person, query: text, offset: fc.constant("") });
const update = fc.oneof(
  { arbitrary: message.map((m) => ({ message: m })), weight: 6 },
  message.map((m) => ({ edited_message: m })),
  message.map((m) => ({ channel_post: { ...m, from: undefined } })),
  { arbitrary: callbackQuery.map((c) => ({ callback_query: c })), weight: 2 },
  { arbitrary: inline.map((q) => ({ inline_query: q })), weight: 2 },
  fc.constant({ poll: { id: "p" } }),
  fc.constant({}),
);

describe("fuzzed updates", () => {
  it("never crash the bot, and every message it sends is valid HTML within Telegram's limits", async () => {
    const t = offlineBot();
    let id = 1;
    await fc.assert(
      fc.asyncProperty(update, async (u) => {
        const from = t.calls.length;
        await t.bot.handleUpdate({ ...u, update_id: id++ } as unknown as Update);
        for (const { method, payload } of t.calls.slice(from)) {
          if (method === "sendMessage") expect(textProblem(payload.text, payload.parse_mode, "text"), payload.text).toBeNull();
          if (method === "sendPhoto") expect(textProblem(payload.caption, payload.parse_mode, "caption"), payload.caption).toBeNull();
          if (method === "answerInlineQuery") for (const r of payload.results) expect(textProblem(r.input_message_content.message_text, "HTML", "text")).toBeNull();
          for (const b of payload.reply_markup?.inline_keyboard?.flat() ?? []) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
        }
        if ("callback_query" in u) expect(t.calls.slice(from).filter((c) => c.method === "answerCallbackQuery").length).toBe(1);
        expect(t.logs.filter((l) => l.level === "error")).toEqual([]);
      }),
      { numRuns: 250 },
    );
  }, 60_000);
});
