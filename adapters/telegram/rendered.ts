import { LRUCache } from "lru-cache";
import { chartTitle, type Answer } from "../../bot/index.js";
import { barChartSvg, svgToPng } from "../charts/bar-chart.js";
import { packMessages } from "./html.js";
import { answerParagraphs, chartCaption } from "./render.js";

/** A comparison's or ranking's bar chart as Telegram is sent it. */
export interface RenderedChart {
  readonly png: Buffer;
  /** HTML, within Telegram's 1 024 characters. */
  readonly caption: string;
}

/** An answer as Telegram is sent it. */
export interface RenderedAnswer {
  /** HTML messages, each within Telegram's 4 096 characters. */
  readonly messages: readonly string[];
  /** Its bar chart, when it has one. */
  readonly chart?: RenderedChart;
}

// Keyed by the core's answer object: an answer the core keeps and gives again (the same question
// in another chat names its province) is the same object, so its rendering is too. Weak: what the
// core forgets is forgotten here. Rendering is a pure function of the answer, so nothing here ever
// needs clearing. It pays: the HTML takes 0.03–0.07 ms an answer, a chart's PNG about 10 ms.
const renderings = new WeakMap<Answer, RenderedAnswer>();

// A comparison's answer depends on the conversation (what it compares, in which year), so the
// same picture comes from many answer objects: on the HTTP bench's realistic mix, 118 charts drawn
// in 20 000 messages were 19 different pictures. Kept by their SVG, 32 at most (10–25 KB each).
const pictures = new LRUCache<string, Buffer>({ max: 32 });

function pictureOf(svg: string): Buffer {
  let png = pictures.get(svg);
  if (!png) pictures.set(svg, (png = svgToPng(svg)));
  return png;
}

/** The answer's messages and chart, rendered once per answer object, each picture drawn once. */
export function renderedAnswer(answer: Answer): RenderedAnswer {
  let rendered = renderings.get(answer);
  if (!rendered) {
    const messages = packMessages(answerParagraphs(answer));
    const chart = answer.series.length ? { png: pictureOf(barChartSvg(answer.series, chartTitle(answer.blocks))), caption: chartCaption(answer) } : undefined;
    rendered = chart ? { messages, chart } : { messages };
    renderings.set(answer, rendered);
  }
  return rendered;
}
