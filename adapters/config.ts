import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { isIP } from "node:net";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";
import { z } from "zod";
import { DEFAULT_CORPUS_DIR } from "../knowledge/index.js";
import { DEFAULT_CONTEXT_TTL_MS } from "../bot/index.js";
import { DEFAULT_MAX_ARTICLE_BYTES } from "./knowledge-files.js";
import { DEFAULT_TIMEOUTS, type Timeouts } from "./timeouts.js";

// Compiled by `npm run build`, this module runs from dist/adapters/: the root is one folder up.
const adaptersParent = fileURLToPath(new URL("..", import.meta.url));
/** The project's root folder (where package.json and .cache/ are), from the sources or from dist/. */
export const PROJECT_ROOT = basename(adaptersParent) === "dist" ? dirname(adaptersParent) : adaptersParent;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const optionalText = z.string().trim().min(1).optional();
const httpUrl = z
  .url({ protocol: /^https?$/, message: "must be an http:// or https:// address" })
  .transform((u) => u.replace(/\/+$/, ""));
const flag = z.enum(["true", "false", "1", "0", "yes", "no"], { message: "must be true or false" }).transform((v) => ["true", "1", "yes"].includes(v));
// Telegram and Zalo post only to https. A loopback address is the one exception: only a Bot API
// server on the same machine (a self-hosted telegram-bot-api, a test's fake) can reach it.
const webhookUrl = z
  .url({ protocol: /^https?$/, message: "must be an https:// address" })
  .refine((u) => u.startsWith("https://") || /^http:\/\/(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?\//.test(u), {
    message: "must be an https:// address (Telegram and Zalo post to https only; http:// is for a loopback address)",
  });
