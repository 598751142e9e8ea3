import { FormData } from "undici";
import { ZaloApiError } from "./errors.js";
import { unusable, ZaloHttp, type CallOptions, type ZaloHttpOptions, type ZaloReply } from "./http.js";
import { idOf } from "./json.js";

/** OA error codes that mean the access token is invalid or expired: refresh, then send again. */
export const TOKEN_ERRORS: ReadonlySet<number> = new Set([-216, -220, -124]);
/** OA error code: too many calls. Retried with backoff. */
export const OA_RATE_LIMITED = -32;
/** OA error code: the user has not written to the OA in the last 7 days; a consultation message cannot reach them. */
export const OA_OUTSIDE_WINDOW = -230;
const RATE_LIMITS: ReadonlySet<number> = new Set([OA_RATE_LIMITED]);

/** An access token with the refresh token that replaces it. */
export interface TokenPair {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Epoch ms when the access token expires; null when not known (a token given in the settings). */
  readonly expiresAt: number | null;
}

/** Where the OA client sends its calls. */
export interface ZaloOaClientOptions extends ZaloHttpOptions {
  /** Open API root, e.g. `https://openapi.zalo.me` (`/v3.0/oa/message/cs` is appended). */
  readonly apiUrl: string;
  /** OAuth root, e.g. `https://oauth.zaloapp.com` (`/v4/oa/access_token` is appended). */
  readonly oauthUrl: string;
  /** Clock for token expiry. Default Date.now. */
  readonly now?: () => number;
}

/** A message the OA sends: text, or an uploaded image with an optional caption. */
export type OaMessage = { readonly text: string } | { readonly imageAttachmentId: string; readonly caption?: string };

/**
 * The Official Account Open API (v3 consultation messages, image upload) and its OAuth token
 * refresh. Every call returns Zalo's data or throws a `ZaloApiError` (Zalo refused: HTTP 200 with
 * a non-zero `error`) or a `ZaloNetworkError`; rate limits (-32) and network failures are retried.
 */
export class ZaloOaClient {
  private readonly http: ZaloHttp;
  private readonly now: () => number;

  constructor(private readonly options: ZaloOaClientOptions) {
    this.http = new ZaloHttp(options);
    this.now = options.now ?? Date.now;
  }

  /** Sends a consultation message (`POST /v3.0/oa/message/cs`) to a user; returns Zalo's message id. */
  async send(accessToken: string, userId: string, message: OaMessage, call: CallOptions = {}): Promise<string> {
    const body =
      "text" in message
        ? { recipient: { user_id: userId }, message: { text: message.text } }
        : {
            recipient: { user_id: userId },
            message: {
              ...(message.caption ? { text: message.caption } : {}),
              attachment: { type: "template", payload: { template_type: "media", elements: [{ media_type: "image", attachment_id: message.imageAttachmentId }] } },
            },
          };
    const data = await this.openApi("message/cs", "/v3.0/oa/message/cs", accessToken, JSON.stringify(body), { "content-type": "application/json" }, call);
    return idOf(data.message_id) ?? "";
  }

  /** Uploads a PNG of at most 1 MB (`POST /v2.0/oa/upload/image`); returns its attachment id. */
  async uploadImage(accessToken: string, image: Buffer, call: CallOptions = {}): Promise<string> {
    const data = await this.http.retrying(async () => {
      // undici's own FormData: Node's global one belongs to Node's bundled undici, not this one.
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(image)], { type: "image/png" }), "chart.png");
      return this.openApiOnce("upload/image", "/v2.0/oa/upload/image", accessToken, form, {});
    }, RATE_LIMITS, call);
    const id = idOf(data.attachment_id);
    if (!id) throw new ZaloApiError(0, "no attachment_id in the answer", "upload/image");
    return id;
  }

  /**
   * Trades a refresh token for a new pair (`POST /v4/oa/access_token`, `secret_key` header = the
   * app secret). Refresh tokens are single-use: the one given is spent once Zalo answers.
   * Network failures are retried (a refusal is not: it would only be refused again).
   */
  async refresh(appId: string, appSecret: string, refreshToken: string): Promise<TokenPair> {
    const method = "oauth/access_token";
    const reply = await this.http.retrying(
      () =>
        this.http.post({
          method,
          url: `${this.options.oauthUrl}/v4/oa/access_token`,
          headers: { "content-type": "application/x-www-form-urlencoded", secret_key: appSecret },
          body: new URLSearchParams({ refresh_token: refreshToken, app_id: appId, grant_type: "refresh_token" }).toString(),
        }),
      RATE_LIMITS,
    );
    const j = reply.json;
    if (reply.status === 200 && j && typeof j.access_token === "string" && typeof j.refresh_token === "string") {
      const seconds = Number(j.expires_in);
      return { accessToken: j.access_token, refreshToken: j.refresh_token, expiresAt: Number.isFinite(seconds) && seconds > 0 ? this.now() + seconds * 1000 : null };
    }
    if (j && typeof j.error === "number" && j.error !== 0) {
      const why = [j.error_name, j.error_reason, j.error_description, j.message].find((v) => typeof v === "string" && v) as string | undefined;
      throw new ZaloApiError(j.error, why ?? "refused", method);
    }
    throw unusable(method, reply);
  }

  private openApi(method: string, path: string, accessToken: string, body: string, headers: Record<string, string>, call: CallOptions): Promise<Record<string, unknown>> {
    return this.http.retrying(() => this.openApiOnce(method, path, accessToken, body, headers), RATE_LIMITS, call);
  }

  private async openApiOnce(method: string, path: string, accessToken: string, body: string | FormData, headers: Record<string, string>): Promise<Record<string, unknown>> {
    const reply = await this.http.post({ method, url: `${this.options.apiUrl}${path}`, headers: { ...headers, access_token: accessToken }, body });
    return dataOf(method, reply);
  }
}

/** The `data` of an Open API answer, or the error it carries. */
function dataOf(method: string, reply: ZaloReply): Record<string, unknown> {
  const j = reply.json;
  if (reply.status !== 200 || !j || typeof j.error !== "number") throw unusable(method, reply);
  if (j.error !== 0) throw new ZaloApiError(j.error, typeof j.message === "string" ? j.message : "refused", method);
  const data = j.data;
  return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
