import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
/** An OAuth token pair as persisted, with the fingerprint of the settings it descends from. */
export interface StoredTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Epoch ms when the access token expires; null when not known (a token given in the settings). */
  readonly expiresAt: number | null;
  /**
   * Fingerprint of `ZALO_OA_ACCESS_TOKEN`/`ZALO_OA_REFRESH_TOKEN` when this pair was first derived
   * from them: new settings (the operator authorized the app again) win over an older stored pair.
   */
  readonly seed: string;
}

/** Where a channel's token pair (the Zalo OA's) survives a restart. */
export interface TokenStore {
  /** "file /path" or "Redis key …": for log lines telling the operator what to clear. */
  readonly where: string;
  load(): Promise<StoredTokens | null>;
  /** Persists the pair; resolves once it is durable. */
  save(tokens: StoredTokens): Promise<void>;
  /** Runs `refresh` as the only refresher among all the instances sharing this store. */
  exclusive<T>(refresh: () => Promise<T>): Promise<T>;
}

function parseStored(text: string): StoredTokens | null {
  const j = JSON.parse(text) as Partial<StoredTokens>;
  if (typeof j.accessToken !== "string" || typeof j.refreshToken !== "string" || typeof j.seed !== "string") return null;
  return { accessToken: j.accessToken, refreshToken: j.refreshToken, expiresAt: typeof j.expiresAt === "number" ? j.expiresAt : null, seed: j.seed };
}

/**
 * The pair in a JSON file, readable by its owner only, replaced atomically (written beside, then
 * renamed), so a crash mid-write leaves the previous pair whole. One instance owns the file, so
 * the refresher is already the only one (the manager runs one refresh at a time).
 */
export class FileTokenStore implements TokenStore {
  readonly where: string;
  constructor(
    private readonly path: string,
    private readonly logger: Logger,
  ) {
    this.where = `file ${path}`;
  }

  async load(): Promise<StoredTokens | null> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
    try {
      return parseStored(text);
    } catch {
      this.logger.warn({ file: this.path }, "Zalo OA token file is not readable JSON: the tokens from the settings are used");
      return null;
    }
  }

  async save(tokens: StoredTokens): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.${randomUUID()}.tmp`;
    await writeFile(temporary, JSON.stringify(tokens), { mode: 0o600 });
    await rename(temporary, this.path);
  }

  exclusive<T>(refresh: () => Promise<T>): Promise<T> {
    return refresh();
  }
}

// Deletes the lock only if it is still ours (it may have expired and been taken by another).
const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

/** Options of {@link RedisTokenStore}. */
export interface RedisTokenStoreOptions {
  readonly redis: Redis;
  /** The pair's key; the lock is `<key>:lock`. */
  readonly key: string;
  readonly logger: Logger;
  /** Longest a refresh may hold the lock. Default 30 s. */
  readonly lockMs?: number;
}

/**
 * The pair in Redis, shared by every instance: a refresh takes a lock (SET NX PX) so that one
 * instance spends the single-use refresh token while the others wait and then read the new pair.
 */
export class RedisTokenStore implements TokenStore {
  readonly where: string;
  private readonly lockMs: number;

  constructor(private readonly options: RedisTokenStoreOptions) {
    this.where = `Redis key ${options.key}`;
    this.lockMs = options.lockMs ?? 30_000;
  }

  async load(): Promise<StoredTokens | null> {
    const text = await this.options.redis.get(this.options.key);
    return text ? parseStored(text) : null;
  }

  async save(tokens: StoredTokens): Promise<void> {
    await this.options.redis.set(this.options.key, JSON.stringify(tokens));
  }

  async exclusive<T>(refresh: () => Promise<T>): Promise<T> {
    const { redis, key, logger } = this.options;
    const lock = `${key}:lock`;
    const mine = randomUUID();
    const until = Date.now() + this.lockMs + 5000;
    let held = false;
    // Waiting is polling: Redis has no blocking lock, and a refresh is rare and short.
    while (!(held = (await redis.set(lock, mine, "PX", this.lockMs, "NX")) === "OK") && Date.now() < until) await sleep(100);
    if (!held) logger.warn({ key: lock }, "Zalo OA token lock not released in time: refreshing without it");
    try {
      return await refresh();
    } finally {
      if (held) await redis.eval(RELEASE, 1, lock, mine).catch(() => undefined);
    }
  }
}
