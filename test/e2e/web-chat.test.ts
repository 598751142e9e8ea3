import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";

// The web mini-chat in a real headless Chromium (Debian's package; never a downloaded browser),
// against the real service on loopback. Screenshots of each step land in test-artifacts/web/.

const CHROMIUM = "/usr/bin/chromium";
// Without the browser every test fails with this (none is skipped): CI installs the package.
const NO_BROWSER = existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); the web chat test needs a real browser`;
const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/web/", import.meta.url));
/** Longest wait for one element or answer; a test gets two of them (a loaded 2-core machine). */
const WAIT = 30_000;
const TEST_TIMEOUT = 2 * WAIT;
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "vi-VN" };

let svc: TestService;
let browser: Browser;
/** Console errors, page errors and CSP violations of the page a test uses. */
let problems: string[] = [];
/** Console errors a test expects (a refused request is logged by the browser). */
let expectedProblem: RegExp | null = null;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  svc = await startTestService();
  if (NO_BROWSER) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    timeout: 60_000,
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await svc?.stop();
}, 60_000);

afterEach(() => {
  const unexpected = problems.filter((p) => !expectedProblem?.test(p));
  problems = [];
  expectedProblem = null;
  expect(unexpected).toEqual([]);
});

/** A fresh page on the chat at `url`, reporting console errors and CSP violations. */
async function openChat(url: string, options: BrowserContextOptions): Promise<Page> {
  if (NO_BROWSER) throw new Error(NO_BROWSER);
  const context = await browser.newContext({ ...options, reducedMotion: "reduce" });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  // Injected by the driver, so the page's own CSP does not apply to this listener. In-page code
  // is given as strings: the project's TypeScript has no DOM types.
  await page.addInitScript(
    'document.addEventListener("securitypolicyviolation", (e) => console.error("CSP violation: " + e.violatedDirective + " " + e.blockedURI))',
  );
  await page.goto(url);
  await page.locator(".msg-bot .chip").first().waitFor();
  return page;
}

/** The bot's messages (not the "typing…" bubble). */
const replies = (page: Page) => page.locator(".msg-bot:not(.msg-typing)");

/** Does `act` and resolves with the bot message it brought. */
async function nextReply(page: Page, act: () => Promise<void>): Promise<Locator> {
  const before = await replies(page).count();
  await act();
  const reply = replies(page).nth(before);
  await reply.waitFor({ timeout: WAIT });
  return reply;
}

/** True when nothing sticks out sideways (no horizontal scrolling on a phone). */
const FITS_WIDTH = "document.documentElement.scrollWidth <= window.innerWidth";

/** True when every element matching `selector` shows all its text: nothing overflows its box. */
const WHOLE = (selector: string) => `[...document.querySelectorAll(${JSON.stringify(selector)})].every((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)`;

const shot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}${name}.png` });

