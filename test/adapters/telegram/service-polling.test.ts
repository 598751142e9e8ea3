import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram, type RecordedCall } from "../../fakes/telegram-api.js";
import { startTestService, type TestService } from "../../support/service.js";
import { botMessage, buttonTap, groupText, inlineQuery, privateText } from "./updates.js";

// The whole service with long polling (no TELEGRAM_WEBHOOK_URL), against a fake Bot API server.
const TOKEN = "123456:TEST-polling-abcdefghijklmnop";
let fake: FakeTelegram;
let svc: TestService;

beforeAll(async () => {
  fake = await FakeTelegram.start(TOKEN);
  svc = await startTestService({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url });
}, 60_000);
afterAll(async () => {
  await svc?.stop();
  await fake?.close();
});

const toChat = (chatId: number, method = "sendMessage") => (c: RecordedCall) => c.method === method && String(c.params.chat_id) === String(chatId);
const okTo = (chatId: number, method = "sendMessage") => (c: RecordedCall) => toChat(chatId, method)(c) && c.status === 200;

/** Pushes an update and waits for the first message the bot sends to `chatId` after it. */
async function reply(chatId: number, update: Record<string, unknown>): Promise<RecordedCall> {
  const after = fake.calls.length;
  fake.pushUpdate(update);
  return fake.waitFor(okTo(chatId), { after });
}

const buttonsOf = (c: RecordedCall): { text: string; callback_data: string }[] => (c.params.reply_markup?.inline_keyboard ?? []).flat();

describe("a private chat", () => {
  it("answers a question with the figure in bold, the quote in an expandable block quote and suggestions as buttons", async () => {
    const sent = await reply(101, privateText(101, "Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?"));
    expect(sent.params.parse_mode).toBe("HTML");
    expect(sent.params.text).toContain("<b>Long An: 1.480 dịch vụ công trực tuyến (tháng 8/2023) [1].</b>");
    expect(sent.params.text).toContain(
      "<blockquote expandable>“Kết nối <b>1.480</b> dịch vụ công trực tuyến với Cổng dịch vụ công quốc gia (tăng 1.300 dịch vụ so với năm 2020).”</blockquote>",
    );
    expect(sent.shown).toContain("[1] Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số");
    expect(buttonsOf(sent).map((b) => b.text)).toEqual(["Chi tiết hơn", "Nguồn?", "Tóm tắt Long An"]);
  });

  it("follows up across turns", async () => {
    await reply(102, privateText(102, "Long An có bao nhiêu doanh nghiệp công nghệ số?"));
    const sent = await reply(102, privateText(102, "còn số lao động thì sao?"));
    expect(sent.shown).toContain("4.700");
  });

  it("answers a button tap (answerCallbackQuery) and asks the button's question", async () => {
    const first = await reply(103, privateText(103, "Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?"));
    const sources = buttonsOf(first).find((b) => b.text === "Nguồn?")!;
    const tap = buttonTap(103, botMessage(103, first.response.result.message_id), sources.callback_data);
    const sent = await reply(103, tap);
    expect(fake.answered(tap.callback_query.id)).toBe(true);
    expect(sent.shown).toMatch(/^Nguồn của câu trả lời trước:/);
    expect(sent.shown).toContain("Kết nối 1.480 dịch vụ công trực tuyến");
  });
});

