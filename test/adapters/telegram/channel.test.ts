import Fastify from "fastify";
import { Bot } from "grammy";
import { describe, expect, it } from "vitest";
import type { StartError } from "../../../adapters/server/channel.js";
import { TelegramChannel } from "../../../adapters/telegram/channel.js";
import { telegramWebhookRoute } from "../../../adapters/telegram/webhook.js";
import { FAKE_BOT, FakeTelegram } from "../../fakes/telegram-api.js";
import { freePort } from "../../support/redis.js";
import { testAssistant } from "./offline.js";
import { privateText } from "./updates.js";

const TOKEN = "123456:TEST-channel-abcdefghijklmnop";
const SECRET = "channel_secret";
const QUESTION = "Long An có bao nhiêu doanh nghiệp công nghệ số?";

describe("TelegramChannel in webhook mode", () => {
  it("answers Telegram 200 when a handler outlasts the webhook timeout, sends the late answer itself, and Telegram's re-send is not answered again", async () => {
    const fake = await FakeTelegram.start(TOKEN);
    const port = await freePort();
    const { assistant, state, logger } = testAssistant();
    const config = { token: TOKEN, webhookUrl: `http://127.0.0.1:${port}/webhooks/telegram`, webhookSecret: SECRET, apiRoot: fake.url, typingAfterMs: 0, webhookReply: true };
    const channel = new TelegramChannel({ config, assistant, state, logger, webhookTimeoutMs: 200 });
    const app = Fastify();
    await app.register(async (scope) => channel.register(scope));
    await app.listen({ port, host: "127.0.0.1" });
    try {
      await channel.start();
      // Five times the webhook's timeout: "typing…" (sent first, typingAfterMs 0) holds the handler.
      fake.failNext("sendChatAction", 1, { delayMs: 1000 });
      const update = privateText(801, QUESTION);
      const first = await fake.postToWebhook(update);
      expect(first.status).toBe(200);
      // Telegram had its 200 while the reply was still on its way.
      expect(fake.callsOf("sendMessage")).toEqual([]);
      const again = await fake.postToWebhook({ ...update, update_id: first.updateId });
      expect(again.status).toBe(200);
      // Stopping waits for the update in hand, whose answer could no longer ride the response.
      await channel.stop();
      expect(fake.callsOf("sendMessage").map((c) => ({ status: c.status, webhookReply: c.webhookReply }))).toEqual([{ status: 200, webhookReply: undefined }]);
    } finally {
      await app.close();
      await fake.close();
    }
  });
});

describe("TelegramChannel with long polling", () => {
  it("stops cleanly: the long poll is cut short and the update in hand is finished", async () => {
    const fake = await FakeTelegram.start(TOKEN);
    const { assistant, state, logger } = testAssistant();
    const channel = new TelegramChannel({ config: { token: TOKEN, webhookUrl: null, webhookSecret: null, apiRoot: fake.url, typingAfterMs: 0, webhookReply: true }, assistant, state, logger, pollTimeoutSeconds: 50 });
    try {
      await channel.start();
      fake.failNext("sendMessage", 1, { delayMs: 300 });
      fake.pushUpdate(privateText(802, QUESTION));
      await fake.waitFor((c) => c.method === "sendChatAction");
      // Resolves long before the 50 s poll would end by itself (the test's limit is 20 s).
      await channel.stop();
      expect(fake.callsOf("sendMessage").map((c) => c.status)).toEqual([200]);
    } finally {
      await fake.close();
    }
  });
});

describe("TelegramChannel.start", () => {
  const startError = (channel: TelegramChannel) => channel.start().then(() => null, (e: unknown) => ({ name: (e as Error).name, setting: (e as StartError).setting, message: (e as Error).message }));

  it("names TELEGRAM_BOT_TOKEN in one line when Telegram refuses the token", async () => {
    const fake = await FakeTelegram.start(TOKEN);
    const { assistant, state, logger } = testAssistant();
    try {
      const channel = new TelegramChannel({ config: { token: "123456:WRONG-token-abcdefghijklmnop", webhookUrl: null, webhookSecret: null, apiRoot: fake.url, typingAfterMs: 0, webhookReply: true }, assistant, state, logger });
      expect(await startError(channel)).toEqual({ name: "StartError", setting: "TELEGRAM_BOT_TOKEN", message: "Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token @BotFather gave again" });
    } finally {
      await fake.close();
    }
  });

  it("names TELEGRAM_API_ROOT in one line when the Bot API cannot be reached within setupTimeoutMs", async () => {
    const { assistant, state, logger } = testAssistant();
    const apiRoot = `http://127.0.0.1:${await freePort()}`;
    const channel = new TelegramChannel({ config: { token: TOKEN, webhookUrl: null, webhookSecret: null, apiRoot, typingAfterMs: 0, webhookReply: true }, assistant, state, logger, setupTimeoutMs: 1000 });
    expect(await startError(channel)).toEqual({
      name: "StartError",
      setting: "TELEGRAM_API_ROOT",
      message: `Telegram Bot API at ${apiRoot} not reachable within 1 s (TELEGRAM_API_ROOT): check the network or the address`,
    });
  });
});

describe("TelegramChannel.stop", () => {
  it("gives up waiting for an update in hand after stopTimeoutMs, saying so", async () => {
    const fake = await FakeTelegram.start(TOKEN);
    const { assistant, state, logger, logs } = testAssistant();
    const channel = new TelegramChannel({ config: { token: TOKEN, webhookUrl: null, webhookSecret: null, apiRoot: fake.url, typingAfterMs: 0, webhookReply: true }, assistant, state, logger, stopTimeoutMs: 100 });
    try {
      await channel.start();
      // Ten times the stop's timeout.
      fake.failNext("sendMessage", 1, { delayMs: 1000 });
      fake.pushUpdate(privateText(804, QUESTION));
      await fake.waitFor((c) => c.method === "sendChatAction");
      await channel.stop();
      expect(fake.callsOf("sendMessage")).toEqual([]);
      expect(logs.some((l) => l.msg === "Telegram work still in hand at stop: left unfinished" && l.inHand === 1)).toBe(true);
    } finally {
      await fake.close();
    }
  });
});

describe("telegramWebhookRoute", () => {
  it("keeps its own error boundary: a handler's failure is logged and Telegram gets 200, not a re-send", async () => {
    const { logger, logs } = testAssistant();
    const bot = new Bot(TOKEN, { botInfo: FAKE_BOT });
    bot.use(() => {
      throw new Error("handler failed");
    });
    const app = Fastify();
    telegramWebhookRoute(app, bot, { secretToken: SECRET, timeoutMs: 5000, logger });
    const r = await app.inject({ method: "POST", url: "/webhooks/telegram", headers: { "x-telegram-bot-api-secret-token": SECRET }, payload: { update_id: 5, ...privateText(803, "xin chào") } });
    expect(r.statusCode).toBe(200);
    expect(logs.some((l) => l.level === "error" && l.msg === "Telegram webhook update failed" && l.update_id === 5)).toBe(true);
    await app.close();
  });
});
