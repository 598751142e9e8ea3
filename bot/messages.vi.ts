/**
 * Every user-facing string of the bot, in Vietnamese (and the English used when a question is
 * asked in English). Functions take the parts they need; nothing else in bot/ writes prose.
 */

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
const listEn = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

export const vi = {
  botName: "Trợ lý số liệu chuyển đổi số",
  /** What a reply names when the question names no topic. */
  anyTopic: "chuyển đổi số",
  thisTopic: "chủ đề này",
  headlineFigures: "các số liệu nổi bật",
  greeting: (provinces: readonly string[], topics: readonly string[]) =>
    `Xin chào! Tôi là trợ lý số liệu chuyển đổi số. Tôi trả lời bằng con số trích nguyên văn từ bài viết có nguồn.\n` +
    `Hiện tôi có số liệu về: ${list(provinces)}.\nChủ đề: ${list(topics)}.\nBạn có thể hỏi, ví dụ:`,
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
  noFigure: (province: string, topic: string) =>
    `Các bài viết tôi có về ${province} không nêu số liệu về ${topic}.`,
  noFigureAnywhere: (topic: string) => `Các bài viết tôi có không nêu số liệu về ${topic}.`,
  offTopic: () =>
    `Xin lỗi, tôi chỉ trả lời về số liệu chuyển đổi số của các tỉnh (dịch vụ công trực tuyến, kinh tế số, xã hội số, hạ tầng số…). Bạn thử hỏi:`,
  clarify: (suggestions: readonly string[]) =>
    `Bạn muốn hỏi số liệu của tỉnh nào, về chủ đề gì? Ví dụ: ${suggestions.map((s) => `“${s}”`).join("; ")}.`,
  clarifyProvince: (topic: string, provinces: readonly string[]) =>
    `Bạn muốn hỏi ${topic} của tỉnh nào? Tôi có số liệu về chủ đề này ở: ${list(provinces)}.`,
  tooLong: (max: number) => `Tin nhắn dài quá (tối đa ${max} ký tự). Bạn hỏi ngắn gọn hơn nhé.`,
  /** Said by every channel when one chat sends more messages than the service's limit. */
  chatLimited: (seconds: number) => `Bạn gửi nhanh quá. Vui lòng đợi khoảng ${seconds} giây rồi hỏi tiếp nhé.`,
  /** Said for a request the service cannot read (web API), and for its own failures. */
  badRequest: "Yêu cầu không hợp lệ.",
  serverError: "Xin lỗi, máy chủ gặp sự cố. Bạn thử lại sau ít phút nhé.",
  figureHeadline: (province: string, figure: string, period: string | null, target: boolean) =>
    `${province}: ${target ? "mục tiêu " : ""}${figure}${period ? ` (${period})` : ""}.`,
  also: "Bài viết còn nêu:",
  conflict: (n: number) => `Lưu ý: ${n} bài viết nêu số liệu khác nhau cho cùng chỉ tiêu này; số mới nhất ở trên, số còn lại bên dưới.`,
  overviewHeadline: (province: string, pillar: string | null) =>
    pillar ? `${province} — ${pillar}: các số liệu nổi bật` : `${province} — chuyển đổi số qua các con số:`,
  pillar: (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`,
  comparisonHeadline: (measure: string) => `So sánh ${measure}:`,
  comparisonMissing: (province: string) => `${province}: các bài viết không nêu số liệu này.`,
  comparisonPeriodsDiffer: "Lưu ý: các số liệu ở những thời điểm khác nhau nên chỉ so sánh tương đối.",
  comparisonDefinitionsDiffer: "Lưu ý: cách tính của các bài viết không hoàn toàn giống nhau (xem nguyên văn bên dưới).",
  rankingHeadline: (measure: string) => `Xếp theo ${measure}, trong các tỉnh có bài viết:`,
  rankingCaveat: (n: number) => `Chỉ gồm ${n} tỉnh có bài viết trong kho; các tỉnh khác chưa có dữ liệu.`,
  rankingNone: (measure: string) => `Các bài viết tôi có không nêu số liệu so sánh được về ${measure}.`,
  sourcesHeadline: "Nguồn của câu trả lời trước:",
  sourcesNone: "Chưa có câu trả lời nào có nguồn để xem lại. Bạn hỏi một số liệu trước nhé.",
  moreNone: "Tôi không còn số liệu nào khác về chủ đề này.",
  moreNoContext: "Bạn muốn xem chi tiết về tỉnh nào, chủ đề gì? Hãy hỏi một số liệu trước, ví dụ “Lào Cai có bao nhiêu dịch vụ công trực tuyến?”.",
  moreHeadline: (province: string) => `Thêm số liệu về ${province}:`,
  listHeadline: "Các tỉnh có dữ liệu:",
  listLine: (province: string, facts: number, articles: number) => `• ${province}: ${facts} số liệu từ ${articles} bài viết`,
  merger: (former: string, current: string) =>
    `Ghi chú: bài viết nói về tỉnh ${former} cũ; từ 1/7/2025 ${former} là một phần của tỉnh ${current}.`,
  mergedInto: (asked: string, formers: readonly string[]) =>
    `Từ 1/7/2025, ${asked} gồm cả ${list(formers)}; số liệu dưới đây lấy từ bài viết về các tỉnh cũ này.`,
  sourceLine: (n: number, quote: string, title: string, source: string | null, date: string | null, url: string | null) =>
    `[${n}] “${quote}”\n    — ${title}${source ? `, ${source}` : ""}${date ? `, ${date}` : ""}${url ? ` (${url})` : ""}`,
  sourcesLabel: "Nguồn:",
  targetLabel: "mục tiêu",
  changeLabel: "tăng/giảm",
  rank: (raw: string) => `hạng ${raw}`,
  suggestion: {
    more: "Chi tiết hơn",
    sources: "Nguồn?",
    overview: (p: string) => `Tóm tắt ${p}`,
    other: (p: string) => `Còn ${p}?`,
    compare: (a: string, b: string, topic: string) => `So sánh ${topic} ${a} và ${b}`,
    list: "Có dữ liệu tỉnh nào?",
  },
} as const;

export const en = {
  figureHeadline: (province: string, figure: string, period: string | null, target: boolean) =>
    `${province}: ${target ? "target " : ""}${figure}${period ? ` (${period})` : ""}.`,
  noData: (asked: readonly string[], available: readonly string[]) =>
    `I have no article about ${listEn(asked)}, so I have no figure for it. I have data on: ${listEn(available)}.`,
  noFigure: (province: string) => `The articles I have on ${province} give no figure for that.`,
  sourcesLabel: "Sources (quoted in Vietnamese):",
  overviewHeadline: (province: string) => `${province} — digital transformation in figures:`,
  comparisonHeadline: "Comparison:",
  offTopic: () => "Sorry, I only answer questions about provinces' digital transformation figures. Try:",
  rank: (raw: string) => `ranked ${raw}`,
} as const;