// Names proxy-addr (fastify's trustProxy) gives to address ranges.
const RANGE_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);
const isProxyAddress = (a: string): boolean => {
  if (RANGE_NAMES.has(a)) return true;
  const [ip, bits, extra] = a.split("/");
  const family = isIP(ip ?? "");
  if (!family || extra !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};
// Which hops' X-Forwarded-For is believed. "true" believed every hop, so a client could name its
// own address and escape the per-address limit: a count or the proxies' addresses are asked for.
const trustProxy = z
  .string()
  .trim()
  .transform((v, ctx): false | number | string[] => {
    if (["false", "0", "no"].includes(v)) return false;
    if (/^\d{1,2}$/.test(v)) return Number(v);
    const list = v.split(",").map((a) => a.trim()).filter(Boolean);
    if (list.length && list.every(isProxyAddress)) return list;
    const message = ["true", "yes"].includes(v)
      ? "true would believe every hop, so any client could choose its own address: give the number of proxies in front (1 for one reverse proxy) or their addresses (e.g. 127.0.0.1 or loopback,10.0.0.0/8)"
      : "must be false, a number of proxies in front (1–99), or their addresses and CIDR ranges, comma-separated";
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });

// A wait on Telegram, Zalo or Redis, in milliseconds: 1 ms to 10 minutes.
const waitMs = (fallback: number) => z.coerce.number().int().min(1).max(600_000).default(fallback);

// Telegram accepts 1–256 characters A–Z, a–z, 0–9, _ and - as a webhook secret token.
const telegramSecret = z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1–256 characters of A–Z, a–z, 0–9, _ or -");

const Env = z
  .object({
    CORPUS_DIR: optionalText.refine((d) => d === undefined || existsSync(d), { message: "the folder does not exist" }),
    INDEX_DIR: optionalText,
    LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
    MAX_MESSAGE_LENGTH: z.coerce.number().int().min(20).max(20_000).default(2000),
    CONTEXT_TTL_MINUTES: z.coerce.number().positive().max(7 * 24 * 60).default(DEFAULT_CONTEXT_TTL_MS / 60_000),

    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    HOST: z.string().trim().min(1).default("0.0.0.0"),
    REDIS_URL: z.url({ protocol: /^rediss?$/, message: "must be a redis:// or rediss:// address" }).optional(),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10 * 2 ** 20).default(64 * 1024),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
    CHAT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(20),
    CORS_ORIGINS: z
      .string()
      .transform((s) => s.split(",").map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(z.url({ message: "must list full origins such as https://example.org" })))
      .default([]),
    TRUST_PROXY: trustProxy.default(false),
    REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
    METRICS_TOKEN: z.string().trim().min(16, "must be at least 16 characters").optional(),
    UNANSWERED_FILE: optionalText,
    UNANSWERED_MAX_QUESTIONS: z.coerce.number().int().min(10).max(1_000_000).default(1000),
    CORPUS_WATCH: flag.default(true),
    MAX_ARTICLE_BYTES: z.coerce.number().int().min(1024).max(64 * 2 ** 20).default(DEFAULT_MAX_ARTICLE_BYTES),

    TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "must look like 123456:ABC… (from @BotFather)").optional(),
    TELEGRAM_WEBHOOK_URL: webhookUrl.optional(),
    TELEGRAM_WEBHOOK_SECRET: telegramSecret.optional(),
    TELEGRAM_API_ROOT: httpUrl.default("https://api.telegram.org"),
    TELEGRAM_TYPING_AFTER_MS: z.coerce.number().int().min(0).max(60_000).default(400),
    TELEGRAM_WEBHOOK_REPLY: flag.default(true),

    ZALO_OA_APP_ID: z.string().regex(/^\d+$/, "must be the numeric app id").optional(),
    ZALO_OA_SECRET_KEY: optionalText,
    ZALO_APP_SECRET: optionalText,
    ZALO_OA_ACCESS_TOKEN: optionalText,
    ZALO_OA_REFRESH_TOKEN: optionalText,
    ZALO_OA_EVENT_WINDOW_SECONDS: z.coerce.number().int().min(10).max(24 * 3600).default(300),
    ZALO_OA_API_URL: httpUrl.default("https://openapi.zalo.me"),
    ZALO_OAUTH_URL: httpUrl.default("https://oauth.zaloapp.com"),
    ZALO_TOKEN_FILE: optionalText,
    ZALO_BOT_TOKEN: optionalText,
    ZALO_BOT_WEBHOOK_SECRET: z.string().min(8, "must be 8–256 characters").max(256, "must be 8–256 characters").optional(),
    ZALO_BOT_WEBHOOK_URL: webhookUrl.optional(),
    ZALO_BOT_API_URL: httpUrl.default("https://bot-api.zaloplatforms.com"),
    ZALO_BOT_MODE: z.enum(["webhook", "polling"]).default("polling"),

    TELEGRAM_CALL_TIMEOUT_MS: waitMs(DEFAULT_TIMEOUTS.telegramCallMs),
    TELEGRAM_RETRY_WAIT_MS: waitMs(DEFAULT_TIMEOUTS.telegramRetryWaitMs),
    TELEGRAM_SERVER_ERROR_WAIT_MS: waitMs(DEFAULT_TIMEOUTS.telegramServerErrorWaitMs),
    ZALO_CALL_TIMEOUT_MS: waitMs(DEFAULT_TIMEOUTS.zaloCallMs),
    ZALO_RETRY_WAIT_MS: waitMs(DEFAULT_TIMEOUTS.zaloRetryWaitMs),
    ZALO_POLL_RETRY_WAIT_MS: waitMs(DEFAULT_TIMEOUTS.zaloPollRetryWaitMs),
    REDIS_CONNECT_TIMEOUT_MS: waitMs(DEFAULT_TIMEOUTS.redisConnectMs),
    REDIS_COMMAND_TIMEOUT_MS: waitMs(DEFAULT_TIMEOUTS.redisCommandMs),
    REDIS_RECONNECT_MAX_WAIT_MS: waitMs(DEFAULT_TIMEOUTS.redisReconnectMaxMs),
    REDIS_START_WAIT_MS: waitMs(DEFAULT_TIMEOUTS.redisStartMs),
  })
  .superRefine((e, ctx) => {
    const need = (when: boolean, path: string, message: string) => {
      if (when) ctx.addIssue({ code: "custom", path: [path], message });
    };
    need(!!e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_BOT_TOKEN, "TELEGRAM_BOT_TOKEN", "is required when TELEGRAM_WEBHOOK_URL is set");
    need(!!e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_WEBHOOK_SECRET, "TELEGRAM_WEBHOOK_SECRET", "is required when TELEGRAM_WEBHOOK_URL is set");
    const oa = [e.ZALO_OA_APP_ID, e.ZALO_OA_SECRET_KEY, e.ZALO_OA_ACCESS_TOKEN ?? e.ZALO_OA_REFRESH_TOKEN];
    const oaStarted = oa.some(Boolean) || !!e.ZALO_APP_SECRET;
    need(oaStarted && !e.ZALO_OA_APP_ID, "ZALO_OA_APP_ID", "is required for the Zalo Official Account");
    need(oaStarted && !e.ZALO_OA_SECRET_KEY, "ZALO_OA_SECRET_KEY", "is required for the Zalo Official Account (it checks webhook signatures)");
    need(oaStarted && !e.ZALO_OA_ACCESS_TOKEN && !e.ZALO_OA_REFRESH_TOKEN, "ZALO_OA_ACCESS_TOKEN", "or ZALO_OA_REFRESH_TOKEN is required for the Zalo Official Account");
    need(!!e.ZALO_OA_REFRESH_TOKEN && !e.ZALO_APP_SECRET, "ZALO_APP_SECRET", "is required to refresh the Official Account's tokens");
    need(e.ZALO_BOT_MODE === "webhook" && !!e.ZALO_BOT_TOKEN && !e.ZALO_BOT_WEBHOOK_SECRET, "ZALO_BOT_WEBHOOK_SECRET", "is required when ZALO_BOT_MODE=webhook");
    need(!!e.ZALO_BOT_WEBHOOK_URL && e.ZALO_BOT_MODE !== "webhook", "ZALO_BOT_MODE", "must be webhook when ZALO_BOT_WEBHOOK_URL is set");
    need(e.METRICS_PORT !== undefined && e.METRICS_PORT === e.PORT, "METRICS_PORT", "must differ from PORT");
  });

