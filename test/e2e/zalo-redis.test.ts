import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZaloOaChannel } from "../../adapters/zalo/oa-channel.js";
import { startFakeZaloOa, type FakeZaloOa } from "../fakes/zalo-oa.js";
import { startRedis, type TestRedis } from "../support/redis.js";
import { startTestService, type TestService } from "../support/service.js";

/** Two instances of the service sharing Redis, in front of one fake Zalo OA platform. */

let redis: TestRedis;
let oa: FakeZaloOa;
let a: TestService;
let b: TestService;
let dir: string;
const channelOf = (s: TestService) => s.channels.find((c) => c.name === "zalo-oa") as ZaloOaChannel;
const textsTo = (userId: string) => oa.sent.where((m) => m.userId === userId).map((m) => m.text);
const deliverTo = (s: TestService, ev: Record<string, unknown>) => {
  oa.webhookUrl = `${s.url}/webhooks/zalo-oa`;
  return oa.deliver(ev);
};
let next = 0;
const user = () => `8492${String(next++).padStart(15, "0")}`;

beforeAll(async () => {
  redis = await startRedis();
  oa = await startFakeZaloOa();
  dir = mkdtempSync(join(tmpdir(), "zalo-redis-"));
  const env = {
    REDIS_URL: redis.url,
    ...oa.settings(join(dir, "token.json")),
    CHAT_RATE_LIMIT_PER_MINUTE: "3",
  };
  [a, b] = await Promise.all([startTestService(env), startTestService(env)]);
  // The service starts without waiting for Redis (it answers from memory meanwhile).
  await Promise.all([a, b].map((s) => s.state.ready()));
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await oa?.close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("Zalo OA on two instances sharing Redis", () => {
  it("answers a delivery retried to the other instance once", async () => {
    const u = user();
    const ev = oa.textEvent(u, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?");
    expect((await deliverTo(a, ev)).at(-1)).toBe(200);
    expect((await deliverTo(b, ev)).at(-1)).toBe(200);
    await Promise.all([channelOf(a).settled(), channelOf(b).settled()]);
    expect(textsTo(u)).toHaveLength(1);
  });

  it("refreshes an expired token once for both, keeping the pair in Redis rather than a file", async () => {
    oa.expireAccessTokens();
    const users = Array.from({ length: 10 }, user);
    await Promise.all(users.map((u, i) => deliverTo(i % 2 ? a : b, oa.textEvent(u, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?"))));
    await oa.sent.until((all) => users.every((u) => all.some((m) => m.userId === u)));
    expect(oa.refreshes.items).toEqual([{ refreshToken: oa.refreshToken, error: 0 }]);
    const client = new Redis(redis.url);
    try {
      const stored = JSON.parse((await client.get("cds:zalo-oa:token"))!) as { accessToken: string };
      expect(new Set(oa.sent.where((m) => users.includes(m.userId)).map((m) => m.accessToken))).toEqual(new Set([stored.accessToken]));
    } finally {
      client.disconnect();
    }
    expect(existsSync(join(dir, "token.json"))).toBe(false);
  });

  it("tells a chat over its limit, counted across instances, to wait", async () => {
    const u = user();
    for (const [i, s] of [a, b, a, b].entries()) {
      await deliverTo(s, oa.textEvent(u, "xin chào"));
      await oa.sent.until((all) => all.filter((m) => m.userId === u).length > i);
    }
    expect(textsTo(u).at(-1)).toBe("Bạn gửi nhanh quá. Vui lòng đợi khoảng 60 giây rồi hỏi tiếp nhé.");
  });

  it("at stop, sends the reply under way and refuses new deliveries with 503", async () => {
    const u = user();
    await deliverTo(b, oa.textEvent(u, "so sánh An Giang và Kiên Giang"));
    const stopping = channelOf(b).stop();
    oa.webhookUrl = `${b.url}/webhooks/zalo-oa`;
    const late = await fetch(oa.webhookUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(late.status).toBe(503);
    await stopping;
    expect(textsTo(u)).toHaveLength(2);
  });
});
