import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle, isArticleFile, ArticleError, type Article } from "../../../knowledge/corpus/index.js";

const CORPUS = fileURLToPath(new URL("../../../knowledge/corpus/default/", import.meta.url));
const encode = (s: string) => new TextEncoder().encode(s);
const parse = (name: string, text: string) => parseArticle(name, encode(text));
const shipped = (name: string) => parseArticle(name, readFileSync(join(CORPUS, name)));
const texts = (a: Article) => a.blocks.map((b) => b.text);

/** The ArticleError thrown by `fn`, or a failure. */
function articleError(fn: () => unknown): ArticleError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ArticleError);
    return e as ArticleError;
  }
  throw new Error("expected an ArticleError");
}

describe("parseArticle", () => {
  describe("plain text (.txt)", () => {
    it("takes the first line as the title and the rest as blocks, with ids and line numbers", () => {
      const a = parse("bai-01.txt", "Long An đẩy mạnh chuyển đổi số\n\nLong An đạt 92% hộp thư điện tử công vụ.\n\nCấp xã đạt 90%.\n");
      expect(a.id).toBe("bai-01");
      expect(a.file).toBe("bai-01.txt");
      expect(a.title).toBe("Long An đẩy mạnh chuyển đổi số");
      expect(a.titleFromText).toBe(false);
      expect(a.source).toBeNull();
      expect(a.url).toBeNull();
      expect(a.published).toBeNull();
      expect(a.declaredProvinces).toEqual([]);
      expect(a.blocks).toEqual([
        { kind: "paragraph", text: "Long An đạt 92% hộp thư điện tử công vụ.", line: 3 },
        { kind: "paragraph", text: "Cấp xã đạt 90%.", line: 5 },
      ]);
    });

    it("removes page chrome such as the visit counter", () => {
      const a = parse("x.txt", "Tổng lượt truy cập\nTiêu đề bài\nChia sẻ\nNội dung bài viết.\nIn bài\n");
      expect(a.title).toBe("Tiêu đề bài");
      expect(texts(a)).toEqual(["Nội dung bài viết."]);
    });

    it("drops everything from “Có thể bạn quan tâm” on", () => {
      const a = parse("x.txt", "Tiêu đề\nĐoạn một đạt 10%.\nCó thể bạn quan tâm\nBài khác: Lào Cai đạt 100%.\nMột bài nữa.\n");
      expect(texts(a)).toEqual(["Đoạn một đạt 10%."]);
    });

    it("drops everything from “Đọc thêm” on", () => {
      const a = parse("x.txt", "Tiêu đề\nĐoạn một đạt 10%.\n\nĐọc thêm\nTin khác đạt 50%.\n");
      expect(texts(a)).toEqual(["Đoạn một đạt 10%."]);
    });

    it("removes lines repeating the title", () => {
      const title = "Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số";
      const a = parse("x.txt", `${title}\n\n${title}\n\nĐoạn thứ nhất.\n\n${title}\n\nĐoạn thứ hai.\n`);
      expect(a.title).toBe(title);
      expect(texts(a)).toEqual(["Đoạn thứ nhất.", "Đoạn thứ hai."]);
    });

    it("removes a line that appears twice, keeping the text around it", () => {
      const heading = "Dịch vụ công trực tuyến bước đầu mang lại nhiều thuận lợi cho người dân";
      const a = parse("x.txt", `Tiêu đề\n${heading}\n${heading}\nĐoạn văn sau đó.\n`);
      expect(texts(a)).toEqual(["Đoạn văn sau đó."]);
    });

    it("removes photo captions and credits", () => {
      const caption1 =
        "Nhiều điểm sáng trong chuyển đổi số ở Lào Cai ảnh 1Người dân, doanh nghiệp đến bộ phận một cửa Trung tâm dịch vụ hành chính công tỉnh Lào Cai giải quyết thủ tục hành chính. Ảnh: Quốc Khánh - TTXVN";
      const caption2 = "Mô hình Chuyển đổi Số của tỉnh Long An tại không gian trưng bày tháng 7/2023/ (Nguồn: Chuyển đổi Số Long An)";
      const caption3 =
        "Thủ tướng Chính phủ Phạm Minh Chính, lãnh đạo tỉnh Long An và các đại biểu tham quan, trải nghiệm các sản phẩm số của tỉnh trong khuôn khổ Hội nghị";
      expect(caption3.length).toBeGreaterThan(120);
      const a = parse("x.txt", `Tiêu đề\n${caption1}\nĐoạn một.\n${caption2}\n${caption3}\nĐoạn hai.\n`);
      expect(texts(a)).toEqual(["Đoạn một.", "Đoạn hai."]);
    });

    it("keeps paragraphs exactly as written, only collapsing white space", () => {
      const p = "Tính đến tháng 8/2023, Cổng dịch vụ công của tỉnh cung cấp gần 1.600 dịch vụ công trực tuyến (đạt 84,23%); có 570 dịch vụ.";
      const q = "Hiện có 1 trung tâm thương mại, 7 siêu thị, hơn 280 cửa hàng tiện ích, trên 40 chợ triển khai thanh toán không dùng tiền mặt…";
      const a = parse("x.txt", `Tiêu đề\n${p.replace("1.600 ", "1.600\u00a0 ")}\n${q}  \n`);
      expect(texts(a)).toEqual([p, q]);
    });

    it("classifies a short line without final punctuation as a heading", () => {
      const a = parse("x.txt", "Tiêu đề\nĐoạn mở đầu.\nKết quả tích cực tại Long An về Chuyển đổi số\nĐoạn sau đó.\n");
      expect(a.blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph"]);
      expect(a.blocks[1]).toEqual({ kind: "heading", text: "Kết quả tích cực tại Long An về Chuyển đổi số", line: 3 });
    });

    it("reads a table written with “|” as rows under its header, the header and a Markdown rule no block", () => {
      const a = parse("x.txt", "Tiêu đề\nMột số chỉ tiêu\n| Chỉ tiêu | Năm 2022 | Năm 2023 |\n|---|---|---|\n| Tỷ lệ hồ sơ trực tuyến | 41,2% | 63,8% |\nDTI | 24/63 | 14/63\nĐoạn sau bảng.\n");
      expect(a.blocks.map((b) => b.kind)).toEqual(["heading", "row", "row", "paragraph"]);
      expect(a.blocks[1]).toEqual({ kind: "row", text: "| Tỷ lệ hồ sơ trực tuyến | 41,2% | 63,8% |", line: 5, cells: ["Tỷ lệ hồ sơ trực tuyến", "41,2%", "63,8%"], header: ["Chỉ tiêu", "Năm 2022", "Năm 2023"] });
      expect(a.blocks[2]!.header).toEqual(["Chỉ tiêu", "Năm 2022", "Năm 2023"]);
    });

    it("reads a list item giving a figure without final punctuation as text, not a heading", () => {
      const a = parse("x.txt", "Tiêu đề\nHạ tầng số:\n- Số trạm 4G: 1.105\n- Tỷ lệ hộ gia đình có kết nối cáp quang: 82,5%\nKết quả nổi bật\n");
      expect(a.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph", "heading"]);
    });

    it("reads a table whose first row holds figures as rows without a header", () => {
      const a = parse("x.txt", "Tiêu đề\nĐoạn mở đầu.\nTrạm BTS | 2.310 | 2.585\n");
      expect(a.blocks[1]).toEqual({ kind: "row", text: "Trạm BTS | 2.310 | 2.585", line: 3, cells: ["Trạm BTS", "2.310", "2.585"] });
    });

    it("reads the publisher from a “(TTXVN)” line and the author from the byline before it, dropped", () => {
      const a = parse("x.txt", "Nhiều điểm sáng ở Lào Cai\nLào Cai đạt 100%.\nHương Thu\n(TTXVN)\nCó thể bạn quan tâm\n");
      expect([a.source, a.author]).toEqual(["TTXVN", "Hương Thu"]);
      expect(texts(a)).toEqual(["Lào Cai đạt 100%."]);
    });

    it("reads the author and the date from a dated byline, dropped, and from a closing byline", () => {
      const dated = parse("x.txt", "Những con số ở Quảng Ninh\n\nTiêu Hạ - 09:00, 01/12/2023\n\nQuảng Ninh có 6.100 trạm.\n");
      expect([dated.author, dated.published]).toEqual(["Tiêu Hạ", "01/12/2023"]);
      expect(texts(dated)).toEqual(["Quảng Ninh có 6.100 trạm."]);
      const closing = parse("x.txt", "Trà Vinh xếp hạng 25/63\nTrà Vinh xếp hạng 25/63 tỉnh.\nPhương An\n");
      expect([closing.author, closing.published, texts(closing)]).toEqual(["Phương An", null, ["Trà Vinh xếp hạng 25/63 tỉnh."]]);
    });

    it("reads the publisher from a “(PLVN) - ” dateline and removes only the dateline", () => {
      const a = parse("x.txt", "Kiên Giang: Phấn đấu đạt top 10\n(PLVN) - Đặt mục tiêu top 10 tỉnh, thành có chỉ số chuyển đổi số tốt nhất cả nước.\n");
      expect(a.source).toBe("PLVN");
      expect(texts(a)).toEqual(["Đặt mục tiêu top 10 tỉnh, thành có chỉ số chuyển đổi số tốt nhất cả nước."]);
    });

    it("labels an untitled article with its opening words and “…”", () => {
      const first =
        "An Giang xác định đẩy nhanh quá trình chuyển đổi số là một trong những giải pháp đột phá để phát triển kinh tế - xã hội của tỉnh.";
      const a = parse("x.txt", `Tổng lượt truy cập\n${first}\nĐoạn hai.\n`);
      expect(a.titleFromText).toBe(true);
      expect(a.title).toBe("An Giang xác định đẩy nhanh quá trình chuyển đổi số là một trong những giải pháp đột phá…");
      expect(texts(a)).toEqual([first, "Đoạn hai."]);
    });

    it("reads CRLF line ends, a byte-order mark and NFD text", () => {
      const a = parse("x.txt", "\ufeffTiêu đề Hòa Bình\r\n\r\nĐoạn văn Hòa Bình.\r\n".normalize("NFD"));
      expect(a.title).toBe("Tiêu đề Hòa Bình");
      expect(a.blocks).toEqual([{ kind: "paragraph", text: "Đoạn văn Hòa Bình.", line: 3 }]);
    });
  });

  describe("Markdown (.md)", () => {
    const md = [
      "---",
      'title: "Long An: chuyển đổi số"',
      "source: Báo Long An",
      "url: https://baolongan.vn/bai-viet",
      "published: 2023-09-15",
      "provinces: [Long An]",
      "---",
      "# Kết quả",
      "",
      "**Long An** đạt 92% hộp thư",
      "điện tử công vụ.",
      "",
      "- Cấp xã đạt 90%.",
      "",
    ].join("\n");

    it("reads title, source, url, published and provinces from YAML front matter", () => {
      const a = parse("long-an.md", md);
      expect(a.id).toBe("long-an");
      expect(a.title).toBe("Long An: chuyển đổi số");
      expect(a.titleFromText).toBe(false);
      expect(a.source).toBe("Báo Long An");
      expect(a.url).toBe("https://baolongan.vn/bai-viet");
      expect(a.published).toBe("2023-09-15");
      expect(a.declaredProvinces).toEqual(["Long An"]);
    });

    it("strips Markdown syntax, joins wrapped lines and numbers blocks by their file line", () => {
      expect(parse("long-an.md", md).blocks).toEqual([
        { kind: "heading", text: "Kết quả", line: 8 },
        { kind: "paragraph", text: "Long An đạt 92% hộp thư điện tử công vụ.", line: 10 },
        { kind: "paragraph", text: "Cấp xã đạt 90%.", line: 13 },
      ]);
    });

    it("leaves optional fields empty when the front matter has only a title", () => {
      const a = parse("x.md", "---\ntitle: Bài viết\n---\nNội dung có 5 tổ.\n");
      expect(a).toMatchObject({ title: "Bài viết", source: null, url: null, published: null, declaredProvinces: [] });
    });

    it("reads the publisher from a dateline when the front matter names none", () => {
      expect(parse("x.md", "---\ntitle: Bài viết\n---\n(PLVN) - Nội dung có 5 tổ.\n").source).toBe("PLVN");
    });
  });

  describe("errors", () => {
    it("reports invalid UTF-8 as not-utf8 with the line of the bad bytes", () => {
      const bytes = new Uint8Array([...encode("Tiêu đề\nDòng hai.\n"), 0xff, 0xfe, ...encode(" abc.\nDòng bốn.\n")]);
      const e = articleError(() => parseArticle("hong.txt", bytes));
      expect(e.code).toBe("not-utf8");
      expect(e.line).toBe(3);
      expect(e.file).toBe("hong.txt");
      expect(e.message).toContain("hong.txt:3");
    });

    it("reports Latin-1 text (“Tài” saved as ISO-8859-1) as not-utf8 on line 1", () => {
      const e = articleError(() => parseArticle("latin.txt", new Uint8Array([0x54, 0xe0, 0x69, 0x0a, 0x41, 0x2e])));
      expect(e.code).toBe("not-utf8");
      expect(e.line).toBe(1);
    });

    it("reports an empty or blank file as empty", () => {
      expect(articleError(() => parseArticle("rong.txt", new Uint8Array())).code).toBe("empty");
      expect(articleError(() => parse("trang.txt", " \n\n\t\n")).code).toBe("empty");
      expect(articleError(() => parse("rong.md", "")).code).toBe("empty");
    });

    it("reports a .md file without front matter as no-title on line 1", () => {
      const e = articleError(() => parse("x.md", "Chỉ có nội dung.\n"));
      expect(e.code).toBe("no-title");
      expect(e.line).toBe(1);
    });

    it("reports front matter without a title as no-title", () => {
      const e = articleError(() => parse("x.md", "---\nsource: TTXVN\n---\nNội dung.\n"));
      expect(e.code).toBe("no-title");
      expect(e.file).toBe("x.md");
    });

    it("reports front matter with an empty title as no-title", () => {
      expect(articleError(() => parse("x.md", '---\ntitle: "  "\n---\nNội dung.\n')).code).toBe("no-title");
    });

    it("reports YAML that does not parse as front-matter, on a line of the front matter", () => {
      const e = articleError(() => parse("x.md", "---\ntitle: [abc\nsource: x\n---\nNội dung.\n"));
      expect(e.code).toBe("front-matter");
      expect(e.line).toBeGreaterThanOrEqual(2);
      expect(e.line).toBeLessThanOrEqual(3);
    });

    it("reports a url that is not an address as front-matter", () => {
      expect(articleError(() => parse("x.md", "---\ntitle: Bài\nurl: không phải địa chỉ\n---\nNội dung.\n")).code).toBe("front-matter");
    });

    it("reports a title with no paragraph after it as no-text", () => {
      expect(articleError(() => parse("x.txt", "Chỉ có tiêu đề\n")).code).toBe("no-text");
      expect(articleError(() => parse("x.txt", "Tổng lượt truy cập\n")).code).toBe("no-text");
    });
  });

  describe("the shipped corpus", () => {
    it("000: title from its first line, no publisher", () => {
      const a = shipped("000_e38110918ce74433.txt");
      expect(a.id).toBe("000_e38110918ce74433");
      expect(a.title).toBe("Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số");
      expect(a.titleFromText).toBe(false);
      expect(a.source).toBeNull();
    });

    it("000: the repeated title lines and photo captions are gone, the heading stays", () => {
      const a = shipped("000_e38110918ce74433.txt");
      expect(texts(a)).not.toContain(a.title);
      expect(texts(a).some((t) => t.includes("(Nguồn:"))).toBe(false);
      expect(texts(a).some((t) => t.startsWith("Thủ tướng Chính phủ Phạm Minh Chính"))).toBe(false);
      expect(a.blocks.filter((b) => b.kind === "heading")).toEqual([
        { kind: "heading", text: "Kết quả tích cực tại Long An về Chuyển đổi số", line: 23 },
      ]);
      expect(a.blocks[0]?.line).toBe(5);
    });

    it("001: publisher TTXVN, captions, byline and the related-articles tail gone", () => {
      const a = shipped("001_94f021437548c670.txt");
      expect(a.title).toBe("Nhiều điểm sáng trong chuyển đổi số ở Lào Cai");
      expect(a.source).toBe("TTXVN");
      expect(texts(a).some((t) => t.includes("Ảnh:"))).toBe(false);
      expect(texts(a)).not.toContain("Hương Thu");
      expect(texts(a)).not.toContain("Có thể bạn quan tâm");
      expect(a.blocks[a.blocks.length - 1]?.text.startsWith("Phó Trưởng Ban Chỉ đạo Chuyển đổi số tỉnh Lào Cai chỉ đạo")).toBe(true);
    });

    it("002: title from its first line, no publisher", () => {
      const a = shipped("002_256477717902c520.txt");
      expect(a.title).toBe("Để chính quyền, người dân, doanh nghiệp tỉnh Hậu Giang cùng nói về chuyển đổi số");
      expect(a.source).toBeNull();
    });

    it("003: publisher PLVN from its dateline, “Đọc thêm” dropped", () => {
      const a = shipped("003_073f218658a0be58.txt");
      expect(a.title).toBe("Kiên Giang: Phấn đấu đạt top 10 các tỉnh thành trong cả nước về chuyển đổi số");
      expect(a.source).toBe("PLVN");
      expect(a.blocks[0]?.text.startsWith("Đặt mục tiêu top 10 tỉnh")).toBe(true);
      expect(texts(a)).not.toContain("Đọc thêm");
      expect(texts(a)).not.toContain("Kiên Giang đẩy mạnh ứng dụng chuyển đổi số vào các lĩnh vực kinh – xã hội");
    });

    it("004: no title line, so its opening words label it", () => {
      const a = shipped("004_29e0622989aa08ac.txt");
      expect(a.titleFromText).toBe(true);
      expect(a.title).toBe("An Giang xác định đẩy nhanh quá trình chuyển đổi số là một trong những giải pháp đột phá…");
      expect(a.blocks[0]).toMatchObject({ kind: "paragraph", line: 2 });
      expect(texts(a)).not.toContain("Tổng lượt truy cập");
    });
  });
});

describe("isArticleFile", () => {
  it("accepts .txt and .md files", () => {
    expect(isArticleFile("000_e38110918ce74433.txt")).toBe(true);
    expect(isArticleFile("bai-viet.md")).toBe(true);
    expect(isArticleFile("BAI.TXT")).toBe(true);
  });

  it("rejects hidden files, README.md and other extensions", () => {
    expect(isArticleFile(".ghi-chu.txt")).toBe(false);
    expect(isArticleFile("README.md")).toBe(false);
    expect(isArticleFile("readme.md")).toBe(false);
    expect(isArticleFile("anh.jpg")).toBe(false);
    expect(isArticleFile("bai.txt.bak")).toBe(false);
  });
});
