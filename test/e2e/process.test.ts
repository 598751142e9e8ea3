import { execFile, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../adapters/config.js";
import { startRedis } from "../support/redis.js";

let child: ChildProcessWithoutNullStreams | null = null;
afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  child = null;
});

/** `npm start` as a process (tsx, like the npm script), with the first stdout line it prints. */
async function start(env: Record<string, string> = {}): Promise<{ url: string; firstLine: string; exit: Promise<number | null>; stdout: () => string }> {
  child = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "adapters/server/main.ts")], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: "0", INDEX_DIR: mkdtempSync(join(tmpdir(), "proc-index-")), UNANSWERED_FILE: join(mkdtempSync(join(tmpdir(), "u-")), "u.json"), ...env },
  });
  let out = "";
  const exit = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
  const firstLine = await new Promise<string>((resolve, reject) => {
    child!.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve(out.split("\n")[0]!);
    });
    void exit.then((code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
  const url = (JSON.parse(firstLine) as { url: string }).url;
  return { url, firstLine, exit, stdout: () => out };
}

describe("npm start", () => {
  it("on SIGTERM closes a connection whose body stalls, saves the unanswered questions, and exits 0", async () => {
    const unanswered = join(mkdtempSync(join(tmpdir(), "u-")), "u.json");
    const s = await start({ UNANSWERED_FILE: unanswered });
    const port = Number(new URL(s.url).port);
    const stalled = connect(port, "127.0.0.1");
    const closed = new Promise((r) => stalled.once("close", r));
    stalled.write("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
    // Counted in memory, then SIGTERM before the file's next write.
    await fetch(`${s.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chat: "q", text: "Quảng Ninh chuyển đổi số thế nào?" }) });
    child!.kill("SIGTERM");
    expect(await s.exit).toBe(0);
    await closed;
    expect(JSON.parse(readFileSync(unanswered, "utf8"))).toEqual({ counts: { "quang ninh chuyen doi so the nao": 1 } });
  });

  it("prints one line with the address, then serves", async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(JSON.parse(s.firstLine)).toMatchObject({ level: "info", msg: `Trợ lý số liệu chuyển đổi số: ${s.url}` });
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });

  it("stops on a wrong setting with one message naming every bad variable", async () => {
    const p = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "adapters/server/main.ts")], { cwd: PROJECT_ROOT, env: { ...process.env, PORT: "70000", REDIS_URL: "http://x", LOG_LEVEL: "chatty" } });
    let err = "";
    p.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => p.once("exit", resolve));
    expect(code).toBe(2);
    expect(err).toContain("Invalid settings:");
    for (const name of ["PORT=", "REDIS_URL=", "LOG_LEVEL="]) expect(err).toContain(name);
  });

  it("reads .env from its working folder, under the environment, and a broken line stops the start", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dotenv-"));
    const path = join(dir, ".env");
    writeFileSync(path, "PORT=70000\nMAX_MESSAGE_LENGTH=5\nthis line is broken\n");
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
    const failed = (await promisify(execFile)(process.execPath, ["--import", tsx, join(PROJECT_ROOT, "adapters/server/main.ts")], { cwd: dir, env: { ...process.env, PORT: "0" } }).then(
      () => null,
      (e: unknown) => e,
    )) as { code: number; stderr: string } | null;
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toBe(`Invalid settings:\n  - ${path} line 3: not a NAME=value setting\n  - MAX_MESSAGE_LENGTH="5": Too small: expected number to be >=20\n`);
  });

  it("on SIGTERM stops accepting, finishes the request in flight, and exits 0", async () => {
    const s = await start();
    const response = await sigtermDuringRequest(s.url, "t");
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(response).toContain("chợ");
    expect(await s.exit).toBe(0);
    expect(s.stdout()).toContain('"msg":"stopped"');
  });

  it("with Redis, on SIGTERM finishes the request in flight through Redis, then closes its connection, and exits 0", async () => {
    const redis = await startRedis();
    // This test's own connections carry a name, to tell them from the service's.
    // (No ready check: its INFO, sent as the monitor connection opens, can meet the first lines
    // monitored and leave ioredis' command queue out of step.)
    const admin = new Redis(redis.url, { connectionName: "test-admin", enableReadyCheck: false });
    const monitor = await admin.monitor();
    const seen: { source: string; command: string }[] = [];
    monitor.on("monitor", (_time: string, args: string[], source: string) => seen.push({ source, command: args[0]!.toLowerCase() }));
    const serviceClients = async () =>
      ((await admin.client("LIST")) as string)
        .split("\n")
        .filter((line) => line && !line.includes(" name=test-admin "))
        .map((line) => /\baddr=(\S+)/.exec(line)![1]!);
    try {
      const s = await start({ REDIS_URL: redis.url });
      const clients = await serviceClients();
      expect(clients).toHaveLength(1);
      const fromService = () => seen.filter((c) => c.source === clients[0]).map((c) => c.command);

      const response = await sigtermDuringRequest(s.url, "t-redis");
      expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
      expect(response).toContain("chợ");
      expect(await s.exit).toBe(0);
      expect(s.stdout()).toContain('"msg":"stopped"');
      // The request was answered after the signal, and its conversation was still kept in Redis.
      expect(await admin.exists("cds:chat:web:t-redis")).toBe(1);
      // Then the service said goodbye to Redis itself (QUIT, its last command), and its connection is gone.
      await expect.poll(() => fromService().at(-1), { timeout: 10_000 }).toBe("quit");
      expect(fromService()).toContain("set");
      await expect.poll(serviceClients, { timeout: 10_000 }).toEqual([]);
    } finally {
      monitor.disconnect();
      admin.disconnect();
      await redis.stop();
    }
  });
});

/**
 * Sends half of `POST /api/ask` for `chat`, signals SIGTERM to the service, checks that it stops
 * accepting, sends the rest, and resolves with the raw response to that request.
 */
async function sigtermDuringRequest(url: string, chat: string): Promise<string> {
  const port = Number(new URL(url).port);
  const body = Buffer.from(JSON.stringify({ chat, text: "Long An có bao nhiêu chợ thanh toán không dùng tiền mặt?" }));
  const socket = connect(port, "127.0.0.1");
  await new Promise((r) => socket.once("connect", r));
  let response = "";
  socket.on("data", (d: Buffer) => (response += d.toString()));
  const ended = new Promise((r) => socket.once("close", r));
  // Half a request is in flight when the signal comes. "Connection: close": the server closes
  // the connection once it has answered.
  socket.write(`POST /api/ask HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
  socket.write(body.subarray(0, 10));
  await new Promise((r) => setTimeout(r, 200));
  child!.kill("SIGTERM");
  await expect.poll(() => fetch(`${url}/healthz`).then(() => "accepting", () => "refused"), { timeout: 5000 }).toBe("refused");
  // The rest is written without closing this side: Node's HTTP server takes a client that
  // half-closes before its answer for one that went away, and drops the request.
  socket.write(body.subarray(10));
  await ended;
  return response;
}
