import type { Update } from "grammy/types";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Assistant } from "../../../adapters/runtime/assistant.js";
import { FAKE_BOT, parseTelegramHtml } from "../../fakes/telegram-api.js";
import { offlineBot } from "./offline.js";
import { botMessage, buttonTap, groupText, inlineQuery, privateText } from "./updates.js";

// The handlers offline, as grammY tests bots: handleUpdate with canned updates, calls captured.
let nextUpdateId = 1;
const update = (u: Record<string, unknown>) => ({ ...u, update_id: nextUpdateId++ }) as unknown as Update;
const texts = (calls: { payload: Record<string, any> }[]) => calls.map((c) => parseTelegramHtml(c.payload.text as string)).map((p) => (p.ok ? p.text : `INVALID: ${p.error}`));

describe("a private message", () => {
  it("is answered after a typing action, in HTML, with the suggestions as buttons of short callback data", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(privateText(11, "Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?")));
    expect(t.calls.map((c) => c.method)).toEqual(["sendChatAction", "sendMessage"]);
    expect(t.calls[0]!.payload).toMatchObject({ chat_id: 11, action: "typing" });
    const sent = t.calls[1]!.payload;
    expect(sent.parse_mode).toBe("HTML");
    expect(sent.reply_parameters).toBeUndefined();
    const buttons = sent.reply_markup.inline_keyboard.flat() as { text: string; callback_data: string }[];
    expect(buttons.map((b) => b.text)).toEqual(["Chi tiết hơn", "Nguồn?", "Tóm tắt Long An"]);
    for (const [i, b] of buttons.entries()) expect(b.callback_data).toMatch(new RegExp(`^s:[\\w-]{12}:${i}$`));
  });

  it("is answered without a typing action when the answer is ready before TELEGRAM_TYPING_AFTER_MS", async () => {
    const t = offlineBot({ typingAfterMs: 5_000 });
    await t.bot.handleUpdate(update(privateText(14, "Long An có bao nhiêu doanh nghiệp công nghệ số?")));
    expect(t.calls.map((c) => c.method)).toEqual(["sendMessage"]);
  });

  it("gets the per-chat limit's words once the chat writes too fast", async () => {
    const t = offlineBot({ chatLimitPerMinute: 2 });
    for (let i = 0; i < 3; i++) await t.bot.handleUpdate(update(privateText(12, "xin chào")));
    expect(texts(t.of("sendMessage")).at(-1)).toBe("Bạn gửi nhanh quá. Vui lòng đợi khoảng 60 giây rồi hỏi tiếp nhé.");
  });

  it("without words (a sticker) gets a request for text", async () => {
    const t = offlineBot();
    const sticker = privateText(13, "");
    delete sticker.message.text;
    sticker.message.sticker = { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false };
    await t.bot.handleUpdate(update(sticker));
    expect(texts(t.of("sendMessage"))).toEqual(["Tôi chỉ đọc được tin nhắn chữ. Bạn gõ câu hỏi nhé, ví dụ: “Lào Cai có bao nhiêu dịch vụ công trực tuyến?”"]);
  });

  it("whose reply Telegram refuses is logged, the person told, and the bot keeps serving", async () => {
    const t = offlineBot();
    t.refuseNext("sendMessage", "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0");
    await t.bot.handleUpdate(update(privateText(14, "Long An có bao nhiêu doanh nghiệp công nghệ số?")));
    expect(t.logs.some((l) => l.level === "error" && l.msg === "Telegram update failed" && l.chat_id === 14)).toBe(true);
    expect(texts(t.of("sendMessage")).at(-1)).toBe("Xin lỗi, máy chủ gặp sự cố. Bạn thử lại sau ít phút nhé.");
    await t.bot.handleUpdate(update(privateText(14, "Long An có bao nhiêu doanh nghiệp công nghệ số?")));
    expect(texts(t.of("sendMessage")).at(-1)).toMatch(/^Long An: 277 doanh nghiệp công nghệ số/);
  });

  it("from a person who has since blocked the bot is logged as a warning, with no reply attempted", async () => {
    const t = offlineBot();
    t.refuseNext("sendMessage", "Forbidden: bot was blocked by the user", 403);
    await t.bot.handleUpdate(update(privateText(15, "xin chào")));
    expect(t.of("sendMessage").length).toBe(1);
    expect(t.logs.filter((l) => l.level === "error")).toEqual([]);
    expect(t.logs.some((l) => l.level === "warn" && l.msg === "chat unreachable" && l.chat_id === 15)).toBe(true);
  });
});

