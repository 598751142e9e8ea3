import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { splitSentences } from "../../../knowledge/corpus/index.js";

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe("splitSentences", () => {
  it("splits at a full stop followed by a space and a capital letter", () => {
    expect(texts("Tỉnh đạt 92%. Cấp xã đạt 90%.")).toEqual(["Tỉnh đạt 92%.", "Cấp xã đạt 90%."]);
  });

  it("splits before a capital with a diacritic and before a digit", () => {
    expect(texts("Hạ tầng được đầu tư. Đến nay đã xong. 100% thôn có sóng.")).toEqual([
      "Hạ tầng được đầu tư.",
      "Đến nay đã xong.",
      "100% thôn có sóng.",
    ]);
  });

  it("does not split before a lower-case word", () => {
    expect(texts("Đạt khoảng 86%. và hơn nữa.")).toEqual(["Đạt khoảng 86%. và hơn nữa."]);
  });

  it("does not break numbers with dots or commas", () => {
    const s = "Cổng cung cấp gần 1.600 dịch vụ công trực tuyến (đạt 84,23%) và 1.837 dịch vụ. Tỷ lệ đạt 99,7%.";
    expect(texts(s)).toEqual(["Cổng cung cấp gần 1.600 dịch vụ công trực tuyến (đạt 84,23%) và 1.837 dịch vụ.", "Tỷ lệ đạt 99,7%."]);
  });

  it("does not split after TP. and other abbreviations", () => {
    expect(texts("Thí điểm 5G tại TP. Rạch Giá và TP. Phú Quốc. Sau đó mở rộng.")).toEqual([
      "Thí điểm 5G tại TP. Rạch Giá và TP. Phú Quốc.",
      "Sau đó mở rộng.",
    ]);
    expect(texts("Phường 4, TP. Tân An được chọn.")).toEqual(["Phường 4, TP. Tân An được chọn."]);
    expect(texts("Ông ThS. Lê Văn Nam và PGS. TS. Trần An phát biểu.")).toEqual(["Ông ThS. Lê Văn Nam và PGS. TS. Trần An phát biểu."]);
  });

  it("does not split after a single capital initial", () => {
    expect(texts("Ông Nguyễn V. An phát biểu.")).toEqual(["Ông Nguyễn V. An phát biểu."]);
    // A capital after digits ends a word of its own: "4G." ends the sentence.
    expect(texts("Huyện có 89% thôn có sóng 4G. Tại huyện khác, tỷ lệ này là 84%.")).toEqual(["Huyện có 89% thôn có sóng 4G.", "Tại huyện khác, tỷ lệ này là 84%."]);
  });

  it("does not break web addresses", () => {
    const s = "Có 66.500 tổ chức bán hàng trên 2 sàn là https://postmart.vn và https://voso.vn, với khoảng 8.400 sản phẩm. Ngoài ra có 180 gian hàng.";
    expect(texts(s)).toEqual([
      "Có 66.500 tổ chức bán hàng trên 2 sàn là https://postmart.vn và https://voso.vn, với khoảng 8.400 sản phẩm.",
      "Ngoài ra có 180 gian hàng.",
    ]);
  });

  it("splits after an ellipsis character", () => {
    expect(texts("Hướng dẫn nộp hồ sơ trực tuyến… Từ mô hình này, Long An nhân rộng.")).toEqual([
      "Hướng dẫn nộp hồ sơ trực tuyến…",
      "Từ mô hình này, Long An nhân rộng.",
    ]);
  });

  it("keeps closing quotes and brackets with the sentence they close", () => {
    expect(texts("Ông nói: “Chuyển đổi số là tất yếu.” Sau đó hội nghị bế mạc.")).toEqual([
      "Ông nói: “Chuyển đổi số là tất yếu.”",
      "Sau đó hội nghị bế mạc.",
    ]);
    expect(texts('Khẩu hiệu "Đi từng ngõ." Tổ công nghệ hoạt động.')).toEqual(['Khẩu hiệu "Đi từng ngõ."', "Tổ công nghệ hoạt động."]);
    expect(texts("(Ghi chú cuối.) Tiếp theo là phần hai.")).toEqual(["(Ghi chú cuối.)", "Tiếp theo là phần hai."]);
  });

  it("splits before an opening quote", () => {
    expect(texts("Họ hưởng ứng. “Long An Số” được phát hành.")).toEqual(["Họ hưởng ứng.", "“Long An Số” được phát hành."]);
  });

  it("splits at question and exclamation marks", () => {
    expect(texts("Vì sao? Vì người dân cần! Đúng vậy.")).toEqual(["Vì sao?", "Vì người dân cần!", "Đúng vậy."]);
  });

  it("keeps a last sentence without final punctuation", () => {
    expect(texts("Tỉnh đạt 92%. Tiếp tục triển khai")).toEqual(["Tỉnh đạt 92%.", "Tiếp tục triển khai"]);
  });

  it("gives nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("   ")).toEqual([]);
  });

  it("gives offsets pointing at each sentence in the input", () => {
    const s = "  Trong 8 tháng đầu năm 2023, tỷ lệ đạt 99,99%.   Tỷ lệ ký số đạt 99,93%. Hộp thư đạt 92%.";
    const spans = splitSentences(s);
    expect(spans.map((x) => x.start)).toEqual([2, s.indexOf("Tỷ lệ ký"), s.indexOf("Hộp thư")]);
    for (const x of spans) expect(s.slice(x.start, x.start + x.text.length)).toBe(x.text);
  });

  it("gives trimmed verbatim slices, in order, that cover every non-space character", () => {
    const word = fc.constantFrom("Tỉnh", "đạt", "99,7%", "1.600", "TP.", "Rạch", "Giá", "https://voso.vn", "“Long", "An”", "hồ", "sơ", "V.", "10/63", "Đến", "nay");
    const end = fc.constantFrom(" ", " ", ". ", "… ", "? ", ".” ", ", ", "  ");
    const text = fc.array(fc.tuple(word, end), { maxLength: 20 }).map((xs) => xs.map(([w, e]) => w + e).join(""));
    fc.assert(
      fc.property(text, (s) => {
        const spans = splitSentences(s);
        let last = 0;
        for (const x of spans) {
          if (x.text !== x.text.trim() || !x.text) return false;
          if (s.slice(x.start, x.start + x.text.length) !== x.text) return false;
          if (x.start < last) return false;
          last = x.start + x.text.length;
        }
        return spans.map((x) => x.text).join("").replace(/\s/g, "") === s.replace(/\s/g, "");
      }),
    );
  });
});
