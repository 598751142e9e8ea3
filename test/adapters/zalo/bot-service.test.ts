import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZaloBotChannel } from "../../../adapters/zalo/bot-channel.js";
import { startFakeZaloBot, type FakeZaloBot } from "../../fakes/zalo-bot.js";
import { freePort } from "../../support/redis.js";
import { startTestService, type TestService } from "../../support/service.js";

/** End to end over real sockets: the service and a fake Zalo Bot Platform, by long polling and by webhook. */

const TEXT_ONLY = "Tôi chỉ đọc được tin nhắn chữ. Bạn gõ câu hỏi nhé, ví dụ: “Lào Cai có bao nhiêu dịch vụ công trực tuyến?”";
const SECRET = "webhook-secret-0123456789";
let next = 0;
const chat = () => `e4ea2cd5189df1c3${String(next++).padStart(4, "0")}`;
const channelOf = (s: TestService) => s.channels.find((c) => c.name === "zalo-bot") as ZaloBotChannel;

function helpers(fake: () => FakeZaloBot) {
  const textsTo = (chatId: string) => fake().sent.where((m) => m.chatId === chatId && m.method === "sendMessage").map((m) => m.text!);
  const waitForTexts = (chatId: string, n: number) =>
    fake()
      .sent.until((all) => all.filter((m) => m.chatId === chatId && m.method === "sendMessage").length >= n, 20_000, `${n} messages to ${chatId}`)
      .then(() => textsTo(chatId));
  return { textsTo, waitForTexts };
}

