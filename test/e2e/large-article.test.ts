import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_CORPUS_DIR } from "../../knowledge/index.js";
import { freePort } from "../support/redis.js";
import { startServiceProcess, type ServiceProcess } from "./service-process.js";

/** A 10 MB article of 58 000 lines, each a sentence with a figure, as a scraped dump could be. */
function hugeArticle(): string {
  const lines = ["Long An: số liệu chuyển đổi số từng xã", ""];
  for (let i = 0; i < 58_000; i++) lines.push(`Năm ${2000 + (i % 25)}, xã số ${i} của tỉnh Long An có ${(i * 37) % 9973} điểm truy cập Internet công cộng và ${i % 97} tổ công nghệ số cộng đồng đang hoạt động trên địa bàn xã.`);
  return lines.join("\n");
}

const BAC_NINH = "---\ntitle: Bắc Ninh tăng tốc chuyển đổi số\nsource: Báo Bắc Ninh\n---\n\nĐến nay, tỉnh Bắc Ninh có khoảng 1.200 doanh nghiệp công nghệ số hoạt động.\n";

let svc: ServiceProcess | null = null;
afterAll(async () => {
  await svc?.stop();
});

const ask = async (text: string): Promise<string> => {
  const r = await fetch(`${svc!.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat: "editor", text }) });
  return ((await r.json()) as { text: string }).text;
};
const skipped = (file: string) => svc!.problems.filter((p) => typeof p.msg === "string" && p.msg.startsWith(`article skipped: ${file}: `)).map((p) => p.msg);

describe("a huge article in CORPUS_DIR", () => {
  it("is skipped with its name and size, at start and while serving, and the other articles answer and keep being indexed", async () => {
    const corpus = mkdtempSync(join(tmpdir(), "huge-corpus-"));
    cpSync(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    const huge = hugeArticle();
    writeFileSync(join(corpus, "xa-long-an.txt"), huge);
    expect(huge.split("\n").length).toBe(58_002);
    expect(Buffer.byteLength(huge)).toBe(10_764_485);

    svc = await startServiceProcess(await freePort(), { CORPUS_DIR: corpus, CORPUS_WATCH: "true", RATE_LIMIT_PER_MINUTE: "1000000" }, 60_000);
    expect(skipped("xa-long-an.txt")).toEqual(["article skipped: xa-long-an.txt: 10.3 MB is over MAX_ARTICLE_BYTES (1.0 MB)"]);
    expect(await ask("Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?")).toContain("chợ");

    // While serving: another huge file, then a good one; the good one answers.
    writeFileSync(join(corpus, "xa-long-an-2.txt"), huge);
    writeFileSync(join(corpus, "bac-ninh.md"), BAC_NINH);
    await expect.poll(() => ask("Bắc Ninh có bao nhiêu doanh nghiệp công nghệ số?"), { timeout: 60_000, interval: 250 }).toContain("1.200");
    expect(skipped("xa-long-an-2.txt").length).toBeGreaterThan(0);
    expect(svc.problems.filter((p) => p.level === "error" || p.level === "fatal")).toEqual([]);
  }, 180_000);
});
