import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZaloOaChannel } from "../../../adapters/zalo/oa-channel.js";
import { startFakeZaloOa, type FakeZaloOa } from "../../fakes/zalo-oa.js";
import { startTestService, type TestService } from "../../support/service.js";
import { SHORT_TIMEOUTS } from "../../support/timeouts.js";

/** End to end over real sockets: the service, its OA webhook, and a fake Zalo OA platform. */

let oa: FakeZaloOa;
let svc: TestService;
let dir: string;
let env: Record<string, string>;
const channelOf = (s: TestService) => s.channels.find((c) => c.name === "zalo-oa") as ZaloOaChannel;
const textsTo = (userId: string) => oa.sent.where((m) => m.userId === userId && m.text !== null).map((m) => m.text!);
const waitForTexts = (userId: string, n: number) => oa.sent.until((all) => all.filter((m) => m.userId === userId && m.text !== null).length >= n, 20_000, `${n} messages to ${userId}`).then(() => textsTo(userId));
const storedTokens = () => JSON.parse(readFileSync(join(dir, "token.json"), "utf8")) as { accessToken: string; refreshToken: string; expiresAt: number };
const post = (body: string, headers: Record<string, string>) => fetch(`${svc.url}/webhooks/zalo-oa`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
// Zalo user ids are beyond 2^53; each test has its own.
let next = 0;
const user = () => `8491${String(next++).padStart(15, "0")}`;

beforeAll(async () => {
  oa = await startFakeZaloOa();
  dir = mkdtempSync(join(tmpdir(), "zalo-oa-e2e-"));
  env = {
    ...oa.settings(join(dir, "token.json")),
    CHAT_RATE_LIMIT_PER_MINUTE: "1000",
  };
  svc = await startTestService(env);
  oa.webhookUrl = `${svc.url}/webhooks/zalo-oa`;
});

afterAll(async () => {
  await svc?.stop();
  await oa?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a chat over CHAT_RATE_LIMIT_PER_MINUTE", () => {
  it("is told once per window, then not answered, so the OA's outgoing quota is not spent on refusals", async () => {
    const limited = await startTestService({ ...env, ZALO_TOKEN_FILE: join(dir, "limited-token.json"), CHAT_RATE_LIMIT_PER_MINUTE: "2" });
    try {
      const u = user();
      for (let i = 0; i < 6; i++) {
        const raw = JSON.stringify(oa.textEvent(u, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?"));
        const timestamp = (JSON.parse(raw) as { timestamp: string }).timestamp;
        expect((await fetch(`${limited.url}/webhooks/zalo-oa`, { method: "POST", body: raw, headers: { "content-type": "application/json", "x-zevent-signature": oa.sign(raw, timestamp) } })).status).toBe(200);
      }
      await channelOf(limited).settled();
      const texts = textsTo(u);
      expect(texts).toHaveLength(3);
      expect(texts[2]).toBe("Bạn gửi nhanh quá. Vui lòng đợi khoảng 60 giây rồi hỏi tiếp nhé.");
    } finally {
      await limited.stop();
    }
  });
});

describe("POST /webhooks/zalo-oa", () => {
  it("answers a question with the figure, its quote and numbered follow-up questions; a number asks one", async () => {
    const u = user();
    expect((await oa.deliver(oa.textEvent(u, "Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?"))).at(-1)).toBe(200);
    const [answer] = await waitForTexts(u, 1);
    expect(answer).toBe(
      "Long An: 1.480 dịch vụ công trực tuyến (tháng 8/2023) [1].\n\n" +
        "Ghi chú: bài viết nói về tỉnh Long An cũ; từ 1/7/2025 Long An là một phần của tỉnh Tây Ninh.\n\n" +
        "Nguồn:\n[1] “Kết nối 1.480 dịch vụ công trực tuyến với Cổng dịch vụ công quốc gia (tăng 1.300 dịch vụ so với năm 2020).”\n" +
        "    — Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số\n\n" +
        "Hỏi tiếp (gõ số hoặc gõ câu hỏi):\n1. Chi tiết hơn\n2. Nguồn?\n3. Tóm tắt Long An",
    );
    await oa.deliver(oa.textEvent(u, "3"));
    const [, overview] = await waitForTexts(u, 2);
    expect(overview!.startsWith("Long An — chuyển đổi số qua các con số:\n")).toBe(true);
  });

  it("keeps a user id sent as a JSON number beyond 2^53 digit for digit", async () => {
    const u = "123456789012345678901";
    const ev = oa.textEvent(u, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?");
    const raw = JSON.stringify(ev).replace(`"sender":{"id":"${u}"}`, `"sender":{"id":${u}}`);
    expect(raw).toContain(`"sender":{"id":123456789012345678901}`);
    expect((await oa.deliver(ev, { rawBody: raw })).at(-1)).toBe(200);
    const [answer] = await waitForTexts(u, 1);
    expect(answer!.startsWith("Long An: ")).toBe(true);
  });

  it("rejects a forged or missing signature with 401 and answers nothing", async () => {
    const u = user();
    const ev = oa.textEvent(u, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?");
    const raw = JSON.stringify(ev);
    const wrongKey = `mac=${"0".repeat(64)}`;
    const otherBody = oa.sign(raw.replace("chợ", "chợ nào"), String(ev.timestamp));
    for (const signature of [wrongKey, otherBody, "sha256=abc"]) {
      const r = await post(raw, { "x-zevent-signature": signature });
      expect(r.status).toBe(401);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    }
    expect((await post(raw, {})).status).toBe(401);
    expect(svc.logs.filter((l) => l.level === "warn" && String(l.msg).startsWith("Zalo OA webhook refused: the signature does not match"))).toHaveLength(3);
    await channelOf(svc).settled();
    expect(oa.attempts.where((a) => a.userId === u)).toEqual([]);
  });

  it("refuses a signed event dated outside ZALO_OA_EVENT_WINDOW_SECONDS with 401, saying so in the log, and answers nothing", async () => {
    const u = user();
    // 1 January 2001 and a date in the year 5138, both signed with the OA secret key.
    for (const timestamp of ["978307200000", "100000000000000"]) {
      const raw = JSON.stringify({ ...oa.textEvent(u, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?"), timestamp });
      const r = await post(raw, { "x-zevent-signature": oa.sign(raw, timestamp) });
      expect(r.status).toBe(401);
      expect(await r.json()).toEqual({ error: { code: "unauthorized", message: "the event's timestamp is outside the accepted window" } });
    }
    const refused = svc.logs.filter((l) => l.msg === "Zalo OA event refused: its timestamp is outside ZALO_OA_EVENT_WINDOW_SECONDS of now (a replayed event, or this server's clock is off)");
    expect(refused.map((l) => [l.timestamp, l.windowSeconds])).toEqual([
      ["978307200000", 300],
      ["100000000000000", 300],
    ]);
    await channelOf(svc).settled();
    expect(oa.attempts.where((a) => a.userId === u)).toEqual([]);
  });

  it("answers Zalo's unsigned setup probes with 200, and bad JSON with 400", async () => {
    expect((await fetch(`${svc.url}/webhooks/zalo-oa`)).status).toBe(200);
    expect((await post("", {})).status).toBe(200);
    expect((await post("{}", {})).status).toBe(200);
    const bad = await post("{not json", { "x-zevent-signature": oa.sign("{not json", "") });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("bad_json");
  });

  it("answers a delivery Zalo makes twice (its acknowledgement lost) once", async () => {
    const u = user();
    const ev = oa.textEvent(u, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?");
    // Delivered, then delivered again (a retry after a slow answer may add more).
    expect((await oa.deliver(ev, { ackLost: true })).filter((s) => s === 200)).toHaveLength(2);
    await channelOf(svc).settled();
    expect(textsTo(u)).toHaveLength(1);
    expect(svc.logs.some((l) => l.msg === "Zalo OA delivery seen before: not answered again" && l.messageId === (ev.message as { msg_id: string }).msg_id)).toBe(true);
  });

  it("ignores the OA's own oa_send_text echoes and answers a picture or a sticker with “text only”", async () => {
    const u = user();
    expect((await oa.deliver(oa.event("oa_send_text", u, { text: "Long An có bao nhiêu chợ?" }))).at(-1)).toBe(200);
    expect((await oa.deliver(oa.event("user_send_image", u, { attachments: [{ type: "image", payload: { url: "https://example.org/a.jpg" } }] }))).at(-1)).toBe(200);
    expect((await oa.deliver(oa.event("user_send_sticker", u, { attachments: [{ type: "sticker", payload: { id: "abc" } }] }))).at(-1)).toBe(200);
    await channelOf(svc).settled();
    const textOnly = "Tôi chỉ đọc được tin nhắn chữ. Bạn gõ câu hỏi nhé, ví dụ: “Lào Cai có bao nhiêu dịch vụ công trực tuyến?”";
    expect(textsTo(u)).toEqual([textOnly, textOnly]);
    expect(oa.attempts.where((a) => a.userId === "4368496045530239152")).toEqual([]);
  });

  it("splits a 2 500-character answer in two messages, each with the sources of its own figures", async () => {
    const u = user();
    await oa.deliver(oa.textEvent(u, "so sánh An Giang và Kiên Giang"));
    await channelOf(svc).settled();
    const [first, second, ...rest] = textsTo(u);
    expect(rest).toEqual([]);
    expect(first!.length).toBeLessThanOrEqual(2000);
    expect(second!.length).toBeLessThanOrEqual(2000);
    expect(first!.length + second!.length).toBeGreaterThan(2400);
    expect(first!.startsWith("So sánh các số liệu nổi bật:\nAn Giang:\n")).toBe(true);
    expect(first).toContain("\n\nNguồn:\n[1] “Dịch vụ công trực tuyến được triển khai");
    expect(first).toContain("[3] “Tỷ lệ dân số trưởng thành sử dụng Smartphone là 66,2%");
    expect(first).not.toContain("[4]");
    expect(second!.startsWith("Kiên Giang:\n• …hành chính, xây dựng chính quyền điện tử, chính quyền số, cung cấp 100% dịch vụ công trực tuyến mức độ cao cho người dân… [4]")).toBe(true);
    expect(second).toContain("\n\nNguồn:\n[4] “");
    expect(second).toContain("[6] “Tỉ lệ dân số trưởng thành có điện thoại thông minh đạt 80%");
    expect(second).not.toContain("[1]");
  });

  it("sends a comparison chart as an uploaded image before the text", async () => {
    const u = user();
    const uploads = oa.uploads.length;
    await oa.deliver(oa.textEvent(u, "so sánh tỷ lệ dùng smartphone An Giang và Long An"));
    await channelOf(svc).settled();
    const toUser = oa.sent.where((m) => m.userId === u);
    expect(toUser.map((m) => (m.attachmentId ? "image" : "text"))).toEqual(["image", "text"]);
    expect(oa.uploads.length).toBe(uploads + 1);
    expect(oa.uploads.at(-1)!.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(toUser[1]!.text!.startsWith("So sánh tỷ lệ dùng smartphone:\n• An Giang: 66,2% — Tỷ lệ dân số trưởng thành sử dụng Smartphone [1]\n• Long An: khoảng 88% — tỷ lệ người dân có điện thoại thông minh [2]")).toBe(true);
  });

  it("backs off a rate limit (-32) and delivers once it passes, logging the reply's lines under the webhook request's id", async () => {
    const u = user();
    oa.rateLimitNext(2);
    const ev = oa.textEvent(u, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?");
    const raw = JSON.stringify(ev);
    const r = await post(raw, { "x-zevent-signature": oa.sign(raw, String(ev.timestamp)) });
    expect(r.status).toBe(200);
    const reqId = r.headers.get("x-request-id");
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    await waitForTexts(u, 1);
    expect(oa.attempts.where((a) => a.userId === u).map((a) => a.error)).toEqual([-32, -32, 0]);
    const retries = svc.logs.filter((l) => l.msg === "Zalo call failed, retrying" && (l.error as { code: number }).code === -32);
    expect(retries.map((l) => [l.reqId, l.messageId, (l.error as { method: string }).method])).toEqual([
      [reqId, (ev.message as { msg_id: string }).msg_id, "message/cs"],
      [reqId, (ev.message as { msg_id: string }).msg_id, "message/cs"],
    ]);
    // The answer, written after the webhook was answered 200, is logged under the same id.
    const answered = svc.logs.filter((l) => l.msg === "answered" && l.messageId === (ev.message as { msg_id: string }).msg_id);
    expect(answered.map((l) => [l.reqId, l.channel])).toEqual([[reqId, "zalo-oa"]]);
  });

  it("logs a user outside the 7-day window (-230) without retrying", async () => {
    const u = user();
    oa.outsideWindow.add(u);
    await oa.deliver(oa.textEvent(u, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?"));
    await channelOf(svc).settled();
    expect(oa.attempts.where((a) => a.userId === u).map((a) => a.error)).toEqual([-230]);
    expect(svc.logs.some((l) => l.level === "info" && l.msg === "reply not sent: the user has not written to the OA in the last 7 days")).toBe(true);
  });

  it("answers other users while Zalo hangs on one reply, which times out and is sent again", async () => {
    const hung = user();
    const other = user();
    oa.hangNextSendTo(hung);
    await oa.deliver(oa.textEvent(hung, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?"));
    await oa.deliver(oa.textEvent(other, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?"));
    await waitForTexts(other, 1);
    expect(textsTo(hung)).toEqual([]);
    const [late] = await waitForTexts(hung, 1);
    expect(late!.startsWith("Long An: ")).toBe(true);
    expect(svc.logs.some((l) => l.msg === "Zalo call failed, retrying" && (l.error as { code: string; message: string }).code === "timeout" && (l.error as { message: string }).message === `Zalo message/cs: no answer within ${SHORT_TIMEOUTS.ZALO_CALL_TIMEOUT_MS} ms`)).toBe(true);
  }, 40_000);

  it("refreshes an access token that expires mid-conversation once for 20 concurrent replies, persisting the new pair", async () => {
    const before = oa.refreshes.items.length;
    oa.expireAccessTokens();
    const users = Array.from({ length: 20 }, user);
    await Promise.all(users.map((u) => oa.deliver(oa.textEvent(u, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?"))));
    for (const u of users) await waitForTexts(u, 1);
    const refreshes = oa.refreshes.items.slice(before);
    expect(refreshes).toEqual([{ refreshToken: oa.refreshToken, error: 0 }]);
    const stored = storedTokens();
    expect(stored.refreshToken).not.toBe(oa.refreshToken);
    const used = new Set(oa.sent.where((m) => users.includes(m.userId)).map((m) => m.accessToken));
    expect([...used]).toEqual([stored.accessToken]);
    expect(stored.expiresAt).toBeGreaterThan(Date.now() + 24 * 3600_000);
  });

  it("after a restart, goes on with the persisted pair rather than the spent one in the settings", async () => {
    const before = oa.refreshes.items.length;
    const again = await startTestService(env);
    try {
      oa.webhookUrl = `${again.url}/webhooks/zalo-oa`;
      const u = user();
      await oa.deliver(oa.textEvent(u, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?"));
      await waitForTexts(u, 1);
      expect(oa.sent.where((m) => m.userId === u).map((m) => m.accessToken)).toEqual([storedTokens().accessToken]);
      expect(oa.refreshes.items.length).toBe(before);
    } finally {
      oa.webhookUrl = `${svc.url}/webhooks/zalo-oa`;
      await again.stop();
    }
  });

  it("reports a reused refresh token once, clearly, and keeps serving", async () => {
    await oa.spendRefreshToken(storedTokens().refreshToken);
    oa.expireAccessTokens();
    const first = user();
    const second = user();
    await oa.deliver(oa.textEvent(first, "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?"));
    await oa.deliver(oa.textEvent(second, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?"));
    await channelOf(svc).settled();
    const lost = svc.logs.filter((l) => l.level === "error" && String(l.msg).startsWith("Zalo OA grant lost"));
    expect(lost).toHaveLength(1);
    expect(lost[0]!.msg).toContain("Zalo refused the refresh token (-14014: Invalid parameter)");
    expect(lost[0]!.msg).toContain("put the new pair in ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN, and restart");
    expect(oa.refreshes.items.at(-1)!.error).toBe(-14014);
    expect(oa.refreshes.items.filter((r) => r.error === -14014)).toHaveLength(1);
    expect(textsTo(first)).toEqual([]);
    expect((await fetch(`${svc.url}/healthz`)).status).toBe(200);
  });
});
