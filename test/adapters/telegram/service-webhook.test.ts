import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR } from "../../../knowledge/index.js";
import { FakeTelegram, type RecordedCall } from "../../fakes/telegram-api.js";
import { freePort } from "../../support/redis.js";
import { startTestService, type TestService } from "../../support/service.js";
import { telegramWebhookEnv } from "../../support/webhook-env.js";
import { groupText, privateText } from "./updates.js";

// The whole service in webhook mode, against a fake Bot API server that posts updates to it. The
// corpus is the embedded one plus an article written here: long sentences (an answer over 6 000
// characters) and text with "<" and "&" in it.
const TOKEN = "123456:TEST-webhook-abcdefghijklmnop";
const SECRET = "s3cret_Token-for-tests";
let fake: FakeTelegram;
let svc: TestService;

const PLACES = 20;
const filler = (what: string) => Array.from({ length: PLACES }, (_, i) => `${what} tại xã vùng cao thứ ${i + 1}`).join(", ");
const ARTICLE = `---
title: "Quảng Ninh <tiên phong> chuyển đổi số & dữ liệu mở"
source: Báo Thử Nghiệm
url: https://example.org/quang-ninh?a=1&b=2
---

Năm 2023, tỉnh Quảng Ninh cung cấp 1.234 dịch vụ công trực tuyến toàn trình cho người dân, ${filler("hỗ trợ nộp hồ sơ")}.

Tỷ lệ hồ sơ trực tuyến <toàn trình> của tỉnh Quảng Ninh & các sở ngành đạt 87,5% trong năm 2023.

Toàn tỉnh Quảng Ninh có 3.456 doanh nghiệp công nghệ số đang hoạt động, ${filler("cung cấp giải pháp số")}.

Tỷ lệ hộ gia đình có cáp quang băng rộng ở Quảng Ninh đạt 95%, ${filler("kéo cáp quang đến thôn bản")}.

Tỷ lệ người dân Quảng Ninh dùng điện thoại thông minh đạt 91%, ${filler("phổ cập điện thoại thông minh")}.

Quảng Ninh có 5.678 tổ công nghệ số cộng đồng với 40.000 thành viên, ${filler("hướng dẫn người dân dùng dịch vụ số")}.
`;

beforeAll(async () => {
  const corpus = mkdtempSync(join(tmpdir(), "tg-corpus-"));
  for (const f of readdirSync(DEFAULT_CORPUS_DIR)) copyFileSync(join(DEFAULT_CORPUS_DIR, f), join(corpus, f));
  writeFileSync(join(corpus, "quang-ninh.md"), ARTICLE);
  fake = await FakeTelegram.start(TOKEN);
  // The webhook address must be known before the service starts (setWebhook is called at start).
  const port = await freePort();
  svc = await startTestService({
    PORT: String(port),
    CORPUS_DIR: corpus,
    CORPUS_WATCH: "false",
    RATE_LIMIT_PER_MINUTE: "3",
    ...telegramWebhookEnv(port, fake.url, TOKEN, SECRET),
  });
}, 60_000);
afterAll(async () => {
  await svc?.stop();
  await fake?.close();
});

const sentTo = (chatId: number, after: number): RecordedCall[] => fake.calls.slice(after).filter((c) => c.method === "sendMessage" && String(c.params.chat_id) === String(chatId));

