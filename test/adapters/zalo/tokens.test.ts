import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/runtime/logger.js";
import { ZaloApiError, ZaloGrantLostError } from "../../../adapters/zalo/errors.js";
import type { TokenPair } from "../../../adapters/zalo/oa-client.js";
import { FileTokenStore, RedisTokenStore, type StoredTokens, type TokenStore } from "../../../adapters/runtime/token-store.js";
import { OaTokenManager } from "../../../adapters/zalo/tokens.js";
import { startRedis, type TestRedis } from "../../support/redis.js";

/** A logger whose JSON lines are kept. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(
    "info",
    new Writable({
      write(chunk: Buffer, _e, done) {
        for (const l of chunk.toString().split("\n")) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
        done();
      },
    }),
  );
  return { logger, lines };
}

/** An OAuth server in memory: single-use refresh tokens rt-0, rt-1…, access tokens at-1, at-2… */
function oauth() {
  let n = 0;
  const valid = new Set(["rt-0"]);
  const calls: string[] = [];
  return {
    calls,
    refresh: async (_app: string, _secret: string, refreshToken: string): Promise<TokenPair> => {
      calls.push(refreshToken);
      await new Promise((r) => setImmediate(r));
      if (!valid.delete(refreshToken)) throw new ZaloApiError(-14014, "Invalid refresh token", "oauth/access_token");
      n++;
      valid.add(`rt-${n}`);
      return { accessToken: `at-${n}`, refreshToken: `rt-${n}`, expiresAt: 25 * 3600_000 };
    },
  };
}

/** A store in memory whose saves can be held. */
function memoryStore(initial: StoredTokens | null = null) {
  let value = initial;
  let hold: Promise<void> | null = null;
  let started!: () => void;
  const saved: StoredTokens[] = [];
  const store: TokenStore & { saved: StoredTokens[]; saveStarted: Promise<void>; holdSaves(p: Promise<void>): void } = {
    where: "memory",
    saved,
    saveStarted: new Promise<void>((r) => (started = r)),
    holdSaves: (p) => (hold = p),
    load: async () => value,
    save: async (t) => {
      started();
      if (hold) await hold;
      value = t;
      saved.push(t);
    },
    exclusive: (f) => f(),
  };
  return store;
}

const managerWith = (store: TokenStore, client = oauth(), extra: Partial<ConstructorParameters<typeof OaTokenManager>[0]> = {}) => {
  const { logger, lines } = capture();
  const manager = new OaTokenManager({ client, store, logger, appId: "app", appSecret: "secret", accessToken: "at-0", refreshToken: "rt-0", now: () => 0, ...extra });
  return { manager, client, lines };
};

/** A send that accepts only `valid()` and answers -216 otherwise. */
const sendWith = (valid: () => string, used: string[]) => async (token: string) => {
  used.push(token);
  if (token !== valid()) throw new ZaloApiError(-216, "Access token is invalid", "message/cs");
  return "sent";
};

