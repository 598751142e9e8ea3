/** A period or date phrase as written in a sentence. */
export interface PeriodMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Latest year the phrase names, for recency. */
  readonly year: number | null;
  /** A goal's horizon: "đến năm 2025", "định hướng đến năm 2030" (not "tính đến"). */
  readonly horizon: boolean;
  /** A comparison's base: "so với năm 2020", "so cùng kỳ năm 2021". */
  readonly comparison: boolean;
}

const PERIOD = new RegExp(
  [
    String.raw`(?:\d{1,2}|chín|tám|sáu) tháng (?:đầu |cuối )?năm \d{4}`,
    String.raw`(?:quý|Quý) (?:I{1,3}|IV|[1-4])(?:\/| năm )\d{4}`,
    String.raw`(?:6|sáu) tháng (?:đầu|cuối) năm \d{4}`,
    String.raw`(?:hết |cuối )?tháng \d{1,2}[\/-]\d{4}`,
    String.raw`giai đoạn \d{4}\s?[-–]\s?\d{4}`,
    String.raw`(?:hết |cuối |đầu )?năm \d{4}`,
    String.raw`(?<=(?:[Tt]ính |[Đđ]ến |[Tt]rong )(?:đến )?)\d{1,2}\/\d{4}`,
  ].join("|"),
  "giu",
);

/** Every period phrase in a text, in order: "8 tháng đầu năm 2023", "tháng 9/2022", "năm 2021". */
export function periodsIn(text: string): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const years = [...m[0].matchAll(/\d{4}/g)].map((y) => Number(y[0]));
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 24), start);
    out.push({
      text: m[0],
      start,
      end: start + m[0].length,
      year: years.length ? Math.max(...years) : null,
      horizon: /(?:đến|tới)\s+(?:hết\s+)?$/iu.test(before) && !/tính\s+(?:đến|tới)\s+(?:hết\s+)?$/iu.test(before),
      comparison: /so(?:\s+với)?(?:\s+cùng\s+kỳ)?\s+$/iu.test(before),
    });
  }
  return out;
}
