import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, Recorder, sendJson, startFakeHttp } from "./zalo-http.js";

/**
 * A fake Zalo Official Account platform on loopback, speaking the real protocol: the Open API
 * (`POST /v3.0/oa/message/cs`, `POST /v2.0/oa/upload/image`, header `access_token`, errors as
 * HTTP 200 with a non-zero `error`), OAuth (`POST /v4/oa/access_token`, form body, `secret_key`
 * header; single-use refresh tokens), and webhook deliveries signed as Zalo signs them.
 */

/** A message the OA was asked to send. */
export interface OaSent {
  readonly userId: string;
  readonly text: string | null;
  readonly attachmentId: string | null;
  readonly accessToken: string;
}

/** A refresh request and how the fake answered it. */
export interface OaRefresh {
  readonly refreshToken: string;
  readonly error: number;
}

export interface FakeZaloOa {
  /** Root of both the Open API and OAuth (ZALO_OA_API_URL, ZALO_OAUTH_URL). */
  readonly url: string;
  readonly appId: string;
  readonly oaSecretKey: string;
  readonly appSecret: string;
  /** The pair to start the service with (ZALO_OA_ACCESS_TOKEN, ZALO_OA_REFRESH_TOKEN). */
  readonly accessToken: string;
  readonly refreshToken: string;
  /** The service's settings to use this fake, the token pair kept in `tokenFile`. */
  settings(tokenFile: string): Record<string, string>;
  /** Where deliveries go: set once the service listens. */
  webhookUrl: string;
  /** Every accepted message, in order. */
  readonly sent: Recorder<OaSent>;
  /** Every refresh request, in order. */
  readonly refreshes: Recorder<OaRefresh>;
  /** Every call to message/cs, accepted or not, with the error answered. */
  readonly attempts: Recorder<{ userId: string; error: number }>;
  /** Uploaded images. */
  readonly uploads: Buffer[];
  /** Users outside the 7-day window: their messages are refused with -230. */
  readonly outsideWindow: Set<string>;
  /** Makes every access token issued so far expire now (25 hours have passed). */
  expireAccessTokens(): void;
  /** The next `n` sends are refused with -32 (rate limit). */
  rateLimitNext(n: number): void;
  /** The next send to `userId` gets no answer until the caller gives up (a hung server). */
  hangNextSendTo(userId: string): void;
  /**
   * The next `n` sends (message/cs), to anyone, fail before Zalo looks at them: an HTTP 502 from
   * a proxy, the connection dropped, or no answer until the caller gives up (`hang`).
   */
  failNextSends(n: number, how: "502" | "drop" | "hang"): void;
  /** Refreshes a token as another client would (spending it). */
  spendRefreshToken(token: string): Promise<void>;
  /** A `user_send_text` event from `userId`, with a fresh msg_id. */
  textEvent(userId: string, text: string): Record<string, unknown>;
  /** Any event (`user_send_image`, `oa_send_text`…) from a user, with a fresh msg_id. */
  event(eventName: string, userId: string, message?: Record<string, unknown>): Record<string, unknown>;
  /** The signature header Zalo sends with `rawBody`. */
  sign(rawBody: string, timestamp: string): string;
  /**
   * Delivers an event as Zalo does: signed, 2 s to answer, retried (same body) up to 3 times on
   * anything but 200. `ackLost` delivers it a second time after a 200, as when the
   * acknowledgement is lost on the way. Resolves with the statuses seen.
   */
  deliver(event: Record<string, unknown>, options?: { ackLost?: boolean; rawBody?: string }): Promise<number[]>;
  close(): Promise<void>;
}

const token = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url")}`;
// Zalo ids exceed 2^53: made here from random digits.
let serial = 0;
const bigId = () => `${BigInt(7_000_000_000_000_000_000n) + BigInt(Date.now()) * 1000n + BigInt(serial++)}`;

