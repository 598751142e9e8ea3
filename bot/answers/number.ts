import { foldedWords, parseVietnameseNumber, type Fact } from "../../knowledge/index.js";
import { AnswerBuilder } from "../compose.js";
import { displayName } from "../describe.js";
import type { Reply, Turn } from "../turn.js";
import { scaleOf } from "../understand/question.js";
import { suggestionsAfterFigure } from "./figure.js";

// A number typed stands for a few figures at most: said each, with what it measures.
const SAID = 3;

/**
 * "số 1.683 là số gì": each figure of these provinces' articles written with the number typed
 * (as written, "1,3" of "1,3 triệu", or with its scale, "1,3 triệu" of "1,3 triệu"), with what
 * it measures and its source; or that the articles have no such number.
 */
export function answerNumber(t: Turn, provinces: readonly string[]): Reply {
  const b = new AnswerBuilder(t.knowledge, t.m);
  const n = t.q.asksNumber!;
  const shown = provinces.flatMap((p) => t.knowledge.factsOf(p)).filter((f) => f.kind !== "year" && f.kind !== "date" && writtenAs(f, n)).slice(0, SAID);
  const typed = t.q.text.match(/\d[\d.,]*\d|\d/u)?.[0] ?? String(n);
  if (!shown.length) {
    // (Looked for in every article, none is named.)
    const every = provinces.length === t.knowledge.coverage().length;
    b.setHeadline(t.m.numberUnknown(typed, every ? null : provinces.map(displayName).join(", ")));
    return { answer: b.build(t.q.text, "nodata", provinces, []), provinces };
  }
  b.setHeadline(t.m.numberIs(typed));
  for (const f of shown) b.figureLine(b.statement(f));
  const first = shown[0]!;
  return { answer: b.build(t.q.text, "figure", [first.province], suggestionsAfterFigure(t, first.province)), provinces: [first.province], shown, year: first.year };
}

/** True when a figure is written with the number: as its digits say, or with its scale. */
export function writtenAs(f: Fact, n: number): boolean {
  const digits = /\d[\d.,]*/u.exec(f.raw)?.[0];
  const written = digits === undefined ? null : parseVietnameseNumber(digits.replace(/[.,]$/u, ""));
  if (written === null) return false;
  const scaled = written * foldedWords(f.raw).reduce((s, w) => s * scaleOf(w), 1);
  return near(written, n) || near(scaled, n);
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.abs(b) * 1e-9;
