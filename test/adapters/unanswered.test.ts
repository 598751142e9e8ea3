import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../adapters/config.js";
import { FileUnansweredLog, foldQuestion } from "../../adapters/runtime/unanswered.js";
import { startTestService } from "../support/service.js";

describe("foldQuestion", () => {
  it("counts spellings of one question as one", () => {
    expect(foldQuestion("Quảng Ninh chuyển đổi số thế nào?")).toBe("quang ninh chuyen doi so the nao");
    expect(foldQuestion("  quang ninh   CHUYỂN ĐỔI SỐ thế nào ")).toBe("quang ninh chuyen doi so the nao");
    expect(foldQuestion("Tỷ lệ 99,7% ở TP.HCM?")).toBe("ti le 99,7% o tp.hcm");
  });
});

/** 50 questions asked once each, then "cần thơ" three times and "hậu giang" twice. */
async function askMany(log: { record(q: string): Promise<void> }): Promise<void> {
  for (let i = 0; i < 50; i++) await log.record(`câu hỏi số ${i}`);
  for (const q of ["cần thơ", "hậu giang", "cần thơ", "hậu giang", "cần thơ"]) await log.record(q);
}

describe("FileUnansweredLog", () => {
  it("keeps at most twice maxQuestions distinct questions, the most asked, and saves them at close", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "unanswered-")), "u.json");
    const log = new FileUnansweredLog(file, { maxQuestions: 10 });
    await askMany(log);
    await log.close();
    const saved = Object.keys((JSON.parse(readFileSync(file, "utf8")) as { counts: Record<string, number> }).counts);
    expect(saved.length).toBeLessThanOrEqual(20);
    expect(await new FileUnansweredLog(file, { maxQuestions: 10 }).top(2)).toEqual([
      { question: "can tho", count: 3 },
      { question: "hau giang", count: 2 },
    ]);
  });
});

describe("npm run unanswered", () => {
  it("lists what the service could not answer, most asked first, without user ids", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "unanswered-")), "u.json");
    const svc = await startTestService({ UNANSWERED_FILE: file });
    const ask = (chat: string, text: string) => fetch(`${svc.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat, text }) });
    await ask("alice", "Quảng Ninh chuyển đổi số thế nào?");
    await ask("bob", "quang ninh chuyen doi so the nao");
    await ask("carol", "tỷ giá đô la hôm nay");
    await ask("dave", "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?");
    // A province the articles cover, a figure they do not have.
    await ask("erin", "Long An có bao nhiêu trạm sạc xe điện?");
    await svc.stop();

    const r = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "adapters/cli/unanswered.ts")], { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, UNANSWERED_FILE: file } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("2  quang ninh chuyen doi so the nao\n1  long an co bao nhieu tram sac xe dien\n1  ti gia do la hom nay\n");
    const kept = readFileSync(file, "utf8");
    for (const chat of ["alice", "bob", "carol"]) expect(kept).not.toContain(chat);
  });
});
