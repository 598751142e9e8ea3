import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZaloBotChannel } from "../../../adapters/zalo/bot-channel.js";
import type { ZaloOaChannel } from "../../../adapters/zalo/oa-channel.js";
import { startFakeZaloBot, type FakeZaloBot } from "../../fakes/zalo-bot.js";
import { startFakeZaloOa, type FakeZaloOa } from "../../fakes/zalo-oa.js";
import { freePort } from "../../support/redis.js";
import { startTestService, type TestService } from "../../support/service.js";

/**
 * Fuzzed webhook bodies — random JSON, Zalo's events with one field of the wrong type or
 * missing, huge strings, integers beyond 2^53 — authenticated as Zalo would, so they reach the
 * parsing: none crashes the server, none gets an answer sent. Every body is answered exactly as
 * the routes promise: 413 over the body limit, 200 once authenticated (accepted, then ignored),
 * 401 for an OA body that cannot be signed (no string `timestamp` to sign it with).
 */

const SECRET = "fuzz-secret-0123456789";
/** The server's body limit, set here so that the expected status of a body is known. */
const BODY_LIMIT = 64 * 1024;
const BIG = "123456789012345678901234567890";
let oa: FakeZaloOa;
let bot: FakeZaloBot;
let svc: TestService;
let dir: string;
const statuses = new Map<string, Set<number>>();

