import { ZaloApiError } from "./errors.js";
import { unusable, ZaloHttp, type CallOptions, type ZaloHttpOptions } from "./http.js";
import { idOf, isObject } from "./json.js";

/** Bot Platform error code: too many calls. Retried with backoff. */
export const BOT_RATE_LIMITED = 429;
/** Bot Platform error code on `getUpdates`: no update came while the call was held. Not a failure. */
export const BOT_IDLE = 408;
/** Bot Platform error code: the bot token is refused. */
export const BOT_UNAUTHORIZED = 401;
const RATE_LIMITS: ReadonlySet<number> = new Set([BOT_RATE_LIMITED]);
/** Time `getUpdates` is held by Zalo when nothing comes: 30 s. */
export const POLL_SECONDS = 30;

/** Where the Bot Platform client sends its calls. */
export interface ZaloBotClientOptions extends ZaloHttpOptions {
  /** API root, e.g. `https://bot-api.zaloplatforms.com` (`/bot<TOKEN>/<method>` is appended). */
  readonly apiUrl: string;
  readonly token: string;
}

/** A photo's caption, with the call's options. */
export interface PhotoOptions extends CallOptions {
  readonly caption?: string;
}

/** The bot, as `getMe` describes it. */
export interface BotInfo {
  readonly id: string;
  readonly name: string;
}

/** The webhook Zalo has on record. */
export interface WebhookInfo {
  /** Empty when none is set. */
  readonly url: string;
}

/**
 * The Zalo Bot Platform API: `POST /bot<TOKEN>/<method>` with a JSON body, answered with
 * `{ok: true, result}` or `{ok: false, error_code, description}`. Refusals throw `ZaloApiError`,
 * missing answers `ZaloNetworkError`; rate limits (429) and network failures are retried, except
 * on `getUpdates`, whose caller (the poller) keeps its own backoff.
 */
export class ZaloBotClient {
  private readonly http: ZaloHttp;

  constructor(private readonly options: ZaloBotClientOptions) {
    this.http = new ZaloHttp(options);
  }

  /** Checks the token; the bot's id and name. */
  async getMe(): Promise<BotInfo> {
    const r = await this.call("getMe", {});
    const info = isObject(r) ? r : {};
    return { id: idOf(info.id) ?? "", name: String(info.account_name ?? info.display_name ?? info.name ?? "") };
  }

  /**
   * Waits up to `seconds` for the next update (one per call) and returns it as Zalo sent it;
   * null when none came (Zalo answers 408). `signal` ends the wait (stop).
   */
  async getUpdates(seconds = POLL_SECONDS, signal?: AbortSignal): Promise<unknown> {
    try {
      // The call may be held `seconds` by Zalo; it is given 10 s more before it counts as lost.
      const result = await this.once("getUpdates", { timeout: String(seconds) }, (seconds + 10) * 1000, signal);
      return result ?? null;
    } catch (e) {
      if (e instanceof ZaloApiError && e.code === BOT_IDLE) return null;
      throw e;
    }
  }

  /** Asks Zalo to push updates to `url`, with `secret` (8–256 characters) in `X-Bot-Api-Secret-Token`. */
  async setWebhook(url: string, secret: string): Promise<void> {
    await this.call("setWebhook", { url, secret_token: secret });
  }

  /** Stops webhook pushes, so that `getUpdates` works. `call.signal` cancels it, retries included. */
  async deleteWebhook(call: CallOptions = {}): Promise<void> {
    await this.call("deleteWebhook", {}, call);
  }

  async getWebhookInfo(): Promise<WebhookInfo> {
    const r = await this.call("getWebhookInfo", {});
    return { url: isObject(r) && typeof r.url === "string" ? r.url : "" };
  }

  /** Sends 1–2000 characters of plain text; returns Zalo's message id. */
  async sendMessage(chatId: string, text: string, call: CallOptions = {}): Promise<string> {
    const r = await this.call("sendMessage", { chat_id: chatId, text }, call);
    return (isObject(r) && idOf(r.message_id)) || "";
  }

  /** Sends the picture at `photoUrl` (Zalo fetches it), with an optional caption of at most 2000 characters. */
  async sendPhoto(chatId: string, photoUrl: string, options: PhotoOptions = {}): Promise<string> {
    const { caption, ...call } = options;
    const r = await this.call("sendPhoto", { chat_id: chatId, photo: photoUrl, ...(caption ? { caption } : {}) }, call);
    return (isObject(r) && idOf(r.message_id)) || "";
  }

  /** Shows "typing…" in the chat for a few seconds. */
  async sendChatAction(chatId: string, action: "typing" | "upload_photo", call: CallOptions = {}): Promise<void> {
    await this.call("sendChatAction", { chat_id: chatId, action }, call);
  }

  private call(method: string, body: Record<string, unknown>, call: CallOptions = {}): Promise<unknown> {
    return this.http.retrying(() => this.once(method, body, undefined, call.signal), RATE_LIMITS, call);
  }

  private async once(method: string, body: Record<string, unknown>, timeoutMs?: number, signal?: AbortSignal): Promise<unknown> {
    const reply = await this.http.post({
      method,
      url: `${this.options.apiUrl}/bot${this.options.token}/${method}`,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      ...(timeoutMs ? { timeoutMs } : {}),
      ...(signal ? { signal } : {}),
    });
    const j = reply.json;
    if (j && j.ok === true) return j.result;
    if (j && j.ok === false) {
      const code = typeof j.error_code === "number" ? j.error_code : reply.status;
      throw new ZaloApiError(code, typeof j.description === "string" ? j.description : "refused", method);
    }
    throw unusable(method, reply);
  }
}
