import { beforeAll, describe, expect, it } from "vitest";
import { readArticleFiles } from "../../adapters/knowledge-files.js";
import { AnswerSchema, MemoryConversationStore, createBot, plainText, toContract, type Answer, type Block, type Bot } from "../../bot/index.js";
import { DEFAULT_CORPUS_DIR, buildKnowledge } from "../../knowledge/index.js";

let bot: Bot;

beforeAll(() => {
  const { knowledge } = buildKnowledge(readArticleFiles(DEFAULT_CORPUS_DIR));
  bot = createBot({ knowledge, store: new MemoryConversationStore() });
});

const ask = (text: string, chatId = text): Promise<Answer> => bot.answer({ channel: "test", chatId, text });
const kinds = (blocks: readonly Block[]) => blocks.map((b) => b.kind);

describe("Answer.blocks", () => {
  it("give a yes/no figure answer's headline in parts: verdict, place, figure, measure, period, citation", async () => {
    const a = await ask("Long An có tỷ lệ hộp thư công vụ trên 90% không?");
    expect(a.blocks[0]).toEqual({
      kind: "headline",
      text: "Có. Long An: 92% — Tỷ lệ sử dụng hộp thư điện tử công vụ (8 tháng đầu năm 2023) [1].",
      verdict: "Có.",
      statement: {
        place: "Long An",
        goal: null,
        figure: { before: "", figure: "92%", after: "" },
        measure: "Tỷ lệ sử dụng hộp thư điện tử công vụ",
        scope: null,
        period: "8 tháng đầu năm 2023",
        citation: 1,
      },
    });
    expect(a.blocks.slice(1)).toEqual([
      { kind: "note", about: "merger", text: "Ghi chú: bài viết nói về tỉnh Long An cũ; từ 1/7/2025 Long An là một phần của tỉnh Tây Ninh." },
      { kind: "citations", label: "Nguồn" },
    ]);
  });

  it("put an overview's fact lines in sections titled by pillar, each line's figure marked in the article's words", async () => {
    const a = await ask("Hậu Giang chuyển đổi số ra sao?");
    expect(kinds(a.blocks)).toEqual(["headline", "section", "section", "note", "citations"]);
    const [first] = a.blocks.filter((b) => b.kind === "section");
    expect(first).toMatchObject({ title: "Chính quyền số" });
    expect(first?.kind === "section" && first.items[0]).toEqual({
      kind: "fact",
      place: null,
      words: { before: "…năm 2021 Hậu Giang đứng thứ ", figure: "17/63", after: " tỉnh, thành phố…" },
      goal: null,
      period: null,
      citation: 1,
    });
  });

  it("chart a ranking where its bars compare, each bar's figure whole, the places numbered", async () => {
    const a = await ask("Tỉnh nào nhiều dịch vụ công trực tuyến nhất?");
    expect(kinds(a.blocks)).toEqual(["headline", "series", "figure", "figure", "figure", "note", "note", "note", "citations"]);
    expect(a.blocks[1]).toEqual({ kind: "series", title: "Xếp theo số dịch vụ công trực tuyến, trong các tỉnh có bài viết" });
    expect(a.blocks.flatMap((b) => (b.kind === "figure" ? [b.rank] : []))).toEqual([1, 2, 3]);
    expect(a.series.map((p) => p.figure)).toEqual(["1.837 dịch vụ công", "gần 1.600 dịch vụ công trực tuyến", "1.250 dịch vụ công mức độ 3, 4"]);
    expect(a.blocks.flatMap((b) => (b.kind === "note" ? [b.about] : []))).toEqual(["coverage", "periods", "definitions"]);
  });

  it("list the sources of 'nguồn?' once as references, with the last answer's citations", async () => {
    const figure = await ask("Long An có bao nhiêu dịch vụ công trực tuyến?", "sources");
    const sources = await ask("nguồn?", "sources");
    expect(kinds(sources.blocks)).toEqual(["headline", "references", "citations"]);
    expect(sources.citations).toEqual(figure.citations);
  });

  it("label an English answer's sources in English", async () => {
    const a = await ask("Compare the smartphone rate of An Giang and Long An");
    expect(a.blocks.at(-1)).toEqual({ kind: "citations", label: "Sources (quoted in Vietnamese)" });
    expect(a.blocks[1]).toEqual({ kind: "series", title: "Comparison of tỷ lệ điện thoại thông minh" });
  });

  it("list a greeting's examples as its suggestions", async () => {
    const a = await ask("chào bot");
    expect(a.blocks.at(-1)).toEqual({ kind: "suggestions" });
    expect(a.text.endsWith(a.suggestions.map((s) => `• ${s.text}`).join("\n"))).toBe(true);
  });

  it("render to the answer's text, and stand in the contract as they are", async () => {
    for (const q of ["ty le hop thu cong vu long an", "so sánh An Giang và Kiên Giang", "xếp hạng DTI các tỉnh", "có dữ liệu tỉnh nào?", "Quảng Ninh chuyển đổi số thế nào?"]) {
      const a = await ask(q);
      expect(plainText(a)).toBe(a.text);
      expect(AnswerSchema.parse(toContract(a)).blocks).toEqual(a.blocks);
    }
  });
});
