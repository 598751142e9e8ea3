import Fastify from "fastify";
import { Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/runtime/logger.js";
import { WEBHOOK_REPLY, webhookReplyGate } from "../../../adapters/telegram/webhook-reply.js";
import { telegramWebhookRoute } from "../../../adapters/telegram/webhook.js";
import { FAKE_BOT } from "../../fakes/telegram-api.js";
import { privateText } from "./updates.js";

const TOKEN = "123456:TEST-reply-abcdefghijklmnopqr";
const SECRET = "reply_secret";

/** A bot with the gate installed whose HTTP calls are recorded by a fetch of its own (no network). */
function gatedBot(handler: (ctx: Context) => Promise<unknown>) {
  const http: { method: string; body: Record<string, unknown> }[] = [];
  const fetch = async (url: string, init: { body: string }) => {
    http.push({ method: url.slice(url.lastIndexOf("/") + 1), body: JSON.parse(init.body) as Record<string, unknown> });
    return { json: async () => ({ ok: true, result: { message_id: http.length, date: 0, chat: { id: 42, type: "private" } } }) };
  };
  const gate = webhookReplyGate();
  const bot = new Bot(TOKEN, { botInfo: FAKE_BOT, client: { canUseWebhookReply: gate.canUseWebhookReply, fetch: fetch as never } });
  bot.api.config.use(gate.transformer);
  bot.on("message", async (ctx) => void (await handler(ctx)));
  return { bot, http };
}

const update = (id: number) => ({ ...privateText(42, "xin chào"), update_id: id }) as unknown as Update;

describe("webhookReplyGate", () => {
  it("lets a marked call ride the webhook's response, without the mark, and sends an unmarked one over HTTP", async () => {
    const results: unknown[] = [];
    const { bot, http } = gatedBot(async (ctx) => {
      results.push(await ctx.reply("over HTTP"));
      results.push(await ctx.reply("in the response", { [WEBHOOK_REPLY]: true } as object));
    });
    const responses: string[] = [];
    await bot.handleUpdate(update(1), { send: (json) => void responses.push(json) });
    expect(http.map((c) => [c.method, c.body.text])).toEqual([["sendMessage", "over HTTP"]]);
    expect(responses.map((r) => JSON.parse(r))).toEqual([{ chat_id: 42, text: "in the response", method: "sendMessage" }]);
    // A webhook reply has no message to give back: grammY resolves it with true.
    expect(results[1]).toBe(true);
  });

  it("sends a second marked call over HTTP: a response carries one call", async () => {
    const { bot, http } = gatedBot(async (ctx) => {
      await ctx.reply("first", { [WEBHOOK_REPLY]: true } as object);
      await ctx.reply("second", { [WEBHOOK_REPLY]: true } as object);
    });
    const responses: string[] = [];
    await bot.handleUpdate(update(2), { send: (json) => void responses.push(json) });
    expect(responses.map((r) => JSON.parse(r).text)).toEqual(["first"]);
    expect(http.map((c) => c.body.text)).toEqual(["second"]);
  });

  it("sends a marked call over HTTP when the update came without a webhook (long polling)", async () => {
    const { bot, http } = gatedBot((ctx) => ctx.reply("polled", { [WEBHOOK_REPLY]: true } as object));
    await bot.handleUpdate(update(3));
    expect(http.map((c) => c.body.text)).toEqual(["polled"]);
  });
});

describe("telegramWebhookRoute with webhook replies", () => {
  const post = (app: ReturnType<typeof Fastify>, id: number) =>
    app.inject({ method: "POST", url: "/webhooks/telegram", headers: { "x-telegram-bot-api-secret-token": SECRET }, payload: { ...privateText(42, "xin chào"), update_id: id } });

  it("answers Telegram with the marked reply as the response's JSON body", async () => {
    const { bot, http } = gatedBot((ctx) => ctx.reply("in the response", { [WEBHOOK_REPLY]: true } as object));
    const app = Fastify();
    telegramWebhookRoute(app, bot, { secretToken: SECRET, timeoutMs: 5000, logger: createLogger("silent") });
    const r = await post(app, 10);
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(r.json()).toEqual({ chat_id: 42, text: "in the response", method: "sendMessage" });
    expect(http).toEqual([]);
    await app.close();
  });

  it("sends the marked reply over HTTP once the webhook's time is up, Telegram having had an empty 200", async () => {
    let replied!: Promise<unknown>;
    const { bot, http } = gatedBot(async (ctx) => {
      await new Promise((r) => setTimeout(r, 300));
      replied = ctx.reply("late", { [WEBHOOK_REPLY]: true } as object);
      await replied;
    });
    const app = Fastify();
    telegramWebhookRoute(app, bot, { secretToken: SECRET, timeoutMs: 50, logger: createLogger("silent") });
    const r = await post(app, 11);
    expect([r.statusCode, r.body]).toEqual([200, ""]);
    await expect.poll(() => http.map((c) => c.body.text)).toEqual(["late"]);
    await app.close();
  });

  it("sends every reply over HTTP when webhook replies are off", async () => {
    const { bot, http } = gatedBot((ctx) => ctx.reply("own call", { [WEBHOOK_REPLY]: true } as object));
    const app = Fastify();
    telegramWebhookRoute(app, bot, { secretToken: SECRET, timeoutMs: 5000, logger: createLogger("silent"), webhookReply: false });
    const r = await post(app, 12);
    expect([r.statusCode, r.body]).toEqual([200, ""]);
    expect(http.map((c) => c.body.text)).toEqual(["own call"]);
    await app.close();
  });
});
