import { describe, expect, it } from "vitest";
import { httpTable } from "../../../bench/http/section.js";
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
