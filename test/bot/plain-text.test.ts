import { describe, expect, it } from "vitest";
import { blockLines, paragraphsOf, plainText, type Block, type Statement } from "../../bot/index.js";
import { citationOf } from "../support/answers.js";

const STATEMENT: Statement = {
  place: "Long An",
  goal: null,
  figure: { before: "gần ", figure: "1.600", after: " dịch vụ công trực tuyến" },
  measure: null,
  scope: null,
  period: "tháng 8/2023",
  citation: 1,
};

const CITATIONS = [
  citationOf(1, "Tính đến tháng 8/2023, Cổng dịch vụ công của tỉnh cung cấp gần 1.600 dịch vụ công trực tuyến (đạt 84,23%)."),
  citationOf(2, "Tỷ lệ sử dụng hộp thư điện tử công vụ đạt 92%.", { source: "TTXVN", date: "2024-03-01", url: "https://example.org/a" }),
];

describe("plainText", () => {
  it("says a figure answer as the headline, its lines, its notes and its sources, a blank line between", () => {
    const blocks: Block[] = [
      { kind: "headline", text: "Có. Long An: gần 1.600 dịch vụ công trực tuyến (tháng 8/2023) [1].", verdict: "Có.", statement: STATEMENT },
      { kind: "series", title: "So sánh" },
      { kind: "line", text: "Bài viết còn nêu:", bullet: false },
      { kind: "figure", rank: null, statement: { ...STATEMENT, goal: "mục tiêu", figure: { before: "", figure: "92%", after: "" }, measure: "tỷ lệ sử dụng hộp thư điện tử công vụ", scope: "trong khu vực", citation: 2 } },
      { kind: "note", about: "merger", text: "Ghi chú: bài viết nói về tỉnh Long An cũ." },
      { kind: "note", about: "conflict", text: "Lưu ý: 2 bài viết nêu số liệu khác nhau." },
      { kind: "citations", label: "Nguồn" },
    ];
    expect(plainText({ blocks, citations: CITATIONS, suggestions: [] })).toBe(
      "Có. Long An: gần 1.600 dịch vụ công trực tuyến (tháng 8/2023) [1].\n" +
        "Bài viết còn nêu:\n" +
        "• Long An: mục tiêu 92% — tỷ lệ sử dụng hộp thư điện tử công vụ, trong khu vực (tháng 8/2023) [2]\n" +
        "\n" +
        "Ghi chú: bài viết nói về tỉnh Long An cũ.\n" +
        "Lưu ý: 2 bài viết nêu số liệu khác nhau.\n" +
        "\n" +
        "Nguồn:\n" +
        "[1] “Tính đến tháng 8/2023, Cổng dịch vụ công của tỉnh cung cấp gần 1.600 dịch vụ công trực tuyến (đạt 84,23%).”\n" +
        "    — Bài 1\n" +
        "[2] “Tỷ lệ sử dụng hộp thư điện tử công vụ đạt 92%.”\n" +
        "    — Bài 2, TTXVN, 2024-03-01 (https://example.org/a)",
    );
  });

  it("numbers a ranking's places and puts a section's title, with its colon, above its lines", () => {
    const blocks: Block[] = [
      { kind: "headline", text: "Xếp theo số dịch vụ công, trong các tỉnh có bài viết:", verdict: null, statement: null },
      { kind: "figure", rank: 1, statement: { ...STATEMENT, figure: { before: "", figure: "1.837", after: " dịch vụ công" }, place: "Lào Cai", period: null } },
      { kind: "line", text: "Kiên Giang: các bài viết không nêu số dịch vụ công.", bullet: true },
      {
        kind: "section",
        title: "Kinh tế số",
        items: [
          { kind: "fact", place: null, words: { before: "…cung cấp gần ", figure: "1.600", after: " dịch vụ công trực tuyến…" }, goal: null, period: "tháng 8/2023", citation: 1 },
          { kind: "fact", place: "An Giang", words: { before: "Phấn đấu ", figure: "80%", after: " hồ sơ" }, goal: "mục tiêu", period: "2025", citation: 2 },
        ],
      },
    ];
    expect(plainText({ blocks, citations: [], suggestions: [] })).toBe(
      "Xếp theo số dịch vụ công, trong các tỉnh có bài viết:\n" +
        "1. Lào Cai: 1.837 dịch vụ công [1]\n" +
        "• Kiên Giang: các bài viết không nêu số dịch vụ công.\n" +
        "Kinh tế số:\n" +
        "• …cung cấp gần 1.600 dịch vụ công trực tuyến… (tháng 8/2023) [1]\n" +
        "• An Giang: Phấn đấu 80% hồ sơ (mục tiêu, 2025) [2]",
    );
  });

  it("lists the suggestions of a greeting, and the articles of 'nguồn?' before their quotes", () => {
    const greeting: Block[] = [{ kind: "headline", text: "Xin chào!", verdict: null, statement: null }, { kind: "line", text: "Bạn có thể hỏi, ví dụ:", bullet: false }, { kind: "suggestions" }];
    expect(plainText({ blocks: greeting, citations: [], suggestions: [{ label: "Tóm tắt", text: "Tóm tắt Long An" }] })).toBe("Xin chào!\nBạn có thể hỏi, ví dụ:\n• Tóm tắt Long An");

    const sources: Block[] = [{ kind: "headline", text: "Nguồn của câu trả lời trước:", verdict: null, statement: null }, { kind: "references" }, { kind: "citations", label: "Nguồn" }];
    expect(plainText({ blocks: sources, citations: CITATIONS, suggestions: [] })).toBe(
      "Nguồn của câu trả lời trước:\n" +
        "[1] Bài 1\n" +
        "[2] Bài 2 (TTXVN), 2024-03-01 — https://example.org/a\n" +
        "\n" +
        "Nguồn:\n" +
        "[1] “Tính đến tháng 8/2023, Cổng dịch vụ công của tỉnh cung cấp gần 1.600 dịch vụ công trực tuyến (đạt 84,23%).”\n" +
        "    — Bài 1\n" +
        "[2] “Tỷ lệ sử dụng hộp thư điện tử công vụ đạt 92%.”\n" +
        "    — Bài 2, TTXVN, 2024-03-01 (https://example.org/a)",
    );
  });

  it("writes nothing for sources without citations", () => {
    expect(plainText({ blocks: [{ kind: "headline", text: "Chưa có nguồn.", verdict: null, statement: null }, { kind: "citations", label: "Nguồn" }], citations: [], suggestions: [] })).toBe("Chưa có nguồn.");
  });
});

