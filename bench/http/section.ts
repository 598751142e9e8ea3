/**
 * The HTTP section of `npm run bench` (`BENCH_HTTP_SECONDS` per run, default 10): `POST /api/ask`
 * beside a bare fastify route, alone and at 1, 2 and 4 instances sharing one Redis, then the
 * Telegram and Zalo webhooks at the same counts; written to its part of bench/RESULTS.md.
 */
import { cpus, loadavg, totalmem } from "node:os";
import { writeResultsSection } from "../results-file.js";
import { httpBench, type HttpRow } from "./run.js";
import { webhookBench } from "./webhooks.js";

const fixed = (x: number, digits = 0) => x.toFixed(digits).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

/** The rows as a Markdown table, each beside the bare route's requests per second and p99. */
export function httpTable(rows: readonly HttpRow[], bare: HttpRow): string {
  const lines = rows.map((r) => {
    const { requestsPerSecond: rps, p50Ms, p99Ms, non2xx, errors } = r.result;
    const ratio = r === bare ? "baseline" : `${(rps / bare.result.requestsPerSecond).toFixed(3)}× / ${(p99Ms / Math.max(1, bare.result.p99Ms)).toFixed(0)}×`;
    const replies = r.replies === undefined ? "" : fixed(r.replies);
    return `| ${r.label} | ${fixed(rps)} | ${p50Ms} ms | ${p99Ms} ms | ${ratio} | ${non2xx + errors} | ${replies} |`;
  });
  return ["| what | requests/s | p50 | p99 | req/s, p99 × bare route | non-2xx + errors | replies received by the fake |", "| --- | ---: | ---: | ---: | --- | ---: | ---: |", ...lines].join("\n");
}

/**
 * The goals' ratios in words: `/api/ask` on the realistic mix and on all-distinct questions
 * against the bare route, and each webhook (1 instance, Redis) against `/api/ask` on the same mix
 * with Redis.
 */
export function goalLines(rows: readonly HttpRow[]): string[] {
  const rps = (start: string) => rows.find((r) => r.label.startsWith(start))?.result.requestsPerSecond ?? NaN;
  const bare = rows[0]!.result.requestsPerSecond;
  const askRedis = rps("POST /api/ask, realistic mix, 1 instance");
  const ratio = (x: number, of: number) => (x / of).toFixed(2);
  return [
    `- \`/api/ask\`, realistic mix: ${ratio(rps("POST /api/ask, realistic mix ("), bare)}× the bare route (goal ≥ 0.5×); all-distinct questions: ${ratio(rps("POST /api/ask, all-distinct"), bare)}× (goal ≥ 0.25×).`,
    ...["Telegram webhook", "Zalo Bot webhook", "Zalo OA webhook"].map((w) => `- ${w}, 1 instance on Redis: ${ratio(rps(w), askRedis)}× \`/api/ask\` on the same mix with Redis (goal ≥ 0.5×).`),
  ];
}

/** Runs the HTTP section and writes its figures; returns the Markdown section. */
export async function runHttpSection(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const seconds = Math.max(2, Number(env.BENCH_HTTP_SECONDS) || 10);
  const before = loadavg()[0]!;
  const ask = await httpBench(seconds);
  const hooks = await webhookBench(seconds);
  const machine = `${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  const section = [
    "## HTTP under load",
    "",
    `Machine: ${machine}. Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (\`BENCH_HTTP_SECONDS=${seconds}\` per run; load average ${before.toFixed(1)} at the start).`,
    "autocannon on loopback, 16 connections shared among the instances, after a 2-second warm-up; every server",
    "is a process of its own (`npm start` with the limits out of the way, logs at `info`), the load generator and",
    "the fake platforms are this process. The baseline, in the same run: a bare fastify route returning a fixed JSON.",
    "`/api/ask` runs the 21 benchmark questions, each from a new chat (answers the service keeps), the realistic",
    "mix (questions drawn Zipf-like from a few hundred, 2 000 chats, follow-ups among them: bench/http/mixes.ts)",
    "and all-distinct questions (nothing kept can serve them); the webhooks run the same realistic mix, warmed up the same. The Telegram",
    "webhook answers once the reply is sent: a one-message answer in its response (a webhook reply, which the fake reads",
    "and carries out as Telegram does), longer ones and charts by `sendMessage` and `sendPhoto` before it; Zalo's",
    "webhooks answer at once and reply after. The replies the fake received are counted for each. On 2 cores,",
    "more instances share the same two cores with Redis, the fakes and the load generator: the rows show what",
    "sharing state through Redis costs, not a scaling curve.",
    "",
    httpTable([...ask, ...hooks], ask[0]!),
    "",
    ...goalLines([...ask, ...hooks]),
  ].join("\n");
  writeResultsSection("http", section);
  return section;
}
