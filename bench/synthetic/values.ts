/**
 * The ground-truth table of the synthetic corpus: one value per province, measure and year,
 * drawn from the seed alone. Every article stating a measure of a province for a year states
 * this value, so articles never contradict each other and a question naming a province, a
 * measure and a year has exactly one right figure.
 */
import { FORMER_PROVINCES } from "../../knowledge/index.js";
import { formatCount, formatMillions, formatPercent, formatRatio } from "./format.js";
import type { DrawnFigure, ValueSpec } from "./measures.js";
import { Random } from "./random.js";

/** First year of the series: growth is counted from it. */
export const FIRST_YEAR = 2019;

/** Draws the figures of a seed; remembers the yearly rankings it has drawn. */
export class TruthTable {
  private readonly rankings = new Map<string, Map<string, number>>();

  constructor(private readonly seed: string) {}

  /** The figure of a measure for a province and a year, as an article writes it. */
  figure(province: string, measure: string, spec: ValueSpec, year: number): DrawnFigure {
    // The province's level does not depend on the year; the year only moves it along its trend.
    const level = new Random(`${this.seed}/${province}/${measure}`);
    const jitter = new Random(`${this.seed}/${province}/${measure}/${year}`).next() - 0.5;
    const years = year - FIRST_YEAR;
    switch (spec.kind) {
      case "percent": {
        const base = spec.lo + level.next() * (spec.hi - spec.lo);
        const v = Math.min(99.5, base + spec.perYear * years + jitter * 0.4);
        const raw = formatPercent(v, spec.decimals);
        return { raw, value: Number(raw.replace("%", "").replace(",", ".")) };
      }
      case "count": {
        const base = spec.lo + level.next() * (spec.hi - spec.lo);
        const v = Math.max(1, Math.round((base * (1 + spec.perYear) ** years * (1 + jitter * 0.02)) / spec.step) * spec.step);
        return { raw: formatCount(v), value: v };
      }
      case "millions": {
        const tenths = Math.round((spec.lo + level.next() * (spec.hi - spec.lo) + spec.perYear * years) * 10);
        return { raw: formatMillions(tenths / 10), value: tenths * 100_000 };
      }
      case "share": {
        const of = level.int(spec.lo, spec.hi);
        const start = 0.35 + level.next() * 0.4;
        const x = Math.max(1, Math.min(of, Math.round(of * (start + spec.perYear * years))));
        return { raw: formatRatio(x, of, spec.padded), value: x };
      }
      case "rank": {
        const rank = this.ranking(measure, year).get(province)!;
        return { raw: formatRatio(rank, FORMER_PROVINCES.length), value: rank };
      }
    }
  }

  // A year's ranking: a shuffle of the 63 provinces, one place each.
  private ranking(measure: string, year: number): Map<string, number> {
    const key = `${measure}/${year}`;
    let r = this.rankings.get(key);
    if (!r) {
      const order = new Random(`${this.seed}/${key}`).sample(FORMER_PROVINCES.map((p) => p.name), FORMER_PROVINCES.length);
      this.rankings.set(key, (r = new Map(order.map((p, i) => [p, i + 1]))));
    }
    return r;
  }
}
