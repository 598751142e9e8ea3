import { randomBytes } from "node:crypto";
import type { Answer } from "../../bot/index.js";
import { barChartSvg, svgToPng } from "../charts/bar-chart.js";
import type { KeptPictures } from "../runtime/state.js";
import { chartTitle } from "./render.js";

/** A comparison or ranking answer's bars as a PNG picture; null for answers without a chart. */
export function chartPng(answer: Answer): Buffer | null {
  return answer.series.length ? svgToPng(barChartSvg(answer.series, chartTitle(answer))) : null;
}

/** How long a hosted chart stays fetchable: 1 hour (Zalo fetches it within seconds). */
export const CHART_TTL_MS = 3600_000;

/**
 * Chart pictures the server hosts for Zalo to fetch (the Bot Platform's `sendPhoto` takes an
 * address, not a file), in the state's `charts`: shared through Redis where the state is, so any
 * instance serves them. A chart's id is random, not derived from the picture: a hash of it let
 * anyone check whether a given comparison had been asked, by computing the id and fetching it.
 */
export class ChartStore {
  constructor(private readonly pictures: KeptPictures) {}

  /** Stores a PNG; returns its id (32 random hexadecimal digits, unguessable). */
  async put(png: Buffer): Promise<string> {
    const id = randomBytes(16).toString("hex");
    await this.pictures.put(id, png, CHART_TTL_MS);
    return id;
  }

  /** The PNG stored under `id`, or null. */
  async get(id: string): Promise<Buffer | null> {
    return (await this.pictures.get(id)) ?? null;
  }
}
