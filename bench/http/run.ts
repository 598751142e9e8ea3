/**
 * The HTTP section of `npm run bench`: `POST /api/ask` under autocannon on loopback, beside a bare
 * fastify route returning a fixed JSON measured in the same run. Each server is its own process.
 */
import { QUESTIONS } from "../questions.js";
import { load, type LoadRequest, type LoadResult } from "./load.js";
import { startServerProcess } from "./processes.js";

/** Settings of the service under load: limits out of the way, logs at the default level. */
export const LOAD_ENV = { RATE_LIMIT_PER_MINUTE: "1000000", CHAT_RATE_LIMIT_PER_MINUTE: "1000000", LOG_LEVEL: "info", CORPUS_WATCH: "false" };

const json = { "content-type": "application/json" };
/** Every benchmark question once, each from a new chat. */
export const ASK_REQUESTS: LoadRequest[] = QUESTIONS.map((q) => ({ method: "POST", path: "/api/ask", headers: json, body: JSON.stringify({ chat: "bench-[<id>]", text: q.text }) }));

/** Measures the bare route, then the service, for `seconds` each. */
export async function httpBench(seconds: number): Promise<{ bare: LoadResult; ask: LoadResult }> {
  const bareServer = await startServerProcess("bench/http/bare-server.ts", {}, "/api/ask");
  const bare = await load([bareServer.url], ASK_REQUESTS, seconds);
  await bareServer.stop();
  const service = await startServerProcess("adapters/server/main.ts", LOAD_ENV);
  // Warm-up: the first answers build caches.
  await load([service.url], ASK_REQUESTS, 2);
  const ask = await load([service.url], ASK_REQUESTS, seconds);
  await service.stop();
  return { bare, ask };
}
