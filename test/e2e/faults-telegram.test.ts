import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeTelegram, type Fault } from "../fakes/telegram-api.js";
import { privateText } from "../adapters/telegram/updates.js";
import { freePort } from "../support/redis.js";
import { startTestService, type TestService } from "../support/service.js";
import { SHORT_TIMEOUTS } from "../support/timeouts.js";
import { NO_LIMITS, telegramWebhookEnv } from "../support/webhook-env.js";
import { keepProbing, type ProbeResult } from "./probe.js";

/**
 * The Telegram channel (webhook mode) while the Bot API misbehaves: refusals with retry_after,
 * server errors, calls that hang past their timeout, connections closed without an answer. Every
 * update Telegram got 200 for is answered or, when Telegram stays broken, reported in an error
 * line naming it; the web API and health check answer all along; the bot recovers by itself.
 */

const TOKEN = "7000002:FAULTS-test-token-abcdefghijklmnop";
const SECRET = "faults_secret-token";
const QUESTION = "Lào Cai có bao nhiêu dịch vụ công trực tuyến?";
/** The first line of the answer to {@link QUESTION}, checked by hand. */
const HEADLINE = "Lào Cai: 1.837 dịch vụ công [1].";
const TEST_TIMEOUT = 240_000;

let fake: FakeTelegram;
let svc: TestService;
let probe: { stop(): Promise<ProbeResult> };
let nextChat = 810_000_000;

beforeAll(async () => {
  fake = await FakeTelegram.start(TOKEN);
  const port = await freePort();
  svc = await startTestService({
    PORT: String(port),
    CORPUS_WATCH: "false",
    ...NO_LIMITS,
    ...telegramWebhookEnv(port, fake.url, TOKEN, SECRET),
    // "typing…" before every answer, so that its call meets the faults too.
    TELEGRAM_TYPING_AFTER_MS: "0",
    // Every reply by a Bot API call of its own, the path the faults are on: a webhook reply is
    // carried out by Telegram, and its outcome never reaches the bot.
    TELEGRAM_WEBHOOK_REPLY: "false",
  });
}, 60_000);
afterAll(async () => {
  await svc?.stop();
  await fake?.close();
}, 60_000);

// Every test runs with the web API and the health check asked over and over beside it.
beforeEach(() => {
  probe = keepProbing(svc.url);
});
afterEach(async () => {
  fake.clearFaults();
  const seen = await probe.stop();
  expect(seen.healthz.length).toBeGreaterThan(0);
  expect(seen.healthz.filter((s) => s !== 200)).toEqual([]);
  expect(seen.ask.filter((s) => s !== 200)).toEqual([]);
});

/** A private chat's question, posted to the webhook; resolves with the update id once Telegram got its answer. */
async function deliver(chat: number, text = QUESTION): Promise<number> {
  const posted = await fake.postToWebhook(privateText(chat, text));
  expect(posted.status).toBe(200);
  return posted.updateId;
}

/** The texts of the messages `chat` was sent (accepted by the Bot API), as shown. */
const shownTo = (chat: number) => fake.callsOf("sendMessage").filter((c) => c.status === 200 && String(c.params.chat_id) === String(chat)).map((c) => c.shown!);
const answered = (chat: number) => shownTo(chat).some((t) => t.startsWith(`${HEADLINE}\n`));
/** The error line that reports update `updateId` as failed, if any. */
const reported = (updateId: number) => svc.logs.find((l) => l.level === "error" && l.msg === "Telegram update failed" && l.update_id === updateId);
const waitAnswered = (chat: number, timeout: number) => expect.poll(() => answered(chat), { timeout, interval: 100 }).toBe(true);
/** The error codes of the refusals of `method` logged from `after` on. */
const refusals = (after: number, method: string) => svc.logs.slice(after).filter((l) => l.msg === "Telegram refused a call" && l.method === method).map((l) => l.error_code);
/**
 * The network failures of `method` logged from `after` on. There may be one more than a test
 * caused: a keep-alive connection the fake closes after 5 s idle, just as a call goes out on it,
 * fails that call on loopback too (and it is retried).
 */
const networkFailures = (after: number, method: string) =>
  svc.logs.slice(after).filter((l) => l.msg === "Telegram call failed" && l.method === method).map((l) => (l.err as { message: string }).message);
/** The calls of `method` to `chat` the fake left unanswered (hung or dropped). */
const unanswered = (method: string, chat: number) => fake.callsOf(method).filter((c) => c.status === 0 && String(c.params.chat_id) === String(chat));

