import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/runtime/logger.js";
import { RedisState } from "../../adapters/runtime/redis-state.js";
import { RedisUnansweredLog } from "../../adapters/runtime/unanswered.js";
import { suggestionStoreFor } from "../../adapters/telegram/suggestions.js";
import { FollowUps } from "../../adapters/zalo/follow-ups.js";
import { RedisTokenStore, type StoredTokens } from "../../adapters/zalo/token-store.js";
import { capture, managerWith, oauth, sendWith } from "../support/oa-tokens.js";
import { startRedis, type TestRedis } from "../support/redis.js";

/**
 * What the features keep in Redis, against a real redis-server shared by this file: the state
 * of one instance is seen by another, and kept in memory while Redis is away. The same features'
 * tests in memory are in the first tier, beside their modules' tests.
 */

const logger = createLogger("silent");
let redis: TestRedis;
const clients: Redis[] = [];
const states: RedisState[] = [];

/** A connected client of this file's Redis, closed at the end. */
async function client(): Promise<Redis> {
  const c = new Redis(redis.url);
  clients.push(c);
  await new Promise((ready) => c.once("ready", ready));
  return c;
}
/** A connected {@link RedisState} on this file's Redis, closed at the end. */
async function state(): Promise<RedisState> {
  const s = new RedisState({ url: redis.url, logger });
  states.push(s);
  await s.connected();
  return s;
}

beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(async () => {
  for (const s of states) await s.close();
  for (const c of clients) c.disconnect();
  await redis?.stop();
});

describe("RedisTokenStore", () => {
  it("lets two instances refresh one expired token once between them", async () => {
    const server = oauth();
    const stores = [await client(), await client()];
    const managers = stores.map((c) => managerWith(new RedisTokenStore({ redis: c, key: "cds:zalo-oa:token", logger: capture().logger }), server).manager);
    const used: string[] = [];
    const sends = managers.flatMap((m) => Array.from({ length: 5 }, () => m.withToken(sendWith(() => "at-1", used))));
    expect(await Promise.all(sends)).toEqual(Array(10).fill("sent"));
    expect(server.calls).toEqual(["rt-0"]);
    const stored = JSON.parse((await stores[0]!.get("cds:zalo-oa:token"))!) as StoredTokens;
    expect(stored).toMatchObject({ accessToken: "at-1", refreshToken: "rt-1" });
    expect(await stores[0]!.exists("cds:zalo-oa:token:lock")).toBe(0);
  });
});

describe("FollowUps with Redis", () => {
  it("shares the questions between instances", async () => {
    const [a, b] = [await state(), await state()];
    await new FollowUps(a, 60_000, logger).remember("zalo-bot:c", [{ text: "Chi tiết hơn", command: "more" }, { text: "Nguồn?", command: "sources" }]);
    expect(await new FollowUps(b, 60_000, logger).pick("zalo-bot:c", "2")).toEqual({ text: "Nguồn?", command: "sources" });
  });
});

describe("RedisUnansweredLog", () => {
  it("keeps at most twice maxQuestions distinct questions in the sorted set, the most asked", async () => {
    const c = await client();
    const log = new RedisUnansweredLog(c, "t:unanswered", { maxQuestions: 10 });
    for (let i = 0; i < 50; i++) await log.record(`câu hỏi số ${i}`);
    for (const q of ["cần thơ", "hậu giang", "cần thơ", "hậu giang", "cần thơ"]) await log.record(q);
    expect(await c.zcard("t:unanswered")).toBeLessThanOrEqual(20);
    expect(await log.top(2)).toEqual([
      { question: "can tho", count: 3 },
      { question: "hau giang", count: 2 },
    ]);
  });
});

// Last: it stops this file's Redis for a while.
describe("suggestionStoreFor with Redis", () => {
  it("shares them through Redis, so a tap reaching another instance works", async () => {
    const [a, b] = [await state(), await state()];
    const id = await suggestionStoreFor(a).save([{ text: "Chi tiết hơn", command: "more" }, { text: "Lào Cai có bao nhiêu dịch vụ công?" }]);
    expect(await suggestionStoreFor(b).get(id, 0)).toEqual({ text: "Chi tiết hơn", command: "more" });
    expect(await suggestionStoreFor(b).get(id, 1)).toEqual({ text: "Lào Cai có bao nhiêu dịch vụ công?" });
  });

  it("keeps them in this instance while Redis is down", async () => {
    const store = suggestionStoreFor(await state());
    await redis.kill();
    const id = await store.save([{ text: "Nguồn?", command: "sources" }]);
    expect(await store.get(id, 0)).toEqual({ text: "Nguồn?", command: "sources" });
    await redis.restart();
  });
});
