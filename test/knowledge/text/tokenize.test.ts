import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { tokenize, searchTerms, STOPWORDS } from "../../../knowledge/text/index.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);
const figures = (s: string) => tokenize(s).filter((t) => t.figure).map((t) => t.text);

describe("tokenize", () => {
  it.each(["10/63", "1.837", "99,7%", "2 triệu", "1,2 triệu", "312.000", "03/09", "460.643", "66,79%"])(
    "keeps the figure %s as one token flagged figure",
    (figure) => {
      const tokens = tokenize(`đạt ${figure} trên cả nước`);
      const hit = tokens.find((t) => t.figure);
      expect(hit?.text).toBe(figure);
      expect(tokens.filter((t) => t.figure)).toHaveLength(1);
    },
  );

  it("keeps figures whole inside a sentence from the corpus", () => {
    const s = "Tính đến tháng 8/2023, Cổng dịch vụ công của tỉnh cung cấp gần 1.600 dịch vụ công trực tuyến (đạt 84,23%)";
    expect(figures(s)).toEqual(["8/2023", "1.600", "84,23%"]);
  });

  it("reads a number glued to letters (5G) as a word, not a figure", () => {
    const tokens = tokenize("mạng di động công nghệ 5G tại Rạch Giá");
    const g = tokens.find((t) => t.text.includes("5"));
    expect(g).toMatchObject({ text: "5G", folded: "5g", figure: false });
    expect(tokens.some((t) => t.figure)).toBe(false);
  });

  it("splits words on spaces and drops punctuation", () => {
    expect(texts("Long An, Kiên Giang (Miền Tây).")).toEqual(["Long", "An", "Kiên", "Giang", "Miền", "Tây"]);
  });

  it("gives each token its folded form", () => {
    expect(tokenize("Chữ ký số").map((t) => t.folded)).toEqual(["chu", "ki", "so"]);
    expect(tokenize("2 triệu")[0]?.folded).toBe("2 trieu");
  });

  it("gives offsets pointing at the token in NFC text", () => {
    const s = "Tỷ lệ hộ gia đình có Internet đạt 83,06%.";
    for (const t of tokenize(s)) expect(s.slice(t.start, t.start + t.text.length)).toBe(t.text);
    expect(tokenize(s).find((t) => t.figure)?.start).toBe(s.indexOf("83,06%"));
  });

  it("reads decomposed input as NFC", () => {
    const tokens = tokenize("Hòa Bình".normalize("NFD"));
    expect(tokens.map((t) => t.text)).toEqual(["Hòa", "Bình"]);
  });

  it("every token is a slice of the NFC text at its offset", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (s) => {
        const nfc = s.normalize("NFC");
        return tokenize(s).every((t) => t.text.length > 0 && nfc.slice(t.start, t.start + t.text.length) === t.text);
      }),
    );
  });
});

describe("searchTerms", () => {
  it("gives folded syllables and the bigrams of adjacent syllables", () => {
    expect(searchTerms("Dịch vụ công")).toEqual(["dich", "dich_vu", "vu", "vu_cong", "cong"]);
  });

  it("makes the two spellings of chữ ký số give the same terms", () => {
    const terms = searchTerms("chữ ký số");
    expect(terms).toEqual(expect.arrayContaining(["chu", "ki", "so", "chu_ki", "ki_so"]));
    expect(searchTerms("Chữ kí số")).toEqual(terms);
  });

  it("leaves stop words out as single terms", () => {
    const terms = searchTerms("tỷ lệ của tỉnh và người dân");
    expect(terms).not.toContain("cua");
    expect(terms).not.toContain("va");
    expect(terms).not.toContain("tinh");
    expect(terms).toEqual(expect.arrayContaining(["ti", "le", "ti_le", "nguoi", "dan", "nguoi_dan"]));
  });

  it("makes no bigram across a comma or other punctuation", () => {
    const terms = searchTerms("dịch vụ, công chức; hồ sơ. số");
    expect(terms).toContain("dich_vu");
    expect(terms).toContain("cong_chuc");
    expect(terms).toContain("ho_so");
    expect(terms).not.toContain("vu_cong");
    expect(terms).not.toContain("chuc_ho");
    expect(terms).not.toContain("so_so");
  });

  it("keeps a figure as one term and makes no bigram with it", () => {
    const terms = searchTerms("đạt 99,7% hồ sơ");
    expect(terms).toContain("99,7%");
    expect(terms.filter((t) => t.includes("99"))).toEqual(["99,7%"]);
  });

  it("gives nothing for punctuation or stop words alone", () => {
    expect(searchTerms("")).toEqual([]);
    expect(searchTerms(" , . ; ")).toEqual([]);
    expect(searchTerms("và")).toEqual([]);
  });

  it("gives only folded terms and never a stop word as a single term", () => {
    const syllable = fc.constantFrom("dịch", "vụ", "công", "và", "của", "tỉnh", "Hồ", "sơ", "ký", "số", "99,7%", "10/63", "Đà");
    const sep = fc.constantFrom(" ", ", ", "; ", ". ", "  ");
    const text = fc.array(fc.tuple(syllable, sep), { maxLength: 12 }).map((xs) => xs.map(([w, s]) => w + s).join(""));
    fc.assert(
      fc.property(text, (s) =>
        searchTerms(s).every((t) => !/[\p{Lu}\p{M}đ]/u.test(t) && !/[àáảãạâăèéêìíòóôơùúưỳý]/u.test(t) && !STOPWORDS.has(t)),
      ),
    );
  });
});
