import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { foldText, normalizeText } from "../../../knowledge/text/index.js";

// Vietnamese letters as people type them (NFC), tone and vowel marks included.
const VIETNAMESE_LETTERS = [
  ..."aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ",
  ..."AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ",
];
const vietnameseChar = fc.constantFrom(...VIETNAMESE_LETTERS, " ", " ", ",", ".", "%", ..."0123456789");
const vietnameseText = fc.array(vietnameseChar, { maxLength: 60 }).map((cs) => cs.join(""));
// Any combining mark (grave, acute, hook, tilde, dot below, circumflex, breve, horn…).
const COMBINING = /\p{M}/u;

describe("foldText", () => {
  it("removes tone and vowel marks and lowers the case", () => {
    expect(foldText("Chuyển đổi số")).toBe("chuyen doi so");
    expect(foldText("Trường Đại học Kiên Giang")).toBe("truong dai hoc kien giang");
    expect(foldText("ƯỚC TÍNH")).toBe("uoc tinh");
  });

  it("turns đ and Đ into d", () => {
    expect(foldText("Đà Nẵng")).toBe("da nang");
    expect(foldText("đổi")).toBe("doi");
    expect(foldText("ĐẮK LẮK")).toBe("dak lak");
  });

  it("folds the old and the new tone placement alike", () => {
    expect(foldText("Hoà Bình")).toBe(foldText("Hòa Bình"));
    expect(foldText("Khánh Hoà")).toBe("khanh hoa");
    expect(foldText("thuỷ")).toBe(foldText("thủy"));
    expect(foldText("Thuỷ Nguyên")).toBe("thuy nguyen");
  });

  it("makes the i/y spellings of one syllable meet", () => {
    expect(foldText("kí")).toBe(foldText("ký"));
    expect(foldText("chữ kí số")).toBe(foldText("chữ ký số"));
    expect(foldText("tỉ lệ")).toBe(foldText("tỷ lệ"));
    expect(foldText("Tỷ lệ")).toBe("ti le");
    expect(foldText("lí do")).toBe(foldText("lý do"));
  });

  it("keeps a y that follows a vowel or starts a syllable", () => {
    expect(foldText("quy hoạch")).toBe("quy hoach");
    expect(foldText("Huy")).toBe("huy");
    expect(foldText("thuỷ")).toBe("thuy");
    expect(foldText("Yên Bái")).toBe("yen bai");
    expect(foldText("tuyến")).toBe("tuyen");
  });

  it("folds decomposed (NFD) input like composed (NFC) input", () => {
    const nfc = "Hồ sơ trực tuyến đạt 99,7%";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(foldText(nfd)).toBe(foldText(nfc));
    expect(foldText(nfd)).toBe("ho so truc tuyen dat 99,7%");
  });

  it("leaves digits and punctuation as they are", () => {
    expect(foldText("10/63, 1.837 và 99,7%")).toBe("10/63, 1.837 va 99,7%");
  });

  it("is idempotent", () => {
    fc.assert(fc.property(vietnameseText, (s) => foldText(foldText(s)) === foldText(s)));
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => foldText(foldText(s)) === foldText(s)));
  });

  it("never leaves a combining mark", () => {
    fc.assert(fc.property(vietnameseText, (s) => !COMBINING.test(foldText(s))));
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => !COMBINING.test(foldText(s))));
  });

  it("folds character by character as the whole text would fold at once", () => {
    // The definition, applied to the whole text in one go: NFD, marks off, đ→d, lower case, y→i.
    const wholeText = (s: string) =>
      s
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D")
        .toLowerCase()
        .replace(/(?<![\p{L}\p{N}])([bcdghklmnpqrstvx]+)y(?![\p{L}\p{N}])/gu, "$1i");
    fc.assert(fc.property(vietnameseText, (s) => foldText(s) === wholeText(s)));
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => foldText(s) === wholeText(s)));
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => foldText(s) === wholeText(s)));
    expect(foldText("ΟΔΟΣ Σ")).toBe(wholeText("ΟΔΟΣ Σ"));
    expect(foldText("İstanbul 😀 Ỷ")).toBe("istanbul 😀 y");
  });

  it("gives no upper-case letter and no đ for Vietnamese text", () => {
    fc.assert(fc.property(vietnameseText, (s) => !/[\p{Lu}đĐ]/u.test(foldText(s))));
  });

  it("folds NFD and NFC forms of Vietnamese text alike", () => {
    fc.assert(fc.property(vietnameseText, (s) => foldText(s.normalize("NFD")) === foldText(s.normalize("NFC"))));
  });

  it("keeps the length in code points of NFC Vietnamese text", () => {
    // Every Vietnamese letter folds to exactly one ASCII letter.
    fc.assert(fc.property(vietnameseText, (s) => [...foldText(s)].length === [...s].length));
  });
});

describe("normalizeText", () => {
  it("composes decomposed text (NFC)", () => {
    const nfd = "Hòa Bình".normalize("NFD");
    expect(normalizeText(nfd)).toBe("Hòa Bình".normalize("NFC"));
    expect(normalizeText(nfd).length).toBe(8);
  });

  it("collapses runs of white space, no-break spaces included, into one space", () => {
    expect(normalizeText("Long\u00a0An   đạt\t92%\n\ntrên")).toBe("Long An đạt 92% trên");
    expect(normalizeText("a\u202fb")).toBe("a b");
  });

  it("trims leading and trailing white space", () => {
    expect(normalizeText("  \u00a0Kiên Giang. \n")).toBe("Kiên Giang.");
    expect(normalizeText(" \t\n")).toBe("");
  });

  it("removes zero-width characters without joining or splitting words", () => {
    expect(normalizeText("chuyển\u200b đổi\u200c số\u200d")).toBe("chuyển đổi số");
    expect(normalizeText("\ufeffLào\u2060 Cai")).toBe("Lào Cai");
    expect(normalizeText("Lào\u200bCai")).toBe("LàoCai");
  });

  it("never changes a letter", () => {
    fc.assert(
      fc.property(vietnameseText, (s) => normalizeText(s).replace(/ /g, "") === s.normalize("NFC").replace(/[\s\u00a0]/g, "")),
    );
  });

  it("is idempotent and leaves no double space or edge space", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const n = normalizeText(s);
        return normalizeText(n) === n && !/\s\s/.test(n) && n === n.trim();
      }),
    );
  });
});