describe("webhook mode", () => {
  it("sets the webhook with its secret token at start and answers updates Telegram posts", async () => {
    expect(fake.webhook).toEqual({ url: `${svc.url.replace("localhost", "127.0.0.1")}/webhooks/telegram`, secretToken: SECRET });
    expect(fake.callsOf("setWebhook")[0]!.params.allowed_updates).toEqual(["message", "callback_query", "inline_query"]);
    const after = fake.calls.length;
    const posted = await fake.postToWebhook(privateText(601, "Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?"));
    expect(posted.status).toBe(200);
    // A one-message answer in private is the webhook's response itself: no sendMessage of its own.
    expect(JSON.parse(posted.body)).toMatchObject({ method: "sendMessage", chat_id: 601, parse_mode: "HTML" });
    const [sent] = sentTo(601, after);
    expect(sent).toMatchObject({ status: 200, webhookReply: true });
    expect(sent!.shown).toMatch(/^Long An: 1\.480 dịch vụ công trực tuyến \(tháng 8\/2023\) \[1\]\./);
  });

  it("sends a comparison's text, then its chart, by calls of their own, in that order", async () => {
    const after = fake.calls.length;
    const posted = await fake.postToWebhook(privateText(605, "so sánh An Giang và Kiên Giang smartphone"));
    expect([posted.status, posted.body]).toEqual([200, ""]);
    const calls = fake.calls.slice(after).filter((c) => c.method === "sendMessage" || c.method === "sendPhoto");
    expect(calls.map((c) => [c.method, c.status, c.webhookReply])).toEqual([
      ["sendMessage", 200, undefined],
      ["sendPhoto", 200, undefined],
    ]);
  });

  it("answers in a group by a call of its own, which learns of a refusal (Telegram's flood limit is per group)", async () => {
    const after = fake.calls.length;
    const posted = await fake.postToWebhook(groupText(-100_606, 606, "@so_lieu_cds_bot Long An có bao nhiêu doanh nghiệp công nghệ số?"));
    expect([posted.status, posted.body]).toEqual([200, ""]);
    expect(sentTo(-100_606, after).map((c) => [c.status, c.webhookReply])).toEqual([[200, undefined]]);
  });

  it("rejects an update with a wrong secret token (401) without answering it", async () => {
    const after = fake.calls.length;
    const update = privateText(602, "Long An có bao nhiêu doanh nghiệp công nghệ số?");
    const refused = await fake.postToWebhook(update, "not-the-secret");
    expect(refused.status).toBe(401);
    expect(sentTo(602, after)).toEqual([]);
    // Not claimed either: Telegram's own delivery of the same update is answered.
    const accepted = await fake.postToWebhook({ ...update, update_id: refused.updateId });
    expect(accepted.status).toBe(200);
    expect(sentTo(602, after).length).toBe(1);
  });

  it("answers an update posted twice (same update_id) once", async () => {
    const after = fake.calls.length;
    const first = await fake.postToWebhook(privateText(603, "Long An có bao nhiêu doanh nghiệp công nghệ số?"));
    const again = await fake.postToWebhook({ ...privateText(603, "Long An có bao nhiêu doanh nghiệp công nghệ số?"), update_id: first.updateId });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(sentTo(603, after).length).toBe(1);
  });

  it("is not limited per address: Telegram posts many updates from few addresses", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fake.postToWebhook(privateText(604 + i, "xin chào"))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
  });

  it("checks the secret token before the body: 401 for any body without it, 400 for a body that is not an update with it", async () => {
    const postRaw = async (body: string, secret?: string) => {
      const headers: Record<string, string> = { "content-type": "application/json", ...(secret === undefined ? {} : { "x-telegram-bot-api-secret-token": secret }) };
      const r = await fetch(`${svc.url}/webhooks/telegram`, { method: "POST", headers, body });
      return { status: r.status, code: ((await r.json()) as { error: { code: string } }).error.code };
    };
    // Not an update, and not even JSON: neither tells a caller without the token anything.
    expect(await postRaw("[1,2]", "not-the-secret")).toEqual({ status: 401, code: "unauthorized" });
    expect(await postRaw("{oops", "not-the-secret")).toEqual({ status: 401, code: "unauthorized" });
    expect(await postRaw("[1,2]")).toEqual({ status: 401, code: "unauthorized" });
    expect(await postRaw('{"update_id": "7"}', `${SECRET}x`)).toEqual({ status: 401, code: "unauthorized" });
    expect(await postRaw("[1,2]", SECRET)).toEqual({ status: 400, code: "not_an_update" });
    expect(await postRaw('{"update_id": "7"}', SECRET)).toEqual({ status: 400, code: "not_an_update" });
    expect(await postRaw("{oops", SECRET)).toEqual({ status: 400, code: "bad_json" });
  });
});

describe("rendering through the real API checks", () => {
  it("splits an answer of over 6 000 characters into messages under 4 096, between paragraphs, every quote whole", async () => {
    const after = fake.calls.length;
    await fake.postToWebhook(privateText(701, "Tóm tắt Quảng Ninh"));
    const sent = sentTo(701, after);
    // Every part by a call of its own, so that none overtakes another.
    expect(sent.map((c) => [c.status, c.webhookReply])).toEqual(sent.map(() => [200, undefined]));
    expect(sent.length).toBeGreaterThanOrEqual(2);
    const total = sent.reduce((n, c) => n + c.shown!.length, 0);
    expect(total).toBeGreaterThan(6000);
    for (const c of sent) expect(c.params.text.length).toBeLessThanOrEqual(4096);
    expect(sent[0]!.shown).toMatch(/^Quảng Ninh — chuyển đổi số qua các con số:/);
    // Each quote (a sentence of the article) arrives whole, in one message.
    for (const start of ["Năm 2023, tỉnh Quảng Ninh cung cấp 1.234", "Toàn tỉnh Quảng Ninh có 3.456", "Tỷ lệ hộ gia đình có cáp quang", "Quảng Ninh có 5.678 tổ"]) {
      const holder = sent.find((c) => c.shown!.includes(`“${start}`));
      expect(holder, start).toBeDefined();
      expect(holder!.shown).toMatch(new RegExp(`“${start.replace(/[.]/g, "\\.")}[^”]*vùng cao thứ ${PLACES}\\.”`));
    }
    // The buttons come with the last message.
    expect(sent[sent.length - 1]!.params.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text)).toEqual(["Chi tiết hơn", "Nguồn?", "Tóm tắt Quảng Ninh"]);
  });

  it("escapes '<' and '&' of the article's text, title and address", async () => {
    const after = fake.calls.length;
    await fake.postToWebhook(privateText(702, "tỷ lệ hồ sơ trực tuyến toàn trình Quảng Ninh"));
    const [sent] = sentTo(702, after);
    expect(sent!.status).toBe(200);
    expect(sent!.params.text).toContain("“Tỷ lệ hồ sơ trực tuyến &lt;toàn trình&gt; của tỉnh Quảng Ninh &amp; các sở ngành đạt <b>87,5%</b> trong năm 2023.”");
    expect(sent!.params.text).toContain('[1] <a href="https://example.org/quang-ninh?a=1&amp;b=2">Quảng Ninh &lt;tiên phong&gt; chuyển đổi số &amp; dữ liệu mở</a> · Báo Thử Nghiệm');
    expect(sent!.shown).toContain("Tỷ lệ hồ sơ trực tuyến <toàn trình> của tỉnh Quảng Ninh & các sở ngành đạt 87,5%");
  });
});
