/** Words that state a goal; "đến năm 2025" is a goal's horizon unless it is "tính đến năm 2025". */
const GOAL = /phấn đấu|mục tiêu|kế hoạch đề ra|chỉ tiêu đề ra|đề ra chỉ tiêu|hướng tới|định hướng đến|dự kiến|sẽ đạt|(?<![Tt]ính )đến (?:hết )?năm 20\d\d/giu;

/** A goal named right before its figure: "vượt chỉ tiêu 50%", "vượt kế hoạch đề ra là 85%", "chỉ tiêu năm là 50%", "vượt kế hoạch năm 2024 (50%)", "(kế hoạch là 80%)". */
const BEATEN = /(?<![\p{L}])(?:(?:(?:vượt|đạt|so với)\s+(?:chỉ tiêu|kế hoạch|mục tiêu))|chỉ tiêu|mục tiêu|kế hoạch(?=(?:\s+năm(?:\s+\d{4})?)?\s+(?:là|ở mức)\s))(?:\s+(?:đề ra|của tỉnh|của thành phố|năm \d{4}|năm|được giao|Trung ương giao))*(?:\s+(?:là|ở mức))?(?:\s+|\s*\(\s*)(?=\d)(?!(?:19|20)\d\d(?![\d%]|[.,]\d))/giu;

// A figure, a colon, then a description opening on a goal's word.
const DESCRIBED_GOAL = /[\d.,]+\s*%?\s*:\s*(?:chỉ tiêu|mục tiêu|phấn đấu|kế hoạch)(?![\p{L}])/giu;

/** Words that state a result, ending a goal carried over from the sentence before. */
export const ACHIEVED = /(?<![\p{L}])(?<!so với )(?:đã|hiện có|hiện nay|đến nay|hiện tại|tính đến|lũy kế|thực hiện được)(?![\p{L}])/iu;

/**
 * A sentence opening with a place that has so many of something ("An Giang có 10 doanh nghiệp,
 * hợp tác xã …", "Toàn tỉnh có 3.126 trạm BTS") says what there is: a result, whatever goal the sentence before announced.
 */
export const HAS_NOW = /^(?:(?:(?:Tỉnh|Thành phố|TP\.?)\s+)?\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}|Toàn tỉnh|Toàn thành phố|Cả tỉnh)\s+(?:hiện\s+)?có\s+(?:hơn\s+|trên\s+|gần\s+|khoảng\s+)?\d/u;

const RESULT_AFTER = /[,;]\s[^,;]*?(?<![\p{L}])(?:đã|hiện có|đến nay|hiện tại|thời gian qua|mới đạt|mới chỉ đạt|chỉ mới đạt|mới chiếm)(?![\p{L}])/u;

/** Where a sentence states goals. */
export interface GoalSpans {
  /** [start, end) offsets of the text whose figures are goals. */
  readonly spans: readonly (readonly [number, number])[];
  /** True when a goal runs to the sentence's end: the paragraph's next sentences may go on listing goals. */
  readonly open: boolean;
}

/**
 * The parts of a sentence that state goals. A goal phrase makes the figures after it goals, to
 * the sentence's end ("phấn đấu đến năm 2025, tối thiểu 80% …; phát triển kinh tế số đạt 10%
 * GRDP"), except inside brackets, where it names the goal a result is measured against and holds
 * for the next figure only: "đạt 96% (vượt mục tiêu … là 85%, gấp 2 lần …)" has one goal, 85%.
 */
