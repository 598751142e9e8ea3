/**
 * The scale chart, hand-built SVG: answer latency (p50 and p99, log scale) and resident memory
 * against corpus size (log scale), the bot beside the plain-MiniSearch baseline, with the goals
 * drawn as dotted lines.
 */

/** One corpus size's figures for the chart; null where a measurement failed. */
export interface ChartPoint {
  readonly size: number;
  readonly botP50: number | null;
  readonly botP99: number | null;
  readonly baseP50: number | null;
  readonly baseP99: number | null;
  readonly botMB: number | null;
  readonly baseMB: number | null;
}

interface Series {
  readonly label: string;
  readonly colour: string;
  readonly dashed: boolean;
  readonly values: readonly (number | null)[];
}

const W = 440;
const H = 300;
const M = { left: 58, right: 16, top: 40, bottom: 46 };
const BOT = "#1f6feb";
const BASE = "#8b949e";
const GOAL = "#d1242f";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 1 ? String(Number(v.toPrecision(2))) : String(Number(v.toPrecision(1))));

function panel(x0: number, title: string, unit: string, sizes: readonly number[], series: readonly Series[], goal: { value: number; label: string }, logY: boolean): string {
  const values = [...series.flatMap((s) => s.values.filter((v): v is number => v !== null && v > 0)), goal.value];
  const yMax = Math.max(...values) * (logY ? 2 : 1.15);
  const yMin = logY ? Math.min(...values) / 2 : 0;
  const fy = (v: number) => (logY ? Math.log10(v / yMin) / Math.log10(yMax / yMin) : v / yMax);
  const y = (v: number) => M.top + (H - M.top - M.bottom) * (1 - fy(v));
  const [lo, hi] = [Math.log10(Math.min(...sizes)), Math.log10(Math.max(...sizes))];
  const x = (n: number) => x0 + M.left + (W - M.left - M.right) * (hi === lo ? 0.5 : (Math.log10(n) - lo) / (hi - lo));
  const ticks = logY ? [0.01, 0.1, 1, 10, 100, 1000, 10000, 100000].filter((t) => t >= yMin && t <= yMax) : Array.from({ length: 5 }, (_, i) => (yMax / 1.15) * (i / 4));
  const out: string[] = [
    `<text x="${x0 + W / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`,
    `<line x1="${x0 + M.left}" y1="${H - M.bottom}" x2="${x0 + W - M.right}" y2="${H - M.bottom}" stroke="#444"/>`,
    `<line x1="${x0 + M.left}" y1="${M.top}" x2="${x0 + M.left}" y2="${H - M.bottom}" stroke="#444"/>`,
    `<text x="${x0 + W / 2}" y="${H - 10}" text-anchor="middle" font-size="11">articles in the corpus</text>`,
    `<text x="${x0 + 14}" y="${H / 2}" text-anchor="middle" font-size="11" transform="rotate(-90 ${x0 + 14} ${H / 2})">${esc(unit)}</text>`,
  ];
  for (const t of ticks) out.push(`<line x1="${x0 + M.left}" y1="${y(t)}" x2="${x0 + W - M.right}" y2="${y(t)}" stroke="#eee"/>`, `<text x="${x0 + M.left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="10">${fmt(t)}</text>`);
  for (const n of sizes) out.push(`<text x="${x(n)}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="10">${n.toLocaleString("en").replace(/,/g, " ")}</text>`);
  out.push(
    `<line x1="${x0 + M.left}" y1="${y(goal.value)}" x2="${x0 + W - M.right}" y2="${y(goal.value)}" stroke="${GOAL}" stroke-dasharray="2 3"/>`,
    `<text x="${x0 + W - M.right - 2}" y="${y(goal.value) - 4}" text-anchor="end" font-size="10" fill="${GOAL}">${esc(goal.label)}</text>`,
  );
  series.forEach((s, i) => {
    const pts = sizes.map((n, j) => [n, s.values[j] ?? null] as const).filter((p): p is readonly [number, number] => p[1] !== null && p[1] > 0);
    if (pts.length > 1) out.push(`<polyline fill="none" stroke="${s.colour}" stroke-width="2"${s.dashed ? ` stroke-dasharray="6 4"` : ""} points="${pts.map(([n, v]) => `${x(n).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}"/>`);
    for (const [n, v] of pts) out.push(`<circle cx="${x(n).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${s.colour}"><title>${esc(`${s.label}, ${n} articles: ${fmt(v)} ${unit}`)}</title></circle>`);
    const ly = M.top + 4 + i * 15;
    out.push(
      `<line x1="${x0 + M.left + 10}" y1="${ly}" x2="${x0 + M.left + 34}" y2="${ly}" stroke="${s.colour}" stroke-width="2"${s.dashed ? ` stroke-dasharray="6 4"` : ""}/>`,
      `<text x="${x0 + M.left + 40}" y="${ly + 4}" font-size="10">${esc(s.label)}</text>`,
    );
  });
  return out.join("\n");
}

/** The chart as SVG text. */
export function scaleChartSvg(points: readonly ChartPoint[]): string {
  const sizes = points.map((p) => p.size);
  const latency = panel(
    0,
    "Answer latency",
    "milliseconds (log scale)",
    sizes,
    [
      { label: "bot p99", colour: BOT, dashed: true, values: points.map((p) => p.botP99) },
      { label: "bot p50", colour: BOT, dashed: false, values: points.map((p) => p.botP50) },
      { label: "plain MiniSearch p99", colour: BASE, dashed: true, values: points.map((p) => p.baseP99) },
      { label: "plain MiniSearch p50", colour: BASE, dashed: false, values: points.map((p) => p.baseP50) },
    ],
    { value: 10, label: "goal: p99 < 10 ms" },
    true,
  );
  const memory = panel(
    W,
    "Resident memory",
    "MB",
    sizes,
    [
      { label: "bot", colour: BOT, dashed: false, values: points.map((p) => p.botMB) },
      { label: "plain MiniSearch", colour: BASE, dashed: false, values: points.map((p) => p.baseMB) },
    ],
    { value: 1024, label: "goal: < 1 GB" },
    false,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${2 * W}" height="${H}" viewBox="0 0 ${2 * W} ${H}" font-family="DejaVu Sans, Arial, sans-serif">\n<rect width="100%" height="100%" fill="#fff"/>\n${latency}\n${memory}\n</svg>\n`;
}
