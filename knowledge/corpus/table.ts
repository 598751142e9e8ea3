/**
 * Tables written as text, one row a line and cells parted by "|" (the way portals paste them and
 * Markdown writes them): "Chỉ tiêu | Năm 2022 | Năm 2023" then "Tỷ lệ hồ sơ trực tuyến | 41,2% | 63,8%".
 */

/** The cells of a line written as a table row, trimmed, or null for any other line. */
export function rowCells(text: string): string[] | null {
  if (!text.includes("|")) return null;
  const cells = text.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
  return cells.length >= 2 && cells.filter(Boolean).length >= 2 ? cells : null;
}

/** True for a Markdown table's rule under its header: "|---|:---:|". */
export function isRule(cells: readonly string[]): boolean {
  return cells.every((c) => /^:?-{2,}:?$/.test(c) || !c);
}

// What a header cell may hold besides words: years and the months or quarters of a period
// ("6 tháng đầu năm 2024", "Quý III/2024", "11 tháng").
const PERIOD_NUMBERS = /(?<![\p{N}])(?:(?:19|20)\d\d|\d{1,2}\s+tháng|quý\s+[\dIV]+|tháng\s+\d{1,2})(?![\p{N}])/giu;

/**
 * True for the row heading a table: no cell after the first holds a figure, only words and the
 * periods the columns are of.
 */
export function isHeaderRow(cells: readonly string[]): boolean {
  return cells.slice(1).every((c) => !/\d/.test(c.replace(PERIOD_NUMBERS, "")));
}