export function goalSpans(text: string): GoalSpans {
  const spans: [number, number][] = [];
  let open = false;
  // "- 70%: chỉ tiêu tỷ lệ hồ sơ nộp trực tuyến đến năm 2025": a figure described after a colon
  // as a goal is one.
  for (const m of text.matchAll(DESCRIBED_GOAL)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  // "đạt 54,3%, vượt chỉ tiêu 50% …": the figure right after names the goal a result beat.
  for (const m of text.matchAll(BEATEN)) {
    const end = (m.index ?? 0) + m[0].length;
    const figure = /^[\d.,]+\s*%?/u.exec(text.slice(end));
    if (figure) spans.push([m.index ?? 0, end + figure[0].length]);
  }
  for (const m of text.matchAll(GOAL)) {
    const at = m.index ?? 0;
    if (spans.some(([s, e]) => at >= s && at < e)) continue;
    // "Đến năm 2023 đã lên 46,7%": by a year, what has been reached is a result.
    if (/^đến/iu.test(m[0]) && /^[^\d;]{0,30}?(?<![\p{L}])đã(?![\p{L}])/u.test(text.slice(at + m[0].length))) continue;
    // "Đến hết năm 2023, … đạt 82,4% (năm 2022 đạt 76,1%), đạt 103% kế hoạch": a year-end measured
    // against its plan or the year before is reached.
    if (/^đến/iu.test(m[0]) && !GOAL_WORD.test(text) && MEASURED.test(text.slice(at))) continue;
    const bracket = openBracketBefore(text, at);
    if (bracket) {
      const close = text.indexOf(")", at);
      const stop = close < 0 ? text.length : close;
      // The first figure after the phrase, then the comma or bracket that ends its phrase.
      const digit = text.slice(at, stop).search(/\d/);
      const comma = digit < 0 ? -1 : text.slice(at + digit, stop).search(/[,;]/);
      spans.push([at, comma < 0 ? stop : at + digit + comma]);
    } else {
      // A result stated after the goal, past a comma, ends it: "Đặt mục tiêu top 10 …, thời gian
      // qua Kiên Giang đã tập trung …, cung cấp 100% dịch vụ công trực tuyến".
      const rest = text.slice(at);
      const result = RESULT_AFTER.exec(rest);
      spans.push([at, result ? at + result.index : text.length]);
      open ||= !result;
    }
  }
  return { spans: withoutResults(text, spans), open };
}

// A goal's own words, beside a year's horizon.
const GOAL_WORD = /phấn đấu|mục tiêu|kế hoạch đề ra|chỉ tiêu đề ra|đề ra chỉ tiêu|hướng tới|dự kiến|sẽ đạt/iu;

// A result measured against its plan or an earlier time: "đạt 103% kế hoạch", "so với năm 2022",
// "(năm 2022 đạt 76,1%)".
const MEASURED = /(?<![\p{L}])(?:đạt|bằng)\s+[\d.,]+\s*%\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu)|vượt (?:kế hoạch|chỉ tiêu)|so với (?:cùng kỳ|năm trước|năm ngoái|năm 20\d\d|đầu năm)|\(\s*(?:năm\s+)?20\d\d\s+(?:đạt|là)/iu;

// The goal's words, looked for in one bracket (without the global flag's state).
const GOAL_IN = new RegExp(GOAL.source, "iu");

// A bracket stating what was reached, "(năm 2023 đạt 6,8%)", "(hiện đạt 52%)": a result inside a goal.
const RESULT_BRACKET = /^\(\s*(?:(?:năm|tính đến|đến)\s+(?:năm\s+)?\d{4}|hiện(?: nay| tại)?|đến nay)\b[^()]*?(?<![\p{L}])đạt(?![\p{L}])/iu;

// The goal spans with such brackets cut out of them: "đến năm 2025, kinh tế số chiếm 10% GRDP
// (năm 2023 đạt 6,8%)" has one goal, 10%, and one result.
function withoutResults(text: string, spans: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of spans) {
    let start = from;
    for (const m of text.slice(from, to).matchAll(/\([^()]*\)/gu)) {
      const at = from + (m.index ?? 0);
      if (!RESULT_BRACKET.test(m[0]) || GOAL_IN.test(m[0])) continue;
      out.push([start, at]);
      start = at + m[0].length;
    }
    out.push([start, to]);
  }
  return out;
}

function openBracketBefore(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === "(") depth += 1;
    else if (text[i] === ")") depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