type Parsed = z.infer<typeof Env>;

/** Telegram's settings; present when `TELEGRAM_BOT_TOKEN` is set. */
export interface TelegramConfig {
  readonly token: string;
  /** Webhook mode when set (with {@link webhookSecret}); long polling otherwise. */
  readonly webhookUrl: string | null;
  readonly webhookSecret: string | null;
  /** Bot API root, without a trailing slash. Default `https://api.telegram.org`. */
  readonly apiRoot: string;
  /** "typing…" is shown only for an answer not ready after this long; 0: before every answer. */
  readonly typingAfterMs: number;
  /** Webhook mode: a private chat's one-message answer is sent in the webhook's response (telegram/webhook-reply.ts). */
  readonly webhookReply: boolean;
}

/** The Zalo Official Account's settings; present when its app id, secret key and a token are set. */
export interface ZaloOaConfig {
  readonly appId: string;
  /** The OA secret key: checks webhook signatures. */
  readonly secretKey: string;
  /** The app secret: refreshes tokens (null: the access token cannot be refreshed). */
  readonly appSecret: string | null;
  readonly accessToken: string | null;
  readonly refreshToken: string | null;
  /** Default `https://openapi.zalo.me`. */
  readonly apiUrl: string;
  /** Default `https://oauth.zaloapp.com`. */
  readonly oauthUrl: string;
  /** Where the token pair is persisted when Redis is not configured. Default `.cache/zalo-oa-token.json`. */
  readonly tokenFile: string;
  /** An event dated further than this from now, either way, is refused (a replay). Default 5 minutes. */
  readonly eventWindowMs: number;
}

/** The Zalo Bot Platform's settings; present when `ZALO_BOT_TOKEN` is set. */
export interface ZaloBotConfig {
  readonly token: string;
  readonly mode: "webhook" | "polling";
  readonly webhookSecret: string | null;
  /** When set (webhook mode), `setWebhook` is called with it at start. */
  readonly webhookUrl: string | null;
  /** Default `https://bot-api.zaloplatforms.com`. */
  readonly apiUrl: string;
}

