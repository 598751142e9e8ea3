import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../adapters/config.js";

const NO_DOTENV = "/nonexistent/.env";
function problemsOf(env: Record<string, string>, dotenvPath = NO_DOTENV): string[] {
  try {
    loadConfig(env, dotenvPath);
  } catch (e) {
    if (e instanceof ConfigError) return [...e.problems];
    throw e;
  }
  return [];
}

describe("loadConfig", () => {
  it("defaults to the embedded corpus, port 3000, memory state and no channel", () => {
    const c = loadConfig({}, NO_DOTENV);
    expect(c.corpusDir).toMatch(/knowledge\/corpus\/default$/);
    expect(c.maxMessageLength).toBe(2000);
    expect(c.server).toMatchObject({ port: 3000, host: "0.0.0.0", redisUrl: null, corsOrigins: [], rateLimitPerMinute: 120, chatRateLimitPerMinute: 20, trustProxy: false });
    expect([c.telegram, c.zaloOa, c.zaloBot]).toEqual([null, null, null]);
  });

  it("waits on Telegram, Zalo and Redis as long as production does, unless told otherwise", () => {
    expect(loadConfig({}, NO_DOTENV).timeouts).toEqual({
      telegramCallMs: 15_000,
      telegramRetryWaitMs: 1000,
      telegramServerErrorWaitMs: 3000,
      zaloCallMs: 10_000,
      zaloRetryWaitMs: 500,
      zaloPollRetryWaitMs: 1000,
      redisConnectMs: 2000,
      redisCommandMs: 2000,
      redisReconnectMaxMs: 2000,
      redisStartMs: 5000,
    });
    const c = loadConfig({ TELEGRAM_CALL_TIMEOUT_MS: "500", ZALO_RETRY_WAIT_MS: "20", REDIS_COMMAND_TIMEOUT_MS: "300" }, NO_DOTENV);
    expect(c.timeouts).toMatchObject({ telegramCallMs: 500, zaloRetryWaitMs: 20, redisCommandMs: 300, redisConnectMs: 2000 });
    expect(problemsOf({ ZALO_CALL_TIMEOUT_MS: "0", REDIS_START_WAIT_MS: "soon" }).map((p) => p.split("=")[0])).toEqual(["ZALO_CALL_TIMEOUT_MS", "REDIS_START_WAIT_MS"]);
  });

  it("names every bad variable at once, each with what is wrong", () => {
    const problems = problemsOf({
      MAX_MESSAGE_LENGTH: "abc",
      LOG_LEVEL: "loud",
      CORPUS_DIR: "/no/such/dir",
      PORT: "99999",
      REDIS_URL: "http://localhost:6379",
      CORS_ORIGINS: "example.org",
      TRUST_PROXY: "maybe",
      RATE_LIMIT_PER_MINUTE: "0",
      TELEGRAM_BOT_TOKEN: "not-a-token",
      TELEGRAM_API_ROOT: "ftp://api",
      ZALO_BOT_MODE: "push",
    });
    expect(problems.map((p) => p.split("=")[0]).sort()).toEqual(
      ["CORPUS_DIR", "CORS_ORIGINS", "LOG_LEVEL", "MAX_MESSAGE_LENGTH", "PORT", "RATE_LIMIT_PER_MINUTE", "REDIS_URL", "TELEGRAM_API_ROOT", "TELEGRAM_BOT_TOKEN", "TRUST_PROXY", "ZALO_BOT_MODE"].sort(),
    );
    expect(problems).toContain('LOG_LEVEL="loud": Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent"');
    expect(problems).toContain('CORPUS_DIR="/no/such/dir": the folder does not exist');
    expect(problems).toContain("REDIS_URL=(hidden): must be a redis:// or rediss:// address");
  });

  it("never echoes a secret's value", () => {
    const message = (() => {
      try {
        loadConfig({ TELEGRAM_BOT_TOKEN: "123:short-secret-value" }, NO_DOTENV);
      } catch (e) {
        return (e as Error).message;
      }
      return "";
    })();
    expect(message).toContain("TELEGRAM_BOT_TOKEN=(hidden)");
    expect(message).not.toContain("short-secret-value");
  });

  it("names the settings a channel still needs", () => {
    expect(problemsOf({ TELEGRAM_WEBHOOK_URL: "https://bot.example.vn/webhooks/telegram" })).toEqual([
      "TELEGRAM_BOT_TOKEN=(not set): is required when TELEGRAM_WEBHOOK_URL is set",
      "TELEGRAM_WEBHOOK_SECRET=(not set): is required when TELEGRAM_WEBHOOK_URL is set",
    ]);
    expect(problemsOf({ ZALO_OA_APP_ID: "1234567890", ZALO_OA_REFRESH_TOKEN: "r" })).toEqual([
      "ZALO_OA_SECRET_KEY=(not set): is required for the Zalo Official Account (it checks webhook signatures)",
      "ZALO_APP_SECRET=(not set): is required to refresh the Official Account's tokens",
    ]);
    expect(problemsOf({ ZALO_BOT_TOKEN: "12345:abc", ZALO_BOT_MODE: "webhook" })).toEqual(["ZALO_BOT_WEBHOOK_SECRET=(not set): is required when ZALO_BOT_MODE=webhook"]);
  });

  it("reads TRUST_PROXY as a count of proxies or their addresses, and refuses to trust every hop", () => {
    expect(loadConfig({ TRUST_PROXY: "2" }, NO_DOTENV).server.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8,::1" }, NO_DOTENV).server.trustProxy).toEqual(["loopback", "10.0.0.0/8", "::1"]);
    expect(loadConfig({ TRUST_PROXY: "false" }, NO_DOTENV).server.trustProxy).toBe(false);
    expect(problemsOf({ TRUST_PROXY: "true" })).toEqual([
      'TRUST_PROXY="true": true would believe every hop, so any client could choose its own address: give the number of proxies in front (1 for one reverse proxy) or their addresses (e.g. 127.0.0.1 or loopback,10.0.0.0/8)',
    ]);
    expect(problemsOf({ TRUST_PROXY: "10.0.0.0/33" })).toEqual([
      'TRUST_PROXY="10.0.0.0/33": must be false, a number of proxies in front (1–99), or their addresses and CIDR ranges, comma-separated',
    ]);
  });

  it("refuses a webhook address Telegram or Zalo would not post to: http:// other than loopback", () => {
    const telegram = { TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", TELEGRAM_WEBHOOK_SECRET: "s" };
    expect(problemsOf({ ...telegram, TELEGRAM_WEBHOOK_URL: "http://bot.example.vn/webhooks/telegram" })).toEqual([
      'TELEGRAM_WEBHOOK_URL="http://bot.example.vn/webhooks/telegram": must be an https:// address (Telegram and Zalo post to https only; http:// is for a loopback address)',
    ]);
    expect(loadConfig({ ...telegram, TELEGRAM_WEBHOOK_URL: "http://127.0.0.1:8443/webhooks/telegram" }, NO_DOTENV).telegram?.webhookUrl).toBe("http://127.0.0.1:8443/webhooks/telegram");
    expect(problemsOf({ ZALO_BOT_TOKEN: "1:a", ZALO_BOT_MODE: "webhook", ZALO_BOT_WEBHOOK_SECRET: "secret-123", ZALO_BOT_WEBHOOK_URL: "http://bot.example.vn/webhooks/zalo-bot" })).toEqual([
      'ZALO_BOT_WEBHOOK_URL="http://bot.example.vn/webhooks/zalo-bot": must be an https:// address (Telegram and Zalo post to https only; http:// is for a loopback address)',
    ]);
  });

  it("turns a channel on when its settings are complete", () => {
    const c = loadConfig(
      {
        TELEGRAM_BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
        ZALO_OA_APP_ID: "1234567890",
        ZALO_OA_SECRET_KEY: "oa-secret",
        ZALO_OA_ACCESS_TOKEN: "access",
        ZALO_BOT_TOKEN: "12345:abc",
      },
      NO_DOTENV,
    );
    expect(c.telegram).toEqual({ token: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", webhookUrl: null, webhookSecret: null, apiRoot: "http://127.0.0.1:8081", typingAfterMs: 400, webhookReply: true });
    expect(c.zaloOa).toMatchObject({ appId: "1234567890", secretKey: "oa-secret", accessToken: "access", refreshToken: null, apiUrl: "https://openapi.zalo.me", oauthUrl: "https://oauth.zaloapp.com" });
    expect(c.zaloBot).toEqual({ token: "12345:abc", mode: "polling", webhookSecret: null, webhookUrl: null, apiUrl: "https://bot-api.zaloplatforms.com" });
  });
});

/** A `.env` file holding `text`, alone in a new temporary folder. */
function dotenvFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "dotenv-")), ".env");
  writeFileSync(path, text);
  return path;
}

