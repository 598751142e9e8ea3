/**
 * The HTTP section of `npm run bench`: `POST /api/ask` under autocannon on loopback, beside a bare
 * fastify route returning a fixed JSON measured in the same run: the benchmark questions, the
 * realistic mix and all-distinct questions, then the realistic mix at 1, 2 and 4 instances
 * sharing one Redis. Each server is its own process; the load generator is this one.
 */
import { startRedis } from "../../test/support/redis.js";
import { NO_LIMITS } from "../../test/support/webhook-env.js";
import { QUESTIONS } from "../questions.js";
import { load, type LoadRequest, type LoadResult } from "./load.js";
import { distinctStream, realisticMix, type BenchMessage } from "./mixes.js";
import { startServerProcess, type ServerProcess } from "./processes.js";

/** Settings of the service under load: limits out of the way, logs at the default level. */
export const LOAD_ENV = { ...NO_LIMITS, LOG_LEVEL: "info", CORPUS_WATCH: "false" };

const json = { "content-type": "application/json" };
/** Every benchmark question once, each from a new chat. */
export const ASK_REQUESTS: LoadRequest[] = QUESTIONS.map((q) => ({ method: "POST", path: "/api/ask", headers: json, body: JSON.stringify({ chat: "bench-[<id>]", text: q.text }) }));

/** `POST /api/ask` with each request's message from `next`. */
function askStream(prefix: string, next: () => BenchMessage): LoadRequest[] {
  return [{ method: "POST", path: "/api/ask", fresh: () => {
    const m = next();
    return { body: JSON.stringify({ chat: `${prefix}-${m.chat}`, text: m.text }), headers: json };
  } }];
}

/** The realistic mix's requests: a fresh stream per run, so every run sends the same messages. */
export const mixRequests = (): LoadRequest[] => {
  const mix = realisticMix();
  return askStream("mix", () => mix.next());
};

/** One measured row. */
export interface HttpRow {
  readonly label: string;
  readonly instances: number;
  readonly result: LoadResult;
  /** For webhooks: replies the fake platform received during and after the run. */
  readonly replies?: number;
}

async function measure(label: string, servers: readonly ServerProcess[], requests: readonly LoadRequest[], seconds: number): Promise<HttpRow> {
  const urls = servers.map((s) => s.url);
  await load(urls, requests, 2); // warm-up: the first answers fill caches
  return { label, instances: servers.length, result: await load(urls, requests, seconds) };
}

/**
 * The bare route, then the service alone (memory state) on the benchmark questions, the realistic
 * mix and all-distinct questions, then the realistic mix at 1, 2 and 4 instances on one Redis.
 */
export async function httpBench(seconds: number, instanceCounts: readonly number[] = [1, 2, 4]): Promise<HttpRow[]> {
  const rows: HttpRow[] = [];
  const bare = await startServerProcess("bench/http/bare-server.ts", {}, { readyPath: "/api/ask" });
  rows.push(await measure("bare fastify route, fixed JSON (baseline)", [bare], ASK_REQUESTS, seconds));
  await bare.stop();

  const alone = await startServerProcess("adapters/server/main.ts", LOAD_ENV);
  rows.push(await measure(`POST /api/ask, the ${ASK_REQUESTS.length} benchmark questions each in a new chat, state in memory`, [alone], ASK_REQUESTS, seconds));
  const mix = realisticMix();
  rows.push(await measure(`POST /api/ask, realistic mix (Zipf over ${mix.questions} questions, 2 000 chats, follow-ups), state in memory`, [alone], mixRequests(), seconds));
  const distinct = distinctStream();
  rows.push(await measure(`POST /api/ask, all-distinct questions (${distinct.repeatsAfter} before one repeats), state in memory`, [alone], askStream("distinct", () => distinct.next()), seconds));
  await alone.stop();

  const redis = await startRedis();
  try {
    for (const n of instanceCounts) {
      const servers = await Promise.all(Array.from({ length: n }, () => startServerProcess("adapters/server/main.ts", { ...LOAD_ENV, REDIS_URL: redis.url })));
      rows.push(await measure(`POST /api/ask, realistic mix, ${n} instance${n > 1 ? "s" : ""} sharing Redis`, servers, mixRequests(), seconds));
      await Promise.all(servers.map((s) => s.stop()));
    }
  } finally {
    await redis.stop();
  }
  return rows;
}