/** Settings, read once from the environment at start. */
export interface Config {
  /** Folder of articles. Default: the embedded corpus. */
  readonly corpusDir: string;
  /** Folder where the built index is persisted. Default: `.cache/index` in the project. */
  readonly indexDir: string;
  /** Largest article file read; a larger one is skipped, named in the log. Default 1 MiB. */
  readonly maxArticleBytes: number;
  readonly logLevel: Parsed["LOG_LEVEL"];
  readonly maxMessageLength: number;
  readonly contextTtlMs: number;
  readonly server: {
    readonly port: number;
    readonly host: string;
    readonly redisUrl: string | null;
    readonly bodyLimit: number;
    /** Requests per minute per client address. */
    readonly rateLimitPerMinute: number;
    /** Messages per minute per chat, on every channel. */
    readonly chatRateLimitPerMinute: number;
    /** Origins allowed by CORS; empty: closed. */
    readonly corsOrigins: readonly string[];
    /**
     * Which proxies' X-Forwarded-For gives the client address (fastify's `trustProxy`): false
     * (none: the socket's address), the number of proxies in front, or their addresses/CIDRs.
     */
    readonly trustProxy: false | number | readonly string[];
    /** Longest time to receive a whole request, headers and body, before the connection is closed. Default 30 s. */
    readonly requestTimeoutMs: number;
    /** `/metrics` on this port of its own instead of `port`; null: on `port`. */
    readonly metricsPort: number | null;
    /** `/metrics` asks for `Authorization: Bearer <token>` when set. */
    readonly metricsToken: string | null;
    /** Where unanswered questions are counted when Redis is not configured. */
    readonly unansweredFile: string;
    /** Distinct unanswered questions kept, the most asked. Default 1000. */
    readonly unansweredMax: number;
    /** Re-index the corpus folder when its files change. */
    readonly watchCorpus: boolean;
  };
  readonly telegram: TelegramConfig | null;
  readonly zaloOa: ZaloOaConfig | null;
  readonly zaloBot: ZaloBotConfig | null;
  /** How long Telegram, Zalo and Redis are waited on; the defaults are production's (adapters/timeouts.ts). */
  readonly timeouts: Timeouts;
}

/** A wrong setting; the message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: readonly string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

// Secrets are named, never echoed.
const SECRET = /TOKEN|SECRET|KEY|REDIS_URL/;

/**
 * Reads the settings once: from `env`, over the `.env` file at `dotenvPath` (by default in the
 * working folder) when there is one — a variable set in the environment wins over the file.
 * Every problem, a malformed line of the file included, is listed in one {@link ConfigError}.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath = resolve(".env")): Config {
  const file = existsSync(dotenvPath) ? readDotenv(dotenvPath) : { values: {}, problems: [] };
  const merged: NodeJS.ProcessEnv = { ...file.values, ...env };
  const blanksRemoved = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== ""));
  const parsed = Env.safeParse(blanksRemoved);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        const value = merged[name];
        const shown = value === undefined ? "(not set)" : SECRET.test(name) ? "(hidden)" : JSON.stringify(value);
        return `${name}=${shown}: ${i.message}`;
      });
  if (file.problems.length || !parsed.success) throw new ConfigError([...file.problems, ...problems]);
  return fromParsed(parsed.data);
}

// NAME=value, as Node's parser reads it: optional "export", spaces around "=".
const ASSIGNMENT = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*)$/;

/**
 * A `.env` file's settings, and its lines that are not settings. Node's parser (util.parseEnv)
 * never complains: it skips a line it cannot read, or glues it to the next one as part of a
 * name, so a typo would silently drop the setting that follows. Such lines are named here, by
 * file and line number only (a broken line may hold a secret).
 */
function readDotenv(path: string): { values: NodeJS.Dict<string>; problems: string[] } {
  const text = readFileSync(path, "utf8");
  const lines = text.split(/\r?\n/);
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    const m = ASSIGNMENT.exec(line);
    if (!m) {
      problems.push(`${path} line ${i + 1}: not a NAME=value setting`);
      continue;
    }
    // A quoted value may run over several lines, up to its closing quote.
    const quote = m[2]!.charAt(0);
    if (!["\"", "'", "`"].includes(quote) || m[2]!.indexOf(quote, 1) > 0) continue;
    const closing = lines.findIndex((l, j) => j > i && l.includes(quote));
    if (closing < 0) problems.push(`${path} line ${i + 1}: the quoted value of ${m[1]} is never closed`);
    else i = closing;
  }
  return { values: parseEnv(text), problems };
}

/**
 * The settings of a program that is starting: on a wrong setting, every problem is printed on
 * stderr and the process exits with status 2, before anything else happens.
 */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(2);
  }
}