describe("web chat on a phone", { timeout: TEST_TIMEOUT }, () => {
  // One page for the whole conversation, opened by the first test that needs it.
  let opening: Promise<Page> | undefined;
  const phone = () => (opening ??= openChat(svc.url, PHONE));

  it("greets with the bot's name and starter chips, and fits a phone's width", async () => {
    const page = await phone();
    expect(await page.locator("h1").textContent()).toBe("Trợ lý số liệu chuyển đổi số");
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    expect(await page.locator("#log").getAttribute("role")).toBe("log");
    expect(await page.locator("#log").getAttribute("aria-live")).toBe("polite");
    expect(await page.locator(".msg-bot .chip").allTextContents()).toEqual([
      "Có dữ liệu tỉnh nào?",
      "Tỉnh nào nhiều dịch vụ công trực tuyến nhất?",
      "Bạn giúp được gì?",
    ]);
    expect(await page.evaluate(FITS_WIDTH)).toBe(true);
    await shot(page, "01-greeting");
  });

  it("answers a figure question typed without diacritics with the figure highlighted and its citation expanding to the quote", async () => {
    const page = await phone();
    await page.locator("#message").tap();
    await page.locator("#message").fill("ty le hop thu cong vu long an");
    // The request is held until the page has shown it is waiting: "typing…" and no second send.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/ask", async (route) => {
      await held;
      await route.continue();
    });
    const reply = await nextReply(page, async () => {
      await page.locator("#send").tap();
      await page.locator(".msg-typing").waitFor();
      expect(await page.locator("#send").isDisabled()).toBe(true);
      release();
    });
    await page.unroute("**/api/ask");
    expect(await page.locator(".msg-typing").count()).toBe(0);
    expect(await page.locator("#send").isEnabled()).toBe(true);
    expect(await page.locator(".msg-user .user-text").last().textContent()).toBe("ty le hop thu cong vu long an");
    expect(await page.locator("#message").inputValue()).toBe("");
    expect(await reply.locator(".headline").textContent()).toBe("Long An: 92% — Tỷ lệ sử dụng hộp thư điện tử công vụ (8 tháng đầu năm 2023) [1].");
    expect(await reply.locator(".headline .figure").textContent()).toBe("92%");
    // The sources are the citation list only, not text in the body too.
    expect(await reply.locator(".body").textContent()).toBe("Ghi chú: bài viết nói về tỉnh Long An cũ; từ 1/7/2025 Long An là một phần của tỉnh Tây Ninh.");
    expect(await reply.locator(".sources-title").textContent()).toBe("Nguồn");
    await shot(page, "02-figure");

    const toggle = reply.locator(".citation-toggle").first();
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.tap();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const panel = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
    await panel.locator("blockquote").waitFor({ state: "visible" });
    expect(await panel.locator("blockquote").textContent()).toBe(
      "“Tỷ lệ sử dụng hộp thư điện tử công vụ của tỉnh đã cấp đạt 92% (trong đó, thư điện tử đơn vị là 98%, cá nhân là 90%).”",
    );
    expect(await reply.locator(".source-title").textContent()).toBe("Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số");
    await panel.scrollIntoViewIfNeeded();
    await shot(page, "03-citation");

    // The "[1]" in the headline is a button to the same citation.
    await toggle.tap();
    await panel.waitFor({ state: "hidden" });
    await reply.locator(".headline .cite-marker").tap();
    await panel.waitFor({ state: "visible" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
  });

  it("sends a suggestion chip's text and command, and shows the new answer", async () => {
    const page = await phone();
    const chip = replies(page).last().locator(".chip", { hasText: "Tóm tắt Long An" });
    const sent = page.waitForRequest((r) => r.url().endsWith("/api/ask"));
    const reply = await nextReply(page, () => chip.tap());
    expect((await sent).postDataJSON()).toMatchObject({ text: "Tóm tắt Long An", command: "overview" });
    expect(await page.locator(".msg-user .user-text").last().textContent()).toBe("Tóm tắt Long An");
    expect(await reply.locator(".headline").textContent()).toBe("Long An — chuyển đổi số qua các con số:");
    expect(await reply.locator(".citation-toggle").count()).toBeGreaterThan(1);
    await shot(page, "04-suggestion");
  });

  it("draws a comparison as a bar chart, one labelled bar per province, with a text alternative", async () => {
    const page = await phone();
    await page.locator("#message").fill("so sánh tỷ lệ dùng smartphone An Giang và Long An");
    const reply = await nextReply(page, () => page.locator("#send").tap());
    const chart = reply.locator(".chart-bars");
    await chart.waitFor({ state: "visible" });
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.getAttribute("aria-label")).toBe("Biểu đồ cột ngang: So sánh tỷ lệ dùng smartphone. An Giang: 66,2%, nguồn 1; Long An: khoảng 88%, nguồn 2.");
    expect(await chart.locator(".chart-bar").count()).toBe(2);
    expect(await chart.locator(".chart-label").allTextContents()).toEqual(["An Giang 66,2% [1]", "Long An khoảng 88% [2]"]);
    for (const bar of await chart.locator(".chart-bar").all()) expect((await bar.boundingBox())!.width).toBeGreaterThan(20);
    // Percentages are drawn against the full width as 100%.
    const track = (await chart.locator(".chart-track").first().boundingBox())!.width;
    const [ag, la] = await Promise.all([0, 1].map(async (i) => (await chart.locator(".chart-bar").nth(i).boundingBox())!.width));
    expect(ag! / track).toBeCloseTo(0.662, 2);
    expect(la! / track).toBeCloseTo(0.88, 2);
    expect(await reply.locator("table.visually-hidden tbody tr").allTextContents()).toEqual(["An Giang66,2%[1]", "Long Ankhoảng 88%[2]"]);
    await chart.scrollIntoViewIfNeeded();
    await shot(page, "05-chart");
    expect(await page.evaluate(FITS_WIDTH)).toBe(true);
  });

  it("draws a ranking as a bar chart, longest bar first, each bar labelled with its figure whole and its citation", async () => {
    const page = await phone();
    await page.locator("#message").fill("Tỉnh nào nhiều dịch vụ công trực tuyến nhất?");
    const reply = await nextReply(page, () => page.locator("#send").tap());
    expect(await reply.locator(".headline").textContent()).toBe("Xếp theo số dịch vụ công trực tuyến, trong các tỉnh có bài viết:");
    const chart = reply.locator(".chart-bars");
    await chart.waitFor({ state: "visible" });
    expect(await chart.getAttribute("aria-label")).toBe(
      "Biểu đồ cột ngang: Xếp theo số dịch vụ công trực tuyến, trong các tỉnh có bài viết. Lào Cai: 1.837 dịch vụ công, nguồn 1; Long An: gần 1.600 dịch vụ công trực tuyến, nguồn 2; An Giang: 1.250 dịch vụ công mức độ 3, 4, nguồn 3.",
    );
    expect(await chart.locator(".chart-bar").count()).toBe(3);
    expect(await chart.locator(".chart-label").allTextContents()).toEqual(["Lào Cai 1.837 dịch vụ công [1]", "Long An gần 1.600 dịch vụ công trực tuyến [2]", "An Giang 1.250 dịch vụ công mức độ 3, 4 [3]"]);
    expect(await chart.locator(".chart-value").allTextContents()).toEqual(["1.837 dịch vụ công", "gần 1.600 dịch vụ công trực tuyến", "1.250 dịch vụ công mức độ 3, 4"]);
    // Counts are drawn against the largest: 1.837 fills the width, 1.600 and 1.250 their share of it.
    const track = (await chart.locator(".chart-track").first().boundingBox())!.width;
    const widths = await Promise.all([0, 1, 2].map(async (i) => (await chart.locator(".chart-bar").nth(i).boundingBox())!.width / track));
    expect(widths[0]).toBeCloseTo(1, 2);
    expect(widths[1]).toBeCloseTo(0.871, 2);
    expect(widths[2]).toBeCloseTo(0.68, 2);
    // Every label is shown whole inside the chart: it wraps rather than run off or be cut.
    const box = (await chart.boundingBox())!;
    for (const label of await chart.locator(".chart-label").all()) {
      const b = (await label.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
    }
    expect(await page.evaluate(WHOLE(".chart-label"))).toBe(true);
    expect(await reply.locator("table.visually-hidden tbody tr").allTextContents()).toEqual([
      "Lào Cai1.837 dịch vụ công[1]",
      "Long Angần 1.600 dịch vụ công trực tuyến[2]",
      "An Giang1.250 dịch vụ công mức độ 3, 4[3]",
    ]);
    await chart.scrollIntoViewIfNeeded();
    await shot(page, "08-ranking");
    expect(await page.evaluate(FITS_WIDTH)).toBe(true);
  });

  it("shows markup typed by the user as text, never as elements", async () => {
    const page = await phone();
    const typed = '<img src=x onerror="console.error(1)"><b>Long An</b>';
    await page.locator("#message").fill(typed);
    await nextReply(page, () => page.locator("#send").tap());
    expect(await page.locator(".msg-user .user-text").last().textContent()).toBe(typed);
    expect(await page.locator("#log img, #log b").count()).toBe(0);
  });
});

