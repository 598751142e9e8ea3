/**
 * Strings of the Telegram channel's own interface: command descriptions (Vietnamese, and English
 * for clients set to English), button labels and the few replies that only Telegram has. What the
 * bot says in answers lives in bot/messages.vi.ts.
 */

/** A command as `setMyCommands` takes it. */
export interface CommandText {
  readonly command: string;
  readonly description: string;
}

/** Vietnamese: every user of a client not set to English. */
export const tgVi = {
  commands: [
    { command: "start", description: "Bắt đầu: lời chào và câu hỏi gợi ý" },
    { command: "help", description: "Hướng dẫn và các lệnh" },
    { command: "tinh", description: "Các tỉnh có dữ liệu; /tinh Lào Cai: tóm tắt một tỉnh" },
    { command: "sosanh", description: "So sánh hai tỉnh: /sosanh An Giang | Long An smartphone" },
    { command: "nguon", description: "Nguồn của câu trả lời trước" },
  ] satisfies CommandText[],
  /** Added under the answer to /help. */
  commandGuide: [
    "Các lệnh:",
    "/tinh — các tỉnh có dữ liệu",
    "/tinh Lào Cai — tóm tắt số liệu một tỉnh",
    "/sosanh An Giang | Long An smartphone — so sánh hai tỉnh (chủ đề tùy chọn)",
    "/nguon — nguồn của câu trả lời trước",
    "Trong nhóm: gọi tên bot (@tên_bot) hoặc trả lời tin nhắn của bot.",
    "Trong chat bất kỳ: gõ @tên_bot rồi tên tỉnh và chủ đề để chèn số liệu có trích dẫn.",
  ],
  compareUsage: "Cách dùng: /sosanh Tỉnh A | Tỉnh B [chủ đề], ví dụ: /sosanh An Giang | Long An tỷ lệ dùng smartphone",
  onlyText: "Tôi chỉ đọc được tin nhắn chữ. Bạn gõ câu hỏi nhé, ví dụ: “Lào Cai có bao nhiêu dịch vụ công trực tuyến?”",
  buttonExpired: "Gợi ý này đã cũ. Bạn gõ câu hỏi nhé.",
  buttonUnknown: "Nút này không còn dùng được.",
  /** The button above inline results that opens a private chat with the bot. */
  inlineOpenChat: "Hỏi trong chat riêng với bot",
  /** Inline result title when an answer has no figure. */
  inlineNoFigure: "Chưa có số liệu",
} as const;

/** English: command descriptions for clients set to English (`language_code` "en"). */
export const tgEn = {
  commands: [
    { command: "start", description: "Start: greeting and example questions" },
    { command: "help", description: "How to use the bot and its commands" },
    { command: "tinh", description: "Provinces with data; /tinh Lào Cai: one province's overview" },
    { command: "sosanh", description: "Compare two provinces: /sosanh An Giang | Long An smartphone" },
    { command: "nguon", description: "Sources of the last answer" },
  ] satisfies CommandText[],
} as const;