describe("Zalo Bot by long polling", () => {
  let bot: FakeZaloBot;
  let svc: TestService;
  const { textsTo, waitForTexts } = helpers(() => bot);

  beforeAll(async () => {
    bot = await startFakeZaloBot();
    // A webhook left from an earlier deployment: getUpdates fails until it is deleted.
    bot.webhook = { url: "https://old.example.org/hook", secret: "old-secret-123" };
    bot.holdSeconds = 0.2;
    svc = await startTestService({ ZALO_BOT_TOKEN: bot.token, ZALO_BOT_API_URL: bot.url, ZALO_BOT_MODE: "polling", CHAT_RATE_LIMIT_PER_MINUTE: "1000" });
  });

  afterAll(async () => {
    await svc?.stop();
    await bot?.close();
  });

  it("deletes the webhook before polling, then answers a question with its cited figure", async () => {
    const c = chat();
    bot.queue(bot.textUpdate(c, "Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?"));
    const [answer] = await waitForTexts(c, 1);
    expect(answer!.startsWith("Long An: 1.480 dịch vụ công trực tuyến (tháng 8/2023) [1].\n")).toBe(true);
    expect(answer).toContain("[1] “Kết nối 1.480 dịch vụ công trực tuyến với Cổng dịch vụ công quốc gia (tăng 1.300 dịch vụ so với năm 2020).”");
    const methods = bot.calls.items.map((k) => k.method);
    expect(methods.slice(0, 3)).toEqual(["getMe", "deleteWebhook", "getUpdates"]);
    expect(methods.indexOf("sendChatAction")).toBeLessThan(methods.indexOf("sendMessage"));
    expect(bot.calls.where((k) => k.method === "getUpdates")[0]!.body).toEqual({ timeout: "30" });
  });

  it("treats 408 as idle and keeps polling without a warning", async () => {
    const polls = bot.calls.where((k) => k.method === "getUpdates").length;
    await bot.calls.until((all) => all.filter((k) => k.method === "getUpdates").length >= polls + 2, 10_000, "two more polls");
    const c = chat();
    bot.queue(bot.textUpdate(c, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?"));
    await waitForTexts(c, 1);
    expect(svc.logs.filter((l) => l.level === "warn")).toEqual([]);
  });

  it("takes one update per call and answers each in order", async () => {
    const c = chat();
    const polls = bot.calls.where((k) => k.method === "getUpdates").length;
    bot.queue(bot.textUpdate(c, "Long An có bao nhiêu doanh nghiệp công nghệ số?"));
    bot.queue(bot.textUpdate(c, "còn số lao động thì sao?"));
    bot.queue(bot.update("message.sticker.received", c, { sticker: "0e078a2fb66a5f34067b" }));
    const [first, second, third] = await waitForTexts(c, 3);
    expect(first!.startsWith("Long An: ")).toBe(true);
    expect(second).toContain("4.700");
    expect(third).toBe(TEXT_ONLY);
    expect(bot.calls.where((k) => k.method === "getUpdates").length).toBeGreaterThanOrEqual(polls + 3);
  });

  it("answers an update delivered twice once", async () => {
    const c = chat();
    const u = bot.textUpdate(c, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?");
    bot.queue(u);
    bot.queue(u);
    bot.queue(bot.textUpdate(c, "Nguồn?"));
    const texts = await waitForTexts(c, 2);
    await channelOf(svc).settled();
    expect(textsTo(c)).toHaveLength(2);
    expect(texts[1]!.startsWith("Nguồn của câu trả lời trước:")).toBe(true);
  });

  it("backs off failed polls (HTTP 502, a dropped connection) and recovers", async () => {
    const polls = () => bot.calls.where((k) => k.method === "getUpdates").length;
    const failNextPolls = async (n: number, how: "502" | "drop") => {
      const before = polls();
      bot.failNext("getUpdates", n, how);
      // The poll held now ends (408) first; the next `n` fail.
      await bot.calls.until(() => polls() >= before + 1 + n, 20_000, `${n} failed polls`);
    };
    await failNextPolls(2, "502");
    const c = chat();
    bot.queue(bot.textUpdate(c, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?"));
    await waitForTexts(c, 1);
    const warned = svc.logs.filter((l) => l.msg === "Zalo Bot polling failed, trying again");
    expect(warned.map((l) => (l.error as { code: string }).code)).toEqual(["http_status", "http_status"]);
    await failNextPolls(1, "drop");
    const d = chat();
    bot.queue(bot.textUpdate(d, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?"));
    await waitForTexts(d, 1);
    expect(svc.logs.filter((l) => l.msg === "Zalo Bot polling failed, trying again").map((l) => (l.error as { code: string }).code)).toEqual(["http_status", "http_status", "network"]);
  }, 40_000);

  it("backs off a rate limit (429) on sendMessage and delivers", async () => {
    const c = chat();
    bot.failNext("sendMessage", 2, "429");
    bot.queue(bot.textUpdate(c, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?"));
    await waitForTexts(c, 1);
    expect(svc.logs.filter((l) => l.msg === "Zalo call failed, retrying" && (l.error as { code: number; method: string }).code === 429 && (l.error as { method: string }).method === "sendMessage")).toHaveLength(2);
  });

  it("has no webhook route in polling mode", async () => {
    const r = await fetch(`${svc.url}/webhooks/zalo-bot`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(r.status).toBe(404);
  });

  it("stops cleanly: the held poll is given up and a reply under way is still sent", async () => {
    const c = chat();
    bot.holdSeconds = 30;
    bot.queue(bot.textUpdate(c, "so sánh An Giang và Kiên Giang"));
    await bot.calls.until((all) => all.some((k) => k.method === "sendChatAction" && k.body.chat_id === c), 10_000, "typing");
    await svc.stop();
    expect(textsTo(c)).toHaveLength(2);
    expect(bot.waiting).toBe(0);
    expect(bot.abandonedPolls).toBeGreaterThanOrEqual(1);
  });
});

describe("Zalo Bot by webhook", () => {
  let bot: FakeZaloBot;
  let svc: TestService;
  const { textsTo, waitForTexts } = helpers(() => bot);
  const post = (body: string, headers: Record<string, string>) => fetch(`${svc.url}/webhooks/zalo-bot`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

  beforeAll(async () => {
    bot = await startFakeZaloBot();
    const port = await freePort();
    svc = await startTestService({
      PORT: String(port),
      ZALO_BOT_TOKEN: bot.token,
      ZALO_BOT_API_URL: bot.url,
      ZALO_BOT_MODE: "webhook",
      ZALO_BOT_WEBHOOK_SECRET: SECRET,
      ZALO_BOT_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/zalo-bot`,
      CHAT_RATE_LIMIT_PER_MINUTE: "1000",
    });
    // The channel connects in the background: the service does not wait for Zalo.
    await bot.calls.until((all) => all.some((k) => k.method === "setWebhook"), 10_000, "setWebhook");
  });

  afterAll(async () => {
    await svc?.stop();
    await bot?.close();
  });

  it("sets its webhook with the secret at start", () => {
    expect(bot.webhook).toEqual({ url: `${svc.url.replace("localhost", "127.0.0.1")}/webhooks/zalo-bot`, secret: SECRET });
  });

  it("answers updates pushed flat and wrapped in {ok, result}", async () => {
    const flat = chat();
    const wrapped = chat();
    expect(await bot.push(bot.textUpdate(flat, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?"))).toBe(200);
    expect(await bot.push(bot.textUpdate(wrapped, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?"), { wrapped: true })).toBe(200);
    const [a] = await waitForTexts(flat, 1);
    const [b] = await waitForTexts(wrapped, 1);
    expect(a!.startsWith("Long An: ")).toBe(true);
    expect(b).toBe(a);
  });

  it("rejects a wrong or missing secret with 401, answers an empty probe with 200", async () => {
    const c = chat();
    const update = bot.textUpdate(c, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?");
    expect(await bot.push(update, { secret: "not-the-secret" })).toBe(401);
    expect(await bot.push(update, { secret: null })).toBe(401);
    expect(await bot.push(update, { secret: `${SECRET}x` })).toBe(401);
    expect((await post("", {})).status).toBe(200);
    const bad = await post("{oops", { "x-bot-api-secret-token": SECRET });
    expect(bad.status).toBe(400);
    await channelOf(svc).settled();
    expect(textsTo(c)).toEqual([]);
  });

  it("answers an update pushed twice (same message_id) once, each delivery's lines under its own request id", async () => {
    const c = chat();
    const u = bot.textUpdate(c, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?");
    const pushed = async (body: unknown) => {
      const r = await post(JSON.stringify(body), { "x-bot-api-secret-token": SECRET });
      expect(r.status).toBe(200);
      return r.headers.get("x-request-id")!;
    };
    // Zalo pushes again when its delivery seemed to fail; wrapped the second time: the
    // message_id decides, not the envelope.
    const first = await pushed(u);
    const again = await pushed({ ok: true, result: u });
    expect(await bot.push(bot.textUpdate(c, "Nguồn?"))).toBe(200);
    const texts = await waitForTexts(c, 2);
    await channelOf(svc).settled();
    expect(textsTo(c)).toHaveLength(2);
    expect(texts[0]!.startsWith("Long An: ")).toBe(true);
    expect(texts[1]!.startsWith("Nguồn của câu trả lời trước:")).toBe(true);
    // Each line of the work done after the 200 carries the id of the request that brought it.
    const messageId = (u.message as { message_id: string }).message_id;
    const lines = svc.logs.filter((l) => l.messageId === messageId && (l.msg === "answered" || l.msg === "Zalo Bot delivery seen before: not answered again"));
    expect(first).not.toBe(again);
    expect(lines.map((l) => [l.msg, l.reqId])).toEqual([
      ["answered", first],
      ["Zalo Bot delivery seen before: not answered again", again],
    ]);
  });

  it("sends a comparison chart as a photo the server hosts, then the text", async () => {
    const c = chat();
    await bot.push(bot.textUpdate(c, "so sánh tỷ lệ dùng smartphone An Giang và Long An"));
    await channelOf(svc).settled();
    const sent = bot.sent.where((m) => m.chatId === c);
    expect(sent.map((m) => m.method)).toEqual(["sendPhoto", "sendMessage"]);
    expect(sent[0]!.text).toBe("So sánh tỷ lệ dùng smartphone");
    expect(sent[0]!.photoType).toBe("image/png");
    expect(sent[0]!.photo!.subarray(1, 4).toString("latin1")).toBe("PNG");
    const photoUrl = String(bot.calls.where((k) => k.method === "sendPhoto").at(-1)!.body.photo);
    expect(photoUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/charts\/[0-9a-f]{32}\.png$/);
    expect((await fetch(photoUrl.replace(/[0-9a-f]{32}/, "0".repeat(32)))).status).toBe(404);
  });

  it("answers other chats while Zalo hangs on one reply", async () => {
    const hung = chat();
    const other = chat();
    bot.hangNextSendTo(hung);
    await bot.push(bot.textUpdate(hung, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?"));
    await bot.push(bot.textUpdate(other, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?"));
    await waitForTexts(other, 1);
    expect(textsTo(hung)).toEqual([]);
    await waitForTexts(hung, 1);
  }, 40_000);
});
