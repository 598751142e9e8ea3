import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerParts, barShares, isChatId, lineKind, newChatId, safeLink, segments, valueLabel } from "../../../adapters/web/public/answer-text.js";

const figureAnswer = {
  text:
    "Long An: 92% (8 tháng đầu năm 2023) [1].\n\nGhi chú: bài viết nói về tỉnh Long An cũ.\n\nNguồn:\n" +
    "[1] “Tỷ lệ sử dụng hộp thư điện tử công vụ của tỉnh đã cấp đạt 92%.”\n    — Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số",
  headline: "Long An: 92% (8 tháng đầu năm 2023) [1].",
  citations: [{ n: 1 }],
  suggestions: [{ text: "Chi tiết hơn" }],
};

describe("answerParts", () => {
  it("highlights the headline of an answer with citations and drops the plain-text sources", () => {
    expect(answerParts(figureAnswer)).toEqual({
      headline: "Long An: 92% (8 tháng đầu năm 2023) [1].",
      body: "Ghi chú: bài viết nói về tỉnh Long An cũ.",
    });
  });

  it("keeps a reply that cites nothing as body text, without the lines its chips repeat", () => {
    const greeting = {
      text: "Xin chào!\nBạn có thể hỏi, ví dụ:\n• Long An có bao nhiêu dịch vụ công trực tuyến?\n• Chuyển đổi số ở An Giang ra sao?",
      headline: "Xin chào!\nBạn có thể hỏi, ví dụ:",
      citations: [],
      suggestions: [{ text: "Long An có bao nhiêu dịch vụ công trực tuyến?" }, { text: "Chuyển đổi số ở An Giang ra sao?" }],
    };
    expect(answerParts(greeting)).toEqual({ headline: null, body: "Xin chào!\nBạn có thể hỏi, ví dụ:" });
  });

  it("keeps a line that only resembles a suggestion, and a 'Nguồn:' line of a reply that cites nothing", () => {
    const reply = { text: "Các tỉnh:\n• Long An: 47 số liệu\nNguồn:", headline: "Các tỉnh:", citations: [], suggestions: [{ text: "Long An" }] };
    expect(answerParts(reply)).toEqual({ headline: null, body: "Các tỉnh:\n• Long An: 47 số liệu\nNguồn:" });
  });

  it("shows a headline that is all of the text with an empty body", () => {
    const reply = { text: "Long An: 1.480 dịch vụ công trực tuyến [1].", headline: "Long An: 1.480 dịch vụ công trực tuyến [1].", citations: [{ n: 1 }], suggestions: [] };
    expect(answerParts(reply)).toEqual({ headline: "Long An: 1.480 dịch vụ công trực tuyến [1].", body: "" });
  });
});

describe("segments", () => {
  it("cuts a headline into text, the highlighted figure and the citation marker", () => {
    expect(segments("Long An: 92% (8 tháng đầu năm 2023) [1].", { figures: ["92%"], citations: [1] })).toEqual([
      { kind: "text", text: "Long An: " },
      { kind: "figure", text: "92%" },
      { kind: "text", text: " (8 tháng đầu năm 2023) " },
      { kind: "cite", text: "[1]", n: 1 },
      { kind: "text", text: "." },
    ]);
  });

  it("matches a figure only as a whole number", () => {
    expect(segments("năm 2023 có 3 cấp", { figures: ["3"] })).toEqual([
      { kind: "text", text: "năm 2023 có " },
      { kind: "figure", text: "3" },
      { kind: "text", text: " cấp" },
    ]);
    expect(segments("đạt 1.480, tăng 1.48", { figures: ["1.48"] })).toEqual([
      { kind: "text", text: "đạt 1.480, tăng " },
      { kind: "figure", text: "1.48" },
    ]);
  });

  it("leaves a marker that is not one of the answer's citations as text", () => {
    expect(segments("xem [2] và [1]", { citations: [1] })).toEqual([
      { kind: "text", text: "xem [2] và " },
      { kind: "cite", text: "[1]", n: 1 },
    ]);
  });

  it("never loses or reorders a character of the text", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }), fc.array(fc.nat(9), { maxLength: 4 }), (text, figures, citations) => {
        expect(segments(text, { figures, citations }).map((s) => s.text).join("")).toBe(text);
      }),
    );
  });
});

describe("lineKind", () => {
  it("tells bullets, numbered items, short subheadings and sentences apart", () => {
    expect(lineKind("• An Giang: 66,2% [1]")).toBe("bullet");
    expect(lineKind("2. Long An: gần 1.600 dịch vụ công trực tuyến [2]")).toBe("item");
    expect(lineKind("Kinh tế số:")).toBe("subhead");
    expect(lineKind("Xếp theo dịch vụ công trực tuyến, trong các tỉnh có bài viết:")).toBe("text");
    expect(lineKind("Ghi chú: bài viết nói về tỉnh Long An cũ.")).toBe("text");
  });
});

describe("valueLabel", () => {
  it("adds the unit to the raw figure unless it is a percentage", () => {
    expect(valueLabel({ raw: "66,2%", unit: "%" })).toBe("66,2%");
    expect(valueLabel({ raw: "1.837", unit: "dịch vụ công" })).toBe("1.837 dịch vụ công");
    expect(valueLabel({ raw: "10/63", unit: null })).toBe("10/63");
  });
});

describe("barShares", () => {
  it("draws a percentage against 100%", () => {
    expect(barShares([{ value: 66.2, unit: "%" }, { value: 88, unit: "%" }])).toEqual([0.662, 0.88]);
    expect(barShares([{ value: 60, unit: "%" }, { value: 120, unit: "%" }])).toEqual([0.5, 1]);
  });

  it("draws other figures against the largest of them, apart from percentages", () => {
    expect(barShares([{ value: 1837, unit: "dịch vụ công" }, { value: 918.5, unit: "dịch vụ công" }])).toEqual([1, 0.5]);
    expect(barShares([{ value: 93, unit: "%" }, { value: 1600, unit: "dịch vụ công trực tuyến" }, { value: 400, unit: null }])).toEqual([0.93, 1, 0.25]);
  });

  it("draws no bar for zero or less", () => {
    expect(barShares([{ value: 0, unit: null }, { value: -3, unit: null }, { value: 50, unit: null }])).toEqual([0, 0, 1]);
    expect(barShares([{ value: 0, unit: "%" }])).toEqual([0]);
    expect(barShares([])).toEqual([]);
  });
});

describe("safeLink", () => {
  it("keeps http and https addresses and refuses any other scheme", () => {
    expect(safeLink("https://baotintuc.vn/a.htm")).toBe("https://baotintuc.vn/a.htm");
    expect(safeLink("http://example.org")).toBe("http://example.org/");
    expect(safeLink("javascript:alert(1)")).toBeNull();
    expect(safeLink("data:text/html,<b>x</b>")).toBeNull();
    expect(safeLink("not a url")).toBeNull();
    expect(safeLink(null)).toBeNull();
  });
});

describe("newChatId and isChatId", () => {
  it("makes a key the API accepts from random bytes", () => {
    expect(newChatId(new Uint8Array([0, 15, 255]))).toBe("web-000fff");
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 60 }), (bytes) => {
        expect(isChatId(newChatId(bytes))).toBe(true);
      }),
    );
  });

  it("refuses a stored key the API would refuse", () => {
    expect(isChatId("web-1:a@b.c_d")).toBe(true);
    expect(isChatId(null)).toBe(false);
    expect(isChatId("")).toBe(false);
    expect(isChatId("có dấu")).toBe(false);
    expect(isChatId("x".repeat(129))).toBe(false);
  });
});
