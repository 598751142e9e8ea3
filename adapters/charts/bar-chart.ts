import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type { SeriesPoint } from "../../bot/index.js";

// DejaVu Sans covers Vietnamese; shipped from npm so a server without system fonts draws the same.
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONTS = [join(FONT_DIR, "DejaVuSans.ttf"), join(FONT_DIR, "DejaVuSans-Bold.ttf")];

const WIDTH = 800;
const ROW = 64;
const TOP = 64;
const LEFT = 24;
const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A horizontal bar chart of an answer's series as SVG: one row a province, its name and the figure
 * as the answer says it with its citation number on a line, the bar under them across the whole width, the
 * longest for the largest value. Labels never share a line with a bar, so a long counted noun
 * ("1.600 dịch vụ công trực tuyến") cannot run off the picture.
 */
export function barChartSvg(series: readonly SeriesPoint[], title: string): string {
  const max = Math.max(...series.map((p) => p.value), 0) || 1;
  const plot = WIDTH - LEFT * 2;
  const height = TOP + series.length * ROW + 16;
  const rows = series.map((p, i) => {
    const y = TOP + i * ROW;
    const w = Math.max(2, Math.round((p.value / max) * plot));
    const figure = `${p.figure} [${p.citation}]`;
    return [
      `<text x="${LEFT}" y="${y + 18}" font-size="16" fill="#1f2933">${escapeXml(p.label)}: <tspan font-weight="bold">${escapeXml(figure)}</tspan></text>`,
      `<rect x="${LEFT}" y="${y + 28}" width="${plot}" height="20" rx="4" fill="#e4e9f0"/>`,
      `<rect x="${LEFT}" y="${y + 28}" width="${w}" height="20" rx="4" fill="#0b6bcb"/>`,
    ].join("");
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${LEFT}" y="36" font-size="20" font-weight="bold" fill="#1f2933">${escapeXml(title)}</text>` +
    rows.join("") +
    `</svg>`
  );
}

/** Renders an SVG to PNG with the bundled fonts (resvg; no browser, no system font needed). */
export function svgToPng(svg: string): Buffer {
  const png = new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" }, fitTo: { mode: "original" } }).render().asPng();
  return Buffer.from(png);
}
