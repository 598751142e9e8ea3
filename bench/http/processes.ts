import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../adapters/config.js";
import { freePort } from "../../test/support/redis.js";

/** A server started as its own process, so the load generator does not share its event loop. */
export interface ServerProcess {
  readonly url: string;
  stop(): Promise<void>;
}

/** Where a server process listens and how it shows it is up. */
export interface ServerProcessOptions {
  /** Default: a free port. */
  readonly port?: number;
  /** Default `/healthz` (GET); `/api/ask` is probed with a POST. */
  readonly readyPath?: string;
}

/**
 * Starts an entry point with `PORT` set — TypeScript under tsx, compiled JavaScript (dist/) with
 * node alone — and waits until it answers.
 */
export async function startServerProcess(entry: string, env: Record<string, string> = {}, options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const readyPath = options.readyPath ?? "/healthz";
  const program = join(PROJECT_ROOT, entry);
  const child: ChildProcess = spawn(process.execPath, entry.endsWith(".ts") ? ["--import", "tsx", program] : [program], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  // Generous: a start on a machine busy with other work compiles and indexes slowly.
  const end = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    const ok = await fetch(`${url}${readyPath}`, { method: readyPath === "/api/ask" ? "POST" : "GET" }).then(() => true, () => false);
    if (ok) break;
    if (Date.now() > end) {
      child.kill("SIGKILL");
      throw new Error(`${entry} did not answer within 90 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
