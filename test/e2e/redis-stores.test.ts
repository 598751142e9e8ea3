import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/runtime/logger.js";
import { openState, type SharedState } from "../../adapters/runtime/state.js";
import { RedisTokenStore, type StoredTokens } from "../../adapters/runtime/token-store.js";
import { RedisUnansweredLog } from "../../adapters/runtime/unanswered.js";
import { FollowUps } from "../../adapters/shared/follow-ups.js";
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
const states: SharedState[] = [];

/** A connected client of this file's Redis, closed at the end. */
async function client(): Promise<Redis> {
  const c = new Redis(redis.url);
  clients.push(c);
  await new Promise((ready) => c.once("ready", ready));
  return c;
}
/** The state of an instance sharing this file's Redis (memory standing in while it is down), connected; closed at the end. */
async function state(): Promise<SharedState> {
  const s = openState({ redisUrl: redis.url, contextTtlMs: 60_000, logger });
  states.push(s);
  await s.ready();
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
  it("shares the follow-ups offered under a chat, with their commands, between instances", async () => {
    const [a, b] = [await state(), await state()];
    await new FollowUps(a.suggestions, 60_000, "zalo-bot").offer("c", [{ text: "Chi tiết hơn", command: "more" }, { text: "Nguồn?", command: "sources" }]);
    expect(await new FollowUps(b.suggestions, 60_000, "zalo-bot").question("c", 1)).toEqual({ text: "Nguồn?", command: "sources" });
    expect(await new FollowUps(b.suggestions, 60_000, "zalo-oa").question("c", 1)).toBeUndefined();
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
describe("FollowUps offered by content (Telegram's buttons) with Redis", () => {
  it("shares them through Redis, so a tap reaching another instance works", async () => {
    const [a, b] = [await state(), await state()];
    const id = await new FollowUps(a.suggestions, 60_000, "telegram").offerByContent([{ text: "Chi tiết hơn", command: "more" }, { text: "Lào Cai có bao nhiêu dịch vụ công?" }]);
    const tapped = new FollowUps(b.suggestions, 60_000, "telegram");
    expect(await tapped.question(id, 0)).toEqual({ text: "Chi tiết hơn", command: "more" });
    expect(await tapped.question(id, 1)).toEqual({ text: "Lào Cai có bao nhiêu dịch vụ công?" });
  });

  it("keeps them in this instance while Redis is down", async () => {
    const followUps = new FollowUps((await state()).suggestions, 60_000, "telegram");
    await redis.kill();
    try {
      const id = await followUps.offerByContent([{ text: "Nguồn?", command: "sources" }]);
      expect(await followUps.question(id, 0)).toEqual({ text: "Nguồn?", command: "sources" });
    } finally {
      await redis.restart();
    }
  });
});