describe("a .env file", () => {
  it("supplies the settings, with comments, export and quoted values as Node reads them", () => {
    const path = dotenvFile('# where to listen\nPORT=8081\n\nexport LOG_LEVEL=debug\nCORS_ORIGINS="https://a.example.vn,https://b.example.vn"\nTRUST_PROXY = 1\n');
    const c = loadConfig({}, path);
    expect(c.server.port).toBe(8081);
    expect(c.logLevel).toBe("debug");
    expect(c.server.corsOrigins).toEqual(["https://a.example.vn", "https://b.example.vn"]);
    expect(c.server.trustProxy).toBe(1);
  });

  it("gives way to the environment", () => {
    const c = loadConfig({ PORT: "9090", LOG_LEVEL: "warn" }, dotenvFile("PORT=8081\nLOG_LEVEL=debug\nHOST=127.0.0.2\n"));
    expect(c.server.port).toBe(9090);
    expect(c.logLevel).toBe("warn");
    expect(c.server.host).toBe("127.0.0.2");
  });

  it("has its bad values named like the environment's", () => {
    expect(problemsOf({}, dotenvFile("MAX_MESSAGE_LENGTH=5\n"))).toEqual(['MAX_MESSAGE_LENGTH="5": Too small: expected number to be >=20']);
  });

  it("has a line that is not a setting named by file and line, without echoing it, beside the other problems", () => {
    const path = dotenvFile('PORT=8081\nLOG_LEVEL=loud\nTELEGRAM_BOT_TOKEN 123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ\nHOST=127.0.0.1\nCORS_ORIGINS="https://a.example.vn\n');
    let message = "";
    try {
      loadConfig({}, path);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(problemsOf({}, path)).toEqual([
      `${path} line 3: not a NAME=value setting`,
      `${path} line 5: the quoted value of CORS_ORIGINS is never closed`,
      'LOG_LEVEL="loud": Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent"',
      'CORS_ORIGINS="\\"https://a.example.vn": must list full origins such as https://example.org',
    ]);
    expect(message).not.toContain("ABCDEFGHIJ");
  });

  it("accepts a quoted value over several lines", () => {
    const c = loadConfig({}, dotenvFile('CORS_ORIGINS="https://a.example.vn,\nhttps://b.example.vn"\nPORT=8082\n'));
    expect(c.server.corsOrigins).toEqual(["https://a.example.vn", "https://b.example.vn"]);
    expect(c.server.port).toBe(8082);
  });
});