describe("web chat as chat apps behave", { timeout: TEST_TIMEOUT }, () => {
  let opening: Promise<Page> | undefined;
  const phone = () => (opening ??= openChat(svc.url, PHONE));
  const ask = async (page: Page, text: string) => {
    await page.locator("#message").fill(text);
    return nextReply(page, () => page.locator("#send").tap());
  };

  it("breaks the line with Shift+Enter, sends with Enter, and grows the box with its lines", async () => {
    const page = await phone();
    const box = page.locator("#message");
    await box.focus();
    const oneLine = (await box.boundingBox())!.height;
    await page.keyboard.type("Long An có bao nhiêu");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.type("dịch vụ công trực tuyến?");
    expect(await box.inputValue()).toBe("Long An có bao nhiêu\ndịch vụ công trực tuyến?");
    expect(await page.locator(".msg-user").count()).toBe(0);
    expect((await box.boundingBox())!.height).toBeGreaterThan(oneLine);
    const reply = await nextReply(page, () => page.keyboard.press("Enter"));
    expect(await page.locator(".msg-user .user-text").last().textContent()).toBe("Long An có bao nhiêu\ndịch vụ công trực tuyến?");
    expect(await reply.locator(".headline .figure").textContent()).toBe("1.600");
    expect(await box.inputValue()).toBe("");
    expect((await box.boundingBox())!.height).toBe(oneLine);
    await shot(page, "09-multi-line");
  });

  it("names an article once when several quotes come from it, each quote previewed at its own figure", async () => {
    const page = await phone();
    const reply = await ask(page, "Hậu Giang chuyển đổi số ra sao?");
    expect(await reply.locator(".article").count()).toBe(1);
    expect(await reply.locator(".source-title").allTextContents()).toEqual(["Để chính quyền, người dân, doanh nghiệp tỉnh Hậu Giang cùng nói về chuyển đổi số"]);
    const previews = await reply.locator(".citation-preview").allTextContents();
    expect(previews.length).toBe(4);
    expect(new Set(previews).size).toBe(4);
    expect(previews[2]).toBe("…việc giải quyết thủ tục hành chính tại 3 cấp chính quyền.");
    // The title is shown whole, however long.
    expect(await page.evaluate(WHOLE(".source-title"))).toBe(true);
    await reply.locator(".sources").scrollIntoViewIfNeeded();
    await shot(page, "10-one-article-four-quotes");
  });

  it("lists the sources of 'Nguồn?' once, as the citation list", async () => {
    const page = await phone();
    const reply = await nextReply(page, () => replies(page).last().locator(".chip", { hasText: "Nguồn?" }).tap());
    expect(await reply.locator(".headline").textContent()).toBe("Nguồn của câu trả lời trước:");
    expect(await reply.locator(".body").count()).toBe(0);
    expect(await reply.locator(".citation-toggle").count()).toBe(4);
    expect(await reply.locator(".source-title").count()).toBe(1);
  });

  it("shows an English answer's sources once, under their English label", async () => {
    const page = await phone();
    const reply = await ask(page, "Compare the smartphone rate of An Giang and Long An");
    expect(await reply.locator(".sources-title").textContent()).toBe("Sources (quoted in Vietnamese)");
    expect(await reply.locator(".body").textContent()).not.toContain("“");
    expect(await reply.locator(".citation-toggle").count()).toBe(2);
  });

  it("draws no chart when only one province has the figure", async () => {
    const page = await phone();
    const reply = await ask(page, "so sánh số doanh nghiệp công nghệ số Long An và Kiên Giang");
    expect(await reply.locator(".body").textContent()).toContain("Kiên Giang: các bài viết không nêu số doanh nghiệp công nghệ số.");
    expect(await reply.locator(".chart").count()).toBe(0);
  });

  it("starts a new conversation: an empty log, the greeting, a fresh key the server knows nothing of", async () => {
    const page = await phone();
    const key = () => page.evaluate("sessionStorage.getItem('cds-chat-id')");
    const before = await key();
    await page.locator("#message").fill("còn Lào Cai");
    await page.locator("#new-chat").tap();
    expect(await page.locator(".msg").count()).toBe(1);
    expect(await page.locator(".msg-bot .chip").count()).toBe(3);
    expect(await page.locator("#message").inputValue()).toBe("");
    expect(await page.evaluate("document.activeElement?.id")).toBe("message");
    expect(await key()).not.toBe(before);
    await shot(page, "11-new-conversation");
    // The last answer had sources; the new conversation has none to show.
    const reply = await ask(page, "nguồn?");
    expect(await reply.locator(".line").first().textContent()).toBe("Chưa có câu trả lời nào có nguồn để xem lại. Bạn hỏi một số liệu trước nhé.");
  });

  it("drops the answer to a question asked before the new conversation began", async () => {
    const page = await phone();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/ask", async (route) => {
      await held;
      await route.continue();
    });
    await page.locator("#message").fill("Long An có bao nhiêu dịch vụ công trực tuyến?");
    await page.locator("#send").tap();
    await page.locator(".msg-typing").waitFor();
    await page.locator("#new-chat").tap();
    const response = page.waitForResponse("**/api/ask");
    release();
    await response;
    await page.unroute("**/api/ask");
    expect(await page.locator(".msg").count()).toBe(1);
    expect(await page.locator("#send").isEnabled()).toBe(true);
  });
});

