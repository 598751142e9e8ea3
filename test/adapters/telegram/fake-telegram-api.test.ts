import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram, parseTelegramHtml } from "../../fakes/telegram-api.js";
import { privateText } from "./updates.js";

// The fake Bot API must refuse what Telegram refuses, or a rendering bug would pass the tests.
const TOKEN = "123456:TEST-fake-abcdefghijklmnopqr";
let fake: FakeTelegram;
beforeAll(async () => {
  fake = await FakeTelegram.start(TOKEN);
  fake.pushUpdate(privateText(42, "xin chào"));
});
afterAll(() => fake?.close());

const call = async (method: string, body: unknown, token = TOKEN) => {
  const r = await fetch(`${fake.url}/bot${token}/${method}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as { ok: boolean; result?: any; error_code?: number; description?: string; parameters?: { retry_after: number } } };
};

describe("parseTelegramHtml", () => {
  it("accepts Telegram's tags and entities and gives the text shown", () => {
    const html = '<b>1</b><strong>2</strong><i>3</i><u>4</u><s>5</s><span class="tg-spoiler">6</span><tg-spoiler>7</tg-spoiler><a href="https://x.org/?a=1&amp;b=2">8</a><code>9</code><pre><code class="language-ts">10</code></pre><blockquote expandable>11</blockquote> &lt;&gt;&amp;&quot;&#65;&#x42;';
    expect(parseTelegramHtml(html)).toEqual({ ok: true, text: '1234567891011 <>&"AB' });
  });

  it("refuses what Telegram refuses, naming the byte offset", () => {
    expect(parseTelegramHtml("é<p>x</p>")).toEqual({ ok: false, error: 'Unsupported start tag "p" at byte offset 2' });
    expect(parseTelegramHtml("<b>x")).toEqual({ ok: false, error: `Can't find end tag corresponding to start tag "b"` });
    expect(parseTelegramHtml("<b><i>x</b></i>")).toEqual({ ok: false, error: 'Unmatched end tag, expected "</i>", found "</b>" at byte offset 7' });
    expect(parseTelegramHtml("a & b")).toEqual({ ok: false, error: "Character entity expected at byte offset 2" });
    expect(parseTelegramHtml("a &nbsp; b").ok).toBe(false);
    expect(parseTelegramHtml("a < b").ok).toBe(false);
    expect(parseTelegramHtml("a > b").ok).toBe(false);
    expect(parseTelegramHtml("<blockquote><blockquote>x</blockquote></blockquote>").ok).toBe(false);
    expect(parseTelegramHtml('<span class="x">x</span>').ok).toBe(false);
    expect(parseTelegramHtml('<a href="javascript:alert(1)">x</a>').ok).toBe(false);
    expect(parseTelegramHtml("<code><b>x</b></code>").ok).toBe(false);
  });
});

describe("the fake Bot API", () => {
  it("refuses invalid HTML with Telegram's 400 envelope", async () => {
    expect(await call("sendMessage", { chat_id: 42, text: "<b>x", parse_mode: "HTML" })).toEqual({
      status: 400,
      body: { ok: false, error_code: 400, description: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"` },
    });
  });

  it("counts the limits on the text shown: 4 096 for a message, 1 024 for a caption", async () => {
    expect((await call("sendMessage", { chat_id: 42, text: `<b>${"a".repeat(4096)}</b>`, parse_mode: "HTML" })).status).toBe(200);
    expect((await call("sendMessage", { chat_id: 42, text: "a".repeat(4097) })).body.description).toBe("Bad Request: message is too long");
    expect((await call("sendMessage", { chat_id: 42, text: " " })).body.description).toBe("Bad Request: message text is empty");
    const form = new FormData();
    form.set("chat_id", "42");
    form.set("caption", "a".repeat(1025));
    form.set("photo", new Blob([Buffer.from("89504e470d0a1a0a00", "hex")]), "chart.png");
    const r = await fetch(`${fake.url}/bot${TOKEN}/sendPhoto`, { method: "POST", body: form });
    expect(((await r.json()) as { description: string }).description).toBe("Bad Request: message caption is too long");
  });

  it("refuses callback data over 64 bytes, an unknown chat, a reply to an unknown message and a wrong token", async () => {
    const keyboard = (data: string) => ({ inline_keyboard: [[{ text: "x", callback_data: data }]] });
    expect((await call("sendMessage", { chat_id: 42, text: "x", reply_markup: keyboard("é".repeat(33)) })).body.description).toBe("Bad Request: BUTTON_DATA_INVALID");
    expect((await call("sendMessage", { chat_id: 43, text: "x" })).body.description).toBe("Bad Request: chat not found");
    expect((await call("sendMessage", { chat_id: 42, text: "x", reply_parameters: { message_id: 99_999 } })).body.description).toBe("Bad Request: message to be replied not found");
    expect((await call("getMe", {}, "1:wrong")).status).toBe(401);
  });

  it("fails the next calls when told to, with retry_after for a 429", async () => {
    fake.failNext("sendMessage", 1, { status: 429, retryAfter: 7 });
    expect(await call("sendMessage", { chat_id: 42, text: "x" })).toEqual({
      status: 429,
      body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 7", parameters: { retry_after: 7 } },
    });
    expect((await call("sendMessage", { chat_id: 42, text: "x" })).status).toBe(200);
  });

  it("serves getUpdates with offset confirmation and a long poll that ends when an update arrives", async () => {
    const first = await call("getUpdates", { timeout: 0 });
    const id = first.body.result[0].update_id as number;
    expect((await call("getUpdates", { offset: id + 1, timeout: 0 })).body.result).toEqual([]);
    const waiting = call("getUpdates", { offset: id + 1, timeout: 30 });
    await fake.whenPolling();
    const pushed = fake.pushUpdate(privateText(42, "còn Lào Cai?"));
    expect((await waiting).body.result.map((u: { update_id: number }) => u.update_id)).toEqual([pushed]);
  });

  it("carries out a method call read from a webhook's response, checked as over HTTP, and records it as a webhook reply", () => {
    const after = fake.calls.length;
    const sent = fake.readWebhookResponse(JSON.stringify({ method: "sendMessage", chat_id: 42, text: "<b>1.480</b> dịch vụ", parse_mode: "HTML" }));
    expect(sent).toMatchObject({ method: "sendMessage", params: { chat_id: 42, text: "<b>1.480</b> dịch vụ", parse_mode: "HTML" }, status: 200, shown: "1.480 dịch vụ", webhookReply: true });
    expect(fake.readWebhookResponse(JSON.stringify({ method: "sendMessage", chat_id: 42, text: "<b>x", parse_mode: "HTML" }))).toMatchObject({
      status: 400,
      response: { ok: false, error_code: 400, description: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"` },
      webhookReply: true,
    });
    // An empty 200 is no call.
    expect(fake.readWebhookResponse("")).toBeUndefined();
    expect(fake.calls.slice(after).map((c) => c.status)).toEqual([200, 400]);
  });

  it("refuses getUpdates with 409 while a webhook is set", async () => {
    expect((await call("setWebhook", { url: "http://127.0.0.1:1/webhooks/telegram", secret_token: "abc" })).body.result).toBe(true);
    expect((await call("getUpdates", { timeout: 0 })).status).toBe(409);
    expect((await call("deleteWebhook", {})).body.description).toBe("Webhook was deleted");
  });
});