describe("commands", () => {
  it("/start greets with example questions as buttons", async () => {
    const sent = await reply(201, privateText(201, "/start"));
    expect(sent.shown).toMatch(/^Xin chào! Tôi là trợ lý số liệu chuyển đổi số\./);
    expect(buttonsOf(sent).length).toBe(3);
  });

  it("/start with a deep-link payload opens that province", async () => {
    const sent = await reply(202, privateText(202, "/start long-an"));
    expect(sent.shown).toMatch(/^Long An — chuyển đổi số qua các con số:/);
  });

  it("/help explains the bot and lists the commands", async () => {
    const sent = await reply(203, privateText(203, "/help"));
    expect(sent.shown).toMatch(/^Tôi tìm số liệu chuyển đổi số/);
    expect(sent.shown).toContain("Các lệnh:\n/tinh — các tỉnh có dữ liệu");
  });

  it("/tinh lists the provinces with data as buttons, and a tap opens one", async () => {
    const sent = await reply(204, privateText(204, "/tinh"));
    expect(sent.shown).toMatch(/^Các tỉnh có dữ liệu:/);
    const buttons = buttonsOf(sent);
    expect(buttons.map((b) => [b.text, b.callback_data])).toEqual([
      ["Long An", "p:long-an"],
      ["An Giang", "p:an-giang"],
      ["Lào Cai", "p:lao-cai"],
      ["Kiên Giang", "p:kien-giang"],
      ["Hậu Giang", "p:hau-giang"],
    ]);
    const tapped = await reply(204, buttonTap(204, botMessage(204, sent.response.result.message_id), "p:lao-cai"));
    expect(tapped.shown).toMatch(/^Lào Cai — chuyển đổi số qua các con số:/);
  });

  it("/tinh <province> gives its overview", async () => {
    const sent = await reply(205, privateText(205, "/tinh Hậu Giang"));
    expect(sent.shown).toMatch(/^Hậu Giang — chuyển đổi số qua các con số:/);
  });

  it("/sosanh A | B topic compares, with a bar chart captioned with the figures and sources", async () => {
    const after = fake.calls.length;
    const sent = await reply(206, privateText(206, "/sosanh An Giang | Long An tỷ lệ dùng smartphone"));
    // The bars' order is the core's; what each says is checked.
    expect(sent.shown).toMatch(/^So sánh tỷ lệ dùng smartphone:\n/);
    expect(sent.shown).toContain("• An Giang: 66,2% — Tỷ lệ dân số trưởng thành sử dụng Smartphone [");
    expect(sent.shown).toContain("• Long An: khoảng 88% — tỷ lệ người dân có điện thoại thông minh [");
    const photo = await fake.waitFor(okTo(206, "sendPhoto"), { after });
    expect(photo.photo!.subarray(1, 4).toString("latin1")).toBe("PNG");
    const [headline, bars, sources] = photo.shown!.split("\n\n");
    expect(headline).toBe("So sánh tỷ lệ dùng smartphone");
    expect(bars!.split("\n").sort()).toEqual([expect.stringMatching(/^• An Giang: 66,2% \[\d\]$/), expect.stringMatching(/^• Long An: khoảng 88% \[\d\]$/)]);
    expect(sources!.split("\n").map((l) => l.replace(/^\[\d\] /, "")).sort()).toEqual([
      "An Giang xác định đẩy nhanh quá trình chuyển đổi số là một trong những giải pháp đột phá…",
      "Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số",
    ]);
  });

  it("sends a ranking as a bar chart too, the bars in rank order, captioned with the figures and sources", async () => {
    const after = fake.calls.length;
    const sent = await reply(209, privateText(209, "xếp hạng các tỉnh về tỷ lệ dùng smartphone"));
    expect(sent.shown).toContain("1. Long An: khoảng 88% — tỷ lệ người dân có điện thoại thông minh [1]\n2. An Giang: 66,2% — Tỷ lệ dân số trưởng thành sử dụng Smartphone [2]\n");
    const photo = await fake.waitFor(okTo(209, "sendPhoto"), { after });
    // Multipart: the fake read the picture from a file part, and it is a PNG.
    expect(photo.photo!.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(photo.params.parse_mode).toBe("HTML");
    expect(photo.params.caption).toContain("<b>Xếp theo tỷ lệ dùng smartphone, trong các tỉnh có bài viết</b>");
    expect(photo.shown).toBe(
      "Xếp theo tỷ lệ dùng smartphone, trong các tỉnh có bài viết\n\n" +
        "• Long An: khoảng 88% [1]\n• An Giang: 66,2% [2]\n\n" +
        "[1] Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số\n" +
        "[2] An Giang xác định đẩy nhanh quá trình chuyển đổi số là một trong những giải pháp đột phá…",
    );
  });

  it("/sosanh without provinces says how to use it", async () => {
    const sent = await reply(207, privateText(207, "/sosanh"));
    expect(sent.shown).toBe("Cách dùng: /sosanh Tỉnh A | Tỉnh B [chủ đề], ví dụ: /sosanh An Giang | Long An tỷ lệ dùng smartphone");
  });

  it("/nguon gives the sources of the last answer", async () => {
    await reply(208, privateText(208, "Long An có bao nhiêu doanh nghiệp công nghệ số?"));
    const sent = await reply(208, privateText(208, "/nguon"));
    expect(sent.shown).toMatch(/^Nguồn của câu trả lời trước:/);
    expect(sent.shown).toContain("277 doanh nghiệp");
  });
});

describe("inline mode", () => {
  it("offers cited figures: the figure, its quote and its source", async () => {
    const after = fake.calls.length;
    const query = inlineQuery(301, "long an internet");
    fake.pushUpdate(query);
    const answered = await fake.waitFor((c) => c.method === "answerInlineQuery" && c.params.inline_query_id === query.inline_query.id, { after });
    expect(answered.status).toBe(200);
    const [first] = answered.params.results as { title: string; input_message_content: { message_text: string } }[];
    expect(first!.title).toBe("Long An: khoảng 86%");
    expect(first!.input_message_content.message_text).toMatch(/^Long An: <b>khoảng 86%<\/b>\n\n<blockquote expandable>“Về xã hội số, .*<b>86%<\/b>.*”<\/blockquote>\n— Long An và Kiên Giang/s);
  });
});

describe("a group", () => {
  const GROUP = -100_500;

  it("answers a message that mentions the bot, replying to it, and ignores the others", async () => {
    const after = fake.calls.length;
    const aside = groupText(GROUP, 401, "Long An có bao nhiêu doanh nghiệp công nghệ số?");
    const asked = groupText(GROUP, 401, "@so_lieu_cds_bot Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?");
    fake.pushUpdate(aside);
    const sent = await reply(GROUP, asked);
    expect(sent.params.reply_parameters.message_id).toBe(asked.message.message_id);
    expect(sent.shown).toContain("1.480");
    expect(fake.calls.slice(after).filter(toChat(GROUP)).length).toBe(1);
  });

  it("answers a reply to the bot's own message", async () => {
    const mine = botMessage(GROUP, 77, "Long An: 277 doanh nghiệp công nghệ số [1].", "supergroup");
    const sent = await reply(GROUP, groupText(GROUP, 402, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?", mine));
    expect(sent.shown).toContain("1.837");
  });
});

describe("delivery", () => {
  it("honours a 429's retry_after", async () => {
    fake.failNext("sendMessage", 1, { status: 429, retryAfter: 1 });
    const after = fake.calls.length;
    const sent = await reply(501, privateText(501, "Long An có bao nhiêu doanh nghiệp công nghệ số?"));
    const refused = fake.calls.slice(after).find((c) => toChat(501)(c) && c.status === 429)!;
    expect(sent.at - refused.at).toBeGreaterThanOrEqual(1000);
    expect(sent.shown).toContain("277");
  });

  it("retries after a 5xx", async () => {
    fake.failNext("sendMessage", 1, { status: 500 });
    const after = fake.calls.length;
    const sent = await reply(502, privateText(502, "Long An có bao nhiêu doanh nghiệp công nghệ số?"));
    expect(fake.calls.slice(after).filter(toChat(502)).map((c) => c.status)).toEqual([500, 200]);
    expect(sent.shown).toContain("277");
  });

  it("answers an update delivered twice (same update_id) once", async () => {
    const after = fake.calls.length;
    const update = privateText(503, "Long An có bao nhiêu doanh nghiệp công nghệ số?");
    // Both in one getUpdates batch, as after a restart that had not confirmed the offset.
    const id = fake.pushUpdate(update);
    fake.pushUpdate({ ...update, update_id: id });
    await fake.waitFor(okTo(503), { after });
    // A later message of the same chat is answered after the duplicate was seen.
    await reply(503, privateText(503, "xin chào"));
    expect(fake.calls.slice(after).filter((c) => toChat(503)(c) && String(c.shown).includes("277")).length).toBe(1);
    expect(svc.logs.some((l) => l.msg === "update delivered again: ignored" && l.update_id === id)).toBe(true);
  });
});

describe("order under concurrency", () => {
  it("answers each chat's messages in the order sent, follow-ups in their own chat's context, while chats run side by side", async () => {
    const [A, B] = [601, 602];
    const after = fake.calls.length;
    // One getUpdates batch: the runner handles the updates concurrently, one at a time per chat.
    // "còn … thì sao?" means something else after each question, so an answer out of order shows.
    // The first two "typing" actions are answered late, so that a later message of the same chat
    // handled alongside would surely overtake its question.
    fake.failNext("sendChatAction", 2, { delayMs: 500 });
    fake.pushUpdate(privateText(A, "Tỷ lệ người dân có điện thoại thông minh ở Long An?"));
    fake.pushUpdate(privateText(B, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?"));
    fake.pushUpdate(privateText(A, "còn Kiên Giang thì sao?"));
    fake.pushUpdate(privateText(B, "còn An Giang thì sao?"));
    fake.pushUpdate(privateText(A, "còn An Giang thì sao?"));
    const firstLines = async (chatId: number, n: number) => {
      await fake.waitFor((c) => fake.calls.slice(after).filter(okTo(chatId)).length >= n && okTo(chatId)(c), { after });
      return fake.calls.slice(after).filter(toChat(chatId)).map((c) => [c.status, c.shown!.split("\n")[0]]);
    };
    expect(await firstLines(A, 3)).toEqual([
      [200, "Long An: khoảng 88% — tỷ lệ người dân có điện thoại thông minh [1]."],
      [200, "Chưa có kết quả trong các bài viết tôi có về Kiên Giang; bài viết chỉ nêu mục tiêu:"],
      [200, "An Giang: 66,2% — Tỷ lệ dân số trưởng thành sử dụng Smartphone [1]."],
    ]);
    expect(await firstLines(B, 2)).toEqual([
      [200, "Lào Cai: 1.837 dịch vụ công [1]."],
      [200, "An Giang: 1.250 dịch vụ công mức độ 3, 4 (tháng 9/2022) [1]."],
    ]);
  });
});

// Checked last: the fake records a long poll when it answers it.
describe("start-up", () => {
  it("registers the commands in Vietnamese and in English, and deletes any webhook before polling", () => {
    const commands = fake.callsOf("setMyCommands");
    expect(commands.map((c) => c.params.language_code)).toEqual([undefined, "en"]);
    expect(commands[0]!.params.commands.map((c: { command: string }) => c.command)).toEqual(["start", "help", "tinh", "sosanh", "nguon"]);
    expect(commands[0]!.params.commands[3].description).toBe("So sánh hai tỉnh: /sosanh An Giang | Long An smartphone");
    expect(commands[1]!.params.commands[4].description).toBe("Sources of the last answer");
    const methods = fake.calls.map((c) => c.method);
    expect(methods.indexOf("deleteWebhook")).toBeLessThan(methods.indexOf("getUpdates"));
  });
});
