import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../../adapters/config.js";

/** Prometheus samples as `GET /metrics` gives them. */
export interface Metrics {
  /** The sum of the samples of `name` whose labels include `labels` (0 when there is none). */
  total(name: string, labels?: Record<string, string>): number;
}

/** Reads the Prometheus text format: `name{label="value",…} number` lines. */
export function parseMetrics(text: string): Metrics {
  const samples = [...text.matchAll(/^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? (\S+)$/gm)].map((m) => ({
    name: m[1]!,
    labels: Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1]!, l[2]!])),
    value: Number(m[3]),
  }));
  return {
    total: (name, labels = {}) =>
      samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0),
  };
}

/**
 * The service as `npm start` runs it — its own Node process (tsx, adapters/server/main.ts) — so
 * that its memory is its own and can be read from its `GET /metrics`. Its stdout is read as it
 * comes (a full pipe would stall the service); warn and error lines are kept, the rest counted.
 */
export interface ServiceProcess {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly pid: number;
  /** The warn, error and fatal log lines so far, parsed. */
  readonly problems: Record<string, unknown>[];
  /** Log lines written so far, of every level. */
  lines(): number;
  /** Runs a full garbage collection in the process and resolves when it is done. */
  collectGarbage(timeoutMs?: number): Promise<void>;
  /** `GET /metrics`, read. */
  metrics(): Promise<Metrics>;
  /** SIGTERM, then SIGKILL if it has not exited within `ms`; resolves with the exit code. */
  stop(ms?: number): Promise<number | null>;
}

const PRELOAD = fileURLToPath(new URL("./gc-on-signal.ts", import.meta.url));
/** One persisted index for every process a test file starts: built by the first, read by the others. */
const INDEX_DIR = mkdtempSync(join(tmpdir(), "e2e-index-"));

/**
 * Starts the service in a process of its own on `port` (given: webhook addresses name it before
 * it starts) with settings given as the environment gives them; resolves once it listens.
 */
export async function startServiceProcess(port: number, env: Record<string, string>, startTimeoutMs = 60_000): Promise<ServiceProcess> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ["--expose-gc", "--import", "tsx", "--import", PRELOAD, join(PROJECT_ROOT, "adapters/server/main.ts")], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      INDEX_DIR,
      UNANSWERED_FILE: join(mkdtempSync(join(tmpdir(), "e2e-unanswered-")), "u.json"),
      CORPUS_WATCH: "false",
      LOG_LEVEL: "info",
      ...env,
    },
  });
  const problems: Record<string, unknown>[] = [];
  let lines = 0;
  let partial = "";
  let listening: (() => void) | null = null;
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    const all = (partial + chunk).split("\n");
    partial = all.pop()!;
    for (const line of all) {
      lines++;
      // Parsing every line would cost the test process more than the service spends writing it.
      if (/"level":"(warn|error|fatal)"/.test(line)) problems.push(JSON.parse(line) as Record<string, unknown>);
      else if (listening && line.includes('"msg":"Trợ lý số liệu chuyển đổi số: ')) listening();
    }
  });
  let stderr = "";
  const gcWaiters: (() => void)[] = [];
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
    for (let at = stderr.indexOf("gc-done\n"); at !== -1; at = stderr.indexOf("gc-done\n")) {
      stderr = stderr.slice(0, at) + stderr.slice(at + "gc-done\n".length);
      gcWaiters.shift()?.();
    }
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not listen within ${startTimeoutMs} ms; stderr: ${stderr}`)), startTimeoutMs);
    listening = () => {
      clearTimeout(timer);
      resolve();
    };
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited with ${code} at start; stderr: ${stderr}`));
    });
  });
  listening = null;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    pid: child.pid!,
    problems,
    lines: () => lines,
    collectGarbage: (timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no gc-done from process ${child.pid} within ${timeoutMs} ms`)), timeoutMs);
        gcWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGUSR2");
      }),
    metrics: async () => parseMetrics(await (await fetch(`${url}/metrics`)).text()),
    stop: async (ms = 15_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), ms);
      const code = await exit;
      clearTimeout(timer);
      return code;
    },
  };
}
