import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MockAgent } from "undici";
import { ZaloBotClient } from "../../../adapters/zalo/bot-client.js";
import { ZaloApiError, ZaloNetworkError } from "../../../adapters/zalo/errors.js";
import { backoff } from "../../../adapters/zalo/http.js";
import { ZaloOaClient } from "../../../adapters/zalo/oa-client.js";

/** The Zalo clients over undici's MockAgent: what they send, how they read answers and failures. */

const OA = "https://openapi.zalo.me";
const OAUTH = "https://oauth.zaloapp.com";
const BOT = "https://bot-api.zaloplatforms.com";
const TOKEN = "12345:bot-token";
const quick = { retries: 3, baseDelayMs: 1, maxDelayMs: 2 };
const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:443"), { code: "ECONNREFUSED" });

let agent: MockAgent;
beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
});
afterEach(() => agent.close());

const oaClient = (timeoutMs?: number) => new ZaloOaClient({ apiUrl: OA, oauthUrl: OAUTH, dispatcher: agent, retry: quick, now: () => 1_000_000, ...(timeoutMs ? { timeoutMs } : {}) });
const botClient = () => new ZaloBotClient({ apiUrl: BOT, token: TOKEN, dispatcher: agent, retry: quick });
const csCall = { path: "/v3.0/oa/message/cs", method: "POST" } as const;

describe("ZaloOaClient.send", () => {
  it("posts the consultation message with the access_token header and returns the message id whole", async () => {
    let seen: { headers: Record<string, string>; body: string } | null = null;
    agent
      .get(OA)
      .intercept(csCall)
      .reply((opts) => {
        seen = { headers: opts.headers as Record<string, string>, body: String(opts.body) };
        return { statusCode: 200, data: '{"data":{"message_id":98765432109876543210,"user_id":"8491"},"error":0,"message":"Success"}' };
      });
    expect(await oaClient().send("at-1", "8465324713426781347", { text: "Xin chào" })).toBe("98765432109876543210");
    expect(seen!.headers.access_token).toBe("at-1");
    expect(JSON.parse(seen!.body)).toEqual({ recipient: { user_id: "8465324713426781347" }, message: { text: "Xin chào" } });
  });

  it("throws ZaloApiError with Zalo's code, message and the method, without retrying a permanent error", async () => {
    agent.get(OA).intercept(csCall).reply(200, { error: -201, message: "Invalid parameter" });
    const e = await oaClient()
      .send("at", "1", { text: "x" })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ZaloApiError);
    expect(e).toMatchObject({ code: -201, description: "Invalid parameter", method: "message/cs" });
    agent.assertNoPendingInterceptors();
  });

  it("retries the rate limit (-32) with backoff and succeeds", async () => {
    const pool = agent.get(OA);
    pool.intercept(csCall).reply(200, { error: -32, message: "rate limit" }).times(2);
    pool.intercept(csCall).reply(200, { error: 0, message: "Success", data: { message_id: "m1" } });
    expect(await oaClient().send("at", "1", { text: "x" })).toBe("m1");
  });

  it("retries a refused connection and an HTTP 503, then gives up with ZaloNetworkError after 4 tries", async () => {
    const pool = agent.get(OA);
    pool.intercept(csCall).replyWithError(refused);
    pool.intercept(csCall).reply(503, "<html>busy</html>");
    pool.intercept(csCall).reply(200, { error: 0, message: "Success", data: { message_id: "m2" } });
    expect(await oaClient().send("at", "1", { text: "x" })).toBe("m2");
    pool.intercept(csCall).replyWithError(refused).times(4);
    const e = await oaClient()
      .send("at", "1", { text: "x" })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ZaloNetworkError);
    expect(e).toMatchObject({ code: "network", method: "message/cs" });
    expect((e as Error).cause).toBe(refused);
  });

  it("times a call out when Zalo does not answer in time", async () => {
    agent.get(OA).intercept(csCall).reply(200, { error: 0, message: "Success", data: {} }).delay(2000).times(4);
    const e = await oaClient(50)
      .send("at", "1", { text: "x" })
      .catch((x: unknown) => x);
    expect(e).toMatchObject({ name: "ZaloNetworkError", code: "timeout", message: "Zalo message/cs: no answer within 50 ms" });
  });

  it("reads a 200 that is not Zalo's JSON as bad_response, not retried", async () => {
    agent.get(OA).intercept(csCall).reply(200, "<html>proxy login</html>");
    await expect(oaClient().send("at", "1", { text: "x" })).rejects.toMatchObject({ code: "bad_response" });
  });
});

