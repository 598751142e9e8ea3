import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { AnswerSchema } from "../../bot/index.js";
import { startRedis, type TestRedis } from "../support/redis.js";
import { startTestService, type TestService } from "../support/service.js";

const ask = async (svc: TestService, chat: string, text: string) => {
  const r = await fetch(`${svc.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat, text }) });
  return { status: r.status, body: (await r.json()) as unknown };
};
const readyz = async (svc: TestService) => {
  const r = await fetch(`${svc.url}/readyz`);
  return { status: r.status, body: (await r.json()) as { redis: string } };
};
async function eventually(check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Two service instances on one redis-server of their own, both ready, for the tests of the
 * enclosing `describe` (each describe gets its own Redis: per-address counts are keyed by the
 * address, and every test comes from 127.0.0.1).
 */
function twoInstancesOnRedis(env: Record<string, string>): { a: () => TestService; b: () => TestService; redisUrl: () => string } {
  let redis: TestRedis;
  let a: TestService;
  let b: TestService;
  beforeAll(async () => {
    redis = await startRedis();
    a = await startTestService({ REDIS_URL: redis.url, ...env });
    b = await startTestService({ REDIS_URL: redis.url, ...env });
    await eventually(async () => (await readyz(a)).status === 200 && (await readyz(b)).status === 200);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await redis?.stop();
  });
  return { a: () => a, b: () => b, redisUrl: () => redis.url };
}

describe("two instances sharing Redis", () => {
  const pair = twoInstancesOnRedis({ CHAT_RATE_LIMIT_PER_MINUTE: "3" });
  let a: TestService;
  let b: TestService;
  beforeAll(() => {
    ({ a, b } = { a: pair.a(), b: pair.b() });
  });

  it("continue a conversation on the second instance from the turn the first one answered", async () => {
    const first = AnswerSchema.parse((await ask(a, "s1", "Long An có bao nhiêu doanh nghiệp công nghệ số?")).body);
    expect(first.provinces).toEqual(["Long An"]);
    const followUp = AnswerSchema.parse((await ask(b, "s1", "còn số lao động thì sao?")).body);
    expect(followUp.provinces).toEqual(["Long An"]);
    expect(followUp.text).toContain("4.700");
    const other = AnswerSchema.parse((await ask(a, "s1", "còn Kiên Giang thì sao?")).body);
    expect(other.provinces).toEqual(["Kiên Giang"]);
  });

  it("share one chat's message limit", async () => {
    const statuses = [(await ask(a, "busy", "xin chào")).status, (await ask(b, "busy", "xin chào")).status, (await ask(a, "busy", "xin chào")).status, (await ask(b, "busy", "xin chào")).status];
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("claim a delivery once, whichever instance it reaches", async () => {
    expect(await a.assistant.firstDelivery("test", "update-1")).toBe(true);
    expect(await b.assistant.firstDelivery("test", "update-1")).toBe(false);
    expect(await a.assistant.firstDelivery("test", "update-1")).toBe(false);
  });

  it("count unanswered questions in one place, by folded text", async () => {
    await ask(a, "u1", "Quảng Ninh chuyển đổi số thế nào?");
    await ask(b, "u2", "quang ninh chuyen doi so the nao");
    const top = await b.state.unansweredLog({ file: "/nonexistent/unused.json" }).top(5);
    expect(top).toContainEqual({ question: "quang ninh chuyen doi so the nao", count: 2 });
  });
});

describe("two instances sharing Redis, with a per-address limit", () => {
  const pair = twoInstancesOnRedis({ RATE_LIMIT_PER_MINUTE: "4" });
  let a: TestService;
  let b: TestService;
  beforeAll(() => {
    ({ a, b } = { a: pair.a(), b: pair.b() });
  });

  it("count one address's requests on both instances together", async () => {
    // Each instance sees at most three of these five: counted apart, none would be refused.
    const statuses = [];
    for (const [i, svc] of [a, b, a, b, a].entries()) statuses.push((await ask(svc, `addr-${i}`, "xin chào")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    const refused = await fetch(`${b.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat: "addr-5", text: "xin chào" }) });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.json()).toEqual({ error: { code: "rate_limited", message: "Quá nhiều yêu cầu từ địa chỉ này. Vui lòng thử lại sau ít phút." } });
    // One count, in Redis, under the service's prefix.
    const shared = new Redis(pair.redisUrl());
    try {
      expect(await shared.keys("cds:hits:ip:*")).toEqual(["cds:hits:ip:127.0.0.1"]);
      expect(await shared.get("cds:hits:ip:127.0.0.1")).toBe("6");
    } finally {
      shared.disconnect();
    }
  });
});

describe("Redis going down", () => {
  let redis: TestRedis;
  let svc: TestService;
  beforeAll(async () => {
    redis = await startRedis();
    svc = await startTestService({ REDIS_URL: redis.url });
    await eventually(async () => (await readyz(svc)).status === 200);
  });
  afterAll(async () => {
    await svc?.stop();
    await redis?.stop();
  });

  it("keeps answering, reports it on /readyz, says it once in the log, and reconnects by itself", async () => {
    await redis.kill();
    await eventually(async () => (await readyz(svc)).status === 503);
    expect((await readyz(svc)).body.redis).toBe("unreachable");

    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await ask(svc, `down-${i}`, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?"));
    expect(answers.map((x) => x.status)).toEqual([200, 200, 200]);
    expect(AnswerSchema.parse(answers[0]!.body).intent).toBe("figure");
    // Within this instance the conversation still continues while Redis is away.
    await ask(svc, "down-chat", "Long An có bao nhiêu doanh nghiệp công nghệ số?");
    expect(JSON.stringify((await ask(svc, "down-chat", "còn số lao động thì sao?")).body)).toContain("4.700");
    expect(svc.logs.filter((l) => typeof l.msg === "string" && l.msg.startsWith("Redis unreachable"))).toHaveLength(1);

    await redis.restart();
    await eventually(async () => (await readyz(svc)).status === 200);
    expect((await readyz(svc)).body.redis).toBe("ready");
    expect(svc.logs.some((l) => l.msg === "Redis reachable again: state is shared anew")).toBe(true);
  });
});

describe("Redis going down, with a per-address limit", () => {
  let redis: TestRedis;
  let svc: TestService;
  beforeAll(async () => {
    redis = await startRedis();
    svc = await startTestService({ REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: "4" });
    await eventually(async () => (await readyz(svc)).status === 200);
  });
  afterAll(async () => {
    await svc?.stop();
    await redis?.stop();
  });

  it("keeps limiting each address, counting in this instance until Redis returns", async () => {
    await redis.kill();
    await eventually(async () => (await readyz(svc)).status === 503);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await ask(svc, `out-${i}`, "xin chào")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });
});
