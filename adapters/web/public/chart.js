import { barShares } from "./answer-text.js";
import { ui } from "./messages.vi.js";

const SVG = "http://www.w3.org/2000/svg";
/** Smallest visible bar, in % of the width, so a small positive value still shows. */
const MIN_BAR = 1.5;

/**
 * @typedef {{label: string, value: number, unit: string | null, raw: string, figure: string, citation: number}} SeriesPoint
 */

/**
 * A horizontal bar chart of a comparison or ranking answer, built with DOM calls only (no markup
 * from data): each row is its label — the province, its figure whole as the answer says it, the
 * citation number — in HTML text, which wraps, so no label is ever cut however long what it
 * counts ("1.250 dịch vụ công mức độ 3, 4"), then its bar, scaled as {@link barShares} says.
 * Screen readers get the chart's description and a table.
 * @param {readonly SeriesPoint[]} series
 * @param {string} title what the chart compares
 * @returns {HTMLElement}
 */
export function barChart(series, title) {
  const shares = barShares(series);
  const bars = document.createElement("div");
  bars.className = "chart-bars";
  bars.setAttribute("role", "img");
  bars.setAttribute("aria-label", ui.chartDescription(title, series.map((p) => ui.chartBar(p.label, p.figure, p.citation))));
  series.forEach((point, i) => {
    const row = document.createElement("div");
    row.className = "chart-row";
    const label = document.createElement("p");
    label.className = "chart-label";
    label.append(span(point.label, "chart-name"), " ", span(point.figure, "chart-value"), " ", span(`[${point.citation}]`, "chart-cite"));
    row.append(label, bar(shares[i] ?? 0));
    bars.append(row);
  });
  const figure = document.createElement("figure");
  figure.className = "chart";
  figure.append(bars, dataTable(series, title));
  return figure;
}

/** One bar on its track; widths are percentages, so it fills any bubble. */
function bar(share) {
  const svg = svgElement("svg", { class: "chart-bar-svg", width: "100%", height: "12", "aria-hidden": "true", focusable: "false" });
  svg.append(svgElement("rect", { x: "0", y: "0", width: "100%", height: "12", rx: "6", class: "chart-track" }));
  if (share > 0) svg.append(svgElement("rect", { x: "0", y: "0", width: `${Math.max(MIN_BAR, share * 100).toFixed(2)}%`, height: "12", rx: "6", class: "chart-bar" }));
  return svg;
}

/** The chart's data as a table only screen readers see. */
function dataTable(series, title) {
  const table = document.createElement("table");
  table.className = "visually-hidden";
  const caption = table.createCaption();
  caption.textContent = title;
  const head = table.createTHead().insertRow();
  for (const name of [ui.chartTableProvince, ui.chartTableValue, ui.chartTableCitation]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = name;
    head.append(th);
  }
  const body = table.createTBody();
  for (const p of series) {
    const row = body.insertRow();
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = p.label;
    row.append(th);
    row.insertCell().textContent = p.figure;
    row.insertCell().textContent = `[${p.citation}]`;
  }
  return table;
}

/** A run of text of a label. */
function span(text, className) {
  const el = document.createElement("span");
  el.className = className;
  el.textContent = text;
  return el;
}

/** An SVG element with its attributes. */
function svgElement(name, attributes) {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  return el;
}
