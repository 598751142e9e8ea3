import { existsSync, mkdirSync } from "node:fs";
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
    expect(await reply.locator(".body").textContent()).not.toContain("Nguồn:");
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
    expect(await toggle.locator("cite").textContent()).toBe("Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số");
    await panel.scrollIntoViewIfNeeded();
    await shot(page, "03-citation");

    // The "[1]" in the headline is a button to the same citation.
    await toggle.tap();
    await panel.waitFor({ state: "hidden" });
    await reply.locator(".headline .cite-marker").tap();
    await panel.waitFor({ state: "visible" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
  });

  it("sends a suggestion chip's text and shows the new answer", async () => {
    const page = await phone();
    const chip = replies(page).last().locator(".chip", { hasText: "Tóm tắt Long An" });
    const reply = await nextReply(page, () => chip.tap());
    expect(await page.locator(".msg-user .user-text").last().textContent()).toBe("Tóm tắt Long An");
    expect(await reply.locator(".headline").textContent()).toBe("Long An — chuyển đổi số qua các con số:");
    expect(await reply.locator(".citation-toggle").count()).toBeGreaterThan(1);
    await shot(page, "04-suggestion");
  });

  it("draws a comparison as a bar chart, one labelled bar per province, with a text alternative", async () => {
    const page = await phone();
    await page.locator("#message").fill("so sánh tỷ lệ dùng smartphone An Giang và Long An");
    const reply = await nextReply(page, () => page.locator("#send").tap());
    const chart = reply.locator("svg.chart-svg");
    await chart.waitFor({ state: "visible" });
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.getAttribute("aria-label")).toBe("Biểu đồ cột ngang: So sánh tỷ lệ dùng smartphone. An Giang: 66,2%, nguồn 1; Long An: 88%, nguồn 2.");
    expect(await chart.locator(".chart-bar").count()).toBe(2);
    expect(await chart.locator(".chart-label").allTextContents()).toEqual(["An Giang66,2%[1]", "Long An88%[2]"]);
    for (const bar of await chart.locator(".chart-bar").all()) expect((await bar.boundingBox())!.width).toBeGreaterThan(20);
    // Percentages are drawn against the full width as 100%.
    const track = (await chart.locator(".chart-track").first().boundingBox())!.width;
    const [ag, la] = await Promise.all([0, 1].map(async (i) => (await chart.locator(".chart-bar").nth(i).boundingBox())!.width));
    expect(ag! / track).toBeCloseTo(0.662, 2);
    expect(la! / track).toBeCloseTo(0.88, 2);
    expect(await reply.locator("table.visually-hidden tbody tr").allTextContents()).toEqual(["An Giang66,2%[1]", "Long An88%[2]"]);
    await chart.scrollIntoViewIfNeeded();
    await shot(page, "05-chart");
    expect(await page.evaluate(FITS_WIDTH)).toBe(true);
  });

  it("draws a ranking as a bar chart, longest bar first, each bar labelled with its figure and citation", async () => {
    const page = await phone();
    await page.locator("#message").fill("Tỉnh nào nhiều dịch vụ công trực tuyến nhất?");
    const reply = await nextReply(page, () => page.locator("#send").tap());
    expect(await reply.locator(".headline").textContent()).toBe("Xếp theo số dịch vụ công trực tuyến, trong các tỉnh có bài viết:");
    const chart = reply.locator("svg.chart-svg");
    await chart.waitFor({ state: "visible" });
    expect(await chart.getAttribute("aria-label")).toBe(
      "Biểu đồ cột ngang: Xếp theo số dịch vụ công trực tuyến, trong các tỉnh có bài viết. Lào Cai: 1.837 dịch vụ công, nguồn 1; Long An: 1.600 dịch vụ công trực tuyến, nguồn 2; An Giang: 1.250 dịch vụ công mức độ, nguồn 3.",
    );
    expect(await chart.locator(".chart-bar").count()).toBe(3);
    // A figure with a long unit goes on its own line under the province.
    expect(await chart.locator(".chart-label").allTextContents()).toEqual(["Lào Cai[1]1.837 dịch vụ công", "Long An[2]1.600 dịch vụ công trực tuyến", "An Giang[3]1.250 dịch vụ công mức độ"]);
    expect(await chart.locator(".chart-value").allTextContents()).toEqual(["1.837 dịch vụ công", "1.600 dịch vụ công trực tuyến", "1.250 dịch vụ công mức độ"]);
    // Counts are drawn against the largest: 1.837 fills the width, 1.600 and 1.250 their share of it.
    const track = (await chart.locator(".chart-track").first().boundingBox())!.width;
    const widths = await Promise.all([0, 1, 2].map(async (i) => (await chart.locator(".chart-bar").nth(i).boundingBox())!.width / track));
    expect(widths[0]).toBeCloseTo(1, 2);
    expect(widths[1]).toBeCloseTo(0.871, 2);
    expect(widths[2]).toBeCloseTo(0.68, 2);
    // Every label is drawn inside the chart (SVG text does not wrap).
    const box = (await chart.boundingBox())!;
    for (const label of await chart.locator(".chart-label").all()) {
      const b = (await label.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
    }
    expect(await reply.locator("table.visually-hidden tbody tr").allTextContents()).toEqual([
      "Lào Cai1.837 dịch vụ công[1]",
      "Long An1.600 dịch vụ công trực tuyến[2]",
      "An Giang1.250 dịch vụ công mức độ[3]",
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
