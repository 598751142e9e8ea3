/**
 * The runtime section of `npm run bench`: the service compiled (`npm run build`, node on dist/,
 * what `npm start` runs) beside the same sources run through tsx (what `npm start` ran before),
 * in the same run: the time from spawning the process to its "listening" log line, and
 * `POST /api/ask` under load. Written to its part of bench/RESULTS.md.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../adapters/config.js";
import { freePort } from "../test/support/redis.js";
import { load, type LoadResult } from "./http/load.js";
import { startServerProcess } from "./http/processes.js";
import { ASK_REQUESTS, LOAD_ENV } from "./http/run.js";
import { writeResultsSection } from "./results-file.js";
import { median, ratio } from "./scale/stats.js";

const COMPILED = "dist/adapters/server/main.js";
const SOURCES = "adapters/server/main.ts";
/** Starts measured per form; the index is persisted by a first, unmeasured start. */
const STARTS = 5;

// Milliseconds from spawn to the log line that says the service listens; then SIGTERM.
async function startupMs(entry: string, indexDir: string): Promise<number> {
  const program = join(PROJECT_ROOT, entry);
  const started = performance.now();
  const child = spawn(process.execPath, entry.endsWith(".ts") ? ["--import", "tsx", program] : [program], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...LOAD_ENV, PORT: String(await freePort()), HOST: "127.0.0.1", INDEX_DIR: indexDir },
    stdio: ["ignore", "pipe", "ignore"],
  });
  const ms = await new Promise<number>((resolve, reject) => {
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      if (out.includes('"msg":"Trợ lý số liệu chuyển đổi số: ')) resolve(performance.now() - started);
    });
    child.once("exit", (code) => reject(new Error(`${entry} exited with ${code} before listening`)));
  });
  await new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
  return ms;
}

async function startups(entry: string, indexDir: string): Promise<number[]> {
  await startupMs(entry, indexDir);
  const times: number[] = [];
  for (let i = 0; i < STARTS; i++) times.push(await startupMs(entry, indexDir));
  return times;
}

async function throughput(entry: string, seconds: number): Promise<LoadResult> {
  const server = await startServerProcess(entry, LOAD_ENV);
  try {
    await load([server.url], ASK_REQUESTS, 2);
    return await load([server.url], ASK_REQUESTS, seconds);
  } finally {
    await server.stop();
  }
}

/** Runs the runtime section and writes its figures; returns the Markdown section. */
export async function runRuntimeSection(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const seconds = Math.max(2, Number(env.BENCH_HTTP_SECONDS) || 10);
  execFileSync("npm", ["run", "build"], { cwd: PROJECT_ROOT, stdio: "ignore" });
  const indexDir = mkdtempSync(join(tmpdir(), "bench-runtime-index-"));
  const tsxStarts = await startups(SOURCES, indexDir);
  const nodeStarts = await startups(COMPILED, indexDir);
  const tsxLoad = await throughput(SOURCES, seconds);
  const nodeLoad = await throughput(COMPILED, seconds);
  const ms = (x: number) => `${Math.round(x)} ms`;
  const rps = (r: LoadResult) => `${Math.round(r.requestsPerSecond)} requests/s, p99 ${r.p99Ms} ms`;
  const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  const section = [
    "## Compiled or through tsx",
    "",
    `Machine: ${machine}. Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (\`BENCH_SECTIONS=runtime\`; \`BENCH_HTTP_SECONDS=${seconds}\` per load run).`,
    `The service as \`npm start\` runs it — \`node ${COMPILED}\` after \`npm run build\` — beside the same sources through tsx`,
    `(\`node --import tsx ${SOURCES}\`, the baseline), in the same run. Start: from spawning the process to its`,
    `"listening" log line, the persisted index already built, median of ${STARTS}. Load: autocannon on loopback, 16`,
    "connections, the 21 benchmark questions, after a 2-second warm-up.",
    "",
    "| what | compiled (node) | tsx (baseline) | compiled ÷ tsx |",
    "| --- | ---: | ---: | ---: |",
    `| start to listening (median) | ${ms(median(nodeStarts))} | ${ms(median(tsxStarts))} | ${ratio(median(nodeStarts), median(tsxStarts))} |`,
    `| \`POST /api/ask\` | ${rps(nodeLoad)} | ${rps(tsxLoad)} | ${ratio(nodeLoad.requestsPerSecond, tsxLoad.requestsPerSecond)} |`,
  ].join("\n");
  writeResultsSection("runtime", section);
  return section;
}
