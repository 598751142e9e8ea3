/**
 * A fake Telegram Bot API server for tests, speaking the Bot API's real HTTP protocol on loopback
 * (grammY is pointed at it through `apiRoot`), and the HTML check it applies to every text, the
 * way Telegram does, so that a rendering bug fails a test.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Request } from "undici";

// ——— HTML as the Bot API parses it ———

/**
 * Telegram's HTML parse mode as the Bot API checks it: the tags it supports, the four named
 * entities and numeric ones, proper nesting, and the length limits counted on the parsed text
 * (UTF-16 code units, as Telegram counts). Stricter than Telegram in one way on purpose: a bare
 * `>` or `&` is refused (Telegram's documentation requires them escaped; its parser tolerates some).
 */

/** The parsed text, or Telegram's error description. */
export type HtmlCheck = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

const SIMPLE = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "tg-spoiler", "pre"]);
const ALL = new Set([...SIMPLE, "span", "a", "code", "blockquote", "tg-emoji"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([a-zA-Z][a-zA-Z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const ENTITY = /&(?:(lt|gt|amp|quot)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/y;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };
const URL_OK = /^(https?|tg):\/\/[^\s]+$/i;

const bytesBefore = (s: string, i: number) => Buffer.byteLength(s.slice(0, i), "utf8");

function decodeValue(v: string): string {
  return v.replace(/&(lt|gt|amp|quot);/g, (_m, n: string) => NAMED[n]!);
}

function attributesOf(raw: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const m of raw.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? null);
  return out;
}

// The reason a start tag is refused, or null when Telegram accepts it.
function startTagProblem(name: string, attrs: Map<string, string | null>, open: readonly string[]): string | null {
  if (!ALL.has(name)) return `Unsupported start tag "${name}"`;
  if (name === "span" && attrs.get("class") !== "tg-spoiler") return `Tag "span" must have class "tg-spoiler"`;
  if (name === "a") {
    const href = attrs.get("href");
    if (!href || !URL_OK.test(decodeValue(href))) return "Wrong HTTP URL";
  }
  if (name === "tg-emoji" && !/^\d+$/.test(attrs.get("emoji-id") ?? "")) return `Tag "tg-emoji" must have attribute "emoji-id"`;
  if (name === "blockquote" && open.includes("blockquote")) return "Nested blockquotes are not supported";
  const inCode = open.includes("code") || open.includes("pre");
  if (inCode && !(name === "code" && open[open.length - 1] === "pre")) return `Entities can't be nested in "pre" and "code"`;
  return null;
}

/** Parses `html` as Telegram does; the text a person sees, or the error Telegram gives. */
export function parseTelegramHtml(html: string): HtmlCheck {
  const open: string[] = [];
  let text = "";
  let i = 0;
  const fail = (what: string, at: number): HtmlCheck => ({ ok: false, error: `${what} at byte offset ${bytesBefore(html, at)}` });
  while (i < html.length) {
    const c = html[i]!;
    if (c === "<") {
      TAG.lastIndex = i;
      const m = TAG.exec(html);
      if (!m) return fail(`Unexpected "<"`, i);
      const [whole, slash, rawName, rawAttrs, selfClosing] = m;
      const name = rawName!.toLowerCase();
      if (selfClosing) return fail(`Unsupported self-closing tag "${name}"`, i);
      if (slash) {
        const top = open[open.length - 1];
        if (top !== name) return fail(top ? `Unmatched end tag, expected "</${top}>", found "</${name}>"` : `Unexpected end tag "${name}"`, i);
        open.pop();
      } else {
        const problem = startTagProblem(name, attributesOf(rawAttrs ?? ""), open);
        if (problem) return fail(problem, i);
        open.push(name);
      }
      i += whole!.length;
      continue;
    }
    if (c === "&") {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      if (!m) return fail("Character entity expected", i);
      const code = m[2] ? Number(m[2]) : m[3] ? parseInt(m[3], 16) : -1;
      if (code !== -1 && (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))) return fail("Wrong character entity", i);
      text += m[1] ? NAMED[m[1]]! : String.fromCodePoint(code);
      i += m[0].length;
      continue;
    }
    if (c === ">") return fail(`Unexpected ">"`, i);
    text += c;
    i++;
  }
  if (open.length) return { ok: false, error: `Can't find end tag corresponding to start tag "${open[open.length - 1]}"` };
  return { ok: true, text };
}

/** Telegram's message text limit. */
export const TEXT_LIMIT = 4096;
/** Telegram's caption limit. */
export const CAPTION_LIMIT = 1024;

/**
 * A message text or caption checked as Telegram checks it: the text a person sees (none for an
 * absent caption), or the description of Telegram's 400: "can't parse entities: …", "message is
 * too long", "message text is empty".
 */
function checkedText(value: unknown, parseMode: unknown, kind: "text" | "caption"): { readonly shown?: string } | { readonly problem: string } {
  if (value === undefined && kind === "caption") return {};
  if (typeof value !== "string") return { problem: kind === "text" ? "Bad Request: message text is empty" : "Bad Request: wrong caption" };
  let shown = value;
  if (parseMode === "HTML") {
    const parsed = parseTelegramHtml(value);
    if (!parsed.ok) return { problem: `Bad Request: can't parse entities: ${parsed.error}` };
    shown = parsed.text;
  } else if (parseMode !== undefined) {
    return { problem: `Bad Request: unsupported parse_mode` };
  }
  if (kind === "text" && !shown.trim()) return { problem: "Bad Request: message text is empty" };
  if (kind === "text" && shown.length > TEXT_LIMIT) return { problem: "Bad Request: message is too long" };
  if (kind === "caption" && shown.length > CAPTION_LIMIT) return { problem: "Bad Request: message caption is too long" };
  return { shown };
}

/**
 * The description of Telegram's 400 for a message text or caption, or null when it is accepted:
 * "can't parse entities: …", "message is too long", "message text is empty".
 */
export function textProblem(value: unknown, parseMode: unknown, kind: "text" | "caption"): string | null {
  const checked = checkedText(value, parseMode, kind);
  return "problem" in checked ? checked.problem : null;
}

/** The text a person sees for an HTML message (which must be valid). */
export function shownText(html: string): string {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.text;
}

// ——— The server ———

/** A user of the fake: the bot's own account as `getMe` returns it. */
export const FAKE_BOT = {
  id: 7_000_001,
  is_bot: true,
  first_name: "Số liệu CĐS",
  username: "so_lieu_cds_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
} as const;

/** The Bot API's answer envelope. */
export interface ApiResult {
  readonly ok: boolean;
  readonly result?: any;
  readonly error_code?: number;
  readonly description?: string;
  readonly parameters?: { readonly retry_after?: number };
}

/** One call the bot made, as the fake received and answered it. */
export interface RecordedCall {
  readonly method: string;
  /** The JSON body, or the multipart fields (JSON-valued fields decoded). */
  readonly params: Record<string, any>;
  /** sendPhoto's picture. */
  readonly photo?: Buffer;
  readonly status: number;
  readonly response: ApiResult;
  /** When the call arrived (ms since the epoch). */
  readonly at: number;
  /** sendMessage's text or sendPhoto's caption as a person sees it (HTML parsed). */
  readonly shown?: string;
  /** True for a call the bot made in its webhook's response (its outcome never reached the bot). */
  readonly webhookReply?: true;
}

/**
 * What the next matching calls get instead of their normal answer: a refusal (429 with its
 * `retry_after`, a 5xx), a delay before the normal answer, a hang (no answer for `hangMs` or
 * until the caller gives up, then the connection is closed and the call is not carried out), or
 * the connection closed at once without an answer (`drop`). A hung or dropped call is recorded
 * with status 0.
 */
export type Fault =
  | { readonly status: 429; readonly retryAfter: number }
  | { readonly status: 500 | 502 | 503 }
  | { readonly delayMs: number }
  | { readonly hangMs: number }
  | { readonly drop: true };

/** An update as tests write it: `update_id` is given by the fake unless set (to repeat one). */
export type UpdateInput = Record<string, any> & { update_id?: number };

const BAD = (description: string): [number, ApiResult] => [400, { ok: false, error_code: 400, description }];
const OK = (result: unknown, description?: string): [number, ApiResult] => [200, { ok: true, result, ...(description ? { description } : {}) }];
const CHAT_ACTIONS = new Set(["typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note"]);
const SECRET = /^[A-Za-z0-9_-]{1,256}$/;

/**
 * A fake Telegram Bot API server on 127.0.0.1: `/bot<token>/<method>` with the Bot API's JSON
 * envelopes and its checks (HTML, lengths, known chats, messages, queries, button data). It
 * queues updates for `getUpdates` (offset, limit, long-poll timeout) or posts them to the webhook
 * set with `setWebhook` and carries out a method call the webhook's response holds (a webhook
 * reply), records every call, and can be told to fail or delay the next calls.
 */
export class FakeTelegram {
  readonly calls: RecordedCall[] = [];
  /** The webhook set by the bot, if any. */
  webhook: { url: string; secretToken: string | null } | null = null;
  private readonly updates: Record<string, any>[] = [];
  private nextUpdateId = 500_000;
  private nextMessageId = 1;
  private readonly chats = new Set<string>();
  private readonly messages = new Set<string>();
  private readonly callbackQueries = new Map<string, boolean>();
  private readonly inlineQueries = new Map<string, boolean>();
  private readonly faults: { method: string; left: number; fault: Fault }[] = [];
  private readonly waiters: { check: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }[] = [];
  private polls: (() => void)[] = [];
  private currentPoll: { end: (conflict: boolean) => void } | null = null;
  private pollWatchers: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    readonly token: string,
    /** The API root to give grammY, e.g. `http://127.0.0.1:40123`. */
    readonly url: string,
  ) {}

  /** Starts a fake for the bot with `token` on a free loopback port. */
  static async start(token: string): Promise<FakeTelegram> {
    let fake: FakeTelegram | undefined;
    const server = createServer((req, res) => void fake!.serve(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    fake = new FakeTelegram(server, token, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return fake;
  }

  /** Queues an update for getUpdates; returns its update_id. */
  pushUpdate(input: UpdateInput): number {
    const update = this.learn(input);
    this.updates.push(update);
    for (const wake of this.polls.splice(0)) wake();
    return update.update_id as number;
  }

  /** Posts an update to the webhook, as Telegram does; `secretToken` overrides the one set. */
  async postToWebhook(input: UpdateInput, secretToken?: string): Promise<{ status: number; body: string; updateId: number }> {
    if (!this.webhook) throw new Error("no webhook set");
    return this.post(this.webhook.url, input, secretToken ?? this.webhook.secretToken);
  }

  /**
   * Posts an update to `url` with the secret token of the webhook set: one of several instances
   * behind the webhook's address, as a load balancer spreads Telegram's deliveries.
   */
  async postTo(url: string, input: UpdateInput): Promise<{ status: number; body: string; updateId: number }> {
    if (!this.webhook) throw new Error("no webhook set");
    return this.post(url, input, this.webhook.secretToken);
  }

  /** The next `times` calls of `method` ("*": any) get `fault`. */
  failNext(method: string, times: number, fault: Fault): void {
    this.faults.push({ method, left: times, fault });
  }

  /** Forgets the faults not used yet: Telegram is well again. */
  clearFaults(): void {
    this.faults.splice(0);
  }

  /** Calls of `method` so far. */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The first call, from index `after` on, that `check` accepts; waits for it up to `timeoutMs`. */
  waitFor(check: (c: RecordedCall) => boolean, { after = 0, timeoutMs = 20_000 }: { after?: number; timeoutMs?: number } = {}): Promise<RecordedCall> {
    const seen = this.calls.slice(after).find(check);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        check,
        resolve: (c: RecordedCall) => {
          clearTimeout(timer);
          resolve(c);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no matching Telegram call within ${timeoutMs} ms; calls: ${this.calls.slice(after).map((c) => `${c.method}→${c.status}`).join(", ")}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Resolves once a getUpdates long poll is waiting for updates (at once if one is). */
  whenPolling(): Promise<void> {
    if (this.currentPoll) return Promise.resolve();
    return new Promise((resolve) => this.pollWatchers.push(resolve));
  }

  /** Whether an update's callback query was answered. */
  answered(callbackQueryId: string): boolean {
    return this.callbackQueries.get(callbackQueryId) === true;
  }

  async close(): Promise<void> {
    for (const wake of this.polls.splice(0)) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async post(url: string, input: UpdateInput, secret: string | null): Promise<{ status: number; body: string; updateId: number }> {
    const update = this.learn(input);
    const r = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
      body: JSON.stringify(update),
    });
    const body = await r.text();
    if (r.status === 200) this.readWebhookResponse(body);
    return { status: r.status, body, updateId: update.update_id as number };
  }

  /**
   * Reads a webhook's 200 response as Telegram does: a JSON object with a `method` is a call,
   * carried out with the same checks as over HTTP and recorded (`webhookReply`), but its outcome
   * goes nowhere; faults are for HTTP calls and spare it. An empty body is no call. For a caller
   * that posts updates itself (the HTTP bench); {@link postToWebhook} reads its responses.
   */
  readWebhookResponse(body: string): RecordedCall | undefined {
    if (!body.startsWith("{")) return undefined;
    const { method, ...params } = JSON.parse(body) as Record<string, any>;
    if (typeof method !== "string") return undefined;
    const [status, response] = this.carryOut(method, params);
    const recorded: RecordedCall = { method, params, status, response, at: Date.now(), webhookReply: true, ...shownOf(method, response) };
    this.notify(recorded);
    return recorded;
  }

  // Remembers the chats, messages and queries an update makes known, as Telegram knows them.
  private learn(input: UpdateInput): Record<string, any> {
    const update: Record<string, any> = { ...input, update_id: input.update_id ?? this.nextUpdateId++ };
    // Telegram's update ids only grow.
    this.nextUpdateId = Math.max(this.nextUpdateId, update.update_id + 1);
    const message = update.message ?? update.callback_query?.message;
    if (message?.chat?.id !== undefined) {
      this.chats.add(String(message.chat.id));
      this.messages.add(`${message.chat.id}:${message.message_id}`);
      const replied = message.reply_to_message;
      if (replied) this.messages.add(`${message.chat.id}:${replied.message_id}`);
    }
    if (update.callback_query?.id) this.callbackQueries.set(String(update.callback_query.id), false);
    if (update.inline_query?.id) this.inlineQueries.set(String(update.inline_query.id), false);
    return update;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? "/", "http://x").pathname);
    const body = await readBody(req);
    if (!m) return send(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (m[1] !== this.token) return send(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const method = m[2]!;
    let params: Record<string, any>;
    let photo: Buffer | undefined;
    try {
      ({ params, photo } = await parseParams(req, body));
    } catch {
      return this.record(res, { method, params: {}, at }, BAD("Bad Request: can't parse request body"));
    }
    const fault = this.takeFault(method);
    if (fault && "drop" in fault) return this.unanswered(res, { method, params, photo, at }, "connection dropped");
    if (fault && "hangMs" in fault) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, fault.hangMs);
        res.once("close", () => {
          clearTimeout(timer);
          resolve();
        });
      });
      return this.unanswered(res, { method, params, photo, at }, "no answer (hung)");
    }
    if (fault && "delayMs" in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
    else if (fault?.status === 429) {
      return this.record(res, { method, params, photo, at }, [429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${fault.retryAfter}`, parameters: { retry_after: fault.retryAfter } }]);
    } else if (fault) {
      return this.record(res, { method, params, photo, at }, [fault.status, { ok: false, error_code: fault.status, description: "Internal Server Error" }]);
    }
    if (method === "getUpdates") return this.getUpdates(res, params, at);
    const answer = this.carryOut(method, params, photo);
    return this.record(res, { method, params, photo, at }, answer, shownOf(method, answer[1]).shown);
  }

  private takeFault(method: string): Fault | undefined {
    const f = this.faults.find((x) => x.left > 0 && (x.method === method || x.method === "*"));
    if (!f) return undefined;
    f.left--;
    return f.fault;
  }

  // A call that gets no answer: recorded with status 0, its connection closed.
  private unanswered(res: ServerResponse, call: Omit<RecordedCall, "status" | "response">, description: string): void {
    this.notify({ ...call, status: 0, response: { ok: false, description } });
    res.socket?.destroy();
  }

  private record(res: ServerResponse, call: Omit<RecordedCall, "status" | "response">, [status, response]: [number, ApiResult], shown?: string): void {
    const recorded: RecordedCall = { ...call, status, response, ...(shown !== undefined ? { shown } : {}) };
    send(res, status, response);
    this.notify(recorded);
  }

  private notify(recorded: RecordedCall): void {
    this.calls.push(recorded);
    for (const w of [...this.waiters]) {
      if (w.check(recorded)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(recorded);
      }
    }
  }

  private async getUpdates(res: ServerResponse, params: Record<string, any>, at: number): Promise<void> {
    const call = { method: "getUpdates", params, at };
    if (this.webhook) return this.record(res, call, [409, { ok: false, error_code: 409, description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" }]);
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(params.limit ?? 100)));
    const until = Date.now() + Math.max(0, Number(params.timeout ?? 0)) * 1000;
    // Telegram forgets the updates an offset confirms.
    if (offset > 0) this.updates.splice(0, this.updates.length, ...this.updates.filter((u) => u.update_id >= offset));
    // A second poller ends the first one with a conflict, as Telegram does.
    this.currentPoll?.end(true);
    let conflict = false;
    let gone = false;
    let wake = () => {};
    const poll = {
      end: (c: boolean) => {
        conflict = c;
        wake();
      },
    };
    this.currentPoll = poll;
    const onClose = () => {
      gone = !res.writableFinished;
      wake();
    };
    res.once("close", onClose);
    let ready: Record<string, any>[] = [];
    try {
      for (;;) {
        ready = this.updates.filter((u) => u.update_id >= offset).slice(0, limit);
        if (ready.length || conflict || gone || Date.now() >= until) break;
        for (const watcher of this.pollWatchers.splice(0)) watcher();
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(done, Math.max(0, until - Date.now()));
          wake = done;
          this.polls.push(done);
        });
      }
    } finally {
      res.off("close", onClose);
      if (this.currentPoll === poll) this.currentPoll = null;
    }
    if (gone) return;
    if (conflict) return this.record(res, call, [409, { ok: false, error_code: 409, description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running" }]);
    return this.record(res, call, OK(ready));
  }

  private carryOut(method: string, p: Record<string, any>, photo?: Buffer): [number, ApiResult] {
    switch (method) {
      case "getMe":
        return OK(FAKE_BOT);
      case "setMyCommands": {
        const cmds = p.commands;
        if (!Array.isArray(cmds) || cmds.length < 1 || cmds.length > 100) return BAD("Bad Request: commands must be a non-empty array");
        for (const c of cmds) {
          if (!/^[a-z0-9_]{1,32}$/.test(c.command ?? "")) return BAD("Bad Request: BOT_COMMAND_INVALID");
          if (typeof c.description !== "string" || c.description.length < 1 || c.description.length > 256) return BAD("Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
        }
        if (p.language_code !== undefined && !/^[a-z]{2}$/.test(p.language_code)) return BAD("Bad Request: invalid language code specified");
        return OK(true);
      }
      case "setWebhook": {
        const url = String(p.url ?? "");
        // Telegram wants HTTPS on a public address; the fake takes http:// on loopback for tests.
        if (!/^https:\/\//.test(url) && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url)) return BAD("Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        if (p.secret_token !== undefined && !SECRET.test(p.secret_token)) return BAD("Bad Request: secret token contains unallowed characters");
        this.webhook = { url, secretToken: p.secret_token ?? null };
        this.currentPoll?.end(true);
        return OK(true, "Webhook was set");
      }
      case "deleteWebhook": {
        const had = this.webhook !== null;
        this.webhook = null;
        return OK(true, had ? "Webhook was deleted" : "Webhook is already deleted");
      }
      case "sendChatAction":
        if (!this.chats.has(String(p.chat_id))) return BAD("Bad Request: chat not found");
        return CHAT_ACTIONS.has(p.action) ? OK(true) : BAD("Bad Request: wrong parameter action in request");
      case "sendMessage":
        return this.sendMessage(p, "text");
      case "sendPhoto":
        if (!photo || photo.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a") return BAD("Bad Request: IMAGE_PROCESS_FAILED");
        return this.sendMessage(p, "caption");
      case "answerCallbackQuery": {
        const id = String(p.callback_query_id);
        if (this.callbackQueries.get(id) !== false) return BAD("Bad Request: query is too old and response timeout expired or query ID is invalid");
        if (p.text !== undefined && String(p.text).length > 200) return BAD("Bad Request: MESSAGE_TOO_LONG");
        this.callbackQueries.set(id, true);
        return OK(true);
      }
      case "answerInlineQuery":
        return this.answerInlineQuery(p);
      default:
        return [404, { ok: false, error_code: 404, description: "Not Found: method not found" }];
    }
  }

  private sendMessage(p: Record<string, any>, kind: "text" | "caption"): [number, ApiResult] {
    const chat = String(p.chat_id);
    if (!this.chats.has(chat)) return BAD("Bad Request: chat not found");
    const checked = checkedText(p[kind], p.parse_mode, kind);
    const problem = "problem" in checked ? checked.problem : keyboardProblem(p.reply_markup);
    if (problem) return BAD(problem);
    const reply = p.reply_parameters;
    if (reply && !this.messages.has(`${chat}:${reply.message_id}`) && !reply.allow_sending_without_reply) return BAD("Bad Request: message to be replied not found");
    const message_id = this.nextMessageId++;
    this.messages.add(`${chat}:${message_id}`);
    // As Telegram's message: the text or caption as shown, the markup gone (its entities, left out here).
    const shown = "shown" in checked && checked.shown !== undefined ? { [kind]: checked.shown } : {};
    return OK({ message_id, date: Math.floor(Date.now() / 1000), chat: { id: Number(chat), type: Number(chat) > 0 ? "private" : "supergroup" }, from: { id: FAKE_BOT.id, is_bot: true, first_name: FAKE_BOT.first_name, username: FAKE_BOT.username }, ...shown });
  }

  private answerInlineQuery(p: Record<string, any>): [number, ApiResult] {
    const id = String(p.inline_query_id);
    if (this.inlineQueries.get(id) !== false) return BAD("Bad Request: query is too old and response timeout expired or query ID is invalid");
    const results = p.results;
    if (!Array.isArray(results) || results.length > 50) return BAD("Bad Request: RESULTS_TOO_MUCH");
    const ids = new Set<string>();
    for (const r of results) {
      if (typeof r.id !== "string" || Buffer.byteLength(r.id) < 1 || Buffer.byteLength(r.id) > 64 || ids.has(r.id)) return BAD("Bad Request: RESULT_ID_INVALID");
      ids.add(r.id);
      if (r.type !== "article" || !r.title) return BAD("Bad Request: RESULT_TYPE_INVALID");
      const content = r.input_message_content;
      const problem = textProblem(content?.message_text, content?.parse_mode, "text");
      if (problem) return BAD(problem);
    }
    if (p.button && !/^[A-Za-z0-9_-]{1,64}$/.test(p.button.start_parameter ?? "")) return BAD("Bad Request: START_PARAM_INVALID");
    this.inlineQueries.set(id, true);
    return OK(true);
  }
}

/** The text a person sees of an accepted sendMessage or sendPhoto: the message Telegram returns has it. */
function shownOf(method: string, response: ApiResult): { shown?: string } {
  const shown: unknown = method === "sendMessage" ? response.result?.text : method === "sendPhoto" ? response.result?.caption : undefined;
  return response.ok && typeof shown === "string" ? { shown } : {};
}

/** The reason Telegram refuses an inline keyboard, or null. */
function keyboardProblem(markup: any): string | null {
  if (markup === undefined) return null;
  if (!Array.isArray(markup?.inline_keyboard)) return "Bad Request: can't parse reply keyboard markup JSON object";
  for (const row of markup.inline_keyboard) {
    if (!Array.isArray(row)) return "Bad Request: can't parse reply keyboard markup JSON object";
    for (const b of row) {
      if (typeof b.text !== "string" || !b.text.trim()) return "Bad Request: BUTTON_TEXT_INVALID";
      const data = b.callback_data;
      if (data !== undefined && (typeof data !== "string" || Buffer.byteLength(data) < 1 || Buffer.byteLength(data) > 64)) return "Bad Request: BUTTON_DATA_INVALID";
    }
  }
  return null;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

const maybeJson = (v: string): unknown => {
  if (!/^[[{]/.test(v.trim())) return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
};

// JSON, multipart (grammY's files, `attach://` names resolved) or a URL-encoded form.
async function parseParams(req: IncomingMessage, body: Buffer): Promise<{ params: Record<string, any>; photo?: Buffer }> {
  const type = req.headers["content-type"] ?? "";
  if (!body.length) return { params: {} };
  if (type.startsWith("application/json")) return { params: JSON.parse(body.toString("utf8")) as Record<string, any> };
  if (type.startsWith("multipart/form-data")) {
    const form = await new Request("http://fake/", { method: "POST", headers: { "content-type": type }, body }).formData();
    const params: Record<string, any> = {};
    const files = new Map<string, Buffer>();
    for (const [k, v] of form) {
      if (typeof v === "string") params[k] = maybeJson(v);
      else files.set(k, Buffer.from(await v.arrayBuffer()));
    }
    const ref = typeof params.photo === "string" && params.photo.startsWith("attach://") ? params.photo.slice(9) : "photo";
    const photo = files.get(ref);
    return photo ? { params, photo } : { params };
  }
  return { params: Object.fromEntries(new URLSearchParams(body.toString("utf8"))) };
}

function send(res: ServerResponse, status: number, body: ApiResult): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