export async function startFakeZaloOa(): Promise<FakeZaloOa> {
  const appId = "1234567890123456789";
  const oaId = "4368496045530239152";
  const oaSecretKey = "OaSecretKey_for_webhooks";
  const appSecret = "AppSecret_for_oauth";
  const accessTokens = new Map<string, number>(); // token → expires at (epoch ms)
  const refreshTokens = new Map<string, "valid" | "used">();
  const issue = () => {
    const pair = { access: token("at"), refresh: token("rt") };
    accessTokens.set(pair.access, Date.now() + 25 * 3600_000);
    refreshTokens.set(pair.refresh, "valid");
    return pair;
  };
  const first = issue();
  const sent = new Recorder<OaSent>();
  const refreshes = new Recorder<OaRefresh>();
  const attempts = new Recorder<{ userId: string; error: number }>();
  const uploads: Buffer[] = [];
  const attachments = new Set<string>();
  const outsideWindow = new Set<string>();
  const hangs = new Set<string>();
  let rateLimited = 0;
  let failing: { n: number; how: "502" | "drop" | "hang" } = { n: 0, how: "502" };

  const openApiError = (res: ServerResponse, error: number, message: string) => sendJson(res, { error, message });
  const checkToken = (req: IncomingMessage, res: ServerResponse): string | null => {
    const t = req.headers.access_token;
    const expires = typeof t === "string" ? accessTokens.get(t) : undefined;
    if (typeof t !== "string" || expires === undefined) return openApiError(res, -216, "Access token is invalid"), null;
    if (expires <= Date.now()) return openApiError(res, -220, "Access token has expired"), null;
    return t;
  };

  const http = await startFakeHttp(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const body = await readBody(req);
    if (req.method !== "POST") return sendJson(res, { error: 404, message: "Not found" }, 404);

    if (path === "/v4/oa/access_token") {
      const form = new URLSearchParams(body.toString("utf8"));
      const given = form.get("refresh_token") ?? "";
      const refuse = (error: number, reason: string) => {
        refreshes.push({ refreshToken: given, error });
        sendJson(res, { error_name: "Invalid parameter", error_reason: reason, ref_doc: "https://developers.zalo.me/docs/", error_description: reason, error });
      };
      if (req.headers.secret_key !== appSecret) return refuse(-14002, "Invalid secret key");
      if (form.get("app_id") !== appId || form.get("grant_type") !== "refresh_token") return refuse(-14003, "Invalid parameter");
      if (refreshTokens.get(given) !== "valid") return refuse(-14014, "Invalid refresh token");
      refreshTokens.set(given, "used");
      const pair = issue();
      refreshes.push({ refreshToken: given, error: 0 });
      return sendJson(res, { access_token: pair.access, refresh_token: pair.refresh, expires_in: "90000" });
    }

    if (path === "/v2.0/oa/upload/image") {
      if (!checkToken(req, res)) return;
      const form = await new Response(new Uint8Array(body), { headers: { "content-type": String(req.headers["content-type"]) } }).formData();
      const file = form.get("file");
      const bytes = file instanceof Blob ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
      if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) || bytes.length > 1_048_576) return openApiError(res, -201, "Invalid image");
      const attachmentId = token("att");
      attachments.add(attachmentId);
      uploads.push(bytes);
      return sendJson(res, { data: { attachment_id: attachmentId }, error: 0, message: "Success" });
    }

    if (path === "/v3.0/oa/message/cs") {
      if (failing.n > 0) {
        failing.n--;
        if (failing.how === "drop") return void res.socket?.destroy();
        if (failing.how === "hang") return;
        return void res.writeHead(502, { "content-type": "text/html" }).end("<html>Bad Gateway</html>");
      }
      let j: { recipient?: { user_id?: unknown }; message?: { text?: unknown; attachment?: { payload?: { elements?: { attachment_id?: unknown }[] } } } };
      try {
        j = JSON.parse(body.toString("utf8")) as typeof j;
      } catch {
        return openApiError(res, -201, "Invalid parameter: body");
      }
      const userId = j.recipient?.user_id;
      if (typeof userId !== "string" || !/^\d+$/.test(userId)) return openApiError(res, -201, "Invalid parameter: user_id");
      if (hangs.delete(userId)) return; // no answer: the client's timeout must end the call
      const at = checkToken(req, res);
      if (!at) return attempts.push({ userId, error: -216 });
      if (rateLimited > 0) {
        rateLimited--;
        attempts.push({ userId, error: -32 });
        return openApiError(res, -32, "The application has exceeded the rate limit");
      }
      if (outsideWindow.has(userId)) {
        attempts.push({ userId, error: -230 });
        return openApiError(res, -230, "User has not interacted with the OA in the last 7 days");
      }
      const text = j.message?.text;
      const attachmentId = j.message?.attachment?.payload?.elements?.[0]?.attachment_id;
      const validText = typeof text === "string" && text.length >= 1 && text.length <= 2000;
      const validImage = typeof attachmentId === "string" && attachments.has(attachmentId);
      if (!validText && !validImage) {
        attempts.push({ userId, error: -201 });
        return openApiError(res, -201, "Invalid parameter: message");
      }
      attempts.push({ userId, error: 0 });
      sent.push({ userId, text: validImage ? null : (text as string), attachmentId: validImage ? attachmentId : null, accessToken: at });
      return sendJson(res, { data: { message_id: bigId().replace(/^7/, "9"), user_id: userId }, error: 0, message: "Success" });
    }
    return openApiError(res, 404, "Not found");
  });

  const sign = (rawBody: string, timestamp: string) => `mac=${createHash("sha256").update(appId + rawBody + timestamp + oaSecretKey).digest("hex")}`;
  const event = (eventName: string, userId: string, message: Record<string, unknown> = {}) => {
    const fromOa = eventName.startsWith("oa_send_");
    return {
      app_id: appId,
      sender: { id: fromOa ? oaId : userId },
      user_id_by_app: bigId(),
      recipient: { id: fromOa ? userId : oaId },
      event_name: eventName,
      message: { msg_id: `${randomBytes(10).toString("hex")}`, ...message },
      timestamp: String(Date.now()),
    };
  };
  const fake: FakeZaloOa = {
    url: http.url,
    appId,
    oaSecretKey,
    appSecret,
    accessToken: first.access,
    refreshToken: first.refresh,
    webhookUrl: "",
    sent,
    refreshes,
    attempts,
    uploads,
    outsideWindow,
    expireAccessTokens: () => {
      for (const t of accessTokens.keys()) accessTokens.set(t, Date.now() - 1);
    },
    rateLimitNext: (n) => {
      rateLimited = n;
    },
    hangNextSendTo: (userId) => {
      hangs.add(userId);
    },
    failNextSends: (n, how) => {
      failing = { n, how };
    },
    spendRefreshToken: async (t) => {
      const r = await fetch(`${http.url}/v4/oa/access_token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", secret_key: appSecret },
        body: new URLSearchParams({ refresh_token: t, app_id: appId, grant_type: "refresh_token" }),
      });
      await r.text();
    },
    settings: (tokenFile) => ({
      ZALO_OA_APP_ID: appId,
      ZALO_OA_SECRET_KEY: oaSecretKey,
      ZALO_APP_SECRET: appSecret,
      ZALO_OA_ACCESS_TOKEN: first.access,
      ZALO_OA_REFRESH_TOKEN: first.refresh,
      ZALO_OA_API_URL: http.url,
      ZALO_OAUTH_URL: http.url,
      ZALO_TOKEN_FILE: tokenFile,
    }),
    textEvent: (userId, text) => event("user_send_text", userId, { text }),
    event,
    sign,
    deliver: async (ev, options = {}) => {
      const raw = options.rawBody ?? JSON.stringify(ev);
      const statuses: number[] = [];
      const post = async () => {
        try {
          const r = await fetch(fake.webhookUrl, {
            method: "POST",
            headers: { "content-type": "application/json", "x-zevent-signature": sign(raw, String(ev.timestamp)) },
            body: raw,
            signal: AbortSignal.timeout(2000),
          });
          await r.text();
          statuses.push(r.status);
        } catch {
          statuses.push(0);
        }
      };
      for (let i = 0; i < 4; i++) {
        await post();
        if (statuses.at(-1) === 200) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      if (options.ackLost && statuses.at(-1) === 200) await post();
      return statuses;
    },
    close: () => http.close(),
  };
  return fake;
}
