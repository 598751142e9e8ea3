import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeZaloBot, type FakeZaloBot, type Failure } from "../fakes/zalo-bot.js";
import { startFakeZaloOa, type FakeZaloOa } from "../fakes/zalo-oa.js";
import { freePort } from "../support/redis.js";
import { startTestService, type TestService } from "../support/service.js";
import { NO_LIMITS, zaloBotWebhookEnv } from "../support/webhook-env.js";
import { keepProbing, type ProbeResult } from "./probe.js";

/**
 * Both Zalo channels (the Official Account and the Bot Platform, by webhook) while Zalo's APIs
 * misbehave: rate limits, 502s from a proxy, connections closed without an answer, calls that
 * hang past their timeout (ZALO_CALL_TIMEOUT_MS, shortened for the tests). A webhook is acknowledged at once and answered after, so "no
 * accepted message lost" means: every delivery acknowledged with 200 is answered or, when Zalo
 * stays broken, reported in an error line naming its message and chat. The web API and health
 * check answer all along; the channels recover by themselves.
 */

const QUESTION = "Lào Cai có bao nhiêu dịch vụ công trực tuyến?";
/** The first line of the answer to {@link QUESTION}, checked by hand. */
const HEADLINE = "Lào Cai: 1.837 dịch vụ công [1].";
const SECRET = "faults-webhook-secret-0123";
const TEST_TIMEOUT = 240_000;

let bot: FakeZaloBot;
let oa: FakeZaloOa;
let svc: TestService;
let dir: string;
let probe: { stop(): Promise<ProbeResult> };
let next = 0;
const botChat = () => `fa17${String(next++).padStart(12, "0")}`;
const oaUser = () => `8493${String(next++).padStart(15, "0")}`;