describe("Telegram API faults", () => {
  it(
    "waits out a 429's retry_after and answers",
    async () => {
      const chat = nextChat++;
      const logged = svc.logs.length;
      fake.failNext("sendMessage", 2, { status: 429, retryAfter: 1 });
      await deliver(chat);
      await waitAnswered(chat, 30_000);
      expect(shownTo(chat)).toHaveLength(1);
      expect(refusals(logged, "sendMessage")).toEqual([429, 429]);
    },
    TEST_TIMEOUT,
  );

  it(
    "retries server errors (500, 502, 503) and answers",
    async () => {
      const chat = nextChat++;
      const logged = svc.logs.length;
      for (const status of [500, 503] as const) fake.failNext("sendMessage", 1, { status });
      fake.failNext("sendChatAction", 1, { status: 502 });
      await deliver(chat);
      await waitAnswered(chat, 60_000);
      expect(shownTo(chat)).toHaveLength(1);
      expect(refusals(logged, "sendMessage")).toEqual([500, 503]);
      expect(refusals(logged, "sendChatAction")).toEqual([502]);
    },
    TEST_TIMEOUT,
  );

  it(
    "gives up a call that hangs past TELEGRAM_CALL_TIMEOUT_MS, tries again and answers (grammY alone would wait 500 s)",
    async () => {
      const chat = nextChat++;
      const logged = svc.logs.length;
      fake.failNext("sendMessage", 1, { hangMs: 600_000 });
      await deliver(chat);
      await waitAnswered(chat, 90_000);
      expect(shownTo(chat)).toHaveLength(1);
      expect(networkFailures(logged, "sendMessage")).toContain(`Telegram did not answer 'sendMessage' within ${Number(SHORT_TIMEOUTS.TELEGRAM_CALL_TIMEOUT_MS) / 1000} s`);
      expect(unanswered("sendMessage", chat)).toHaveLength(1);
    },
    TEST_TIMEOUT,
  );

  it(
    "retries connections closed without an answer and answers",
    async () => {
      const chat = nextChat++;
      const logged = svc.logs.length;
      fake.failNext("sendMessage", 2, { drop: true });
      await deliver(chat);
      await waitAnswered(chat, 60_000);
      expect(shownTo(chat)).toHaveLength(1);
      expect(unanswered("sendMessage", chat)).toHaveLength(2);
      expect(networkFailures(logged, "sendMessage").filter((m) => m === "Network request for 'sendMessage' failed!").length).toBeGreaterThanOrEqual(2);
    },
    TEST_TIMEOUT,
  );

  it(
    "reports an update it cannot answer while Telegram stays down, and answers again once it is back",
    async () => {
      const chat = nextChat++;
      fake.failNext("*", 1_000_000, { drop: true });
      const updateId = await deliver(chat);
      // Three retries of each call, TELEGRAM_RETRY_WAIT_MS apart, then twice and four times as long: failed in bounded time, not retried for ever.
      await expect.poll(() => reported(updateId), { timeout: 120_000, interval: 200 }).toBeDefined();
      expect(reported(updateId)).toMatchObject({ chat_id: chat, err: { type: "HttpError", message: "Network request for 'sendMessage' failed!" } });
      expect(answered(chat)).toBe(false);

      fake.clearFaults();
      const later = nextChat++;
      await deliver(later);
      await waitAnswered(later, 30_000);
    },
    TEST_TIMEOUT,
  );

  it(
    "answers or reports every accepted update in a storm of mixed faults, and recovers",
    async () => {
      // Faults on the next calls, in this order, whichever chats' calls they fall on: some calls
      // meet several in a row and use up their retries (then the update is reported).
      const storm: [string, Fault][] = [
        ["sendMessage", { status: 429, retryAfter: 1 }],
        ["sendMessage", { drop: true }],
        ["sendChatAction", { hangMs: 600_000 }],
        ["sendMessage", { status: 502 }],
        ["sendMessage", { hangMs: 600_000 }],
        ["sendMessage", { drop: true }],
        ["sendChatAction", { drop: true }],
        ["sendMessage", { status: 500 }],
        ["sendMessage", { status: 429, retryAfter: 2 }],
        ["sendMessage", { drop: true }],
        ["sendMessage", { status: 503 }],
        ["sendMessage", { drop: true }],
      ];
      const callsBefore = fake.calls.length;
      for (const [method, fault] of storm) fake.failNext(method, 1, fault);
      const chats = Array.from({ length: 30 }, () => nextChat++);
      const updateIds = await Promise.all(chats.map((chat) => deliver(chat)));
      const settled = () => chats.every((chat, k) => answered(chat) || reported(updateIds[k]!));
      await expect.poll(settled, { timeout: 180_000, interval: 200 }).toBe(true);
      // Every fault was met; no chat got its answer twice.
      expect(fake.calls.slice(callsBefore).filter((c) => c.status !== 200)).toHaveLength(storm.length);
      for (const chat of chats) expect(shownTo(chat).filter((t) => t.startsWith(HEADLINE)).length).toBeLessThanOrEqual(1);
      expect(chats.filter(answered).length).toBeGreaterThanOrEqual(chats.length - 3);

      const after = nextChat++;
      await deliver(after);
      await waitAnswered(after, 30_000);
    },
    TEST_TIMEOUT,
  );
});
