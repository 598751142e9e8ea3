/**
 * Every user-facing string of the bot in Vietnamese. Functions take the parts they need; nothing
 * else in bot/ writes prose. `en.ts` has the same shape.
 */
import type { FigureKind } from "../../knowledge/index.js";

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
const comparisonTitle = (measure: string) => `So sánh ${measure}`;
const rankingTitle = (measure: string) => `Xếp theo ${measure}, trong các tỉnh có bài viết`;

export const vi = {
  /** What a reply names when the question names no topic. */
  anyTopic: "chuyển đổi số",
  thisTopic: "số liệu này",
  figuresOn: (measure: string) => `số liệu về ${measure}`,
  definitionNote: "Đây là giải thích chung, không trích từ bài viết; số liệu thì tôi luôn trích nguyên văn kèm nguồn.",
  headlineFigures: "các số liệu nổi bật",
  greeting: (provinces: readonly string[], topics: readonly string[]) =>
    `Xin chào! Tôi là trợ lý số liệu chuyển đổi số. Tôi trả lời bằng con số trích nguyên văn từ bài viết có nguồn.\n` +
    `Hiện tôi có số liệu về: ${list(provinces)}.\nChủ đề: ${list(topics)}.\nBạn có thể hỏi, ví dụ:`,
  thanks: "Không có gì ạ! Bạn cần thêm số liệu nào cứ hỏi nhé.",
  help: (provinces: readonly string[], topics: readonly string[]) =>
    `Tôi tìm số liệu chuyển đổi số của các tỉnh trong các bài viết đã có và trích nguyên văn câu chứa số liệu, kèm nguồn.\n` +
    `Tỉnh có dữ liệu: ${list(provinces)}.\nChủ đề: ${list(topics)}.\n` +
    `Bạn có thể hỏi một con số, xin tóm tắt một tỉnh, so sánh hai tỉnh, hỏi tỉnh nào dẫn đầu, hoặc hỏi "nguồn?" sau một câu trả lời. Ví dụ:`,
  examples: (p1: string, p2: string) => [
    `${p1} có bao nhiêu dịch vụ công trực tuyến?`,
    `Chuyển đổi số ở ${p2} ra sao?`,
    `So sánh tỷ lệ dùng điện thoại thông minh ${p1} và ${p2}`,
  ],
  noData: (asked: readonly string[], available: readonly string[]) =>
    `Tôi chưa có bài viết nào về ${list(asked)} nên không có số liệu để trả lời. ` +
    `Hiện tôi có số liệu về: ${list(available)}.`,
  noFigure: (place: string, measure: string) => `Các bài viết tôi có về ${place} không nêu ${measure}.`,
  /** What the articles do state near the measure asked, by what each measures (never a figure). */
  related: (measures: readonly string[]) => `Các bài viết có nêu: ${list(measures)}.`,
  yearMissing: (place: string, measure: string, when: string) => `Các bài viết tôi có không có số liệu ${when} về ${measure} của ${place}.`,
  yearUnstated: (year: number) => `Lưu ý: bài viết không nói rõ số liệu này là của năm ${year} hay thời điểm khác.`,
  nearestYear: "Số liệu gần nhất trong bài viết:",
  /** A yes/no question answered: yes, no, or the articles do not say. */
  yes: "Có.",
  no: "Chưa.",
  /** "No" to a question that is not about time ("… có cao hơn cả nước không"). */
  not: "Không.",
  /** A figure the asker proposed, confirmed or not. */
  right: "Đúng.",
  notRight: "Không đúng.",
  goalOnly: (place: string) => `Chưa có kết quả trong các bài viết tôi có về ${place}; bài viết chỉ nêu mục tiêu:`,
  /** A district's or commune's figure stands where the province's is asked. */
  onlyLocal: (place: string) => `Các bài viết chỉ có số liệu này của ${place}.`,
  noProvinceFigure: (province: string, measure: string, place: string) => `Các bài viết tôi có không nêu ${measure} của toàn tỉnh ${province}; số liệu của ${place}:`,
  onlyResult: "Bài viết chỉ nêu kết quả đã đạt, không nêu mục tiêu.",
  /** A total asked, each of its kinds counted apart in the article. */
  onlyParts: "Bài viết chỉ nêu riêng từng loại:",
  totalOf: (measure: string) => `tổng ${/^số /u.test(measure) ? measure : `số ${measure}`}`,
  somePlace: "một địa phương trong tỉnh",
  /** A measure's level in two years, from the older to the newer. */
  trend: (province: string, older: string, olderPeriod: string, newer: string, newerPeriod: string, up: boolean) =>
    `${province} ${up ? "tăng" : "giảm"} từ ${older}${olderPeriod ? ` (${olderPeriod})` : ""} ${up ? "lên" : "xuống"} ${newer}${newerPeriod ? ` (${newerPeriod})` : ""}.`,
  /** The same level in two years ("dẫn đầu" in 2022 and 2023). */
  steady: (province: string, level: string, olderPeriod: string, newerPeriod: string) =>
    `${province} giữ nguyên ${level}${olderPeriod && newerPeriod ? ` (${olderPeriod} và ${newerPeriod})` : ""}.`,
  offTopic: () =>
    `Xin lỗi, tôi chỉ trả lời về số liệu chuyển đổi số của các tỉnh (dịch vụ công trực tuyến, kinh tế số, xã hội số, hạ tầng số…). Bạn thử hỏi:`,
  clarify: (suggestions: readonly string[]) =>
    `Bạn muốn hỏi số liệu của tỉnh nào, về chủ đề gì? Ví dụ: ${suggestions.map((s) => `“${s}”`).join("; ")}.`,
  clarifyProvince: (measure: string, provinces: readonly string[]) =>
    `Bạn muốn hỏi ${measure} của tỉnh nào? Tôi có số liệu về chủ đề này ở: ${list(provinces)}.`,
  tooLong: (max: number) => `Tin nhắn dài quá (tối đa ${max} ký tự). Bạn hỏi ngắn gọn hơn nhé.`,
  /** Said by every channel when one chat sends more messages than the service's limit. */
  chatLimited: (seconds: number) => `Bạn gửi nhanh quá. Vui lòng đợi khoảng ${seconds} giây rồi hỏi tiếp nhé.`,
  /** Said for a request the service cannot read (web API), and for its own failures. */
  badRequest: "Yêu cầu không hợp lệ.",
  serverError: "Xin lỗi, máy chủ gặp sự cố. Bạn thử lại sau ít phút nhé.",
  /** A district's or commune's figure, named with its province: "xã Gia Phú (Lào Cai)". */
  localPlace: (place: string, province: string) => `${place} (${province})`,
  inRegion: "trong khu vực",
  /** A national figure quoted in an article on a province: where it holds. */
  wholeCountry: (province: string) => `Cả nước (bài viết về ${province})`,
  /** The country as a place the articles say nothing of. */
  theCountry: "cả nước",
  /** A measure at a time before the one given. */
  beforeThat: (measure: string) => `${measure} ở thời điểm trước đó`,
  targetLabel: "mục tiêu",
  /** A rank as shown when the article's own words are not at hand. */
  rank: (raw: string) => `hạng ${raw}`,
  dti: "chỉ số chuyển đổi số (DTI)",
  pillarIndex: (pillar: string) => `trụ cột ${pillar}`,
  also: "Bài viết còn nêu:",
  conflict: (n: number) => `Lưu ý: ${n} bài viết nêu số liệu khác nhau cho cùng chỉ tiêu này; số mới nhất ở trên, số còn lại bên dưới.`,
  overviewHeadline: (province: string, pillar: string | null) =>
    pillar ? `${province} — ${pillar}: các số liệu nổi bật` : `${province} — chuyển đổi số qua các con số:`,
  pillar: (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`,
  /** What a comparison's chart shows; its headline is the same, announcing the lines under it. */
  comparisonTitle,
  comparisonHeadline: (measure: string) => `${comparisonTitle(measure)}:`,
  comparisonMissing: (province: string, measure: string) => `${province}: các bài viết không nêu ${measure}.`,
  comparisonPeriodsDiffer: "Lưu ý: các số liệu ở những thời điểm khác nhau nên chỉ so sánh tương đối.",
  comparisonDefinitionsDiffer: "Lưu ý: cách tính của các bài viết không hoàn toàn giống nhau (xem nguyên văn bên dưới).",
  comparisonGoalAndResult: "Lưu ý: có số liệu là mục tiêu, không phải kết quả đã đạt.",
  /** Which of two figures is ahead; `gap` worked out from two exact figures, else null. */
  comparisonAhead: (ahead: string, behind: string, kind: FigureKind, gap: string | null) =>
    `→ ${ahead} ${kind === "count" ? "nhiều hơn" : "cao hơn"} ${behind}${gap ? ` (chênh ${gap}${kind === "percent" ? " điểm phần trăm" : ""}, tính từ hai số liệu trên)` : ""}.`,
  /** A rank ahead of another; `places` apart where both are exact ranks out of the same number. */
  comparisonRankedAbove: (ahead: string, behind: string, places: number | null) => `→ ${ahead} xếp trên ${behind}${places ? ` ${places} bậc (tính từ hai số liệu trên)` : ""}.`,
  comparisonEven: (a: string, b: string) => `→ ${a} và ${b} ngang nhau.`,
  rankingTitle,
  rankingHeadline: (measure: string) => `${rankingTitle(measure)}:`,
  rankingCaveat: (n: number) => `Chỉ gồm ${n} tỉnh có bài viết trong kho; các tỉnh khác chưa có dữ liệu.`,
  rankingLeftOut: (names: string) => `Không tính ${names}, như bạn yêu cầu.`,
  /** After a ranking of one year's ranks: the provinces' later ones. */
  newerRanks: (year: number) => `Số liệu sau năm ${year}`,
  rankingYearMissing: (year: number) => `Lưu ý: các bài viết không có số liệu năm ${year}; đây là số liệu gần nhất của mỗi tỉnh.`,
  comparisonYearMissing: (year: number) => `Lưu ý: không phải số liệu nào ở đây cũng là của năm ${year}; mỗi số liệu ghi kèm thời điểm của nó.`,
  rankingNone: (measure: string) => `Các bài viết tôi có không nêu số liệu so sánh được về ${measure}.`,
  /** When the figure just given holds, or that its article does not say. */
  periodOf: (period: string) => `Số liệu này là của: ${period}.`,
  numberIs: (n: string) => `Con số ${n} trong các bài viết:`,
  numberUnknown: (n: string, place: string | null) => `Các bài viết tôi có${place ? ` về ${place}` : ""} không có con số ${n}.`,
  placeIsProvince: (province: string) => `Số liệu này là của toàn tỉnh ${province}.`,
  placeIsLocal: (place: string, province: string) => `Số liệu này là của riêng ${place} (${province}), không phải toàn tỉnh.`,
  placeIsCountry: "Số liệu này là của cả nước, không phải của riêng tỉnh nào.",
  placeIsRegion: "Số liệu này là thứ hạng trong khu vực, không phải cả nước.",
  periodUnstated: (published: string | null) => `Câu chứa số liệu này không nêu thời điểm${published ? ` (bài viết đăng ${published})` : ""}.`,
  /** A province's pillars ordered by their ranks or scores. */
  pillarsHeadline: (place: string, by: string, year: number | null) => `Các trụ cột chuyển đổi số của ${place} theo ${by}${year ? ` (năm ${year})` : ""}:`,
  pillarsBest: (pillar: string, lowest: boolean) => `→ ${lowest ? "Thấp nhất" : "Cao nhất"}: ${pillar}.`,
  pillarsByRank: "thứ hạng",
  pillarsByScore: "điểm",
  pillarsNone: (place: string, by: string) => `Các bài viết tôi có về ${place} không nêu ${by} của từng trụ cột.`,
  articlesHeadline: (place: string) => `Các bài viết tôi có về ${place}:`,
  /** An article as it states itself: its title, then byline, publisher and date where it gives them. */
  articleLine: (title: string, author: string | null, source: string | null, date: string | null) => {
    const said = [author, source, date ? `đăng ${date}` : null].filter(Boolean).join(", ");
    return `“${title}” — ${said || "bài viết không ghi tác giả, nơi đăng hay ngày đăng"}`;
  },
  sourcesHeadline: "Nguồn của câu trả lời trước:",
  sourcesNone: "Chưa có câu trả lời nào có nguồn để xem lại. Bạn hỏi một số liệu trước nhé.",
  moreNone: "Tôi không còn số liệu nào khác về chủ đề này.",
  moreNoContext: "Bạn muốn xem chi tiết về tỉnh nào, chủ đề gì? Hãy hỏi một số liệu trước, ví dụ “Lào Cai có bao nhiêu dịch vụ công trực tuyến?”.",
  moreHeadline: (province: string) => `Thêm số liệu về ${province}:`,
  listHeadline: "Các tỉnh có dữ liệu:",
  listLine: (province: string, facts: number, articles: number) => `${province}: ${facts} số liệu từ ${articles} bài viết`,
  merger: (former: string, current: string) =>
    `Ghi chú: bài viết nói về tỉnh ${former} cũ; từ 1/7/2025 ${former} là một phần của tỉnh ${current}.`,
  renamed: (former: string, current: string) => `Ghi chú: từ 1/7/2025, ${former} là ${current}.`,
  mergedInto: (asked: string, formers: readonly string[]) =>
    `Từ 1/7/2025, ${asked} gồm cả ${list(formers)}; số liệu dưới đây lấy từ bài viết về các tỉnh cũ này.`,
  /** The label of an answer's sources (plain text puts a colon after it). */
  sourcesLabel: "Nguồn",
  suggestion: {
    more: "Chi tiết hơn",
    sources: "Nguồn?",
    overview: (p: string) => `Tóm tắt ${p}`,
    /** A question about a figure the articles state, offered when the one asked is missing. */
    ask: (province: string, measure: string) => `${province}: ${measure}?`,
  },
};

/** The shape every language's messages share. */
export type Messages = typeof vi;
