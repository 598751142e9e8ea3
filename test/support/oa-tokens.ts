import { Writable } from "node:stream";
import { createLogger } from "../../adapters/runtime/logger.js";
import { ZaloApiError } from "../../adapters/zalo/errors.js";
import type { TokenPair } from "../../adapters/zalo/oa-client.js";
import type { TokenStore } from "../../adapters/runtime/token-store.js";
import { OaTokenManager } from "../../adapters/zalo/tokens.js";

/** A logger whose JSON lines are kept. */
export function capture() {
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
export function oauth() {
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

/** An {@link OaTokenManager} over `store` and `client` at time 0, holding at-0 and rt-0, its log lines kept. */
export const managerWith = (store: TokenStore, client = oauth(), extra: Partial<ConstructorParameters<typeof OaTokenManager>[0]> = {}) => {
  const { logger, lines } = capture();
  const manager = new OaTokenManager({ client, store, logger, appId: "app", appSecret: "secret", accessToken: "at-0", refreshToken: "rt-0", now: () => 0, ...extra });
  return { manager, client, lines };
};

/** A send that accepts only `valid()` and answers -216 otherwise. */
export const sendWith = (valid: () => string, used: string[]) => async (token: string) => {
  used.push(token);
  if (token !== valid()) throw new ZaloApiError(-216, "Access token is invalid", "message/cs");
  return "sent";
};
