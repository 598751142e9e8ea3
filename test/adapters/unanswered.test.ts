import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../adapters/config.js";
import { foldQuestion } from "../../adapters/runtime/unanswered.js";
import { startTestService } from "../support/service.js";

describe("foldQuestion", () => {
  it("counts spellings of one question as one", () => {
    expect(foldQuestion("Quảng Ninh chuyển đổi số thế nào?")).toBe("quang ninh chuyen doi so the nao");
    expect(foldQuestion("  quang ninh   CHUYỂN ĐỔI SỐ thế nào ")).toBe("quang ninh chuyen doi so the nao");
    expect(foldQuestion("Tỷ lệ 99,7% ở TP.HCM?")).toBe("ti le 99,7% o tp.hcm");
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
    await svc.stop();

    const r = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "adapters/cli/unanswered.ts")], { cwd: PROJECT_ROOT, encoding: "utf8", env: { ...process.env, UNANSWERED_FILE: file } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("2  quang ninh chuyen doi so the nao\n1  ti gia do la hom nay\n");
    const kept = readFileSync(file, "utf8");
    for (const chat of ["alice", "bob", "carol"]) expect(kept).not.toContain(chat);
  });
});
