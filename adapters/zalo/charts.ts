import { randomBytes } from "node:crypto";
import type { Answer } from "../../bot/index.js";
import { barChartSvg, svgToPng } from "../charts/bar-chart.js";
import { RedisState } from "../runtime/redis-state.js";
import { ExpiringMap, type SharedState } from "../runtime/state.js";
import { chartTitle } from "./render.js";

/** A comparison or ranking answer's bars as a PNG picture; null for answers without a chart. */
export function chartPng(answer: Answer): Buffer | null {
  return answer.series.length ? svgToPng(barChartSvg(answer.series, chartTitle(answer))) : null;
}

/** How long a hosted chart stays fetchable: 1 hour (Zalo fetches it within seconds). */
export const CHART_TTL_MS = 3600_000;

/**
 * Chart pictures the server hosts for Zalo to fetch (the Bot Platform's `sendPhoto` takes an
 * address, not a file). In Redis when the state is shared, so any instance serves them; else in
 * memory. A chart's id is random, not derived from the picture: a hash of it let anyone check
 * whether a given comparison had been asked, by computing the id and fetching it.
 */
export class ChartStore {
  private readonly local = new ExpiringMap<Buffer>(Date.now, 200);

  constructor(private readonly state: SharedState) {}

  /** Stores a PNG; returns its id (32 random hexadecimal digits, unguessable). */
  async put(png: Buffer): Promise<string> {
    const id = randomBytes(16).toString("hex");
    this.local.set(id, png, CHART_TTL_MS);
    if (this.state instanceof RedisState && this.state.healthy()) await this.state.redis.set(this.state.key("zalo-chart", id), png, "PX", CHART_TTL_MS).catch(() => undefined);
    return id;
  }

  /** The PNG stored under `id`, or null. */
  async get(id: string): Promise<Buffer | null> {
    const here = this.local.get(id);
    if (here) return here;
    if (!(this.state instanceof RedisState && this.state.healthy())) return null;
    return this.state.redis.getBuffer(this.state.key("zalo-chart", id)).catch(() => null);
  }
}
