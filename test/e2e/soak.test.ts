import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram } from "../fakes/telegram-api.js";
import { startFakeZaloBot, type FakeZaloBot } from "../fakes/zalo-bot.js";
import { privateText } from "../adapters/telegram/updates.js";
import { freePort, startRedis, type TestRedis } from "../support/redis.js";
import { NO_LIMITS, telegramWebhookEnv, zaloBotWebhookEnv } from "../support/webhook-env.js";
import { seededRandom } from "../support/random.js";
import { startServiceProcess, type ServiceProcess } from "./service-process.js";

/**
 * The soak: SOAK_DELIVERIES people (4 000 unless set; `npm run soak` sets 20 000) each ask one
 * question — half on Telegram, half on the Zalo Bot Platform, by webhook — of two instances of
 * the service, each its own process, sharing one Redis. 5% of the deliveries are delivered again,
 * to the other instance, at a random later moment (as Telegram and Zalo retry a delivery whose
 * acknowledgement was lost). 32 deliveries are in flight at a time, each sender pausing a random
 * moment between two.
 */

const MESSAGES = Number(process.env.SOAK_DELIVERIES ?? 4000);
if (!Number.isInteger(MESSAGES) || MESSAGES < 1000 || MESSAGES % 20) throw new Error(`SOAK_DELIVERIES must be a whole number of 1 000 or more, a multiple of 20, not ${process.env.SOAK_DELIVERIES}`);
const DUPLICATES = MESSAGES / 20;
const CONCURRENCY = 32;
/** A sender's pause between two deliveries: 0 to this many ms. */
const JITTER_MS = 4;
/** How far after its original a duplicate may come: up to this many deliveries later. */
const DUPLICATE_SPREAD = 3000;
/** Messages sent before memory is first measured: the code is compiled, pools and caches filled. */
const WARM_UP = Math.min(2000, MESSAGES / 10);
/**
 * Memory is held to its bounds from this many messages on. Over fewer, a leak of tens of bytes per
 * message is lost in what full collections leave from one measure to the next (some hundreds of KB).
 */
const MEMORY_CHECKED_FROM = 20_000;
const SEED = 0x5eed_0007;
const TIMEOUT_MS = 120_000 + MESSAGES * 10;

const TOKEN = "7000001:SOAK-test-token-abcdefghijklmnop";
const TELEGRAM_SECRET = "soak_secret-token";
const ZALO_SECRET = "soak-webhook-secret-0123";

/**
 * Questions whose answer is one message on both channels (a figure, its quote, its source; no
 * chart), with the line it starts with, checked by hand against the embedded corpus.
 */
const QUESTIONS: readonly { text: string; headline: string }[] = [
  { text: "Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?", headline: "Long An: 1.480 dịch vụ công trực tuyến (tháng 8/2023) [1]." },
  { text: "Lào Cai có bao nhiêu dịch vụ công trực tuyến?", headline: "Lào Cai: 1.837 dịch vụ công [1]." },
  { text: "Long An có bao nhiêu doanh nghiệp công nghệ số?", headline: "Long An: 277 doanh nghiệp công nghệ số [1]." },
  { text: "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?", headline: "Long An: trên 40 chợ — triển khai thanh toán không dùng tiền mặt [1]." },
];

/** Message `i`: its channel, its chat (one per message), its question and the instance it first reaches. */
interface Message {
  readonly i: number;
  readonly channel: "telegram" | "zalo";
  readonly chat: string;
  readonly question: (typeof QUESTIONS)[number];
  readonly instance: 0 | 1;
  readonly body: Record<string, unknown>;
}

interface Delivery {
  readonly message: Message;
  readonly instance: 0 | 1;
  readonly duplicate: boolean;
  /** Order of sending. */
  readonly at: number;
}

let redis: TestRedis;
let telegram: FakeTelegram;
let zalo: FakeZaloBot;
const instances: ServiceProcess[] = [];

beforeAll(async () => {
  redis = await startRedis();
  telegram = await FakeTelegram.start(TOKEN);
  zalo = await startFakeZaloBot();
  const ports = [await freePort(), await freePort()];
  const env = (port: number) => ({
    REDIS_URL: redis.url,
    ...NO_LIMITS,
    ...telegramWebhookEnv(port, telegram.url, TOKEN, TELEGRAM_SECRET),
    ...zaloBotWebhookEnv(port, zalo.url, zalo.token, ZALO_SECRET),
    // Two malloc arenas, as deploy/cds-bot.service sets: with glibc's default (one per thread and
    // core), what the allocator keeps after collections varied by tens of MB between runs on
    // Node 24, hiding what the resident-memory bound is there to catch.
    MALLOC_ARENA_MAX: "2",
  });
  // One after the other: the first builds the persisted index, the second reads it.
  for (const port of ports) instances.push(await startServiceProcess(port, env(port)));
  await zalo.calls.until((all) => all.filter((c) => c.method === "setWebhook").length === 2, 30_000, "both instances' setWebhook");
}, 120_000);

afterAll(async () => {
  await Promise.all(instances.map((s) => s.stop()));
  await telegram?.close();
  await zalo?.close();
  await redis?.stop();
}, 60_000);

