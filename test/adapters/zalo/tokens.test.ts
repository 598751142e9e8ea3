import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZaloApiError, ZaloGrantLostError } from "../../../adapters/zalo/errors.js";
import { FileTokenStore, type StoredTokens, type TokenStore } from "../../../adapters/runtime/token-store.js";
import { capture, managerWith, oauth, sendWith } from "../../support/oa-tokens.js";

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
