import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/runtime/logger.js";
import { RedisState } from "../../../adapters/runtime/redis-state.js";
import { MemoryState } from "../../../adapters/runtime/state.js";
import { FollowUps } from "../../../adapters/zalo/follow-ups.js";
import { startRedis, type TestRedis } from "../../support/redis.js";

const logger = createLogger("silent");

describe("FollowUps", () => {
  it("picks the question a number names, among those last offered in that chat", async () => {
    let now = 0;
    const f = new FollowUps(new MemoryState(), 60_000, logger, () => now);
    await f.remember("zalo-oa:1", ["Chi tiết hơn", "Nguồn?", "Tóm tắt Long An"]);
    expect(await f.pick("zalo-oa:1", "3")).toBe("Tóm tắt Long An");
    expect(await f.pick("zalo-oa:1", " 2. ")).toBe("Nguồn?");
    expect(await f.pick("zalo-oa:1", "số 1")).toBe("Chi tiết hơn");
    expect(await f.pick("zalo-oa:1", "4")).toBeNull();
    expect(await f.pick("zalo-oa:1", "1.480")).toBeNull();
    expect(await f.pick("zalo-oa:2", "1")).toBeNull();
    await f.remember("zalo-oa:1", []);
    expect(await f.pick("zalo-oa:1", "1")).toBeNull();
    await f.remember("zalo-oa:1", ["Nguồn?"]);
    now = 60_001;
    expect(await f.pick("zalo-oa:1", "1")).toBeNull();
  });

  describe("with Redis", () => {
    let redis: TestRedis;
    let states: RedisState[] = [];
    beforeAll(async () => {
      redis = await startRedis();
      states = [0, 1].map(() => new RedisState({ url: redis.url, logger }));
      await Promise.all(states.map((s) => s.connected()));
    });
    afterAll(async () => {
      for (const s of states) await s.close();
      await redis?.stop();
    });

    it("shares the questions between instances", async () => {
      await new FollowUps(states[0]!, 60_000, logger).remember("zalo-bot:c", ["Chi tiết hơn", "Nguồn?"]);
      expect(await new FollowUps(states[1]!, 60_000, logger).pick("zalo-bot:c", "2")).toBe("Nguồn?");
    });
  });
});