/** Every message, and the deliveries in the order they are sent: each message once, 5% of them again, to the other instance, later. */
function plan(): { messages: Message[]; deliveries: Delivery[] } {
  const rnd = seededRandom(SEED);
  const messages: Message[] = Array.from({ length: MESSAGES }, (_, i) => {
    const channel = i % 2 ? "zalo" : "telegram";
    const question = QUESTIONS[Math.floor(rnd() * QUESTIONS.length)]!;
    const instance = rnd() < 0.5 ? 0 : 1;
    if (channel === "telegram") {
      const chat = 900_000_000 + i;
      return { i, channel, chat: String(chat), question, instance, body: { ...privateText(chat, question.text), update_id: 1_000_000 + i } };
    }
    const chat = `50a4${i.toString(16).padStart(12, "0")}`;
    return { i, channel, chat, question, instance, body: zalo.textUpdate(chat, question.text) };
  });
  const deliveries: Delivery[] = messages.map((message) => ({ message, instance: message.instance, duplicate: false, at: message.i }));
  const again = new Set<number>();
  while (again.size < DUPLICATES) again.add(Math.floor(rnd() * MESSAGES));
  for (const i of again) {
    const message = messages[i]!;
    // Right behind the original (both in flight at once) up to thousands of deliveries later.
    deliveries.push({ message, instance: message.instance === 0 ? 1 : 0, duplicate: true, at: i + 0.5 + rnd() * DUPLICATE_SPREAD });
  }
  deliveries.sort((a, b) => a.at - b.at);
  return { messages, deliveries };
}

/** Sends `deliveries` with {@link CONCURRENCY} senders; resolves with the HTTP status of each. */
async function send(deliveries: readonly Delivery[], rnd: () => number): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  const sender = async () => {
    while (next < deliveries.length) {
      const d = deliveries[next++]!;
      const url = instances[d.instance]!.url;
      // A delivery that gets no answer counts as status 0: the test goes on and reports it.
      const status =
        d.message.channel === "telegram"
          ? await telegram.postTo(`${url}/webhooks/telegram`, d.message.body).then((r) => r.status, () => 0)
          : await zalo.push(d.message.body, { url: `${url}/webhooks/zalo-bot` }).catch(() => 0);
      statuses.push(status);
      await new Promise((r) => setTimeout(r, rnd() * JITTER_MS));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, sender));
  return statuses;
}

/** What each chat was sent: Telegram's accepted sendMessage calls (text as shown) and Zalo's. */
function sentByChat(): Map<string, string[]> {
  const byChat = new Map<string, string[]>();
  const add = (chat: string, text: string) => byChat.set(chat, [...(byChat.get(chat) ?? []), text]);
  for (const c of telegram.callsOf("sendMessage")) if (c.status === 200) add(String(c.params.chat_id), c.shown!);
  for (const m of zalo.sent.items) add(m.chatId, m.text ?? `(${m.method})`);
  return byChat;
}

const answered = () => telegram.callsOf("sendMessage").filter((c) => c.status === 200).length + zalo.sent.items.length;

/** Waits until `n` answers are recorded by the fakes. */
async function answersReach(n: number, timeoutMs: number): Promise<void> {
  await expect.poll(answered, { timeout: timeoutMs, interval: 200 }).toBeGreaterThanOrEqual(n);
}

/** A call that failed on a connection reset and is retried, as logged. */
function retriedReset(line: Record<string, unknown>): boolean {
  if (line.level !== "warn") return false;
  if (line.msg === "Telegram call failed") return (line.err as { cause?: string }).cause === "ECONNRESET";
  if (line.msg === "Zalo call failed, retrying") return (line.error as { code?: string }).code === "network";
  return false;
}

/** A metric summed over both instances. */
async function total(name: string): Promise<number> {
  const metrics = await Promise.all(instances.map((s) => s.metrics()));
  return metrics.reduce((n, m) => n + m.total(name), 0);
}

/** Memory of an instance, in MB, after full collections. */
interface Memory {
  /** Live objects: the old space and the large-object space of the heap. */
  readonly objectsMb: number;
  /** The whole heap used, compiled code included. */
  readonly heapMb: number;
  readonly rssMb: number;
}

