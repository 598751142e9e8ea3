/**
 * Strings of the Zalo channels' own interface (Official Account and Bot). What the bot says in
 * answers lives in bot/messages.vi.ts.
 */
export const zaloVi = {
  /** Reply to a picture, sticker, voice message, file… */
  textOnly: "Tôi chỉ đọc được tin nhắn chữ. Bạn gõ câu hỏi nhé, ví dụ: “Lào Cai có bao nhiêu dịch vụ công trực tuyến?”",
  /** Heading of the numbered follow-up questions under an answer. */
  followUps: "Hỏi tiếp (gõ số hoặc gõ câu hỏi):",
  /** One numbered follow-up question. */
  followUp: (n: number, text: string) => `${n}. ${text}`,
} as const;