describe("web chat on articles with addresses", { timeout: TEST_TIMEOUT }, () => {
  let linked: TestService;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "linked-corpus-"));
    writeFileSync(
      join(dir, "long-an.md"),
      "---\ntitle: Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số\nsource: Báo Long An\nurl: https://baolongan.vn/chuyen-doi-so.html\npublished: 2023-09-01\n---\n\n" +
        "Tỷ lệ sử dụng hộp thư điện tử công vụ của tỉnh đã cấp đạt 92% (trong đó, thư điện tử đơn vị là 98%, cá nhân là 90%).\n",
    );
    linked = await startTestService({ CORPUS_DIR: dir, CORPUS_WATCH: "false" });
  }, 60_000);
  afterAll(() => linked?.stop());

  it("links the article's title to it, opening a new tab, with its publisher and date", async () => {
    const page = await openChat(linked.url, PHONE);
    const reply = await nextReply(page, async () => {
      await page.locator("#message").fill("ty le hop thu cong vu long an");
      await page.locator("#send").tap();
    });
    const link = reply.locator(".source-title a");
    expect(await link.textContent()).toBe("Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số");
    expect(await link.getAttribute("href")).toBe("https://baolongan.vn/chuyen-doi-so.html");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await reply.locator(".citation-meta").textContent()).toBe("Nguồn tin: Báo Long An · Ngày: 2023-09-01");
    await shot(page, "12-linked-article");
    await page.context().close();
  });
});

