import { foldText, normalizeText } from "../text/index.js";
import { splitSentences } from "./sentences.js";
import { isHeaderRow, isRule, rowCells } from "./table.js";
import type { Block } from "./types.js";

/** A line of an article file with its 1-based number. */
export interface Line {
  readonly text: string;
  readonly line: number;
}

// Page chrome: navigation and counters copied with the article. Folded, whole line.
const CHROME = new Set(
  ["tong luot truy cap", "luot truy cap", "chia se", "in bai", "ban in", "binh luan", "gui binh luan", "theo doi", "quay lai", "tro ve", "trang chu", "lien he"],
);
// Lines after which only related-article lists follow. Folded, whole line.
const TAIL = /^(co the ban quan tam|doc them|xem them|tin lien quan|bai lien quan|bai viet lien quan|tin khac|cac tin khac|tin cung chuyen muc)\s*:?$/;
// Photo credits and captions: "Ảnh: …", "(Nguồn: …)", "… ảnh 1Người dân …".
const CAPTION = /(^|[\s(])(ảnh|nguồn|photo|ảnh minh họa|ảnh minh hoạ)\s*:|\bảnh \d+\p{Lu}|^\(?ảnh minh h/iu;
// A publisher credit on its own line, "(TTXVN)", or opening a paragraph, "(PLVN) - ".
const PUBLISHER_LINE = /^\(([\p{Lu}\d][\p{Lu}\p{Ll}\d&.\s/-]{1,30})\)$/u;
const DATELINE = /^\(([\p{Lu}\d][\p{L}\d&.\s/-]{1,24})\)\s*[-–—]\s*/u;
// "Tiêu Hạ - 09:00, 01/12/2023": a byline with the time and date of publication.
const DATED_BYLINE = /^(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,3})\s*[-–—]\s*(?:\d{1,2}:\d{2},?\s*)?(\d{1,2}\/\d{1,2}\/\d{4})$/u;
const TERMINAL = /[.!?…:;"”»)]\s*$|\.\/\.$/u;
// A list item or a labelled line giving a figure: "- Số trạm 4G: 1.105", "Tỷ lệ …: 82,5%".
const FIGURE_ITEM = /^\s*(?:[-•·+*▪◦–]\s+)?[^:]{3,120}:\s*(?:khoảng|hơn|trên|gần|đạt)?\s*\d[\d.,]*\s*%?(?:\s+[\p{L}/]+){0,4}\s*$/u;

/** Longest line still read as a heading; a longer line without final punctuation is a caption. */
const HEADING_MAX = 120;

/** Result of {@link cleanLines}. */
export interface Cleaned {
  readonly blocks: Block[];
  /** Publisher found in a credit line or dateline, else null. */
  readonly source: string | null;
  /** The byline's name ("Hương Thu"), and the date a byline gives with it ("Tiêu Hạ - 09:00, 01/12/2023"). */
  readonly author: string | null;
  readonly published: string | null;
}

/**
 * Removes page chrome, related-article tails, lines repeating the title, photo captions and
 * credits, and a closing byline; classifies what is left as headings and paragraphs. Kept text
 * is never altered inside a sentence: a paragraph is either kept whole (white space collapsed)
 * or loses only a leading "(PLVN) - " dateline.
 */
export function cleanLines(lines: readonly Line[], title: string | null): Cleaned {
  const titleFolded = title ? foldText(normalizeText(title)) : null;
  const kept: Line[] = [];
  for (const l of lines) {
    const text = normalizeText(l.text);
    if (!text) continue;
    const folded = foldText(text);
    if (TAIL.test(folded)) break;
    if (CHROME.has(folded)) continue;
    if (titleFolded && folded === titleFolded) continue;
    kept.push({ text, line: l.line });
  }

  // A line that appears twice is a caption or a repeated heading, not article prose.
  const counts = new Map<string, number>();
  for (const l of kept) counts.set(foldText(l.text), (counts.get(foldText(l.text)) ?? 0) + 1);

  let source: string | null = null;
  let author: string | null = null;
  let published: string | null = null;
  const blocks: Block[] = [];
  // The table the lines before were rows of, and its header.
  let table: { header: string[] | null } | null = null;
  for (let i = 0; i < kept.length; i++) {
    const l = kept[i]!;
    let text = l.text;
    if ((counts.get(foldText(text)) ?? 0) > 1) continue;
    const credit = PUBLISHER_LINE.exec(text);
    if (credit) {
      source ??= credit[1]!.trim();
      const prev = blocks[blocks.length - 1];
      if (prev && prev.kind === "heading" && isByline(prev.text)) author ??= blocks.pop()!.text;
      continue;
    }
    const dated = DATED_BYLINE.exec(text);
    if (dated) {
      author ??= dated[1]!;
      published ??= dated[2]!;
      continue;
    }
    const dateline = DATELINE.exec(text);
    if (dateline) {
      source ??= dateline[1]!.trim();
      text = text.slice(dateline[0].length);
    }
    if (CAPTION.test(text)) continue;
    // A table's rows are read cell by cell under its header, which is no block of its own.
    const cells = rowCells(text);
    if (!cells) table = null;
    else {
      if (isRule(cells)) continue;
      if (!table && isHeaderRow(cells)) {
        table = { header: cells };
        continue;
      }
      table ??= { header: null };
      const header = table.header;
      blocks.push({ kind: "row", text, line: l.line, cells, ...(header ? { header } : {}) });
      continue;
    }
    // A long line without final punctuation is a caption, unless it holds sentences: then it is
    // prose cut short, as the last paragraph of an excerpt is.
    // (So is a list item giving a figure, "- Số thuê bao di động: 1.020.000", punctuated or not.)
    const terminal = TERMINAL.test(text) || (text.length > HEADING_MAX && splitSentences(text).length > 1) || FIGURE_ITEM.test(text);
    if (!terminal && text.length > HEADING_MAX) continue;
    blocks.push({ kind: terminal ? "paragraph" : "heading", text, line: l.line });
  }
  // A byline closing the article ("Hương Thu") without a credit line after it.
  const last = blocks[blocks.length - 1];
  if (last && last.kind === "heading" && isByline(last.text)) author ??= blocks.pop()!.text;
  return { blocks, source, author, published };
}

// Two to four capitalised words, no digits: a person's name.
function isByline(text: string): boolean {
  return /^(\p{Lu}\p{Ll}*)(\s\p{Lu}\p{Ll}*){1,3}$/u.test(text);
}

/** The first line that is neither empty nor page chrome: where a title would stand. */
export function firstContentLine(lines: readonly Line[]): Line | undefined {
  for (const l of lines) {
    const text = normalizeText(l.text);
    if (text && !CHROME.has(foldText(text))) return { text, line: l.line };
  }
  return undefined;
}

/** True when a line reads as a title: short and without final punctuation. */
export function looksLikeTitle(text: string): boolean {
  const t = normalizeText(text);
  return t.length > 0 && t.length <= 250 && !/[.!?…;]\s*$/u.test(t);
}
