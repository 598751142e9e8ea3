import { connect } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArticleFiles } from "../../../adapters/knowledge-files.js";
import { Assistant } from "../../../adapters/runtime/assistant.js";
import { createLogger } from "../../../adapters/runtime/logger.js";
import { createMetrics } from "../../../adapters/runtime/metrics.js";
import { MemoryState } from "../../../adapters/runtime/memory-state.js";
import type { SharedState } from "../../../adapters/runtime/state.js";
import { FileUnansweredLog } from "../../../adapters/runtime/unanswered.js";
import { buildServer } from "../../../adapters/server/app.js";
import { DEFAULT_CORPUS_DIR, buildKnowledge } from "../../../knowledge/index.js";
import { freePort } from "../../support/redis.js";
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

  it("does not count the web chat's files against the limit", async () => {
    const page = ["/", "/chat.css", "/chat.js", "/render.js", "/chart.js"];
    const statuses = [];
    for (let i = 0; i < 3; i++) for (const path of page) statuses.push((await fetch(`${svc.url}${path}`)).status);
    expect(statuses).toEqual(Array(15).fill(200));
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
    // The state in memory, but for conversations that cannot be read.
    const broken: SharedState = new (class extends MemoryState {
      override readonly conversations = { get: () => Promise.reject(new Error("disk on fire")), set: async () => {} };
    })();
    const metrics = createMetrics();
    const knowledge = buildKnowledge(readArticleFiles(DEFAULT_CORPUS_DIR)).knowledge;
    const assistant = new Assistant({ knowledge, state: broken, metrics, unanswered: new FileUnansweredLog("/nonexistent/u.json"), logger });
    const app = await buildServer({
      server: { port: 0, host: "127.0.0.1", redisUrl: null, bodyLimit: 65536, rateLimitPerMinute: 100, chatRateLimitPerMinute: 100, corsOrigins: [], trustProxy: false, requestTimeoutMs: 30_000, metricsPort: null, metricsToken: null, unansweredFile: "/nonexistent/u.json", unansweredMax: 1000, watchCorpus: false },
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

describe("TRUST_PROXY with one proxy in front", () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ RATE_LIMIT_PER_MINUTE: "3", TRUST_PROXY: "1" });
  });
  afterAll(() => svc.stop());

  it("limits the address the proxy saw, whatever X-Forwarded-For the client wrote before it", async () => {
    const statuses = [];
    // The proxy appends the address it saw after what the client sent.
    for (let i = 0; i < 5; i++)
      statuses.push((await fetch(`${svc.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": `10.9.8.${i}, 203.0.113.7` }, body: JSON.stringify({ chat: `p${i}`, text: "xin chào" }) })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const other = await fetch(`${svc.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.8" }, body: JSON.stringify({ chat: "q", text: "xin chào" }) });
    expect(other.status).toBe(200);
  });
});

describe("/metrics", () => {
  it("asks for the token when METRICS_TOKEN is set", async () => {
    const svc = await startTestService({ METRICS_TOKEN: "metrics-token-0123456789" });
    try {
      const refused = await fetch(`${svc.url}/metrics`);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toEqual({ error: { code: "unauthorized", message: "GET /metrics asks for Authorization: Bearer <METRICS_TOKEN>." } });
      expect((await fetch(`${svc.url}/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status).toBe(401);
      const ok = await fetch(`${svc.url}/metrics`, { headers: { authorization: "Bearer metrics-token-0123456789" } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain("cds_index_size");
    } finally {
      await svc.stop();
    }
  });

  it("is served on METRICS_PORT only, when it is set", async () => {
    const port = await freePort();
    const svc = await startTestService({ METRICS_PORT: String(port) });
    try {
      expect((await fetch(`${svc.url}/metrics`)).status).toBe(404);
      const own = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(own.status).toBe(200);
      expect(await own.text()).toContain("cds_index_size");
    } finally {
      await svc.stop();
    }
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});

describe("a request whose body stalls", () => {
  it("is answered 408 and its connection closed after REQUEST_TIMEOUT_SECONDS", async () => {
    const svc = await startTestService({ REQUEST_TIMEOUT_SECONDS: "1" });
    try {
      const socket = connect(Number(new URL(svc.url).port), "127.0.0.1");
      let response = "";
      socket.on("data", (d: Buffer) => (response += d.toString()));
      const closed = new Promise((r) => socket.once("close", r));
      socket.write("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"chat\":");
      await closed;
      expect(response).toMatch(/^HTTP\/1\.1 408 Request Timeout/);
    } finally {
      await svc.stop();
    }
  });
});
