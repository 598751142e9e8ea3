/**
 * The webhook part of the HTTP bench: the Telegram webhook and the two Zalo webhooks under
 * autocannon, each against its local fake platform (in this process, recording every send), at
 * 1, 2 and 4 instances sharing one Redis, on the realistic mix of questions in 2 000 chats (the
 * mix `/api/ask` runs), after the same 2-second warm-up.
 * Telegram's webhook answers once the reply is sent, a one-message answer in its response (the
 * fake reads each response, as Telegram does); Zalo's answer at once and reply after. The replies
 * the fake received are counted for each.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeTelegram } from "../../test/fakes/telegram-api.js";
import { startFakeZaloBot } from "../../test/fakes/zalo-bot.js";
import { startFakeZaloOa } from "../../test/fakes/zalo-oa.js";
import { freePort, startRedis } from "../../test/support/redis.js";
import { telegramWebhookEnv, zaloBotWebhookEnv } from "../../test/support/webhook-env.js";
import { load, type LoadRequest } from "./load.js";
import { realisticMix } from "./mixes.js";
import { startServerProcess, type ServerProcess } from "./processes.js";
import { LOAD_ENV, type HttpRow } from "./run.js";

const TG_TOKEN = "123456:BENCH-webhook-abcdefghijklmnop";
const TG_SECRET = "bench_secret_token";
const ZB_SECRET = "bench-zalo-bot-secret";
/** As many chats as `/api/ask`'s realistic mix: the same mix (fewer chats continue more conversations, which the core keeps fewer answers for). */
const CHATS = 2000;

/** A webhook platform faked for the run. */
interface Platform {
  /** The instances' settings; `port` is the first instance's, where the webhook is registered. */
  env(port: number): Record<string, string>;
  readonly requests: LoadRequest[];
  /** Runs once the instances listen, before the load. */
  warm?(): Promise<void>;
  /** Replies the platform has received so far. */
  sends(): number;
  close(): Promise<void>;
}

/** One webhook route under load. */
interface Target {
  readonly label: string;
  setup(): Promise<Platform>;
}

let nextUpdate = 1_000_000;
const telegram: Target = {
  label: "Telegram webhook (reply in or before the 200)",
  async setup() {
    const fake = await FakeTelegram.start(TG_TOKEN);
    const mix = realisticMix(CHATS);
    return {
      env: (port) => telegramWebhookEnv(port, fake.url, TG_TOKEN, TG_SECRET),
      requests: [
        {
          method: "POST",
          path: "/webhooks/telegram",
          fresh: () => {
            const id = nextUpdate++;
            const m = mix.next();
            const chat = 500_000 + m.chat;
            const update = { update_id: id, message: { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: chat, type: "private", first_name: "Lan" }, from: { id: chat, is_bot: false, first_name: "Lan", language_code: "vi" }, text: m.text } };
            return { body: JSON.stringify(update), headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET } };
          },
          // A reply may be the webhook's response: Telegram carries it out, and so does the fake.
          onResponse: (status, body) => void (status === 200 && fake.readWebhookResponse(body)),
        },
      ],
      // The fake only accepts sends to chats it has seen: each bench chat writes once through it first, 16 at a time.
      warm: async () => {
        while (!fake.callsOf("setWebhook").length) await new Promise((r) => setTimeout(r, 50));
        let next = 0;
        const hello = async () => {
          for (let c = next++; c < CHATS; c = next++) await fake.postToWebhook({ message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: 500_000 + c, type: "private", first_name: "Lan" }, from: { id: 500_000 + c, is_bot: false, first_name: "Lan" }, text: "xin chào" } }, TG_SECRET);
        };
        await Promise.all(Array.from({ length: 16 }, hello));
      },
      sends: () => fake.callsOf("sendMessage").length,
      close: () => fake.close(),
    };
  },
};

const zaloBot: Target = {
  label: "Zalo Bot webhook (200 first, answered after)",
  async setup() {
    const fake = await startFakeZaloBot();
    const mix = realisticMix(CHATS);
    return {
      env: (port) => zaloBotWebhookEnv(port, fake.url, fake.token, ZB_SECRET),
      requests: [
        {
          method: "POST",
          path: "/webhooks/zalo-bot",
          fresh: () => {
            const m = mix.next();
            return { body: JSON.stringify(fake.textUpdate(`zb-${m.chat}`, m.text)), headers: { "content-type": "application/json", "x-bot-api-secret-token": ZB_SECRET } };
          },
        },
      ],
      sends: () => fake.sent.items.length,
      close: () => fake.close(),
    };
  },
};

const zaloOa: Target = {
  label: "Zalo OA webhook (signed; 200 first, answered after)",
  async setup() {
    const fake = await startFakeZaloOa();
    const mix = realisticMix(CHATS);
    return {
      env: () => fake.settings(join(mkdtempSync(join(tmpdir(), "bench-zalo-")), "token.json")),
      requests: [
        {
          method: "POST",
          path: "/webhooks/zalo-oa",
          fresh: () => {
            const m = mix.next();
            const event = fake.textEvent(`${8_000_000_000_000_000_000n + BigInt(m.chat)}`, m.text);
            const body = JSON.stringify(event);
            return { body, headers: { "content-type": "application/json", "x-zevent-signature": fake.sign(body, String(event.timestamp)) } };
          },
        },
      ],
      sends: () => fake.sent.items.length,
      close: () => fake.close(),
    };
  },
};

/** Resolves once the platform has received no reply for 200 ms (or after 30 s). */
async function settled(platform: Platform): Promise<void> {
  const end = Date.now() + 30_000;
  for (let seen = -1; platform.sends() !== seen && Date.now() < end; ) {
    seen = platform.sends();
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Each webhook route at each instance count, with one Redis shared by the instances. */
export async function webhookBench(seconds: number, instanceCounts: readonly number[] = [1, 2, 4]): Promise<HttpRow[]> {
  const rows: HttpRow[] = [];
  for (const target of [telegram, zaloBot, zaloOa]) {
    for (const n of instanceCounts) {
      const redis = await startRedis();
      const platform = await target.setup();
      const ports = await Promise.all(Array.from({ length: n }, () => freePort()));
      let servers: ServerProcess[] = [];
      try {
        servers = await Promise.all(ports.map((port) => startServerProcess("adapters/server/main.ts", { ...LOAD_ENV, REDIS_URL: redis.url, ...platform.env(ports[0]!) }, { port })));
        await platform.warm?.();
        const urls = servers.map((s) => s.url);
        // Warmed up as /api/ask is (the first answers fill caches), and its replies let through.
        await load(urls, platform.requests, 2);
        await settled(platform);
        const before = platform.sends();
        const result = await load(urls, platform.requests, seconds);
        // Zalo replies after its 200: wait (a while) for the sends to catch up.
        const accepted = Math.round(result.requestsPerSecond * seconds);
        const end = Date.now() + 30_000;
        while (platform.sends() - before < accepted * 0.98 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
        rows.push({ label: `${target.label}, ${n} instance${n > 1 ? "s" : ""}`, instances: n, result, replies: platform.sends() - before });
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
        await platform.close();
        await redis.stop();
      }
    }
  }
  return rows;
}
