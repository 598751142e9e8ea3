import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { readBody, Recorder, sendJson, startFakeHttp } from "./zalo-http.js";

/**
 * A fake Zalo Bot Platform on loopback, speaking the real protocol: `POST /bot<TOKEN>/<method>`
 * with a JSON body, answers `{ok: true, result}` or HTTP 200 `{ok: false, error_code,
 * description}`; `getUpdates` held until an update comes (one per call) or its `timeout` passes
 * (then 408); webhooks pushed with `X-Bot-Api-Secret-Token`, flat or wrapped in `{ok, result}`.
 */

/** A call the bot made, with its JSON body. */
export interface BotCall {
  readonly method: string;
  readonly body: Record<string, unknown>;
}

/** A message or photo the bot sent. */
export interface BotSent {
  readonly method: "sendMessage" | "sendPhoto";
  readonly chatId: string;
  readonly text: string | null;
  /** For sendPhoto: the bytes fetched from the photo address, as Zalo fetches them. */
  readonly photo: Buffer | null;
  readonly photoType: string | null;
}

export interface FakeZaloBot {
  /** ZALO_BOT_API_URL. */
  readonly url: string;
  /** ZALO_BOT_TOKEN. */
  readonly token: string;
  /** Every call, in order. */
  readonly calls: Recorder<BotCall>;
  /** Every message and photo accepted. */
  readonly sent: Recorder<BotSent>;
  /** The webhook set by `setWebhook`, or null. */
  webhook: { url: string; secret: string } | null;
  /** `getUpdates` is held at most this long, whatever `timeout` asks (tests do not wait 30 s). */
  holdSeconds: number;
  /** Polls waiting now. */
  readonly waiting: number;
  /** Polls the client gave up (stop) while held. */
  readonly abandonedPolls: number;
  /** Queues an update for `getUpdates` (polling mode). */
  queue(update: Record<string, unknown>): void;
  /** A `message.text.received` update in chat `chatId`, with a fresh message_id. */
  textUpdate(chatId: string, text: string): Record<string, unknown>;
  /** Any update (`message.image.received`…) in chat `chatId`. */
  update(eventName: string, chatId: string, message?: Record<string, unknown>): Record<string, unknown>;
  /**
   * Pushes an update to the webhook (or to `url`: one of several instances behind its address),
   * flat or wrapped in `{ok: true, result}`; resolves with the status.
   */
  push(update: Record<string, unknown>, options?: { wrapped?: boolean; secret?: string | null; url?: string }): Promise<number>;
  /**
   * The next `n` calls of `method` fail: rate limited (429), an HTTP 502 from a proxy, the
   * connection dropped, or no answer until the caller gives up (`hang`). A failed call sends nothing.
   */
  failNext(method: string, n: number, how: Failure): void;
  /** The next sendMessage to `chatId` gets no answer until the caller gives up. */
  hangNextSendTo(chatId: string): void;
  close(): Promise<void>;
}

/** How {@link FakeZaloBot.failNext} fails a call. */
export type Failure = "429" | "502" | "drop" | "hang";

