import { createHash } from "node:crypto";
import type { Logger } from "pino";
import { ZaloApiError, ZaloGrantLostError } from "./errors.js";
import { TOKEN_ERRORS, type ZaloOaClient } from "./oa-client.js";
import type { StoredTokens, TokenStore } from "../runtime/token-store.js";

/** What {@link OaTokenManager} needs. */
export interface OaTokenManagerOptions {
  readonly client: Pick<ZaloOaClient, "refresh">;
  readonly store: TokenStore;
  readonly logger: Logger;
  readonly appId: string;
  /** Needed to refresh; null: the settings' access token is used until it expires. */
  readonly appSecret: string | null;
  /** The pair from the settings (`ZALO_OA_ACCESS_TOKEN`, `ZALO_OA_REFRESH_TOKEN`). */
  readonly accessToken: string | null;
  readonly refreshToken: string | null;
  readonly now?: () => number;
}

/** How long before its expiry an access token is replaced: 1 hour (access tokens live 25 hours). */
export const REFRESH_MARGIN_MS = 3600_000;

/** What the operator must do when the grant is lost; said once in the log. */
const REAUTHORIZE =
  "authorize the app for the Official Account again (developers.zalo.me → your app → Official Account → get an access token), " +
  "put the new pair in ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN, and restart; no OA message can be sent until then";

/**
 * The Official Account's access token: refreshed before it expires and whenever Zalo calls it
 * invalid (-216, -220, -124), one refresh at a time however many sends are waiting, the new pair
 * persisted before it is used, so a restart never loses the single-use refresh token.
 */
export class OaTokenManager {
  private current: StoredTokens | null = null;
  private loading: Promise<StoredTokens> | null = null;
  private refreshing: Promise<StoredTokens> | null = null;
  /** The refresh token Zalo refused: it is not offered again. */
  private lostWith: string | null = null;
  private readonly seed: string;
  private readonly now: () => number;

  constructor(private readonly options: OaTokenManagerOptions) {
    this.seed = createHash("sha256")
      .update(`${options.accessToken ?? ""}\n${options.refreshToken ?? ""}`)
      .digest("hex")
      .slice(0, 16);
    this.now = options.now ?? Date.now;
  }

  /** Runs a call with a valid access token; on a token error, refreshes once and runs it again. */
  async withToken<T>(call: (accessToken: string) => Promise<T>): Promise<T> {
    const token = await this.accessToken();
    try {
      return await call(token);
    } catch (e) {
      if (!(e instanceof ZaloApiError && TOKEN_ERRORS.has(e.code))) throw e;
      this.options.logger.debug({ code: e.code }, "Zalo OA access token refused: refreshing");
      return call(await this.refreshReplacing(token));
    }
  }

  /** A usable access token: the current one, or a new one when it expires within the margin (or its expiry is unknown and `renewUnknown`). */
  async accessToken(renewUnknown = false): Promise<string> {
    const t = await this.load();
    const due = t.expiresAt === null ? renewUnknown || !t.accessToken : t.expiresAt - this.now() <= REFRESH_MARGIN_MS;
    return due && t.refreshToken ? this.refreshReplacing(t.accessToken) : t.accessToken;
  }

  /** A new access token in place of `stale`, unless it has been replaced already. */
  private async refreshReplacing(stale: string): Promise<string> {
    const t = await this.load();
    if (t.accessToken !== stale && t.accessToken) return t.accessToken;
    this.refreshing ??= this.refresh().finally(() => (this.refreshing = null));
    return (await this.refreshing).accessToken;
  }

  private load(): Promise<StoredTokens> {
    if (this.current) return Promise.resolve(this.current);
    this.loading ??= (async () => {
      const stored = await this.options.store.load().catch((e: Error) => {
        this.options.logger.error({ error: { message: e.message }, where: this.options.store.where }, "Zalo OA tokens could not be read: the settings' tokens are used");
        return null;
      });
      // A stored pair descends from the settings only if they have not changed since.
      this.current =
        stored?.seed === this.seed ? stored : { accessToken: this.options.accessToken ?? "", refreshToken: this.options.refreshToken ?? "", expiresAt: null, seed: this.seed };
      return this.current;
    })().finally(() => (this.loading = null));
    return this.loading;
  }

  private async refresh(): Promise<StoredTokens> {
    const { store, client, logger, appId, appSecret } = this.options;
    return store.exclusive(async () => {
      const mine = await this.load();
      // Another instance may have refreshed while this one waited for the lock.
      const stored = await store.load().catch(() => null);
      if (stored && stored.seed === this.seed && stored.refreshToken !== mine.refreshToken) {
        this.current = stored;
        return stored;
      }
      if (!appSecret || !mine.refreshToken) throw this.lose("no refresh token or app secret is set (ZALO_OA_REFRESH_TOKEN, ZALO_APP_SECRET)", mine.refreshToken);
      if (this.lostWith === mine.refreshToken) throw new ZaloGrantLostError("the Zalo OA grant is lost");
      let pair;
      try {
        pair = await client.refresh(appId, appSecret, mine.refreshToken);
      } catch (e) {
        if (e instanceof ZaloApiError) throw this.lose(`Zalo refused the refresh token (${e.code}: ${e.description}); it was used already, has expired, or the app secret is wrong`, mine.refreshToken, e);
        throw e;
      }
      const next: StoredTokens = { ...pair, seed: this.seed };
      try {
        await store.save(next);
      } catch (e) {
        logger.error(
          { error: { message: (e as Error).message }, where: store.where },
          "Zalo OA tokens refreshed but NOT persisted: they are used from memory; a restart now would lose the grant — fix the storage",
        );
      }
      this.current = next;
      logger.info({ expiresAt: next.expiresAt === null ? null : new Date(next.expiresAt).toISOString(), where: store.where }, "Zalo OA access token refreshed");
      return next;
    });
  }

  /** Marks the grant lost; the first time for this refresh token, says so and what to do. */
  private lose(why: string, refreshToken: string, cause?: unknown): ZaloGrantLostError {
    if (this.lostWith !== refreshToken) {
      this.lostWith = refreshToken;
      this.options.logger.error({ where: this.options.store.where }, `Zalo OA grant lost: ${why}. To fix: ${REAUTHORIZE}.`);
    }
    return new ZaloGrantLostError(`the Zalo OA grant is lost: ${why}`, { cause });
  }
}
