import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/runtime/logger.js";
import { MemoryState } from "../../../adapters/runtime/memory-state.js";
import { openState, type SharedState } from "../../../adapters/runtime/state.js";
import { FollowUps } from "../../../adapters/shared/follow-ups.js";
import { startRedis, type TestRedis } from "../../support/redis.js";

const logger = createLogger("silent");

describe("FollowUps", () => {
  it("gives the question offered under a key by its index, while it is offered", async () => {
    let now = 0;
    const f = new FollowUps(new MemoryState({ now: () => now }).suggestions, 60_000, "zalo-oa");
    await f.offer("1", ["Chi tiết hơn", "Nguồn?", "Tóm tắt Long An"]);
    expect(await f.question("1", 2)).toBe("Tóm tắt Long An");
    expect(await f.question("1", 0)).toBe("Chi tiết hơn");
    expect(await f.question("1", 3)).toBeUndefined();
    expect(await f.question("2", 0)).toBeUndefined();
    await f.offer("1", []);
    expect(await f.question("1", 0)).toBeUndefined();
    await f.offer("1", ["Nguồn?"]);
    now = 60_000;
    expect(await f.question("1", 0)).toBeUndefined();
  });

  it("keeps each channel's keys apart", async () => {
    const lists = new MemoryState().suggestions;
    await new FollowUps(lists, 60_000, "zalo-oa").offer("7", ["Nguồn?"]);
    expect(await new FollowUps(lists, 60_000, "zalo-bot").question("7", 0)).toBeUndefined();
    expect(await lists.get("zalo-oa:7")).toEqual(["Nguồn?"]);
  });

  it("offers under a new short id each time, for buttons", async () => {
    const f = new FollowUps(new MemoryState().suggestions, 60_000, "telegram");
    const first = await f.offerAnew(["Nguồn?", "Tóm tắt Long An"]);
    const second = await f.offerAnew(["Chi tiết hơn"]);
    expect(first).toMatch(/^[\w-]{8}$/);
    expect(second).not.toBe(first);
    expect(await f.question(first, 1)).toBe("Tóm tắt Long An");
    expect(await f.question(second, 0)).toBe("Chi tiết hơn");
    expect(await f.question("unknown", 0)).toBeUndefined();
  });

  describe("with Redis", () => {
    let redis: TestRedis;
    let states: SharedState[] = [];
    beforeAll(async () => {
      redis = await startRedis();
      states = [0, 1].map(() => openState({ redisUrl: redis.url, contextTtlMs: 60_000, logger }));
      await Promise.all(states.map((s) => s.ready()));
    }, 30_000);
    afterAll(async () => {
      for (const s of states) await s.close();
      await redis?.stop();
    });

    it("shares the questions between instances", async () => {
      await new FollowUps(states[0]!.suggestions, 60_000, "zalo-bot").offer("c", ["Chi tiết hơn", "Nguồn?"]);
      expect(await new FollowUps(states[1]!.suggestions, 60_000, "zalo-bot").question("c", 1)).toBe("Nguồn?");
      const id = await new FollowUps(states[0]!.suggestions, 60_000, "telegram").offerAnew(["Chi tiết hơn", "Nguồn?"]);
      expect(await new FollowUps(states[1]!.suggestions, 60_000, "telegram").question(id, 1)).toBe("Nguồn?");
    });

    it("keeps them in this instance while Redis is down", async () => {
      const f = new FollowUps(states[0]!.suggestions, 60_000, "telegram");
      await redis.kill();
      try {
        const id = await f.offerAnew(["Nguồn?"]);
        expect(await f.question(id, 0)).toBe("Nguồn?");
      } finally {
        await redis.restart();
      }
    });
  });
});