export async function startFakeZaloBot(): Promise<FakeZaloBot> {
  const botToken = `2718281828459045235:${randomBytes(24).toString("base64url")}`;
  const calls = new Recorder<BotCall>();
  const sent = new Recorder<BotSent>();
  const updates: Record<string, unknown>[] = [];
  const waiters = new Set<{ res: ServerResponse; timer: NodeJS.Timeout }>();
  const failures = new Map<string, { n: number; how: Failure }>();
  const hangs = new Set<string>();
  let abandoned = 0;

  const fail = (res: ServerResponse, code: number, description: string) => sendJson(res, { ok: false, error_code: code, description });
  const handOut = () => {
    for (const w of waiters) {
      if (!updates.length) return;
      if (w.res.destroyed) continue;
      waiters.delete(w);
      clearTimeout(w.timer);
      sendJson(w.res, { ok: true, result: updates.shift() });
    }
  };

  const http = await startFakeHttp(async (req, res) => {
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    const raw = (await readBody(req)).toString("utf8");
    if (req.method !== "POST" || !m) return sendJson(res, { ok: false, error_code: 404, description: "Not Found" }, 404);
    const [, givenToken, method] = m as unknown as [string, string, string];
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return fail(res, 400, "Bad Request: invalid JSON");
    }
    calls.push({ method, body });
    if (givenToken !== botToken) return fail(res, 401, "Unauthorized");
    const failure = failures.get(method);
    if (failure && failure.n > 0) {
      failure.n--;
      if (failure.how === "drop") return void res.socket?.destroy();
      if (failure.how === "hang") return;
      if (failure.how === "502") return void res.writeHead(502, { "content-type": "text/html" }).end("<html>Bad Gateway</html>");
      return fail(res, 429, "Too Many Requests");
    }
    switch (method) {
      case "getMe":
        return sendJson(res, { ok: true, result: { id: "1459232241454765289", account_name: "bot.SoLieuCDS", account_type: "BASIC", can_join_groups: false } });
      case "setWebhook": {
        const secret = body.secret_token;
        if (typeof body.url !== "string" || !/^https?:\/\//.test(body.url)) return fail(res, 400, "Bad Request: url");
        if (typeof secret !== "string" || secret.length < 8 || secret.length > 256) return fail(res, 400, "Bad Request: secret_token must be 8-256 characters");
        fake.webhook = { url: body.url, secret };
        return sendJson(res, { ok: true, result: { url: body.url, updated_at: Date.now() } });
      }
      case "deleteWebhook":
        fake.webhook = null;
        return sendJson(res, { ok: true, result: { url: "", updated_at: Date.now() } });
      case "getWebhookInfo":
        return sendJson(res, { ok: true, result: { url: fake.webhook?.url ?? "", updated_at: Date.now() } });
      case "getUpdates": {
        if (fake.webhook) return fail(res, 400, "Bad Request: webhook is active, delete it to use getUpdates");
        const seconds = Math.min(Number(body.timeout ?? 30) || 30, fake.holdSeconds);
        const waiter = {
          res,
          timer: setTimeout(() => {
            waiters.delete(waiter);
            fail(res, 408, "Request timeout");
          }, seconds * 1000),
        };
        // An update is never handed to a poll the client has given up: it waits for the next.
        res.once("close", () => {
          if (waiters.delete(waiter)) {
            clearTimeout(waiter.timer);
            abandoned++;
          }
        });
        waiters.add(waiter);
        return handOut();
      }
      case "sendChatAction":
        return sendJson(res, { ok: true });
      case "sendMessage":
      case "sendPhoto": {
        const chatId = body.chat_id;
        if (typeof chatId !== "string" || !chatId) return fail(res, 400, "Bad Request: chat_id");
        if (method === "sendMessage" && hangs.delete(chatId)) return;
        const text = method === "sendMessage" ? body.text : (body.caption ?? null);
        if (method === "sendMessage" && (typeof text !== "string" || text.length < 1 || text.length > 2000)) return fail(res, 400, "Bad Request: text must be 1-2000 characters");
        let photo: Buffer | null = null;
        let photoType: string | null = null;
        if (method === "sendPhoto") {
          try {
            const r = await fetch(String(body.photo), { signal: AbortSignal.timeout(5000) });
            if (!r.ok) throw new Error(`HTTP ${r.status}`);
            photoType = r.headers.get("content-type");
            photo = Buffer.from(await r.arrayBuffer());
          } catch {
            return fail(res, 400, "Bad Request: cannot fetch photo");
          }
        }
        sent.push({ method, chatId, text: typeof text === "string" ? text : null, photo, photoType });
        return sendJson(res, { ok: true, result: { message_id: randomBytes(10).toString("hex"), date: Date.now() } });
      }
      default:
        return fail(res, 404, "Not Found: method");
    }
  });

  const update = (eventName: string, chatId: string, message: Record<string, unknown> = {}) => ({
    event_name: eventName,
    message: { message_id: randomBytes(10).toString("hex"), date: Date.now(), from: { id: chatId, display_name: "Người dùng", is_bot: false }, chat: { id: chatId, chat_type: "PRIVATE" }, ...message },
  });
  const fake: FakeZaloBot = {
    url: http.url,
    token: botToken,
    calls,
    sent,
    webhook: null,
    holdSeconds: 30,
    get waiting() {
      return waiters.size;
    },
    get abandonedPolls() {
      return abandoned;
    },
    queue: (u) => {
      updates.push(u);
      handOut();
    },
    textUpdate: (chatId, text) => update("message.text.received", chatId, { text }),
    update,
    push: async (u, options = {}) => {
      if (!fake.webhook) throw new Error("no webhook set");
      const secret = options.secret === undefined ? fake.webhook.secret : options.secret;
      const r = await fetch(options.url ?? fake.webhook.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret === null ? {} : { "x-bot-api-secret-token": secret }) },
        body: JSON.stringify(options.wrapped ? { ok: true, result: u } : u),
        signal: AbortSignal.timeout(10_000),
      });
      await r.text();
      return r.status;
    },
    failNext: (method, n, how) => {
      failures.set(method, { n, how });
    },
    hangNextSendTo: (chatId) => {
      hangs.add(chatId);
    },
    close: async () => {
      for (const w of waiters) clearTimeout(w.timer);
      await http.close();
    },
  };
  return fake;
}
