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
  /** The span of a plan named before it ("Kế hoạch số 170 … giai đoạn 2022-2025"): no figure's period. */
  readonly plan?: boolean;
}

const PERIOD = new RegExp(
  [
    String.raw`(?:\d{1,2}|chín|tám|sáu) tháng (?:đầu |cuối )?năm \d{4}`,
    String.raw`(?:quý|Quý) (?:I{1,3}|IV|[1-4])(?:\/| năm )\d{4}`,
    String.raw`(?:6|sáu) tháng (?:đầu|cuối) năm \d{4}`,
    String.raw`(?:hết |cuối )?tháng \d{1,2}[\/-]\d{4}`,
    String.raw`(?:hết |cuối )?tháng \d{1,2} năm \d{4}`,
    String.raw`giai đoạn \d{4}\s?[-–]\s?\d{4}`,
    String.raw`(?:hết |cuối |đầu )?năm \d{4}`,
    String.raw`(?<=(?:[Tt]ính |[Đđ]ến |[Tt]rong )(?:đến )?)\d{1,2}\/\d{4}`,
  ].join("|"),
  "giu",
);

// A plan, programme or decision named, its clause running on to the span after it.
const PLAN = /(?<![\p{L}])(?:kế hoạch|chương trình|đề án|chiến lược|nghị quyết|quyết định|dự án)(?![\p{L}])[^.;:]*$/iu;

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
      // ("trong khi cùng kỳ năm 2023 chỉ 39,8%": the same time of an earlier year is a base too.)
      comparison: /(?:so(?:\s+với)?(?:\s+cùng\s+kỳ)?|so\s+với(?:\s+[\p{L}]+){1,3}|(?<=[\p{L},]\s+)cùng\s+kỳ|gấp(?:\s+(?:gần|hơn|khoảng))?\s+(?:đôi|rưỡi|ba|bốn|\d+(?:,\d+)?\s+lần)(?:\s+so\s+với)?)\s+$/iu.test(before),
      ...(/^giai đoạn/iu.test(m[0]) && PLAN.test(text.slice(Math.max(0, start - 160), start)) ? { plan: true } : {}),
    });
  }
  return out;
}

// "Một năm sau", "năm sau đó", "năm tiếp theo", "năm trước đó": a year said from the one before.
const RELATIVE = /(?<![\p{L}])(?:(?:một|1) năm sau(?: đó)?|năm sau đó|năm tiếp theo|sau đó một năm|năm kế tiếp|năm trước đó)(?![\p{L}])/giu;

// "Trong 11 tháng, …", "Riêng tháng 11 …", "6 tháng đầu năm" with no year: a part of the year
// last stated; not a length of time ("Sau 03 tháng thử nghiệm").
const YEARLESS = /(?<=(?:^|[\s,(])(?:[Tt]rong|[Rr]iêng|[Tt]ính chung|[Ll]ũy kế|[Qq]ua|[Hh]ết|[Đđ]ến hết|[Tt]ới hết|[Tt]háng)\s)(?:(?:\d{1,2}|chín|tám|sáu) tháng(?: (?:đầu|cuối) năm| qua| vừa qua)?|tháng \d{1,2})(?![\d/-]|\s*(?:năm\s*|\/\s*)?\d{4}|\s+(?:đầu|cuối)\s+năm\s+\d{4}|\s+(?:thử nghiệm|triển khai|vận hành|hoạt động))/giu;

/**
 * The periods a text states relative to the year last stated before it ("Một năm sau, điểm số lên
 * 0,33" after "năm 2020"), and the parts of a year it names without one ("Trong 11 tháng, có
 * 264.900 giao dịch", "Riêng tháng 11 ghi nhận …") as of the year its paragraph last stated: the
 * phrase as written, the year worked out.
 */
export function relativePeriodsIn(text: string, lastYear: number | null, paragraphYear: number | null = lastYear): PeriodMention[] {
  if (lastYear === null) return [];
  const relative = [...text.matchAll(RELATIVE)].map((m) => {
    const year = lastYear + (/trước/iu.test(m[0]) ? -1 : 1);
    const start = m.index ?? 0;
    return { text: `${m[0]} (năm ${year})`, start, end: start + m[0].length, year, horizon: false, comparison: false };
  });
  // (Of its paragraph's year only: across paragraphs, the year talked about is not sure.)
  const parts = paragraphYear === null ? [] : [...text.matchAll(YEARLESS)]
    .filter((m) => Number(/\d+/.exec(m[0])?.[0] ?? 6) <= 12)
    .map((m) => {
      const start = m.index ?? 0;
      // ("từ đầu năm đến hết tháng 11" is the 11 months to its end.)
      const cumulative = /^tháng/iu.test(m[0]) && /từ đầu năm (?:đến|tới)(?: hết)?\s+$/iu.test(text.slice(Math.max(0, start - 30), start));
      const said = cumulative ? `${/\d+/.exec(m[0])![0]} tháng` : m[0];
      return { text: `${said} năm ${paragraphYear}`, start, end: start + m[0].length, year: paragraphYear, horizon: false, comparison: false };
    });
  return [...relative, ...parts];
}
