import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../adapters/config.js";
import { DEFAULT_CORPUS_DIR } from "../../knowledge/index.js";

let child: ChildProcessWithoutNullStreams | null = null;
afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = null;
});

/** A program started in the project, its output collected, resolved once it prints its address. */
async function started(command: string, args: string[], env: Record<string, string>): Promise<{ url: string; out: () => string; exit: Promise<number | null> }> {
  child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, PORT: "0", HOST: "127.0.0.1", INDEX_DIR: mkdtempSync(join(tmpdir(), "compiled-index-")), ...env } });
  let out = "";
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child!.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /"url":"(http:\/\/[^"]+)"/.exec(out);
      if (m) resolve(m[1]!);
    });
    void exit.then((code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
  return { url, out: () => out, exit };
}

const accepting = (url: string) => fetch(`${url}/healthz`).then(() => true, () => false);

describe("the compiled service", () => {
  it("`npm start` builds, runs node on dist/, and a SIGTERM sent to npm reaches the service, which stops and leaves nothing running", async () => {
    const s = await started("npm", ["start"], {});
    expect(s.out()).toContain("> exec node dist/adapters/server/main.js");
    expect(await accepting(s.url)).toBe(true);
    child!.kill("SIGTERM");
    expect(await s.exit).toBe(0);
    expect(s.out()).toContain('"msg":"stopped"');
    expect(await accepting(s.url)).toBe(false);
  }, 120_000);

  it("re-indexes a new article with the compiled index program, without tsx", async () => {
    const corpus = mkdtempSync(join(tmpdir(), "compiled-corpus-"));
    cpSync(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    const s = await started(process.execPath, [join(PROJECT_ROOT, "dist/adapters/server/main.js")], { CORPUS_DIR: corpus, CORPUS_WATCH: "true" });
    writeFileSync(join(corpus, "bac-ninh.md"), "---\ntitle: Bắc Ninh tăng tốc chuyển đổi số\n---\n\nĐến nay, tỉnh Bắc Ninh có khoảng 1.200 doanh nghiệp công nghệ số hoạt động.\n");
    const ask = async () =>
      ((await (await fetch(`${s.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat: "c", text: "Bắc Ninh có bao nhiêu doanh nghiệp công nghệ số?" }) })).json()) as { text: string }).text;
    await expect.poll(ask, { timeout: 60_000, interval: 250 }).toContain("1.200");
    expect(s.out()).toContain('"msg":"corpus re-indexed"');
    child!.kill("SIGTERM");
    expect(await s.exit).toBe(0);
  }, 90_000);
});