describe("blockLines", () => {
  it("gives each line the citations it refers to, and marks a section's title and the sources' label as titles", () => {
    const rendered = { blocks: [], citations: CITATIONS, suggestions: [] };
    const section: Block = { kind: "section", title: "Xã hội số", items: [{ kind: "figure", rank: null, statement: STATEMENT }] };
    expect(blockLines(section, rendered)).toEqual([
      { text: "Xã hội số:", citations: [], title: true },
      { text: "• Long An: gần 1.600 dịch vụ công trực tuyến (tháng 8/2023) [1]", citations: [1], title: false },
    ]);
    expect(blockLines({ kind: "citations", label: "Sources (quoted in Vietnamese)" }, rendered).map((l) => [l.text.split("\n")[0], l.citations, l.title])).toEqual([
      ["Sources (quoted in Vietnamese):", [], true],
      ["[1] “Tính đến tháng 8/2023, Cổng dịch vụ công của tỉnh cung cấp gần 1.600 dịch vụ công trực tuyến (đạt 84,23%).”", [1], false],
      ["[2] “Tỷ lệ sử dụng hộp thư điện tử công vụ đạt 92%.”", [2], false],
    ]);
  });
});

describe("paragraphsOf", () => {
  it("groups the body, the notes and the sources, in order", () => {
    const headline: Block = { kind: "headline", text: "H", verdict: null, statement: null };
    const line: Block = { kind: "line", text: "L", bullet: false };
    const note: Block = { kind: "note", about: "coverage", text: "N" };
    const sources: Block = { kind: "citations", label: "Nguồn" };
    expect(paragraphsOf([headline, line, note, note, sources])).toEqual([[headline, line], [note, note], [sources]]);
  });
});