function fromParsed(c: Parsed): Config {
  const cache = resolve(PROJECT_ROOT, ".cache");
  return {
    corpusDir: resolve(c.CORPUS_DIR ?? DEFAULT_CORPUS_DIR),
    indexDir: resolve(c.INDEX_DIR ?? resolve(cache, "index")),
    maxArticleBytes: c.MAX_ARTICLE_BYTES,
    logLevel: c.LOG_LEVEL,
    maxMessageLength: c.MAX_MESSAGE_LENGTH,
    contextTtlMs: c.CONTEXT_TTL_MINUTES * 60_000,
    server: {
      port: c.PORT,
      host: c.HOST,
      redisUrl: c.REDIS_URL ?? null,
      bodyLimit: c.BODY_LIMIT_BYTES,
      rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
      chatRateLimitPerMinute: c.CHAT_RATE_LIMIT_PER_MINUTE,
      corsOrigins: c.CORS_ORIGINS,
      trustProxy: c.TRUST_PROXY,
      requestTimeoutMs: c.REQUEST_TIMEOUT_SECONDS * 1000,
      metricsPort: c.METRICS_PORT ?? null,
      metricsToken: c.METRICS_TOKEN ?? null,
      unansweredFile: resolve(c.UNANSWERED_FILE ?? resolve(cache, "unanswered.json")),
      unansweredMax: c.UNANSWERED_MAX_QUESTIONS,
      watchCorpus: c.CORPUS_WATCH,
    },
    telegram: c.TELEGRAM_BOT_TOKEN
      ? { token: c.TELEGRAM_BOT_TOKEN, webhookUrl: c.TELEGRAM_WEBHOOK_URL ?? null, webhookSecret: c.TELEGRAM_WEBHOOK_SECRET ?? null, apiRoot: c.TELEGRAM_API_ROOT, typingAfterMs: c.TELEGRAM_TYPING_AFTER_MS, webhookReply: c.TELEGRAM_WEBHOOK_REPLY }
      : null,
    zaloOa:
      c.ZALO_OA_APP_ID && c.ZALO_OA_SECRET_KEY && (c.ZALO_OA_ACCESS_TOKEN || c.ZALO_OA_REFRESH_TOKEN)
        ? {
            appId: c.ZALO_OA_APP_ID,
            secretKey: c.ZALO_OA_SECRET_KEY,
            appSecret: c.ZALO_APP_SECRET ?? null,
            accessToken: c.ZALO_OA_ACCESS_TOKEN ?? null,
            refreshToken: c.ZALO_OA_REFRESH_TOKEN ?? null,
            apiUrl: c.ZALO_OA_API_URL,
            oauthUrl: c.ZALO_OAUTH_URL,
            tokenFile: resolve(c.ZALO_TOKEN_FILE ?? resolve(cache, "zalo-oa-token.json")),
            eventWindowMs: c.ZALO_OA_EVENT_WINDOW_SECONDS * 1000,
          }
        : null,
    zaloBot: c.ZALO_BOT_TOKEN
      ? { token: c.ZALO_BOT_TOKEN, mode: c.ZALO_BOT_MODE, webhookSecret: c.ZALO_BOT_WEBHOOK_SECRET ?? null, webhookUrl: c.ZALO_BOT_WEBHOOK_URL ?? null, apiUrl: c.ZALO_BOT_API_URL }
      : null,
    timeouts: {
      telegramCallMs: c.TELEGRAM_CALL_TIMEOUT_MS,
      telegramRetryWaitMs: c.TELEGRAM_RETRY_WAIT_MS,
      telegramServerErrorWaitMs: c.TELEGRAM_SERVER_ERROR_WAIT_MS,
      zaloCallMs: c.ZALO_CALL_TIMEOUT_MS,
      zaloRetryWaitMs: c.ZALO_RETRY_WAIT_MS,
      zaloPollRetryWaitMs: c.ZALO_POLL_RETRY_WAIT_MS,
      redisConnectMs: c.REDIS_CONNECT_TIMEOUT_MS,
      redisCommandMs: c.REDIS_COMMAND_TIMEOUT_MS,
      redisReconnectMaxMs: c.REDIS_RECONNECT_MAX_WAIT_MS,
      redisStartMs: c.REDIS_START_WAIT_MS,
    },
  };
}