describe("web chat with the keyboard only", { timeout: TEST_TIMEOUT }, () => {
  it("reaches the input with Tab, sends with Enter, and opens a citation with the keyboard", async () => {
    const page = await openChat(svc.url, { viewport: { width: 1280, height: 800 }, locale: "vi-VN" });
    const focused = (selector: string) => page.evaluate(`document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`);
    for (let i = 0; i < 10 && !(await focused("#message")); i++) await page.keyboard.press("Tab");
    expect(await focused("#message")).toBe(true);
    await page.keyboard.type("long an ket noi bao nhieu dich vu cong voi cong dich vu cong quoc gia");
    const reply = await nextReply(page, () => page.keyboard.press("Enter"));
    expect(await reply.locator(".headline .figure").textContent()).toBe("1.480");
    expect(await focused("#message")).toBe(true);

    // Backwards from the input: the new answer's chips, then its citation.
    for (let i = 0; i < 10 && !(await focused(".citation-toggle")); i++) await page.keyboard.press("Shift+Tab");
    expect(await focused(".citation-toggle")).toBe(true);
    expect(await page.evaluate("getComputedStyle(document.activeElement).outlineStyle")).not.toBe("none");
    await page.keyboard.press("Enter");
    const toggle = reply.locator(".citation-toggle").first();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await reply.locator(".citation-detail blockquote").textContent()).toBe(
      "“Kết nối 1.480 dịch vụ công trực tuyến với Cổng dịch vụ công quốc gia (tăng 1.300 dịch vụ so với năm 2020).”",
    );
    await shot(page, "06-keyboard-desktop");
    await page.context().close();
  });
});

describe("web chat when the service refuses", { timeout: TEST_TIMEOUT }, () => {
  let limited: TestService;
  beforeAll(async () => {
    limited = await startTestService({ CHAT_RATE_LIMIT_PER_MINUTE: "1" });
  }, 60_000);
  afterAll(() => limited?.stop());

  it("shows the server's message in a bubble, marks the message unsent and keeps the typed text, at 360 px", async () => {
    const page = await openChat(limited.url, { ...PHONE, viewport: { width: 360, height: 740 } });
    // Chromium logs the refused request itself.
    expectedProblem = /status of 429/;
    await nextReply(page, () => page.locator(".msg-bot .chip").first().tap());
    await page.locator("#message").fill("long an co bao nhieu cho 4.0");
    const reply = await nextReply(page, () => page.locator("#send").tap());
    expect(await reply.getAttribute("class")).toContain("msg-error");
    expect(await reply.locator(".line").textContent()).toBe("Bạn gửi nhanh quá. Vui lòng đợi khoảng 60 giây rồi hỏi tiếp nhé.");
    // Sending again is offered, once the 60 s the server asked for have passed.
    expect(await reply.locator("button.retry").textContent()).toBe("Gửi lại");
    expect(await reply.locator("button.retry").isDisabled()).toBe(true);
    expect(await page.locator(".msg-user").last().locator(".failed-badge").textContent()).toBe("Chưa gửi được");
    expect(await page.locator("#message").inputValue()).toBe("long an co bao nhieu cho 4.0");
    expect(await page.locator("#send").isEnabled()).toBe(true);
    expect(await page.evaluate(FITS_WIDTH)).toBe(true);
    await shot(page, "07-refused-360px");
    await page.context().close();
  });
});
