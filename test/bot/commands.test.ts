import { beforeAll, describe, expect, it } from "vitest";
import { readArticleFiles } from "../../adapters/knowledge-files.js";
import { MemoryConversationStore, createBot, isCommand, type Bot, type IncomingMessage } from "../../bot/index.js";
import { DEFAULT_CORPUS_DIR, buildKnowledge, type Knowledge } from "../../knowledge/index.js";

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = buildKnowledge(readArticleFiles(DEFAULT_CORPUS_DIR)).knowledge;
});

const newBot = (): Bot => createBot({ knowledge, store: new MemoryConversationStore({ ttlMs: 60_000, now: () => 0 }) });
const say = (bot: Bot, text: string, command?: IncomingMessage["command"]) => bot.answer({ channel: "test", chatId: "c", text, ...(command ? { command } : {}) });

describe("IncomingMessage.command", () => {
  it("routes by the command, whatever the text says", async () => {
    expect((await say(newBot(), "", "list")).intent).toBe("list");
    expect((await say(newBot(), "", "start")).intent).toBe("greeting");
    expect((await say(newBot(), "", "help")).intent).toBe("help");
    expect((await say(newBot(), "tỷ giá đô la hôm nay", "list")).intent).toBe("list");
  });

  it("routes a relabelled button as before: the sources, a province's overview", async () => {
    const bot = newBot();
    await say(bot, "Long An có bao nhiêu dịch vụ công trực tuyến?");
    const sources = await say(bot, "Xem lại trích dẫn giúp tôi", "sources");
    expect(sources.intent).toBe("source");
    expect(sources.headline).toBe("Nguồn của câu trả lời trước:");
    const overview = await say(newBot(), "Xem nhanh Hậu Giang", "overview");
    expect(overview.intent).toBe("overview");
    expect(overview.provinces).toEqual(["Hậu Giang"]);
  });

  it("compares the provinces its text names", async () => {
    const a = await say(newBot(), "An Giang, Long An tỷ lệ dùng smartphone", "compare");
    expect(a.intent).toBe("comparison");
    expect(a.text).toContain("66,2%");
  });

  it("is not read from the text: '/tinh' without a command is answered as 'tinh' is", async () => {
    const slash = await say(newBot(), "/tinh");
    const word = await say(newBot(), "tinh");
    expect(slash.intent).not.toBe("list");
    expect([slash.intent, slash.text]).toEqual([word.intent, word.text]);
  });

  it("is carried by the follow-ups that are commands", async () => {
    const a = await say(newBot(), "Long An có bao nhiêu dịch vụ công trực tuyến?");
    expect(a.suggestions.map((s) => s.command)).toEqual(["more", "sources", "overview"]);
  });
});

describe("isCommand", () => {
  it("knows the commands' own names only", () => {
    expect(["list", "sources", "constructor", "tinh"].map(isCommand)).toEqual([true, true, false, false]);
  });
});

describe("Answer.unanswered", () => {
  it("is set by the intent table: no data, off topic; never for a greeting or a message too long", async () => {
    expect((await say(newBot(), "Quảng Ninh chuyển đổi số thế nào?")).unanswered).toBe("nodata");
    expect((await say(newBot(), "tỷ giá đô la hôm nay")).unanswered).toBe("offtopic");
    expect((await say(newBot(), "Long An có bao nhiêu trạm sạc xe điện?")).unanswered).toBe("nodata");
    expect((await say(newBot(), "chào bot")).unanswered).toBeNull();
    const long = await say(newBot(), "tỷ giá ".repeat(400));
    expect([long.intent, long.unanswered]).toEqual(["clarify", null]);
  });
});
