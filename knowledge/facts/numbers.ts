/** A figure as written and what it is worth. */
export interface ParsedNumber {
  /** Numeric value: "1.837" → 1837, "99,7" → 99.7, "1,2 triệu" → 1 200 000, "10/63" → 10. */
  readonly value: number;
  /** The y of "x/y" (ranks "10/63", ratios "159/163", "03/09"), else null. */
  readonly outOf: number | null;
  readonly percent: boolean;
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
  nghìn: 1e3, ngàn: 1e3, nghin: 1e3, ngan: 1e3,
  triệu: 1e6, trieu: 1e6,
  tỷ: 1e9, tỉ: 1e9, ty: 1e9, ti: 1e9,
};

/**
 * Value of one number in Vietnamese notation: "." groups thousands ("1.837", "312.000"), ","
 * is the decimal mark ("99,7", "1,2"). A "." not followed by groups of exactly three digits is
 * read as a decimal point, as in "4.0". Returns null for anything else.
 */
export function parseVietnameseNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  if (/^\d+(?:,\d+)?$/.test(t)) return Number(t.replace(",", "."));
  if (/^\d+\.\d+$/.test(t)) return Number(t);
  return null;
}

/**
 * Parses a figure token: a number with an optional "/y", "%" and multiplier word
 * ("2 triệu", "1,2 triệu", "99,7%", "10/63", "03/09"). Returns null when it is not one.
 */
export function parseFigure(raw: string): ParsedNumber | null {
  const m = /^(\d[\d.,]*)(?:\s?\/\s?(\d[\d.,]*))?(\s?%)?(?:\s+(\p{L}+))?$/u.exec(raw.trim());
  if (!m) return null;
  const base = parseVietnameseNumber(m[1]!);
  if (base === null) return null;
  const outOf = m[2] !== undefined ? parseVietnameseNumber(m[2]) : null;
  if (m[2] !== undefined && outOf === null) return null;
  let value = base;
  if (m[4] !== undefined) {
    const factor = MULTIPLIERS[m[4].toLowerCase()];
    if (factor === undefined) return null;
    value = Math.round(base * factor * 1e6) / 1e6;
  }
  return { value, outOf, percent: m[3] !== undefined };
}
