import { describe, expect, it } from "vitest";
import { barChartSvg, svgToPng } from "../../../adapters/charts/bar-chart.js";

const series = [
  { label: "Lào Cai", value: 1837, unit: "dịch vụ công trực tuyến", raw: "1.837", figure: "gần 1.837 dịch vụ công trực tuyến", citation: 1 },
  { label: "Long An <cũ> & Tây Ninh", value: 918.5, unit: "%", raw: "918,5%", figure: "918,5%", citation: 2 },
];

describe("barChartSvg", () => {
  it("draws a row per point: its label, the figure as the answer says it with its citation, a bar as long as its share", () => {
    const svg = barChartSvg(series, "Xếp theo số dịch vụ công");
    expect(svg).toContain(">Lào Cai: <tspan font-weight=\"bold\">gần 1.837 dịch vụ công trực tuyến [1]</tspan>");
    expect(svg).toContain(">Long An &#60;cũ&#62; &#38; Tây Ninh: <tspan font-weight=\"bold\">918,5% [2]</tspan>");
    // The plot is 752 px wide: the largest value fills it, half the value half of it.
    expect(svg).toContain('<rect x="24" y="92" width="752" height="20" rx="4" fill="#0b6bcb"/>');
    expect(svg).toContain('<rect x="24" y="156" width="376" height="20" rx="4" fill="#0b6bcb"/>');
  });
});

describe("svgToPng", () => {
  it("renders a PNG of the SVG's size", () => {
    const png = svgToPng(barChartSvg(series, "So sánh"));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 208]);
  });
});
