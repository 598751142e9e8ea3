import { describe, expect, it } from "vitest";
import { createBot, type Answer } from "../../../bot/index.js";
import { MemoryState } from "../../../adapters/runtime/memory-state.js";
import { renderedAnswer } from "../../../adapters/telegram/rendered.js";
import { parseTelegramHtml } from "../../fakes/telegram-api.js";
import { embeddedKnowledge } from "./offline.js";

const bot = createBot({ knowledge: embeddedKnowledge(), store: new MemoryState().conversations, options: {} });
const ask = (chatId: string, text: string): Promise<Answer> => bot.answer({ channel: "telegram", chatId, text });
const shown = (html: string) => {
  const parsed = parseTelegramHtml(html);
  return parsed.ok ? parsed.text : `INVALID: ${parsed.error}`;
};

describe("renderedAnswer", () => {
  it("renders an answer as Telegram HTML messages, without a chart when it has no series", async () => {
    const rendered = renderedAnswer(await ask("r1", "Long An có bao nhiêu doanh nghiệp công nghệ số?"));
    expect(rendered.messages.map(shown)).toEqual([
      "Long An: 277 doanh nghiệp công nghệ số [1].\n\nGhi chú: bài viết nói về tỉnh Long An cũ; từ 1/7/2025 Long An là một phần của tỉnh Tây Ninh.\n\nNguồn\n[1] Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số\n“Hiện tại, trên địa bàn tỉnh có 277 doanh nghiệp công nghệ số hoạt động, với khoảng 4.700 lao động.”",
    ]);
    expect(rendered.chart).toBeUndefined();
  });

  it("draws a comparison's chart as a PNG with its caption", async () => {
    const { chart } = renderedAnswer(await ask("r2", "so sánh An Giang và Long An smartphone"));
    expect(chart!.png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(shown(chart!.caption)).toMatch(/^So sánh smartphone\n\n• An Giang: 66,/);
  });

  it("renders the same answer object once: the core gives a kept answer again as the same object", async () => {
    const first = await ask("r3", "so sánh An Giang và Long An smartphone");
    const again = await ask("r4", "so sánh An Giang và Long An smartphone");
    expect(again).toBe(first);
    expect(renderedAnswer(again)).toBe(renderedAnswer(first));
  });

  it("draws a picture once for every answer that shows it: a comparison's answer depends on the conversation, its chart often not", async () => {
    const fresh = await ask("r5", "so sánh Kiên Giang và Long An smartphone");
    await ask("r6", "xin chào");
    const afterGreeting = await ask("r6", "so sánh Kiên Giang và Long An smartphone");
    expect(afterGreeting).not.toBe(fresh);
    expect(renderedAnswer(afterGreeting).chart!.png).toBe(renderedAnswer(fresh).chart!.png);
  });
});
