import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../adapters/config.js";
import { Redis } from "ioredis";
import { FileUnansweredLog, foldQuestion, RedisUnansweredLog } from "../../adapters/runtime/unanswered.js";
import { freePort, startRedis } from "../support/redis.js";
import { startTestService, type TestService } from "../support/service.js";

describe("foldQuestion", () => {
  it("counts spellings of one question as one", () => {
    expect(foldQuestion("Quảng Ninh chuyển đổi số thế nào?")).toBe("quang ninh chuyen doi so the nao");
    expect(foldQuestion("  quang ninh   CHUYỂN ĐỔI SỐ thế nào ")).toBe("quang ninh chuyen doi so the nao");
    expect(foldQuestion("Tỷ lệ 99,7% ở TP.HCM?")).toBe("ti le 99,7% o tp.hcm");
  });
});

/** 50 questions asked once each, then "cần thơ" three times and "hậu giang" twice. */
async function askMany(log: { record(q: string): Promise<void> }): Promise<void> {
  for (let i = 0; i < 50; i++) await log.record(`câu hỏi số ${i}`);
  for (const q of ["cần thơ", "hậu giang", "cần thơ", "hậu giang", "cần thơ"]) await log.record(q);
}

describe("FileUnansweredLog", () => {
  it("keeps at most twice maxQuestions distinct questions, the most asked, and saves them at close", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "unanswered-")), "u.json");
    const log = new FileUnansweredLog(file, { maxQuestions: 10 });
    await askMany(log);
    await log.close();
    const saved = Object.keys((JSON.parse(readFileSync(file, "utf8")) as { counts: Record<string, number> }).counts);
    expect(saved.length).toBeLessThanOrEqual(20);
    expect(await new FileUnansweredLog(file, { maxQuestions: 10 }).top(2)).toEqual([
      { question: "can tho", count: 3 },
      { question: "hau giang", count: 2 },
    ]);
  });
});

describe("RedisUnansweredLog", () => {
  it("keeps at most twice maxQuestions distinct questions in the sorted set, the most asked", async () => {
    const server = await startRedis();
    const redis = new Redis(server.url);
    await new Promise((ready) => redis.once("ready", ready));
    try {
      const log = new RedisUnansweredLog(redis, "t:unanswered", { maxQuestions: 10 });
      await askMany(log);
      expect(await redis.zcard("t:unanswered")).toBeLessThanOrEqual(20);
      expect(await log.top(2)).toEqual([
        { question: "can tho", count: 3 },
        { question: "hau giang", count: 2 },
      ]);
    } finally {
      redis.disconnect();
      await server.stop();
    }
  }, 30_000);
});

describe("npm run unanswered", () => {
  it("lists what the service could not answer, most asked first, without user ids", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "unanswered-")), "u.json");
    const svc = await startTestService({ UNANSWERED_FILE: file });
    const ask = (chat: string, text: string) => fetch(`${svc.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat, text }) });
    await ask("alice", "Quảng Ninh chuyển đổi số thế nào?");
    await ask("bob", "quang ninh chuyen doi so the nao");
    await ask("carol", "tỷ giá đô la hôm nay");
    await ask("dave", "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?");
    // A province the articles cover, a figure they do not have.
    await ask("erin", "Long An có bao nhiêu trạm sạc xe điện?");
    await svc.stop();

    const r = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "adapters/cli/unanswered.ts")], { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, UNANSWERED_FILE: file } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("2  quang ninh chuyen doi so the nao\n1  long an co bao nhieu tram sac xe dien\n1  ti gia do la hom nay\n");
    const kept = readFileSync(file, "utf8");
    for (const chat of ["alice", "bob", "carol"]) expect(kept).not.toContain(chat);
  });
});

/** `npm run unanswered -- …args` as a process, with `env` over this one's. */
async function unansweredCli(env: Record<string, string>, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = promisify(execFile)(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "adapters/cli/unanswered.ts"), ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env } });
  return run.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe("npm run unanswered with REDIS_URL", () => {
  it("lists what every instance sharing Redis could not answer, from Redis, not the local file", async () => {
    const redis = await startRedis();
    const services: TestService[] = [];
    try {
      const file = join(mkdtempSync(join(tmpdir(), "unanswered-")), "u.json");
      const a = await startTestService({ REDIS_URL: redis.url, UNANSWERED_FILE: file });
      const b = await startTestService({ REDIS_URL: redis.url, UNANSWERED_FILE: file });
      services.push(a, b);
      const ask = (svc: TestService, chat: string, text: string) =>
        fetch(`${svc.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat, text }) });
      await ask(a, "alice", "Quảng Ninh chuyển đổi số thế nào?");
      await ask(b, "bob", "quang ninh chuyen doi so the nao");
      await ask(b, "carol", "tỷ giá đô la hôm nay");
      await ask(a, "dave", "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?");
      await ask(a, "erin", "Quảng Ninh chuyển đổi số thế nào?");
      await a.stop();
      await b.stop();

      const text = await unansweredCli({ REDIS_URL: redis.url, UNANSWERED_FILE: file });
      expect(text).toEqual({ code: 0, stdout: "3  quang ninh chuyen doi so the nao\n1  ti gia do la hom nay\n", stderr: "" });
      const json = await unansweredCli({ REDIS_URL: redis.url, UNANSWERED_FILE: file }, ["--json", "--limit", "1"]);
      expect(json.stdout).toBe('{"question":"quang ninh chuyen doi so the nao","count":3}\n');
      // Nothing went to the local file: with Redis, the counts live in Redis only.
      expect(existsSync(file)).toBe(false);
    } finally {
      for (const s of services) await s.stop();
      await redis.stop();
    }
  }, 60_000);

  it("says it cannot reach Redis and exits 1", async () => {
    const r = await unansweredCli({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("cannot read the unanswered questions from Redis: Redis not reachable within 5000 ms\n");
  }, 60_000);
});
