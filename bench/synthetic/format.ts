/**
 * Figures written the way Vietnamese articles write them: "." groups thousands ("1.837",
 * "312.000"), "," is the decimal mark ("99,7%"), millions in words ("1,2 triệu", "2 triệu"),
 * ranks and ratios with a slash ("10/63", "03/09").
 */

/** A whole number with "." between groups of three digits: 1837 → "1.837", 996 → "996". */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A percentage with up to `decimals` digits after a decimal comma: (99.7, 1) → "99,7%", (95, 1) → "95%". */
export function formatPercent(value: number, decimals: number): string {
  const fixed = value.toFixed(decimals);
  return `${(fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed).replace(".", ",")}%`;
}

/** Millions in words with one decimal when it is not zero: 1.2 → "1,2 triệu", 2 → "2 triệu". */
export function formatMillions(millions: number): string {
  const tenths = Math.round(millions * 10);
  return `${tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1).replace(".", ",")} triệu`;
}

/** "x/y", the x padded to two digits when `padded` ("03/09"), as some articles write it. */
export function formatRatio(x: number, y: number, padded = false): string {
  const pad = (n: number) => (padded && n < 10 ? `0${n}` : String(n));
  return `${pad(x)}/${pad(y)}`;
}
