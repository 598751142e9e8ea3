import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArticleFiles } from "../../../adapters/knowledge-files.js";
import { Assistant } from "../../../adapters/runtime/assistant.js";
import { createLogger } from "../../../adapters/runtime/logger.js";
import { createMetrics } from "../../../adapters/runtime/metrics.js";
import { MemoryState, type SharedState } from "../../../adapters/runtime/state.js";
import { FileUnansweredLog } from "../../../adapters/runtime/unanswered.js";
import { buildServer } from "../../../adapters/server/app.js";
import { DEFAULT_CORPUS_DIR, buildKnowledge } from "../../../knowledge/index.js";
import { startTestService, type TestService } from "../../support/service.js";

describe("per-address limit and CORS", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ RATE_LIMIT_PER_MINUTE: "3", CORS_ORIGINS: "https://tinh.example.vn" });
  });
  afterAll(() => svc.stop());

  it("answers 429 with the error shape past RATE_LIMIT_PER_MINUTE requests from one address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${svc.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat: `c${i}`, text: "xin chào" }) })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const r = await fetch(`${svc.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(r.status).toBe(429);
    expect(r.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await r.json()).toEqual({ error: { code: "rate_limited", message: "Quá nhiều yêu cầu từ địa chỉ này. Vui lòng thử lại sau ít phút." } });
  });

  it("does not count health checks against the limit", async () => {
    for (let i = 0; i < 5; i++) expect((await fetch(`${svc.url}/healthz`)).status).toBe(200);
  });

  it("allows a configured origin and no other", async () => {
    const pre = (origin: string) => fetch(`${svc.url}/api/ask`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
    expect((await pre("https://tinh.example.vn")).headers.get("access-control-allow-origin")).toBe("https://tinh.example.vn");
    expect((await pre("https://evil.example")).headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("an internal failure", () => {
  it("is answered 500 with a plain Vietnamese message, no stack trace, and logged with it", async () => {
    const lines: string[] = [];
    const logger = createLogger("info", new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) }));
    const state = new MemoryState();
    const broken: SharedState = {
      kind: "memory",
      conversations: { get: () => Promise.reject(new Error("disk on fire")), set: async () => {} },
      claim: (key, ttl) => state.claim(key, ttl),
      hit: (key, window) => state.hit(key, window),
      healthy: () => true,
      close: async () => {},
    };
    const metrics = createMetrics();
    const knowledge = buildKnowledge(readArticleFiles(DEFAULT_CORPUS_DIR)).knowledge;
    const assistant = new Assistant({ knowledge, state: broken, metrics, unanswered: new FileUnansweredLog("/nonexistent/u.json"), logger });
    const app = await buildServer({
      server: { port: 0, host: "127.0.0.1", redisUrl: null, bodyLimit: 65536, rateLimitPerMinute: 100, chatRateLimitPerMinute: 100, corsOrigins: [], trustProxy: false, unansweredFile: "/nonexistent/u.json", watchCorpus: false },
      assistant,
      state: broken,
      metrics,
      logger,
    });
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    try {
      const r = await fetch(`${address}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat: "x", text: "xin chào" }) });
      expect(r.status).toBe(500);
      const text = await r.text();
      expect(JSON.parse(text)).toEqual({ error: { code: "internal", message: "Xin lỗi, máy chủ gặp sự cố. Bạn thử lại sau ít phút nhé." } });
      expect(text).not.toContain("disk on fire");
      expect(lines.join("")).toContain("disk on fire");
    } finally {
      await app.close();
    }
  });
});