/** The memory of each instance, once idle. */
async function memory(): Promise<Memory[]> {
  // Zalo's typing indicators go out beside the answers, not before them: idle once all are sent.
  const zaloAnswers = zalo.sent.items.length;
  await expect.poll(() => zalo.calls.where((c) => c.method === "sendChatAction").length, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(zaloAnswers);
  const mb = (bytes: number) => bytes / 2 ** 20;
  return Promise.all(
    instances.map(async (s) => {
      await s.collectGarbage();
      const m = await s.metrics();
      const space = (name: string) => m.total("nodejs_heap_space_size_used_bytes", { space: name });
      return { objectsMb: mb(space("old") + space("large_object")), heapMb: mb(m.total("nodejs_heap_size_used_bytes")), rssMb: mb(m.total("process_resident_memory_bytes")) };
    }),
  );
}

describe(`soak: ${MESSAGES} webhook deliveries on two instances sharing Redis`, () => {
  it(
    "answers every message exactly once, loses none, and ends with flat memory",
    async () => {
      const { messages, deliveries } = plan();
      const rnd = seededRandom(SEED + 1);
      const started = performance.now();
      const middle = (WARM_UP + MESSAGES) / 2;
      const warmUp = deliveries.filter((d) => d.at < WARM_UP);
      const firstHalf = deliveries.filter((d) => d.at >= WARM_UP && d.at < middle);
      const secondHalf = deliveries.filter((d) => d.at >= middle);

      const statuses = await send(warmUp, rnd);
      await answersReach(WARM_UP, 60_000);
      const atWarmUp = await memory();
      statuses.push(...(await send(firstHalf, rnd)));
      await answersReach(middle, 120_000);
      const atMiddle = await memory();

      statuses.push(...(await send(secondHalf, rnd)));
      await answersReach(MESSAGES, 120_000);
      const seconds = (performance.now() - started) / 1000;
      // Every delivery has been claimed once it is counted, as a duplicate or not: none is left to answer.
      await expect.poll(() => total("cds_duplicate_deliveries_total"), { timeout: 30_000, interval: 200 }).toBe(DUPLICATES);
      const atEnd = await memory();

      // Every delivery was accepted.
      expect(statuses.length).toBe(MESSAGES + DUPLICATES);
      expect(statuses.filter((s) => s !== 200)).toEqual([]);

      // Every chat got exactly one message: the answer to its question.
      const sent = sentByChat();
      const wrong = messages.filter((m) => sent.get(m.chat)?.length !== 1 || !sent.get(m.chat)![0]!.startsWith(`${m.question.headline}\n`));
      expect(wrong.slice(0, 5).map((m) => ({ chat: m.chat, question: m.question.text, sent: sent.get(m.chat) ?? [] }))).toEqual([]);
      expect(sent.size).toBe(MESSAGES);
      expect(answered()).toBe(MESSAGES);

      // The bot answered each message once, on one instance or the other.
      expect(await total("cds_answer_duration_seconds_count")).toBe(MESSAGES);
      // Nothing failed or was refused. A call may fail on loopback too when the machine is loaded:
      // an instance starved of CPU has not yet read that the fake closed an idle keep-alive
      // connection and sends on it (ECONNRESET). Such a call is retried, and the answer goes out
      // once (checked above); anything else logged at warn or above fails the test.
      const problems = instances.flatMap((s) => s.problems);
      expect(problems.filter((l) => !retriedReset(l)).map((l) => JSON.stringify(l))).toEqual([]);
      expect(problems.length).toBeLessThanOrEqual(20);

      // Memory flat, from MEMORY_CHECKED_FROM messages on. At 20 000, each instance takes about
      // 9 000 messages between the two measures. Its live objects (after full collections) may
      // grow by one bounded cache only: the numbered follow-up questions of each Zalo chat, kept
      // in memory beside Redis (at most 50 000 chats; about 0.35 KB each, 1.5 MB for this
      // instance's 4 500 new Zalo chats). Measured: 1.2 to 1.8 MB. The bound, 2.2 MB (in
      // proportion to the messages measured beyond 20 000), fails on a leak of 50 bytes per
      // message or more: with AbortSignal.any's leak (fixed in adapters/runtime/abort.ts) they
      // grew 2.7 to 2.9 MB.
      // Compiled code is left out: it grows as V8 optimises more functions (by 0.2 to 1.3 MB here,
      // whatever the traffic). Resident memory also holds pages the allocator keeps after a
      // collection: on Node 24 it rose by 40 to 110 MB in the first thousands of messages, then
      // stayed (less over 40 000 messages than over 20 000), while live objects and the heap
      // V8 reserves stayed flat. So it is bounded over the second half only, once the allocator
      // has settled: a bound that catches a runaway outside the heap (7 KB per message, about
      // 4 500 per instance).
      const figures = instances.map((_, k) =>
        Object.fromEntries((["objectsMb", "heapMb", "rssMb"] as const).map((what) => [what, [atWarmUp[k]![what], atMiddle[k]![what], atEnd[k]![what]].map((v) => +v.toFixed(1))])),
      );
      console.info(
        `soak: ${MESSAGES} messages + ${DUPLICATES} duplicates in ${seconds.toFixed(1)} s (${((MESSAGES + DUPLICATES) / seconds).toFixed(0)} deliveries/s); ` +
          `memory at warm-up → middle → end: ${JSON.stringify(figures)}; log lines: ${instances.map((s) => s.lines()).join(", ")}`,
      );
      if (MESSAGES < MEMORY_CHECKED_FROM) return;
      for (const k of [0, 1]) {
        expect(atEnd[k]!.objectsMb - atWarmUp[k]!.objectsMb).toBeLessThan((2.2 * (MESSAGES - WARM_UP)) / 18_000);
        expect(atEnd[k]!.rssMb - atMiddle[k]!.rssMb).toBeLessThan(32);
      }
    },
    TIMEOUT_MS,
  );
});