describe("ZaloOaClient.refresh", () => {
  it("posts the form with the app secret header and returns the new pair with its expiry", async () => {
    let seen: { headers: Record<string, string>; body: string } | null = null;
    agent
      .get(OAUTH)
      .intercept({ path: "/v4/oa/access_token", method: "POST" })
      .reply((opts) => {
        seen = { headers: opts.headers as Record<string, string>, body: String(opts.body) };
        return { statusCode: 200, data: { access_token: "at-2", refresh_token: "rt-2", expires_in: "90000" } };
      });
    expect(await oaClient().refresh("app-1", "app-secret", "rt-1")).toEqual({ accessToken: "at-2", refreshToken: "rt-2", expiresAt: 1_000_000 + 90_000_000 });
    expect(seen!.headers.secret_key).toBe("app-secret");
    expect(seen!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(seen!.body))).toEqual({ refresh_token: "rt-1", app_id: "app-1", grant_type: "refresh_token" });
  });

  it("throws ZaloApiError for a refused refresh token, once", async () => {
    agent.get(OAUTH).intercept({ path: "/v4/oa/access_token", method: "POST" }).reply(200, { error: -14014, error_name: "Invalid refresh token" });
    await expect(oaClient().refresh("app-1", "s", "rt-used")).rejects.toMatchObject({ name: "ZaloApiError", code: -14014, description: "Invalid refresh token", method: "oauth/access_token" });
    agent.assertNoPendingInterceptors();
  });
});

describe("ZaloBotClient", () => {
  const call = (method: string) => ({ path: `/bot${TOKEN}/${method}`, method: "POST" }) as const;

  it("sends {chat_id, text} to /bot<TOKEN>/sendMessage", async () => {
    let body = "";
    agent
      .get(BOT)
      .intercept(call("sendMessage"))
      .reply((opts) => {
        body = String(opts.body);
        return { statusCode: 200, data: { ok: true, result: { message_id: "82599fa32f56d00e8941", date: 1749632637199 } } };
      });
    expect(await botClient().sendMessage("e4ea2cd5189df1c3a88c", "Xin chào")).toBe("82599fa32f56d00e8941");
    expect(JSON.parse(body)).toEqual({ chat_id: "e4ea2cd5189df1c3a88c", text: "Xin chào" });
  });

  it("retries 429 and refuses 401 at once, as ZaloApiError", async () => {
    const pool = agent.get(BOT);
    pool.intercept(call("sendMessage")).reply(200, { ok: false, error_code: 429, description: "Too Many Requests" });
    pool.intercept(call("sendMessage")).reply(200, { ok: true, result: { message_id: "m" } });
    expect(await botClient().sendMessage("c", "x")).toBe("m");
    pool.intercept(call("getMe")).reply(200, { ok: false, error_code: 401, description: "Unauthorized" });
    await expect(botClient().getMe()).rejects.toMatchObject({ name: "ZaloApiError", code: 401, method: "getMe" });
    agent.assertNoPendingInterceptors();
  });

  it("returns one update from getUpdates, and null for 408 (nothing came)", async () => {
    const pool = agent.get(BOT);
    const update = { event_name: "message.text.received", message: { message_id: "m", chat: { id: "c" }, text: "hi" } };
    pool.intercept(call("getUpdates")).reply(200, { ok: true, result: update });
    pool.intercept(call("getUpdates")).reply(200, { ok: false, error_code: 408, description: "Request timeout" });
    expect(await botClient().getUpdates(30)).toEqual(update);
    expect(await botClient().getUpdates(30)).toBeNull();
  });

  it("reads the webhook Zalo has on record", async () => {
    agent.get(BOT).intercept(call("getWebhookInfo")).reply(200, { ok: true, result: { url: "https://bot.example.vn/webhooks/zalo-bot", updated_at: 1749633372026 } });
    expect(await botClient().getWebhookInfo()).toEqual({ url: "https://bot.example.vn/webhooks/zalo-bot" });
  });

  it("never puts the token in an error", async () => {
    agent.get(BOT).intercept(call("deleteWebhook")).replyWithError(refused).times(4);
    const e = (await botClient()
      .deleteWebhook()
      .catch((x: unknown) => x)) as Error;
    expect(e.message).toBe("Zalo deleteWebhook: connect ECONNREFUSED 127.0.0.1:443");
    expect(JSON.stringify({ ...e, message: e.message })).not.toContain("bot-token");
  });
});

describe("backoff", () => {
  it("waits between half and all of base·2^n, capped", () => {
    const policy = { retries: 3, baseDelayMs: 500, maxDelayMs: 8000 };
    expect([0, 1, 2, 5].map((n) => backoff(n, policy, () => 0))).toEqual([250, 500, 1000, 4000]);
    expect([0, 1, 2, 5].map((n) => backoff(n, policy, () => 1))).toEqual([500, 1000, 2000, 8000]);
  });
});
