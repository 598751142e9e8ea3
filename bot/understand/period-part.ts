import { foldText } from "../../knowledge/index.js";

/** A part of a year asked or stated: "quý III", "11 tháng", "6 tháng đầu năm", "tháng 11", "cả năm". */
export interface PeriodPart {
  /** What compares: "q3", "11t", "6tc" (the last six months), "m11", "full". */
  readonly key: string;
  /** In words, for replies: "quý III", "11 tháng", "6 tháng đầu", "cả năm". */
  readonly text: string;
  /** The folded words that named it, as typed. */
  readonly words: readonly string[];
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const SPELLED: Record<string, number> = { sau: 6, chin: 9, tam: 8, bay: 7, ba: 3, hai: 2, muoi: 10 };

// "quý III", "quý 2"; "11 tháng", "6 tháng đầu", "sáu tháng cuối"; "tháng 11" (of a year: "/2024",
// "năm 2024" after it); "cả năm", "nguyên năm", "trọn năm". Read in folded text.
const PART = /(?<![\p{L}\d])(?:quy\s+(iv|iii|ii|i|[1-4])|(\d{1,2}|sau|chin|tam|bay)\s+thang(?:\s+(dau|cuoi))?|thang\s+(\d{1,2})(?=\s*(?:\/|-|nam)\s*\d{4})|(?:ca|nguyen|tron)\s+nam)(?![\p{L}])/u;

/** The part of a year a text names, or null for a whole year or none. */
export function periodPart(text: string): PeriodPart | null {
  const folded = foldText(text).toLowerCase();
  const m = PART.exec(folded);
  if (!m) return null;
  const words = m[0].split(/\s+/);
  if (m[1]) {
    const quarter = ROMAN[m[1]] ?? Number(m[1]);
    return { key: `q${quarter}`, text: `quý ${["I", "II", "III", "IV"][quarter - 1]}`, words };
  }
  if (m[2]) {
    const months = SPELLED[m[2]] ?? Number(m[2]);
    // (Twelve months are the year; the last six months are not the first.)
    if (months >= 12) return null;
    return { key: `${months}t${m[3] === "cuoi" ? "c" : ""}`, text: `${months} tháng${m[3] === "cuoi" ? " cuối" : m[3] === "dau" ? " đầu" : ""}`, words };
  }
  // ("tính đến tháng 9/2022" asks what stood by then, of any part of the year.)
  if (m[4]) return /(?:den|toi|het|cuoi)\s+$/.test(folded.slice(0, m.index)) ? null : { key: `m${Number(m[4])}`, text: `tháng ${Number(m[4])}`, words };
  return { key: "full", text: "cả năm", words };
}

/**
 * True when a figure stated for `period` is of the part of the year asked: any, when none is
 * asked; a whole year's (no part named) for "cả năm"; else the same part.
 */
export function fitsPart(asked: PeriodPart | null, period: string | null): boolean {
  if (!asked) return true;
  const stated = period ? periodPart(period) : null;
  return asked.key === "full" ? !stated || stated.key === "full" : stated?.key === asked.key;
}

/** True when a figure is of the year asked and, when one is asked, of its part. */
export function ofTimeAsked(q: { readonly year: number | null; readonly part: PeriodPart | null }, f: { readonly year: number | null; readonly period: string | null }): boolean {
  return f.year === q.year && fitsPart(q.part, f.period);
}
