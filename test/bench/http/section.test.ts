import { describe, expect, it } from "vitest";
import { goalLines, httpTable } from "../../../bench/http/section.js";
import type { HttpRow } from "../../../bench/http/run.js";

const row = (label: string, requestsPerSecond: number, p50Ms: number, p99Ms: number, replies?: number): HttpRow => ({
  label,
  instances: 1,
  result: { requestsPerSecond, p50Ms, p99Ms, non2xx: 1, errors: 2 },
  ...(replies === undefined ? {} : { replies }),
});

describe("httpTable", () => {
  it("gives each row its requests per second and p99 as times the bare route's, and the fake's replies", () => {
    const bare = row("bare", 20_000, 0, 2);
    const lines = httpTable([bare, row("ask", 1_000, 12, 50), row("zalo", 500, 20, 80, 5_432)], bare).split("\n");
    expect(lines.slice(2)).toEqual([
      "| bare | 20 000 | 0 ms | 2 ms | baseline | 3 |  |",
      "| ask | 1 000 | 12 ms | 50 ms | 0.050× / 25× | 3 |  |",
      "| zalo | 500 | 20 ms | 80 ms | 0.025× / 40× | 3 | 5 432 |",
    ]);
  });

  it("takes a bare p99 under a millisecond as one, not as a division by zero", () => {
    const bare = row("bare", 10_000, 0, 0);
    expect(httpTable([bare, row("ask", 100, 5, 30)], bare).split("\n")[3]).toBe("| ask | 100 | 5 ms | 30 ms | 0.010× / 30× | 3 |  |");
  });
});

describe("goalLines", () => {
  it("states the issue's ratios: the mixes against the bare route, each webhook against /api/ask on Redis", () => {
    const rows = [
      row("bare fastify route, fixed JSON (baseline)", 20_000, 0, 2),
      row("POST /api/ask, realistic mix (Zipf over 297 questions, 2 000 chats, follow-ups), state in memory", 11_000, 1, 5),
      row("POST /api/ask, all-distinct questions (10 440 before one repeats), state in memory", 5_000, 3, 9),
      row("POST /api/ask, realistic mix, 1 instance sharing Redis", 8_000, 2, 6),
      row("Telegram webhook (answered before 200), 1 instance", 4_000, 4, 12),
      row("Zalo Bot webhook (200 first, answered after), 1 instance", 6_000, 2, 8),
      row("Zalo OA webhook (signed; 200 first, answered after), 1 instance", 3_000, 5, 15),
    ];
    expect(goalLines(rows)).toEqual([
      "- `/api/ask`, realistic mix: 0.55× the bare route (goal ≥ 0.5×); all-distinct questions: 0.25× (goal ≥ 0.25×).",
      "- Telegram webhook, 1 instance on Redis: 0.50× `/api/ask` on the same mix with Redis (goal ≥ 0.5×).",
      "- Zalo Bot webhook, 1 instance on Redis: 0.75× `/api/ask` on the same mix with Redis (goal ≥ 0.5×).",
      "- Zalo OA webhook, 1 instance on Redis: 0.38× `/api/ask` on the same mix with Redis (goal ≥ 0.5×).",
    ]);
  });
});
