/** Every Vietnamese string of the web chat's own UI (the answers' text comes from the bot). */
export const ui = {
  greeting:
    "Xin chào! Tôi trả lời câu hỏi về số liệu chuyển đổi số của các tỉnh, trích nguyên văn từ bài viết và ghi rõ nguồn. Bạn có thể gõ không dấu.",
  /**
   * Greeting chips: questions whose answers do not depend on which articles are loaded. A chip
   * with a command is answered by it, however it is worded.
   */
  starters: [
    { label: "Có dữ liệu tỉnh nào?", text: "Có dữ liệu tỉnh nào?", command: "list" },
    { label: "Tỉnh nào nhiều dịch vụ công trực tuyến nhất?", text: "Tỉnh nào có nhiều dịch vụ công trực tuyến nhất?" },
    { label: "Bạn giúp được gì?", text: "Bạn giúp được gì?", command: "help" },
  ],
  botAuthor: "Trợ lý",
  userAuthor: "Bạn",
  typing: "đang trả lời…",
  suggestionsLabel: "Gợi ý câu hỏi tiếp",
  /** @param {number} n */
  citeButton: (n) => `Xem nguồn ${n}`,
  quoteLabel: "Trích nguyên văn",
  sourceLabel: "Nguồn tin",
  dateLabel: "Ngày",
  /** @param {string} title */
  openArticle: (title) => `Mở bài viết “${title}” (trang mới)`,
  chartTableProvince: "Tỉnh",
  chartTableValue: "Số liệu",
  chartTableCitation: "Nguồn số",
  /**
   * @param {string} title
   * @param {readonly string[]} bars
   */
  chartDescription: (title, bars) => `Biểu đồ cột ngang: ${title}. ${bars.join("; ")}.`,
  /**
   * @param {string} label
   * @param {string} value
   * @param {number} n
   */
  chartBar: (label, value, n) => `${label}: ${value}, nguồn ${n}`,
  retry: "Gửi lại",
  failedBadge: "Chưa gửi được",
  networkError: "Không kết nối được máy chủ. Kiểm tra mạng rồi bấm “Gửi lại”.",
  unreadableReply: "Máy chủ trả lời không đúng định dạng. Bạn thử lại sau nhé.",
};
