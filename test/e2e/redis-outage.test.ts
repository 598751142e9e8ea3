import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram } from "../fakes/telegram-api.js";
import { startFakeZaloBot, type FakeZaloBot } from "../fakes/zalo-bot.js";
import { privateText } from "../adapters/telegram/updates.js";
import { freePort, startRedis, type TestRedis } from "../support/redis.js";
import { startTestService, type TestService } from "../support/service.js";
import { NO_LIMITS, telegramWebhookEnv, zaloBotWebhookEnv } from "../support/webhook-env.js";
import { keepProbing, type ProbeResult } from "./probe.js";

/**
 * Two instances sharing Redis, taking Telegram and Zalo Bot webhooks, while Redis is killed and
 * started again in the middle of the traffic. They keep answering from their own memory while it
 * is away (said once in each log, /readyz says 503), share their state again by themselves when
 * it is back, and lose no message on the way.
 */

const TOKEN = "7000003:OUTAGE-test-token-abcdefghijklmnop";
const TELEGRAM_SECRET = "outage_secret-token";
const ZALO_SECRET = "outage-webhook-secret-0123";
const QUESTION = "Long An có bao nhiêu doanh nghiệp công nghệ số?";
/** The first line of the answer to {@link QUESTION}, checked by hand. */
const HEADLINE = "Long An: 277 doanh nghiệp công nghệ số [1].";
const SENDERS = 6;
const TEST_TIMEOUT = 240_000;

let redis: TestRedis;
let telegram: FakeTelegram;
let zalo: FakeZaloBot;
const instances: TestService[] = [];

beforeAll(async () => {
  redis = await startRedis();
  telegram = await FakeTelegram.start(TOKEN);
  zalo = await startFakeZaloBot();
  for (let k = 0; k < 2; k++) {
    const port = await freePort();
    instances.push(
      await startTestService({
        PORT: String(port),
        CORPUS_WATCH: "false",
        REDIS_URL: redis.url,
        ...NO_LIMITS,
        ...telegramWebhookEnv(port, telegram.url, TOKEN, TELEGRAM_SECRET),
        ...zaloBotWebhookEnv(port, zalo.url, zalo.token, ZALO_SECRET),
      }),
    );
  }
  await Promise.all(instances.map((s) => s.state.ready()));
  await zalo.calls.until((all) => all.filter((c) => c.method === "setWebhook").length === 2, 30_000, "both instances' setWebhook");
}, 60_000);
afterAll(async () => {
  for (const s of instances) await s.stop();
  await telegram?.close();
  await zalo?.close();
  await redis?.stop();
}, 60_000);

/** One person's message: its own chat, on one channel, first delivered to one instance. */
interface Message {
  readonly channel: "telegram" | "zalo";
  readonly chat: string;
  readonly body: Record<string, unknown>;
  readonly instance: number;
}
let serial = 0;
function message(): Message {
  const i = serial++;
  const instance = Math.floor(i / 2) % 2;
  if (i % 2 === 0) {
    const chat = 820_000_000 + i;
    return { channel: "telegram", chat: String(chat), body: { ...privateText(chat, QUESTION), update_id: 2_000_000 + i }, instance };
  }
  const chat = `0ade${i.toString(16).padStart(12, "0")}`;
  return { channel: "zalo", chat, body: zalo.textUpdate(chat, QUESTION), instance };
}

/** Delivers `m` to instance `k`; the HTTP status. */
async function deliver(m: Message, k: number): Promise<number> {
  const url = instances[k]!.url;
  return m.channel === "telegram" ? (await telegram.postTo(`${url}/webhooks/telegram`, m.body)).status : zalo.push(m.body, { url: `${url}/webhooks/zalo-bot` });
}

/** The answers `chat` got (Telegram's accepted sendMessage calls as shown; Zalo's messages). */
function answersTo(m: Message): number {
  const texts =
    m.channel === "telegram"
      ? telegram.callsOf("sendMessage").filter((c) => c.status === 200 && String(c.params.chat_id) === m.chat).map((c) => c.shown!)
      : zalo.sent.where((s) => s.chatId === m.chat && s.method === "sendMessage").map((s) => s.text!);
  return texts.filter((t) => t.startsWith(`${HEADLINE}\n`)).length;
}

/** New messages, {@link SENDERS} at a time, until stopped; each one's status kept. */
function traffic(): { readonly sent: { m: Message; status: number }[]; stop(): Promise<void> } {
  const sent: { m: Message; status: number }[] = [];
  let stopped = false;
  const sender = async () => {
    while (!stopped) {
      const m = message();
      // A delivery that gets no answer counts as status 0: the test goes on and reports it.
      sent.push({ m, status: await deliver(m, m.instance).catch(() => 0) });
      await sleep(5);
    }
  };
  const senders = Promise.all(Array.from({ length: SENDERS }, sender));
  return {
    sent,
    stop: async () => {
      stopped = true;
      await senders;
    },
  };
}