beforeAll(async () => {
  bot = await startFakeZaloBot();
  oa = await startFakeZaloOa();
  dir = mkdtempSync(join(tmpdir(), "zalo-faults-"));
  const port = await freePort();
  svc = await startTestService({
    PORT: String(port),
    CORPUS_WATCH: "false",
    ...NO_LIMITS,
    ...zaloBotWebhookEnv(port, bot.url, bot.token, SECRET),
    ...oa.settings(join(dir, "token.json")),
  });
  oa.webhookUrl = `${svc.url}/webhooks/zalo-oa`;
  await bot.calls.until((all) => all.some((c) => c.method === "setWebhook"), 30_000, "setWebhook");
}, 60_000);
afterAll(async () => {
  await svc?.stop();
  await bot?.close();
  await oa?.close();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

beforeEach(() => {
  probe = keepProbing(svc.url);
});
afterEach(async () => {
  bot.failNext("sendMessage", 0, "502");
  bot.failNext("sendChatAction", 0, "502");
  oa.failNextSends(0, "502");
  const seen = await probe.stop();
  expect(seen.healthz.length).toBeGreaterThan(0);
  expect(seen.healthz.filter((s) => s !== 200)).toEqual([]);
  expect(seen.ask.filter((s) => s !== 200)).toEqual([]);
});

/** A Bot Platform message, pushed to the webhook; resolves with its message id once acknowledged. */
async function toBot(chat: string): Promise<string> {
  const update = bot.textUpdate(chat, QUESTION);
  expect(await bot.push(update)).toBe(200);
  return (update.message as { message_id: string }).message_id;
}
/** An Official Account message, delivered as Zalo does; resolves with its msg_id once acknowledged. */
async function toOa(user: string): Promise<string> {
  const event = oa.textEvent(user, QUESTION);
  expect((await oa.deliver(event)).at(-1)).toBe(200);
  return (event.message as { msg_id: string }).msg_id;
}

const botAnswers = (chat: string) => bot.sent.where((m) => m.chatId === chat && m.method === "sendMessage" && m.text!.startsWith(`${HEADLINE}\n`)).length;
const oaAnswers = (user: string) => oa.sent.where((m) => m.userId === user && m.text !== null && m.text.startsWith(`${HEADLINE}\n`)).length;
/** The error line that reports delivery `messageId` of `chatId` on `channel` as not answered, if any. */
const reported = (channel: string, messageId: string, chatId: string) =>
  svc.logs.find((l) => l.level === "error" && l.msg === "reply not sent" && l.channel === channel && l.messageId === messageId && l.chatId === chatId);
/** The retry lines of `method` logged from `after` on: the codes of the failures retried. */
const retried = (after: number, method: string) =>
  svc.logs
    .slice(after)
    .filter((l) => l.msg === "Zalo call failed, retrying" && (l.error as { method: string }).method === method)
    .map((l) => (l.error as { code: unknown }).code);
/**
 * Each of the `times` failures armed, of `code`, was retried. A failure of the network may also
 * come on its own on a loaded machine (a keep-alive connection closing as a call goes out on it,
 * retried too): it is allowed besides.
 */
function expectRetried(codes: unknown[], code: unknown, times: number): void {
  const armed = codes.filter((c) => c === code);
  if (code === "network") expect(armed.length).toBeGreaterThanOrEqual(times);
  else expect(armed).toHaveLength(times);
  expect(codes.filter((c) => c !== code && c !== "network")).toEqual([]);
}

describe("Zalo Bot Platform API faults", () => {
  const cases: [Failure, number, unknown][] = [
    ["429", 2, 429],
    ["502", 2, "http_status"],
    ["drop", 2, "network"],
    ["hang", 1, "timeout"],
  ];
  it.each(cases)(
    "retries sendMessage failing %s ×%i and answers once",
    async (how, times, code) => {
      const chat = botChat();
      const logged = svc.logs.length;
      bot.failNext("sendMessage", times, how);
      await toBot(chat);
      await expect.poll(() => botAnswers(chat), { timeout: 60_000, interval: 100 }).toBe(1);
      expectRetried(retried(logged, "sendMessage"), code, times);
    },
    TEST_TIMEOUT,
  );

  it(
    "reports a message it cannot answer while Zalo stays down, naming it, and answers again once Zalo is back",
    async () => {
      const chat = botChat();
      bot.failNext("sendMessage", 1_000_000, "502");
      const messageId = await toBot(chat);
      await expect.poll(() => reported("zalo-bot", messageId, chat), { timeout: 60_000, interval: 100 }).toBeDefined();
      expect(reported("zalo-bot", messageId, chat)).toMatchObject({ error: { type: "ZaloNetworkError", code: "http_status", method: "sendMessage" } });
      expect(botAnswers(chat)).toBe(0);

      bot.failNext("sendMessage", 0, "502");
      const later = botChat();
      await toBot(later);
      await expect.poll(() => botAnswers(later), { timeout: 30_000, interval: 100 }).toBe(1);
    },
    TEST_TIMEOUT,
  );
});

describe("Zalo Official Account API faults", () => {
  const cases: ["-32" | "502" | "drop" | "hang", number, unknown][] = [
    ["-32", 2, -32],
    ["502", 2, "http_status"],
    ["drop", 2, "network"],
    ["hang", 1, "timeout"],
  ];
  it.each(cases)(
    "retries message/cs failing %s ×%i and answers once",
    async (how, times, code) => {
      const user = oaUser();
      const logged = svc.logs.length;
      if (how === "-32") oa.rateLimitNext(times);
      else oa.failNextSends(times, how);
      await toOa(user);
      await expect.poll(() => oaAnswers(user), { timeout: 60_000, interval: 100 }).toBe(1);
      expectRetried(retried(logged, "message/cs"), code, times);
    },
    TEST_TIMEOUT,
  );

  it(
    "reports a message it cannot answer while Zalo stays down, naming it, and answers again once Zalo is back",
    async () => {
      const user = oaUser();
      oa.failNextSends(1_000_000, "drop");
      const messageId = await toOa(user);
      await expect.poll(() => reported("zalo-oa", messageId, user), { timeout: 60_000, interval: 100 }).toBeDefined();
      expect(reported("zalo-oa", messageId, user)).toMatchObject({ error: { type: "ZaloNetworkError", code: "network", method: "message/cs" } });
      expect(oaAnswers(user)).toBe(0);

      oa.failNextSends(0, "drop");
      const later = oaUser();
      await toOa(later);
      await expect.poll(() => oaAnswers(later), { timeout: 30_000, interval: 100 }).toBe(1);
    },
    TEST_TIMEOUT,
  );
});

describe("a storm of faults on both Zalo channels", () => {
  it(
    "answers or reports every acknowledged message, answers none twice, and recovers",
    async () => {
      // Waves of messages, each meeting the next failures armed; a wave's retries meet the next wave's failures.
      const waves: [Failure, "502" | "drop" | "hang"][] = [
        ["429", "502"],
        ["drop", "hang"],
        ["hang", "drop"],
        ["502", "502"],
        ["drop", "drop"],
      ];
      const bots: { chat: string; messageId: Promise<string> }[] = [];
      const oas: { user: string; messageId: Promise<string> }[] = [];
      for (const [botFailure, oaFailure] of waves) {
        bot.failNext("sendMessage", 3, botFailure);
        bot.failNext("sendChatAction", 2, "drop");
        oa.failNextSends(3, oaFailure);
        for (let k = 0; k < 6; k++) {
          const chat = botChat();
          bots.push({ chat, messageId: toBot(chat) });
          const user = oaUser();
          oas.push({ user, messageId: toOa(user) });
        }
        await Promise.all([...bots, ...oas].map((m) => m.messageId));
      }
      const botIds = await Promise.all(bots.map((m) => m.messageId));
      const oaIds = await Promise.all(oas.map((m) => m.messageId));
      const settled = () =>
        bots.every((m, k) => botAnswers(m.chat) === 1 || reported("zalo-bot", botIds[k]!, m.chat)) &&
        oas.every((m, k) => oaAnswers(m.user) === 1 || reported("zalo-oa", oaIds[k]!, m.user));
      await expect.poll(settled, { timeout: 180_000, interval: 200 }).toBe(true);
      for (const m of bots) expect(botAnswers(m.chat)).toBeLessThanOrEqual(1);
      for (const m of oas) expect(oaAnswers(m.user)).toBeLessThanOrEqual(1);
      const answered = bots.filter((m) => botAnswers(m.chat) === 1).length + oas.filter((m) => oaAnswers(m.user) === 1).length;
      expect(answered).toBeGreaterThanOrEqual(bots.length + oas.length - 6);

      bot.failNext("sendMessage", 0, "502");
      oa.failNextSends(0, "502");
      const chat = botChat();
      const user = oaUser();
      await Promise.all([toBot(chat), toOa(user)]);
      await expect.poll(() => botAnswers(chat) + oaAnswers(user), { timeout: 30_000, interval: 100 }).toBe(2);
    },
    TEST_TIMEOUT,
  );
});
