import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../bot/index.js";
import { PROJECT_ROOT } from "../../adapters/config.js";

const indexDir = mkdtempSync(join(tmpdir(), "cli-index-"));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "adapters/cli", script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, INDEX_DIR: indexDir, ...env },
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("ask", () => {
  it("prints one JSON answer under the contract", () => {
    const r = run("ask.ts", ["--json", "Long An kết nối bao nhiêu dịch vụ công với Cổng dịch vụ công quốc gia?"]);
    expect(r.status).toBe(0);
    const a = AnswerSchema.parse(JSON.parse(r.stdout));
    expect(a.intent).toBe("figure");
    expect(a.text).toContain("1.480");
    expect(a.citations[0]!.quote).toBe("Kết nối 1.480 dịch vụ công trực tuyến với Cổng dịch vụ công quốc gia (tăng 1.300 dịch vụ so với năm 2020).");
    expect(a.facts[0]).toMatchObject({ province: "Long An", raw: "1.480", value: 1480, citation: 1 });
  });

  it("answers a batch line by line, in order, a chat being one conversation", () => {
    const dir = mkdtempSync(join(tmpdir(), "batch-"));
    const file = join(dir, "batch.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ chat: "g1", text: "Long An có bao nhiêu doanh nghiệp công nghệ số?" }),
        JSON.stringify({ chat: "g1", text: "còn số lao động thì sao?" }),
        "Quảng Ninh chuyển đổi số thế nào?",
      ].join("\n"),
    );
    const r = run("ask.ts", ["--json", "--batch", file]);
    const lines = r.stdout.trim().split("\n").map((l) => AnswerSchema.parse(JSON.parse(l)));
    expect(lines.map((a) => a.intent)).toEqual(["figure", "figure", "nodata"]);
    expect(lines[1]!.text).toContain("4.700");
    expect(lines[2]!.text).toContain("Quảng Ninh");
  });

  it("answers from CORPUS_DIR, skips a broken file naming it, and reuses the persisted build", () => {
    const corpus = mkdtempSync(join(tmpdir(), "corpus-"));
    const own = mkdtempSync(join(tmpdir(), "own-index-"));
    writeFileSync(
      join(corpus, "bac-ninh.md"),
      "---\ntitle: Bắc Ninh tăng tốc chuyển đổi số\nsource: Báo Bắc Ninh\nurl: https://example.org/bac-ninh\npublished: 2024-01-15\n---\n\n# Kết quả\n\nĐến nay, tỉnh Bắc Ninh có khoảng 1.200 doanh nghiệp công nghệ số hoạt động.\n",
    );
    writeFileSync(join(corpus, "broken.txt"), Buffer.from([0x54, 0x69, 0xea, 0x75, 0x0a, 0xff, 0xfe]));
    const ask = () => run("ask.ts", ["--json", "Bắc Ninh có bao nhiêu doanh nghiệp công nghệ số?"], { CORPUS_DIR: corpus, INDEX_DIR: own });
    const first = ask();
    const a = AnswerSchema.parse(JSON.parse(first.stdout));
    expect(a.text).toContain("1.200");
    expect(a.citations[0]).toMatchObject({ title: "Bắc Ninh tăng tốc chuyển đổi số", source: "Báo Bắc Ninh", url: "https://example.org/bac-ninh", date: "2024-01-15" });
    expect(first.stderr).toContain("broken.txt:1");
    const [built] = readdirSync(own);
    const mtime = statSync(join(own, built!)).mtimeMs;
    ask();
    expect(readdirSync(own)).toEqual([built]);
    expect(statSync(join(own, built!)).mtimeMs).toBe(mtime);
  });
});

describe("facts", () => {
  it("lists one province's facts as JSON lines", () => {
    const r = run("facts.ts", ["--json", "--province", "lao cai"]);
    const facts = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { province: string; raw: string });
    expect(new Set(facts.map((f) => f.province))).toEqual(new Set(["Lào Cai"]));
    expect(facts.map((f) => f.raw)).toContain("1.837");
  });
});
