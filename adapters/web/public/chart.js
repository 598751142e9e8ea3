import { barShares, valueLabel } from "./answer-text.js";
import { ui } from "./messages.vi.js";

const SVG = "http://www.w3.org/2000/svg";
/** A row: its label line ("An Giang 66,2% [1]"), then the bar. */
const ROW = 46;
/** A row whose figure is on a line of its own, under the province: "Long An [2]", "1.600 dịch vụ…", bar. */
const TALL_ROW = 64;
const LINE = 18;
const BAR_GAP = 8;
const BAR_HEIGHT = 12;
/**
 * Longest "province + figure" kept on one line: about 215 px of text, which fits the narrowest
 * bubble (a 360 px phone). Longer ones (ranking units such as "dịch vụ công trực tuyến") put
 * the figure on its own line, since SVG text does not wrap.
 */
const ONE_LINE_CHARS = 28;
/** Smallest visible bar, in % of the width, so a small positive value still shows. */
const MIN_BAR = 1.5;

/**
 * @typedef {{label: string, value: number, unit: string | null, raw: string, citation: number}} SeriesPoint
 */

/**
 * A horizontal bar chart of a comparison or ranking answer, built with DOM calls only (no
 * markup from data): each row shows the province, its figure as written, the citation number,
 * and a bar scaled as {@link barShares} says. Widths are percentages, so the chart fills any bubble
 * without rescaling its text. Screen readers get the SVG's description and a table.
 * @param {readonly SeriesPoint[]} series
 * @param {string} title what the chart compares (the answer's headline)
 * @returns {HTMLElement}
 */
export function barChart(series, title) {
  const shares = barShares(series);
  const oneLine = series.every((p) => p.label.length + valueLabel(p).length <= ONE_LINE_CHARS);
  const rowHeight = oneLine ? ROW : TALL_ROW;
  const svg = svgElement("svg", { class: "chart-svg", width: "100%", height: String(series.length * rowHeight), role: "img" });
  svg.setAttribute("aria-label", ui.chartDescription(title, series.map((p) => ui.chartBar(p.label, valueLabel(p), p.citation))));
  const titleElement = svgElement("title", {});
  titleElement.textContent = `${ui.chartLabel}: ${title}`;
  svg.append(titleElement);

  series.forEach((point, i) => {
    const top = i * rowHeight;
    const row = svgElement("g", { class: "chart-row" });
    const label = svgElement("text", { x: "0", y: String(top + LINE - 1), class: "chart-label" });
    const value = tspan(valueLabel(point), "chart-value", "8");
    const cite = tspan(`[${point.citation}]`, "chart-cite", "6");
    if (oneLine) label.append(tspan(point.label, "chart-name"), value, cite);
    else {
      // The figure starts a second line of the same <text>, so the label stays one text for readers.
      value.setAttribute("x", "0");
      value.setAttribute("dy", String(LINE));
      value.removeAttribute("dx");
      label.append(tspan(point.label, "chart-name"), cite, value);
    }
    const barTop = top + (oneLine ? LINE : 2 * LINE) + BAR_GAP;
    const track = svgElement("rect", { x: "0", y: String(barTop), width: "100%", height: String(BAR_HEIGHT), rx: "6", class: "chart-track" });
    const share = shares[i] ?? 0;
    row.append(label, track);
    if (share > 0) {
      const width = Math.max(MIN_BAR, share * 100).toFixed(2);
      row.append(svgElement("rect", { x: "0", y: String(barTop), width: `${width}%`, height: String(BAR_HEIGHT), rx: "6", class: "chart-bar" }));
    }
    svg.append(row);
  });

  const figure = document.createElement("figure");
  figure.className = "chart";
  figure.append(svg, dataTable(series, title));
  return figure;
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
    row.insertCell().textContent = valueLabel(p);
    row.insertCell().textContent = `[${p.citation}]`;
  }
  return table;
}

/** An SVG element with its attributes. */
function svgElement(name, attributes) {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
  return el;
}

/** A run of text in a label, `dx` pixels after the previous one. */
function tspan(text, className, dx) {
  const el = svgElement("tspan", dx ? { class: className, dx } : { class: className });
  el.textContent = text;
  return el;
}
