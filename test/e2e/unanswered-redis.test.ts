import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../adapters/config.js";
import { freePort, startRedis } from "../support/redis.js";
import { startTestService, type TestService } from "../support/service.js";

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
    const r = await unansweredCli({ REDIS_URL: `redis://127.0.0.1:${await freePort()}`, REDIS_START_WAIT_MS: "500" });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("cannot read the unanswered questions from Redis: Redis not reachable within 500 ms\n");
  }, 60_000);
});