const readiness = () => Promise.all(instances.map(async (s) => (await fetch(`${s.url}/readyz`)).status));

/**
 * Messages flow while Redis goes `down` and comes back `up`: every message is answered once,
 * /readyz says 503 while Redis is away and 200 once it is back, the web API and health check
 * answer all along, and each instance logs the outage once (`why`: the error it saw first) and
 * the return once.
 */
async function outage(down: () => Promise<void> | void, up: () => Promise<void> | void, why: RegExp): Promise<void> {
  const logged = instances.map((s) => s.logs.length);
  const duplicatesBefore = await duplicates();
  const probes = instances.map((s) => keepProbing(s.url));
  const flow = traffic();
  const sentBy = (n: number) => expect.poll(() => flow.sent.length, { timeout: 60_000, interval: 50 }).toBeGreaterThanOrEqual(n);
  const duplicated: Message[] = [];
  let seen: ProbeResult[];
  try {
    // Redis up: a delivery retried to the other instance is answered once.
    await sentBy(60);
    duplicated.push(message());
    expect([await deliver(duplicated[0]!, 0), await deliver(duplicated[0]!, 1)]).toEqual([200, 200]);

    // Gone while messages flow.
    await down();
    const downAt = flow.sent.length;
    await expect.poll(readiness, { timeout: 30_000, interval: 100 }).toEqual([503, 503]);
    await sentBy(downAt + 120);
    // Alone, each instance still answers a delivery it sees twice once.
    duplicated.push(message());
    expect([await deliver(duplicated[1]!, 1), await deliver(duplicated[1]!, 1)]).toEqual([200, 200]);

    // Back while messages flow: shared again, without a restart.
    await up();
    await expect.poll(readiness, { timeout: 30_000, interval: 100 }).toEqual([200, 200]);
    await sentBy(flow.sent.length + 60);
    duplicated.push(message());
    expect([await deliver(duplicated[2]!, 1), await deliver(duplicated[2]!, 0)]).toEqual([200, 200]);
  } finally {
    await flow.stop();
    seen = await Promise.all(probes.map((p) => p.stop()));
  }

  for (const [k, p] of seen.entries()) {
    expect(p.healthz.filter((s) => s !== 200), `instance ${k} /healthz`).toEqual([]);
    expect(p.ask.filter((s) => s !== 200), `instance ${k} /api/ask`).toEqual([]);
  }
  const messages = [...flow.sent.map((s) => s.m), ...duplicated];
  expect(flow.sent.filter((s) => s.status !== 200)).toEqual([]);
  await expect.poll(() => messages.every((m) => answersTo(m) === 1), { timeout: 60_000, interval: 200 }).toBe(true);
  // Nothing answered late, twice: every delivery has been claimed, the three duplicates as such.
  await expect.poll(duplicates, { timeout: 30_000, interval: 200 }).toBe(duplicatesBefore + 3);
  for (const m of messages) expect(answersTo(m), m.chat).toBe(1);
  for (const [k, s] of instances.entries()) {
    const lines = s.logs.slice(logged[k]);
    expect(lines.filter((l) => l.level === "error").map((l) => [l.msg, (l.err as { message: string }).message])).toEqual([
      ["Redis unreachable: answering on; conversation context, de-duplication, chat and address limits are kept in this instance until it returns", expect.stringMatching(why)],
    ]);
    expect(lines.filter((l) => l.msg === "Redis reachable again: state is shared anew")).toHaveLength(1);
  }
}

/** Deliveries recognised as seen before, by both instances. */
async function duplicates(): Promise<number> {
  let n = 0;
  for (const s of instances) for (const v of (await s.metrics.duplicates.get()).values) n += v.value;
  return n;
}

describe("Redis failing mid-run", () => {
  it(
    "killed and started again: answers every message once, says so once, and shares its state again by itself",
    // The first error seen depends on the moment: a write to the closing socket, the closing itself, a command refused after it.
    () => outage(() => redis.kill(), () => redis.restart(), /./),
    TEST_TIMEOUT,
  );

  it(
    "hung, its connections open: stops waiting for it after 2 s, answers every message once, and shares its state again once it answers",
    () => outage(() => redis.pause(), () => redis.resume(), /^Command timed out$/),
    TEST_TIMEOUT,
  );
});