describe("OaTokenManager", () => {
  it("refreshes once for 20 concurrent sends refused with -216, and sends each again with the new token", async () => {
    const { manager, client } = managerWith(memoryStore());
    const used: string[] = [];
    const results = await Promise.all(Array.from({ length: 20 }, () => manager.withToken(sendWith(() => "at-1", used))));
    expect(results).toEqual(Array(20).fill("sent"));
    expect(client.calls).toEqual(["rt-0"]);
    expect(used.filter((t) => t === "at-0")).toHaveLength(20);
    expect(used.filter((t) => t === "at-1")).toHaveLength(20);
  });

  it("persists the new pair before any send uses it, even a send that starts while it is being saved", async () => {
    const store = memoryStore();
    const { manager } = managerWith(store);
    let release!: () => void;
    store.holdSaves(new Promise<void>((r) => (release = r)));
    const used: string[] = [];
    const unpersisted: string[] = [];
    let secondTry!: () => void;
    const tried = new Promise<void>((r) => (secondTry = r));
    const send = async (token: string) => {
      used.push(token);
      if (used.length === 2) secondTry();
      if (token !== "at-1") throw new ZaloApiError(-216, "Access token is invalid", "message/cs");
      if (!store.saved.some((s) => s.accessToken === token)) unpersisted.push(token);
      return "sent";
    };
    const first = manager.withToken(send);
    await store.saveStarted;
    const late = manager.withToken(send);
    await tried;
    release();
    expect(await Promise.all([first, late])).toEqual(["sent", "sent"]);
    expect(unpersisted).toEqual([]);
    expect(used).toEqual(["at-0", "at-0", "at-1", "at-1"]);
    expect(store.saved.map((s) => s.accessToken)).toEqual(["at-1"]);
  });

  it("refreshes a token due to expire within the margin before sending, not one with time left", async () => {
    const store = memoryStore();
    const server = oauth();
    await managerWith(store, server).manager.withToken(sendWith(() => "at-1", []));
    // at-1 expires at 25 h; the margin is 1 hour.
    expect(await managerWith(store, server, { now: () => 20 * 3600_000 }).manager.accessToken()).toBe("at-1");
    expect(server.calls).toEqual(["rt-0"]);
    expect(await managerWith(store, server, { now: () => 25 * 3600_000 - 30 * 60_000 }).manager.accessToken()).toBe("at-2");
    expect(server.calls).toEqual(["rt-0", "rt-1"]);
  });

  it("reports a lost grant once, with what to do, and stops offering the refused token", async () => {
    const { manager, client, lines } = managerWith(memoryStore(), oauth(), { refreshToken: "rt-spent" });
    const used: string[] = [];
    for (let i = 0; i < 3; i++) await expect(manager.withToken(sendWith(() => "never", used))).rejects.toBeInstanceOf(ZaloGrantLostError);
    expect(client.calls).toEqual(["rt-spent"]);
    const errors = lines.filter((l) => l.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.msg).toBe(
      "Zalo OA grant lost: Zalo refused the refresh token (-14014: Invalid refresh token); it was used already, has expired, or the app secret is wrong. " +
        "To fix: authorize the app for the Official Account again (developers.zalo.me → your app → Official Account → get an access token), " +
        "put the new pair in ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN, and restart; no OA message can be sent until then.",
    );
  });

  it("prefers a stored pair descending from the same settings, and new settings over an older stored pair", async () => {
    const store = memoryStore();
    await managerWith(store).manager.withToken(sendWith(() => "at-1", []));
    expect(await managerWith(store).manager.accessToken()).toBe("at-1");
    expect(await managerWith(store, oauth(), { accessToken: "at-new", refreshToken: "rt-new" }).manager.accessToken()).toBe("at-new");
  });
});

describe("FileTokenStore", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "zalo-token-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("saves atomically, readable by its owner only, and loads what it saved", async () => {
    const { logger } = capture();
    const path = join(dir, "nested", "token.json");
    const store = new FileTokenStore(path, logger);
    expect(await store.load()).toBeNull();
    const pair: StoredTokens = { accessToken: "at", refreshToken: "rt", expiresAt: 123, seed: "s" };
    await store.save(pair);
    await store.save({ ...pair, accessToken: "at-2" });
    expect(await store.load()).toEqual({ ...pair, accessToken: "at-2" });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, "nested"))).toEqual(["token.json"]);
  });

  it("reads a damaged file as none, with a warning", async () => {
    const { logger, lines } = capture();
    const path = join(dir, "bad.json");
    writeFileSync(path, "{half");
    expect(await new FileTokenStore(path, logger).load()).toBeNull();
    expect(lines.map((l) => l.msg)).toEqual(["Zalo OA token file is not readable JSON: the tokens from the settings are used"]);
    expect(readFileSync(path, "utf8")).toBe("{half");
  });
});

describe("RedisTokenStore", () => {
  let redis: TestRedis;
  const clients: Redis[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await redis?.stop();
  });

  it("lets two instances refresh one expired token once between them", async () => {
    const server = oauth();
    const managers = [0, 1].map(() => {
      const client = new Redis(redis.url);
      clients.push(client);
      return managerWith(new RedisTokenStore({ redis: client, key: "cds:zalo-oa:token", logger: capture().logger }), server).manager;
    });
    const used: string[] = [];
    const sends = managers.flatMap((m) => Array.from({ length: 5 }, () => m.withToken(sendWith(() => "at-1", used))));
    expect(await Promise.all(sends)).toEqual(Array(10).fill("sent"));
    expect(server.calls).toEqual(["rt-0"]);
    const stored = JSON.parse((await clients[0]!.get("cds:zalo-oa:token"))!) as StoredTokens;
    expect(stored).toMatchObject({ accessToken: "at-1", refreshToken: "rt-1" });
    expect(await clients[0]!.exists("cds:zalo-oa:token:lock")).toBe(0);
  });
});