beforeAll(async () => {
  oa = await startFakeZaloOa();
  bot = await startFakeZaloBot();
  dir = mkdtempSync(join(tmpdir(), "zalo-fuzz-"));
  const port = await freePort();
  svc = await startTestService({
    PORT: String(port),
    ...oa.settings(join(dir, "token.json")),
    ZALO_BOT_TOKEN: bot.token,
    ZALO_BOT_API_URL: bot.url,
    ZALO_BOT_MODE: "webhook",
    ZALO_BOT_WEBHOOK_SECRET: SECRET,
    ZALO_BOT_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/zalo-bot`,
    RATE_LIMIT_PER_MINUTE: "100000",
    BODY_LIMIT_BYTES: String(BODY_LIMIT),
  });
  oa.webhookUrl = `${svc.url}/webhooks/zalo-oa`;
});

afterAll(async () => {
  await svc?.stop();
  await oa?.close();
  await bot?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Values no ID may be: not strings of ID characters, not whole numbers ≥ 0 (a JSON number such as
 * 5 is an ID: Zalo's IDs may come as numbers). Objects hold no ID either: they also stand in for
 * `sender` or `message.chat`, where `{"id": 5}` would make a valid sender.
 */
const notAnIdScalar = fc.oneof(fc.constant(null), fc.boolean(), fc.double({ noInteger: true }), fc.integer({ min: -1_000_000, max: -1 }));
const notAnId = fc.oneof(
  notAnIdScalar,
  fc.array(fc.nat(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), notAnIdScalar, { maxKeys: 3 }),
  fc.constantFrom("", " ", "id with spaces", "9".repeat(65)),
  fc.string({ minLength: 1, maxLength: 20_000 }).map((s) => `${s} ·`),
);
/** Values no message text may be: not strings, or blank. */
const notText = fc.oneof(fc.constant(null), fc.integer(), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 })), fc.constantFrom("", "   ", "\n\t"));
const notAnEvent = fc.oneof(fc.constant(null), fc.integer(), fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }), fc.constantFrom("user_send_textx", "USER_SEND_TEXT", "message.text", ""));

/** Sets (or, for `undefined`, deletes) a field at a dotted path of a copy of `obj`. */
function withField(obj: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(obj);
  const keys = path.split(".");
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  if (value === undefined) delete at[keys.at(-1)!];
  else at[keys.at(-1)!] = value;
  return copy;
}

/** One field broken: the field, and what it becomes (undefined: missing). */
const broken = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(...Object.entries(fields).map(([path, bad]) => fc.tuple(fc.constant(path), fc.option(bad, { nil: undefined, freq: 4 }))));

/** A `timestamp` as Zalo writes it (epoch ms as a string of digits, now or at any time), or any other non-empty string. */
const timestamp = fc.oneof(
  fc.constant(null).map(() => String(Date.now())),
  fc.stringMatching(/^[0-9]{1,13}$/),
  fc.string({ minLength: 1, maxLength: 20 }),
);

const oaBody = fc.oneof(
  fc.json({ maxDepth: 3 }),
  // Random JSON that can be signed: past the signature, into the event's parsing.
  fc.tuple(fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }), timestamp).map(([fields, ts]) => JSON.stringify({ ...fields, timestamp: ts })),
  fc.tuple(
    broken({ event_name: notAnEvent, sender: notAnId, "sender.id": notAnId, message: notAnId, "message.msg_id": notAnId, "message.text": notText }),
    fc.string({ maxLength: 30_000 }),
  ).map(([[path, value], noise]) => {
    const ev = { ...oa.textEvent("8491000000000000001", "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?"), recipient: { id: "__BIG__" }, user_id_by_app: "__BIG__", note: noise };
    return JSON.stringify(withField(ev, path, value)).replaceAll('"__BIG__"', BIG);
  }),
);

const botBody = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.tuple(
    broken({ event_name: notAnEvent, message: notAnId, "message.message_id": notAnId, "message.chat": notAnId, "message.chat.id": notAnId, "message.text": notText }),
    fc.boolean(),
    fc.string({ maxLength: 30_000 }),
  ).map(([[path, value], wrapped, noise]) => {
    const u = withField({ ...bot.textUpdate("e4ea2cd5189df1c3a88c", "Lào Cai có bao nhiêu dịch vụ công trực tuyến?"), from_id: "__BIG__", note: noise }, path, value);
    return JSON.stringify(wrapped ? { ok: true, result: u } : u).replaceAll('"__BIG__"', BIG);
  }),
);

async function postTo(path: string, body: string, headers: Record<string, string>): Promise<number> {
  const r = await fetch(`${svc.url}${path}`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
  await r.text();
  statuses.set(path, (statuses.get(path) ?? new Set()).add(r.status));
  return r.status;
}

/** The `timestamp` Zalo signs an OA event with: the body's own, when it is a non-empty string. */
function timestampOf(raw: string): string {
  const t = (JSON.parse(raw) as { timestamp?: unknown } | null)?.timestamp;
  return typeof t === "string" ? t : "";
}

/** Signed and dated within the service's window (ZALO_OA_EVENT_WINDOW_SECONDS, 300 s by default). */
const fresh = (ts: string) => /^\d+$/.test(ts) && Math.abs(Date.now() - Number(ts)) <= 300_000;

const tooBig = (raw: string) => Buffer.byteLength(raw, "utf8") > BODY_LIMIT;

describe("fuzzed webhook bodies", () => {
  it("never crash the OA webhook and never get an answer", async () => {
    await fc.assert(
      fc.asyncProperty(oaBody, async (raw) => {
        const ts = timestampOf(raw);
        const status = await postTo("/webhooks/zalo-oa", raw, { "x-zevent-signature": oa.sign(raw, ts) });
        expect(status).toBe(tooBig(raw) ? 413 : fresh(ts) ? 200 : 401);
      }),
      { numRuns: 250 },
    );
    await (svc.channels.find((c) => c.name === "zalo-oa") as ZaloOaChannel).settled();
    expect(oa.attempts.items).toEqual([]);
  }, 60_000);

  it("never crash the Bot webhook and never get an answer", async () => {
    await fc.assert(
      fc.asyncProperty(botBody, async (raw) => {
        expect(await postTo("/webhooks/zalo-bot", raw, { "x-bot-api-secret-token": SECRET })).toBe(tooBig(raw) ? 413 : 200);
      }),
      { numRuns: 250 },
    );
    await (svc.channels.find((c) => c.name === "zalo-bot") as ZaloBotChannel).settled();
    expect(bot.sent.items).toEqual([]);
  }, 60_000);

  it("left the server answering, with client errors only", async () => {
    const seen = [...statuses.values()].flatMap((s) => [...s]);
    expect(seen.filter((s) => s >= 500)).toEqual([]);
    // Bodies did get past authentication and into the parsing (200: accepted, then ignored).
    expect(statuses.get("/webhooks/zalo-oa")!.has(200)).toBe(true);
    expect(statuses.get("/webhooks/zalo-bot")!.has(200)).toBe(true);
    expect((await fetch(`${svc.url}/healthz`)).status).toBe(200);
    await oa.deliver(oa.textEvent("8491000000000000002", "Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?"));
    const [m] = await oa.sent.until((all) => all.length >= 1);
    expect(m!.text!.startsWith("Long An: 1.480 dịch vụ công trực tuyến (tháng 8/2023) [1].")).toBe(true);
  });
});