describe("a command", () => {
  afterEach(() => vi.restoreAllMocks());
  // What reaches the core: the command as data, never Telegram's syntax.
  const asked = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map(([m]) => m as { text: string; command?: string }).map(({ text, command }) => ({ text, command }));

  it("reaches the core as data: /tinh@bot is the command list, /tinh Lào Cai an overview of the words, /nguon the sources", async () => {
    const t = offlineBot();
    const ask = vi.spyOn(Assistant.prototype, "ask");
    await t.bot.handleUpdate(update(privateText(51, `/tinh@${FAKE_BOT.username}`)));
    await t.bot.handleUpdate(update(privateText(51, "/tinh Lào Cai")));
    await t.bot.handleUpdate(update(privateText(51, "/nguon")));
    await t.bot.handleUpdate(update(privateText(51, "/sosanh An Giang | Long An smartphone")));
    expect(asked(ask)).toEqual([
      { text: "", command: "list" },
      { text: "Lào Cai", command: "overview" },
      { text: "", command: "sources" },
      { text: "An Giang, Long An smartphone", command: "compare" },
    ]);
    expect(texts(t.of("sendMessage")).map((s) => s.split("\n")[0])[0]).toBe("Các tỉnh có dữ liệu:");
  });

  it("this bot does not have is answered as /help, with the list of commands", async () => {
    const t = offlineBot();
    const ask = vi.spyOn(Assistant.prototype, "ask");
    await t.bot.handleUpdate(update(privateText(52, "/xyz")));
    expect(asked(ask)).toEqual([{ text: "", command: "help" }]);
    expect(texts(t.of("sendMessage")).join("\n")).toContain("Các lệnh:\n/tinh — các tỉnh có dữ liệu");
  });

  it("behind a suggestion button is sent with the button's words", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(privateText(53, "Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?")));
    const keyboard = t.of("sendMessage")[0]!.payload.reply_markup.inline_keyboard as { callback_data: string }[][];
    const ask = vi.spyOn(Assistant.prototype, "ask");
    for (const [button] of keyboard) await t.bot.handleUpdate(update(buttonTap(53, botMessage(53, 1), button!.callback_data)));
    expect(asked(ask)).toEqual([
      { text: "Chi tiết hơn", command: "more" },
      { text: "Nguồn?", command: "sources" },
      { text: "Tóm tắt Long An", command: "overview" },
    ]);
  });
});

describe("a button", () => {
  it("is answered at once, then asks its suggestion", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(privateText(21, "Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?")));
    const data = t.of("sendMessage")[0]!.payload.reply_markup.inline_keyboard[2][0].callback_data as string;
    t.calls.length = 0;
    await t.bot.handleUpdate(update(buttonTap(21, botMessage(21, 1), data)));
    expect(t.calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendChatAction", "sendMessage"]);
    expect(texts(t.of("sendMessage"))[0]).toMatch(/^Long An — chuyển đổi số qua các con số:/);
  });

  it("whose suggestion is unknown (expired) says so", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(buttonTap(22, botMessage(22, 1), "s:AAAAAAAA:0")));
    expect(t.calls.map((c) => [c.method, c.payload.text])).toEqual([["answerCallbackQuery", "Gợi ý này đã cũ. Bạn gõ câu hỏi nhé."]]);
  });

  it("with data this bot never made is answered too", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(buttonTap(23, botMessage(23, 1), "x".repeat(64))));
    expect(t.calls.map((c) => [c.method, c.payload.text])).toEqual([["answerCallbackQuery", "Nút này không còn dùng được."]]);
  });
});

