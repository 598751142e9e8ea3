import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/runtime/logger.js";
import { openState, type SharedState } from "../../adapters/runtime/state.js";
import type { DialogState } from "../../bot/index.js";
import { startRedis, type TestRedis } from "../support/redis.js";

/**
 * The state over a real redis-server that is killed, or frozen, and comes back: each namespace
 * answers from this instance's memory meanwhile and from Redis again afterwards, without a
 * restart; the outage and the return are each said once.
 */

const DOWN = "Redis unreachable: answering on; conversation context, de-duplication, chat and address limits are kept in this instance until it returns";
const BACK = "Redis reachable again: state is shared anew";

const context = (province: string): DialogState => ({ provinces: [province], ask: null, intent: "overview", year: null, shownFactIds: [], citations: [] }) as unknown as DialogState;

/** A state on `url` with the lines it logs. */
function stateOn(url: string): { state: SharedState; logs: { level: string; msg: string; err?: { message: string } }[] } {
  const logs: { level: string; msg: string; err?: { message: string } }[] = [];
  const sink = new Writable({ write: (c: Buffer, _e, done) => (logs.push(...c.toString().trim().split("\n").map((l) => JSON.parse(l))), done()) });
  return { state: openState({ redisUrl: url, contextTtlMs: 60_000, logger: createLogger("info", sink) }), logs };
}

const until = (check: () => boolean) => expect.poll(check, { timeout: 20_000, interval: 50 }).toBe(true);

let redis: TestRedis;
beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(() => redis?.stop());

describe("the state with REDIS_URL", () => {
  it("shares every namespace between instances while Redis answers", async () => {
    const [a, b] = [stateOn(redis.url).state, stateOn(redis.url).state];
    try {
      await Promise.all([a.ready(), b.ready()]);
      await a.conversations.set("web:s1", context("Long An"));
      expect((await b.conversations.get("web:s1"))?.provinces).toEqual(["Long An"]);
      expect([await a.deliveries.claim("telegram:1", 60_000), await b.deliveries.claim("telegram:1", 60_000)]).toEqual([true, false]);
      expect([(await a.rates.hit("web:busy", 60_000)).count, (await b.rates.hit("web:busy", 60_000)).count]).toEqual([1, 2]);
      await a.suggestions.keep("zalo-oa:7", [{ text: "Nguồn?", command: "sources" }], 60_000);
      expect(await b.suggestions.get("zalo-oa:7")).toEqual([{ text: "Nguồn?", command: "sources" }]);
      await a.charts.put("c1", Buffer.from("png"), 60_000);
      expect(await b.charts.get("c1")).toEqual(Buffer.from("png"));
      expect([a.kind, a.healthy()]).toEqual(["redis", true]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("answers from memory while Redis is down, says so once, and shares again by itself once it is back", async () => {
    const { state: a, logs } = stateOn(redis.url);
    const b = stateOn(redis.url).state;
    try {
      await Promise.all([a.ready(), b.ready()]);
      await redis.kill();
      await until(() => !a.healthy());

      // Down: every namespace still answers, in this instance.
      expect([await a.deliveries.claim("zalo-bot:9", 60_000), await a.deliveries.claim("zalo-bot:9", 60_000)]).toEqual([true, false]);
      expect([(await a.rates.hit("ip:10.0.0.1", 60_000)).count, (await a.rates.hit("ip:10.0.0.1", 60_000)).count]).toEqual([1, 2]);
      await a.conversations.set("web:during", context("Lào Cai"));
      expect((await a.conversations.get("web:during"))?.provinces).toEqual(["Lào Cai"]);
      await a.suggestions.keep("telegram:id1", [{ text: "Chi tiết hơn", command: "more" }], 60_000);
      expect(await a.suggestions.get("telegram:id1")).toEqual([{ text: "Chi tiết hơn", command: "more" }]);
      expect(a.healthy()).toBe(false);

      await redis.restart();
      await a.ready(20_000);
      await b.ready(20_000);
      // Back: Redis answers again, for both instances.
      await a.conversations.set("web:after", context("Long An"));
      expect((await b.conversations.get("web:after"))?.provinces).toEqual(["Long An"]);
      expect([await a.deliveries.claim("zalo-bot:10", 60_000), await b.deliveries.claim("zalo-bot:10", 60_000)]).toEqual([true, false]);
      // What was kept here meanwhile is still found here, and nowhere else.
      expect((await a.conversations.get("web:during"))?.provinces).toEqual(["Lào Cai"]);
      expect(await a.suggestions.get("telegram:id1")).toEqual([{ text: "Chi tiết hơn", command: "more" }]);
      expect(await b.suggestions.get("telegram:id1")).toBeUndefined();

      await until(() => logs.some((l) => l.msg === BACK));
      expect(logs.filter((l) => l.level === "error").map((l) => l.msg)).toEqual([DOWN]);
      expect(logs.filter((l) => l.msg === BACK)).toHaveLength(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  }, 60_000);

  it("stops waiting for a Redis that hangs, answers from memory, and uses Redis again once it answers", async () => {
    const { state: a, logs } = stateOn(redis.url);
    try {
      await a.ready(20_000);
      await a.rates.hit("web:hung", 60_000);
      redis.pause();
      let resumed = false;
      try {
        // The first call waits out the command timeout (2 s), then counts here, from 1.
        expect((await a.rates.hit("web:hung", 60_000)).count).toBe(1);
        expect(logs.filter((l) => l.level === "error").map((l) => [l.msg, l.err?.message])).toEqual([[DOWN, "Command timed out"]]);
        // The hung connection was dropped: the next call does not wait again.
        const started = performance.now();
        expect((await a.rates.hit("web:hung", 60_000)).count).toBe(2);
        expect(performance.now() - started).toBeLessThan(1000);
      } finally {
        redis.resume();
        resumed = true;
      }
      expect(resumed).toBe(true);
      // The return is its new connection's ready check (the dropped one may still look open for a moment).
      await until(() => logs.some((l) => l.msg === BACK));
      // Shared again: another instance sees this one's claim.
      const b = stateOn(redis.url).state;
      try {
        await b.ready();
        expect([await a.deliveries.claim("telegram:after-hang", 60_000), await b.deliveries.claim("telegram:after-hang", 60_000)]).toEqual([true, false]);
      } finally {
        await b.close();
      }
    } finally {
      await a.close();
    }
  }, 60_000);
});
