import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { loadConfig, type Config } from "../../adapters/config.js";
import { createLogger } from "../../adapters/runtime/logger.js";
import { startService, type Service } from "../../adapters/server/service.js";
import { SHORT_TIMEOUTS } from "./timeouts.js";

/** The index is built once per test process and shared by every service a test starts. */
const INDEX_DIR = mkdtempSync(join(tmpdir(), "svc-index-"));

/** A service started in this process, with its log lines captured. */
export interface TestService extends Service {
  /** Every JSON log line written so far, parsed. */
  readonly logs: Record<string, unknown>[];
}

/**
 * Starts the whole service in-process on a free loopback port, from settings given as the
 * environment would give them (`{REDIS_URL: …, TELEGRAM_BOT_TOKEN: …}`), its waits on Telegram
 * and Zalo shortened ({@link SHORT_TIMEOUTS}) unless `env` sets them.
 */
export async function startTestService(env: Record<string, string> = {}): Promise<TestService> {
  const config: Config = loadConfig(
    { PORT: "0", HOST: "127.0.0.1", INDEX_DIR, UNANSWERED_FILE: join(mkdtempSync(join(tmpdir(), "unanswered-")), "u.json"), LOG_LEVEL: "info", ...SHORT_TIMEOUTS, ...env },
    "/nonexistent/.env",
  );
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const service = await startService(config, createLogger(config.logLevel, sink));
  return Object.assign(service, { logs });
}