describe("commands", () => {
  it("/sosanh A | B asks the comparison and sends its chart", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(privateText(31, "/sosanh An Giang | Long An smartphone")));
    expect(t.calls.map((c) => c.method)).toEqual(["sendChatAction", "sendMessage", "sendChatAction", "sendPhoto"]);
    expect(texts(t.of("sendMessage"))[0]).toMatch(/^So sánh smartphone:\n/);
    expect(t.of("sendPhoto")[0]!.payload.caption).toMatch(/^<b>So sánh smartphone<\/b>/);
    expect(t.of("sendChatAction")[1]!.payload.action).toBe("upload_photo");
  });

  it("/sosanh sends its chart without chat actions when answer and chart are ready before TELEGRAM_TYPING_AFTER_MS", async () => {
    const t = offlineBot({ typingAfterMs: 5_000 });
    await t.bot.handleUpdate(update(privateText(33, "/sosanh An Giang | Long An smartphone")));
    expect(t.calls.map((c) => c.method)).toEqual(["sendMessage", "sendPhoto"]);
  });

  it("/start with an unknown payload greets", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(privateText(32, "/start khong-co-tinh-nay")));
    expect(texts(t.of("sendMessage"))[0]).toMatch(/^Xin chào!/);
  });

  it("/start with a current province's key opens the former provinces' data (Tây Ninh → Long An)", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(privateText(33, "/start tay-ninh")));
    expect(texts(t.of("sendMessage"))[0]).toMatch(/^Long An — chuyển đổi số qua các con số:/);
  });
});

describe("a group", () => {
  const GROUP = -100_42;

  it("ignores a message to others and a command for another bot", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(groupText(GROUP, 41, "Long An có bao nhiêu doanh nghiệp công nghệ số?")));
    await t.bot.handleUpdate(update(groupText(GROUP, 41, "/tinh@another_bot")));
    expect(t.calls).toEqual([]);
  });

  it("answers a mention by name, without the name, replying to the message", async () => {
    const t = offlineBot();
    const asked = groupText(GROUP, 42, `Long An có bao nhiêu doanh nghiệp công nghệ số @${FAKE_BOT.username}?`);
    await t.bot.handleUpdate(update(asked));
    const sent = t.of("sendMessage")[0]!.payload;
    expect(sent.reply_parameters).toEqual({ message_id: asked.message.message_id, allow_sending_without_reply: true });
    expect(texts([{ payload: sent }])[0]).toMatch(/^Long An: 277 doanh nghiệp công nghệ số/);
  });

  it("answers a mention of the bot's account (text_mention) and a command addressed to it", async () => {
    const t = offlineBot();
    const byAccount = groupText(GROUP, 43, "Trợ lý xin chào");
    byAccount.message.entities = [{ type: "text_mention", offset: 0, length: 6, user: { id: FAKE_BOT.id, is_bot: true, first_name: FAKE_BOT.first_name } }];
    await t.bot.handleUpdate(update(byAccount));
    await t.bot.handleUpdate(update(groupText(GROUP, 43, `/tinh@${FAKE_BOT.username}`)));
    expect(texts(t.of("sendMessage")).map((s) => s.split("\n")[0])).toEqual([expect.stringMatching(/^Xin chào!/), "Các tỉnh có dữ liệu:"]);
  });

  it("keeps each member's conversation apart", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(groupText(GROUP, 44, `@${FAKE_BOT.username} Long An có bao nhiêu doanh nghiệp công nghệ số?`)));
    await t.bot.handleUpdate(update(groupText(GROUP, 45, `@${FAKE_BOT.username} còn số lao động thì sao?`)));
    await t.bot.handleUpdate(update(groupText(GROUP, 44, `@${FAKE_BOT.username} còn số lao động thì sao?`)));
    const [, other, same] = texts(t.of("sendMessage"));
    expect(other).not.toContain("4.700");
    expect(same).toContain("4.700");
  });
});

describe("inline mode", () => {
  it("answers an empty query with the button to a private chat", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(inlineQuery(51, "  ")));
    expect(t.calls.map((c) => [c.method, c.payload.results, c.payload.button])).toEqual([["answerInlineQuery", [], { text: "Hỏi trong chat riêng với bot", start_parameter: "inline" }]]);
  });

  it("answers a question without figures with the answer itself", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(update(inlineQuery(52, "Quảng Ninh chuyển đổi số thế nào?")));
    const [result] = t.of("answerInlineQuery")[0]!.payload.results;
    expect(result.title).toBe("Chưa có số liệu");
    expect(texts([{ payload: { text: result.input_message_content.message_text } }])[0]).toMatch(/^Tôi chưa có bài viết nào về Quảng Ninh/);
  });
});

describe("updates without an update_id", () => {
  it("are ignored", async () => {
    const t = offlineBot();
    await t.bot.handleUpdate(privateText(61, "xin chào") as unknown as Update);
    expect(t.calls).toEqual([]);
    expect(t.logs.some((l) => l.msg === "update without an update_id ignored")).toBe(true);
  });
});
