import { describe, it, expect } from "vitest";
import { parseArticle, documentOf, type ArticleDocument } from "../../../knowledge/corpus/index.js";
import { extractFacts, topicOf, type Fact } from "../../../knowledge/facts/index.js";

const TITLE = "Chuyển đổi số ở Long An";

/** The document of a small article: a title line, then the body's lines. */
function doc(body: string, title = TITLE): ArticleDocument {
  return documentOf(parseArticle("x.txt", new TextEncoder().encode(`${title}\n${body}\n`)));
}
const factsOf = (body: string, title = TITLE): Fact[] => extractFacts(doc(body, title));
/** The figures of a text, the years and dates that answer "năm nào" left out. */
const figuresOf = (body: string, title = TITLE): Fact[] => factsOf(body, title).filter((f) => f.kind !== "year" && f.kind !== "date");
const raws = (body: string) => figuresOf(body).map((f) => f.raw);
const only = (body: string): Fact => {
  const facts = factsOf(body);
  expect(facts.map((f) => f.raw)).toHaveLength(1);
  return facts[0]!;
};

describe("extractFacts", () => {
  describe("what is not a figure", () => {
    it.each([
      ["a resolution number", "Tỉnh triển khai hiệu quả Nghị quyết số 21-NQ/TU của Ban Thường vụ Tỉnh ủy."],
      ["a resolution with a date", "Nghị quyết số 02-NQ/TU ngày 2-12-2020 của Tỉnh ủy đã được ban hành."],
      ["a decision number", "UBND tỉnh đã ban hành danh mục theo Quyết định số 1066."],
      ["a decision with a coded number and date", "Thực hiện Quyết định số 27/QĐ-UBQGCĐS ngày 15/3/2022 của Ủy ban quốc gia."],
      ["a plan number", "Địa phương đã ban hành Kế hoạch số 170 về phát triển doanh nghiệp."],
      ["a project name", "Tỉnh thực hiện gắn với Đề án 06 của Chính phủ."],
      ["a hotline", "Tỉnh đã vận hành Tổng đài 1022 phục vụ người dân."],
      ["a full date", "Ngày 24/5/2022, UBND tỉnh đã ban hành danh mục."],
      ["a day and month", "Tổ chức họp mặt vào ngày 10-10 tại tỉnh."],
      ["a month alone", "Hội nghị được tổ chức vào tháng 8/2023 tại tỉnh."],
      ["a year alone", "Trong năm 2021, tỉnh đã triển khai nhiều mô hình."],
      ["a span of years", "Đây là giải pháp đột phá giai đoạn 2021-2025."],
      ["a web address", "Hệ thống tiếp nhận phản ánh (https://1022.longan.gov.vn) hoạt động tốt."],
      ["a mobile number", "Người dân gọi 0913 123 456 hoặc 0913.123.456 để được hỗ trợ."],
      ["a mobile number without spaces", "Người dân gọi 0913123456 để được hỗ trợ."],
      ["a 1900 and an 1800 number", "Người dân gọi 1900 1234 hoặc 1800 6789 để được hỗ trợ."],
      ["service levels", "Tích hợp dịch vụ công mức độ 3, 4 trên cổng quốc gia."],
      ["identification levels", "Người dân đã có định danh điện tử mức 1, 2 trên địa bàn."],
      ["5G", "Thí điểm mạng di động công nghệ 5G tại TP Rạch Giá."],
      ["4G and 5G", "Phổ cập dịch vụ mạng di động 4G, 5G trên địa bàn tỉnh."],
      ["Covid-19", "Đảm bảo công tác phòng, chống Covid-19 trên địa bàn."],
      ["a version", "Tỉnh phát triển công nghiệp 4.0 trên địa bàn."],
      ["a duration", "Sau 03 tháng thử nghiệm, hệ thống vận hành ổn định."],
      ["an age", "Người dân từ 15 tuổi trở lên được hướng dẫn."],
      ["a ward number", "Thí điểm tại phường 4 của thành phố."],
      ["an ordinal session", "Hội nghị lần thứ 5 đã bế mạc."],
    ])("ignores %s", (_what, sentence) => {
      expect(raws(sentence)).toEqual([]);
    });

    it("still finds the figure beside an identifier", () => {
      expect(raws("Theo Kế hoạch số 170, tỉnh có 277 doanh nghiệp công nghệ số.")).toEqual(["277"]);
      expect(raws("Ngày 24/5/2022, tỉnh đạt 33,3%.")).toEqual(["33,3%"]);
      expect(raws("Từ tháng 5-2022, có 996 tổ công nghệ số cộng đồng.")).toEqual(["996"]);
      // An amount after "mức" is no level.
      expect(raws("Tỷ lệ tăng so với mức 38,5% của năm trước và mức 1.200 tỷ đồng.")).toEqual(["38,5%", "1.200 tỷ"]);
    });
  });

  describe("figures", () => {
    it("reads a count with its qualifier and counted noun", () => {
      const [members, teams] = factsOf("Đây là kết quả của sự phối hợp tích cực của hơn 5.500 thành viên từ 996 tổ công nghệ số cộng đồng.");
      expect(teams).toMatchObject({ raw: "996", value: 996, unit: "tổ công nghệ số cộng đồng", qualifier: null });
      expect(members).toMatchObject({
        raw: "5.500",
        value: 5500,
        unit: "thành viên",
        qualifier: "hơn",
        outOf: null,
      });
    });

    it.each([
      ["Tỉnh có khoảng 4.700 lao động.", { raw: "4.700", value: 4700, qualifier: "khoảng", unit: "lao động" }],
      ["Cổng cung cấp gần 1.600 dịch vụ công trực tuyến.", { raw: "1.600", value: 1600, qualifier: "gần", unit: "dịch vụ công trực tuyến" }],
      ["Tỉnh có trên 312.000 hồ sơ nộp trực tuyến.", { raw: "312.000", value: 312000, qualifier: "trên", unit: "hồ sơ nộp trực tuyến" }],
      ["Tỷ lệ đạt tối thiểu 80%.", { raw: "80%", value: 80, qualifier: "tối thiểu", unit: "%" }],
      ["Hiện có 277 doanh nghiệp công nghệ số hoạt động.", { raw: "277", value: 277, qualifier: null, unit: "doanh nghiệp công nghệ số" }],
      ["Ngành đã hỗ trợ hơn 2 triệu tem điện tử.", { raw: "2 triệu", value: 2_000_000, qualifier: "hơn", unit: "tem điện tử" }],
      ["Có 1,2 triệu thẻ đang lưu hành.", { raw: "1,2 triệu", value: 1_200_000, qualifier: null, unit: "thẻ" }],
      ["Mật độ điện thoại đạt gần 128 thuê bao/100 dân.", { raw: "128", value: 128, qualifier: "gần", unit: "thuê bao/100 dân" }],
      ["Lào Cai có 460.643 người đã có định danh điện tử.", { raw: "460.643", value: 460643, qualifier: null, unit: "người" }],
      // "trên" after selling, before the places sold on, says where, not "more than".
      ["Các cơ sở đã bán hàng trên 2 sàn thương mại điện tử.", { raw: "2", value: 2, qualifier: null, unit: "sàn thương mại điện tử" }],
    ])("reads %j", (sentence, expected) => {
      expect(only(sentence)).toMatchObject(expected);
    });

    it("gives a percentage the unit %", () => {
      expect(only("Tỷ lệ sử dụng hộp thư điện tử công vụ của tỉnh đạt 92%.")).toMatchObject({ raw: "92%", value: 92, unit: "%", outOf: null });
      expect(only("Tỷ lệ hồ sơ đúng hạn đạt 99,7%.")).toMatchObject({ raw: "99,7%", value: 99.7, unit: "%" });
      expect(only("Chi trợ cấp qua ATM đạt 66,79%.")).toMatchObject({ raw: "66,79%", value: 66.79, unit: "%" });
    });

    it("reads a rank x/63 as unit hạng, each with its own year", () => {
      const facts = factsOf("Chỉ số DTI của tỉnh tăng từ vị trí 16/63 tỉnh thành năm 2021 lên vị trí 10/63 năm 2022.");
      expect(facts.map((f) => [f.raw, f.unit, f.value, f.outOf, f.period, f.year])).toEqual([
        ["16/63", "hạng", 16, 63, "năm 2021", 2021],
        ["10/63", "hạng", 10, 63, "năm 2022", 2022],
      ]);
    });

    it("reads “đứng thứ 5/63” and “top 10” as ranks", () => {
      expect(only("Tỉnh đứng thứ 5/63 tỉnh, thành phố.")).toMatchObject({ raw: "5/63", unit: "hạng", value: 5, outOf: 63 });
      expect(only("Tỉnh lọt top 10 cả nước.")).toMatchObject({ raw: "10", unit: "hạng", value: 10, outOf: null });
    });

    it("reads a ratio x/y with its counted noun", () => {
      const [ratio, pct] = factsOf("Có 376/612 cơ sở giáo dục triển khai thanh toán không dùng tiền mặt, đạt 61%.");
      expect(ratio).toMatchObject({ raw: "376/612", value: 376, outOf: 612, unit: "cơ sở giáo dục" });
      expect(pct).toMatchObject({ raw: "61%", value: 61, unit: "%" });
      expect(only("Có 03/09 cơ quan nhà nước cấp tỉnh cung cấp dữ liệu mở.")).toMatchObject({ raw: "03/09", value: 3, outOf: 9 });
      expect(only("Đưa 159/163 sản phẩm lên sàn.")).toMatchObject({ raw: "159/163", value: 159, outOf: 163, unit: "sản phẩm" });
    });

    it("reads every figure of a list", () => {
      expect(factsOf("Các ngân hàng lắp đặt 333 máy ATM, trên 3.000 máy POS, 1,2 triệu thẻ đang lưu hành.").map((f) => [f.raw, f.unit, f.qualifier])).toEqual([
        ["333", "máy ATM", null],
        ["3.000", "máy POS", "trên"],
        ["1,2 triệu", "thẻ", null],
      ]);
    });

    it("splits a sentence into clauses at semicolons", () => {
      const facts = factsOf("Tỷ lệ hồ sơ đạt 83,92%; tỷ lệ ký số 24%; tỷ lệ trả kết quả trực tuyến 76%.");
      expect(facts.map((f) => f.clause)).toEqual(["Tỷ lệ hồ sơ đạt 83,92%", "tỷ lệ ký số 24%", "tỷ lệ trả kết quả trực tuyến 76%."]);
      expect(facts.map((f) => f.left)).toEqual(["Tỷ lệ hồ sơ đạt ", "tỷ lệ ký số ", "tỷ lệ trả kết quả trực tuyến "]);
    });

    it("gives ids, sentence ids and offsets that point at the figure as written", () => {
      const d = doc("Tỉnh đạt 92%. Cấp xã đạt 90% và cấp huyện đạt 95%.");
      const facts = extractFacts(d);
      expect(facts.map((f) => f.id)).toEqual(["x#1:1", "x#2:1", "x#2:2"]);
      expect(facts.map((f) => f.sentenceId)).toEqual(["x#1", "x#2", "x#2"]);
      for (const f of facts) {
        expect(f.articleId).toBe("x");
        const sentence = d.sentences.find((s) => s.id === f.sentenceId)!;
        expect(sentence.text.slice(f.start, f.end)).toBe(f.raw);
        expect(sentence.text.slice(f.clauseStart, f.clauseEnd).trim()).toBe(f.clause);
      }
    });

    it("takes no figure from a heading", () => {
      const facts = factsOf("Đoạn mở đầu không có số liệu.\n99% thôn, tổ dân phố có nền tảng số\nHạ tầng số đã tới được 99% các thôn.");
      expect(facts).toHaveLength(1);
      expect(facts[0]?.sentenceId).toBe("x#2");
    });
  });

  describe("periods", () => {
    it("takes the period the sentence states", () => {
      expect(only("Trong 8 tháng đầu năm 2023, tỷ lệ văn bản điện tử cấp xã đạt 99,99%.")).toMatchObject({
        period: "8 tháng đầu năm 2023",
        year: 2023,
      });
      expect(only("Tính đến tháng 8/2023, Cổng cung cấp gần 1.600 dịch vụ công trực tuyến.")).toMatchObject({ period: "tháng 8/2023", year: 2023 });
    });

    it("dates each item of a year-by-year list by the year before it, not the next item's", () => {
      const facts = factsOf("Thứ hạng DTI của tỉnh liên tục được cải thiện: năm 2020 xếp thứ 27, năm 2021 vươn lên thứ 14, năm 2022 đứng thứ 10.");
      expect(facts.map((f) => [f.raw, f.year])).toEqual([
        ["27", 2020],
        ["14", 2021],
        ["10", 2022],
      ]);
    });

    it("dates a figure in brackets right after a year compared with by that year", () => {
      const facts = figuresOf("Năm 2023, DTI của tỉnh xếp hạng 41/63, tăng 9 bậc so với năm 2022 (xếp hạng 50/63).");
      expect(facts.map((f) => [f.raw, f.year])).toEqual([
        ["41/63", 2023],
        ["9", 2023],
        ["50/63", 2022],
      ]);
    });

    it("reads the items of a list of goals as goals of its horizon, and the list ends at a paragraph that is no item", () => {
      const facts = figuresOf("Mục tiêu đến năm 2025, tỉnh phấn đấu:\n• Kinh tế số chiếm 15% GRDP;\n• 80% hộ gia đình có kết nối Internet cáp quang.\nNăm 2023, kinh tế số chiếm 9,6% GRDP.");
      expect(facts.map((f) => [f.raw, f.target, f.year])).toEqual([
        ["15%", true, 2025],
        ["80%", true, 2025],
        ["9,6%", false, 2023],
      ]);
    });

    it("carries a period opening a sentence to the next sentences of the paragraph", () => {
      const facts = factsOf("Trong 8 tháng đầu năm 2023, tỷ lệ văn bản điện tử cấp xã đạt 99,99%. Tỷ lệ văn bản có ký số cấp xã đạt 99,92%.");
      expect(facts.map((f) => [f.raw, f.period])).toEqual([
        ["99,99%", "8 tháng đầu năm 2023"],
        ["99,92%", "8 tháng đầu năm 2023"],
      ]);
    });

    it("does not carry a period into the next paragraph", () => {
      const facts = factsOf("Trong 8 tháng đầu năm 2023, tỷ lệ đạt 99,99%.\nTỷ lệ hộp thư điện tử đạt 92%.");
      expect(facts.map((f) => [f.raw, f.period])).toEqual([
        ["99,99%", "8 tháng đầu năm 2023"],
        ["92%", null],
      ]);
    });

    it("does not carry a period stated at the end of a sentence", () => {
      const facts = factsOf("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 90% trong năm 2022. Tỷ lệ ký số đạt 80%.");
      expect(facts.map((f) => [f.raw, f.period])).toEqual([
        ["90%", "năm 2022"],
        ["80%", null],
      ]);
    });

    it("gives no period when none is stated", () => {
      expect(only("Tỷ lệ hộp thư điện tử đạt 92%.")).toMatchObject({ period: null, year: null });
    });
  });

  describe("targets and changes", () => {
    it("tells a goal from a result in one sentence", () => {
      const facts = factsOf(
        "Ngay từ năm 2021 tỉnh đã có 100% thủ tục hành chính được cung cấp trực tuyến, phấn đấu đến năm 2025, tối thiểu 80% hồ sơ được xử lý hoàn toàn trực tuyến.",
      );
      expect(facts.map((f) => [f.raw, f.target, f.period, f.qualifier])).toEqual([
        ["100%", false, "năm 2021", null],
        ["80%", true, "năm 2025", "tối thiểu"],
      ]);
    });

    it("reads every figure after 'Mục tiêu năm 2024,' as a goal of that year, and what was reached by a year as a result", () => {
      const goals = factsOf("Mục tiêu năm 2024, tỷ lệ hồ sơ trực tuyến đạt 70%, kinh tế số chiếm 13% GRDP.");
      expect(goals.map((f) => [f.raw, f.target, f.year])).toEqual([
        ["70%", true, 2024],
        ["13%", true, 2024],
      ]);
      const reached = factsOf("Năm 2022 tỷ lệ này là 31,2%. Đến năm 2023 đã lên 46,7%, và 6 tháng đầu năm 2024 đạt 52,3%.");
      expect(reached.map((f) => [f.raw, f.target, f.period])).toEqual([
        ["31,2%", false, "Năm 2022"],
        ["46,7%", false, "năm 2023"],
        ["52,3%", false, "6 tháng đầu năm 2024"],
      ]);
    });

    it("reads a year-end measured against its plan or the year before as reached, and the next sentence on what the province has too", () => {
      const facts = factsOf("Đến hết năm 2023, tỷ lệ hộ gia đình dùng cáp quang đạt 82,4% (năm 2022 đạt 76,1%), đạt 103% kế hoạch. Toàn tỉnh có 3.126 trạm BTS.");
      expect(facts.map((f) => [f.raw, f.target])).toEqual([
        ["82,4%", false],
        ["76,1%", false],
        ["103%", false],
        ["3.126", false],
      ]);
      // Without such a measure, a year-end still sets a goal.
      expect(factsOf("Đến hết năm 2025, tỷ lệ hộ gia đình dùng cáp quang đạt 90%.").map((f) => [f.raw, f.target])).toEqual([["90%", true]]);
    });

    it("reads the items under a goals' heading written in Markdown as goals", () => {
      const facts = factsOf("## 5. Mục tiêu đến năm 2025\n- 100% xóm có sóng di động.\n- Kinh tế số chiếm 10% GRDP.");
      expect(facts.map((f) => [f.raw, f.target])).toEqual([
        ["100%", true],
        ["10%", true],
      ]);
    });

    it("ends the goals a sentence set at a sentence turning to another subject", () => {
      const facts = factsOf("Tỉnh đặt mục tiêu kinh tế số chiếm 20% GRDP vào năm 2025. Về thanh toán không dùng tiền mặt, tỷ lệ người trưởng thành có tài khoản ngân hàng là 72%.");
      expect(facts.map((f) => [f.raw, f.target])).toEqual([
        ["20%", true],
        ["72%", false],
      ]);
    });

    it("makes the next sentences of a goal's paragraph goals too, with its horizon", () => {
      const facts = factsOf("Tỉnh đạt 40%. Phấn đấu đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%. Tối thiểu 90% người dân hài lòng.");
      expect(facts.map((f) => [f.raw, f.target, f.period])).toEqual([
        ["40%", false, null],
        ["80%", true, "năm 2025"],
        ["90%", true, "năm 2025"],
      ]);
    });

    it("reads a goal with “mục tiêu đến hết năm” and its period", () => {
      expect(only("Kế hoạch đề ra mục tiêu đến hết năm 2022 tỉnh đạt 50% trường học thanh toán không dùng tiền mặt.")).toMatchObject({
        target: true,
        period: "hết năm 2022",
        year: 2022,
      });
      expect(only("Đặt mục tiêu top 10 tỉnh có chỉ số chuyển đổi số tốt nhất.")).toMatchObject({ target: true, unit: "hạng" });
    });

    it("reads a heading announcing goals as making its section's figures goals of its horizon", () => {
      const facts = figuresOf("Năm 2023, kinh tế số chiếm 8,9% GRDP.\nMục tiêu đến năm 2025\n- Kinh tế số chiếm 15% GRDP;\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.");
      expect(facts.map((f) => [f.raw, f.target, f.year])).toEqual([
        ["8,9%", false, 2023],
        ["15%", true, 2025],
        ["80%", true, 2025],
      ]);
      // A result said after the goal ("khi năm 2023 chúng ta mới đạt 8,9%") is a result.
      expect(figuresOf("Mục tiêu 15% GRDP vào năm 2025 là rất thách thức, khi năm 2023 chúng ta mới đạt 8,9%.").map((f) => [f.raw, f.target])).toEqual([
        ["15%", true],
        ["8,9%", false],
      ]);
    });

    it("reads a result stated in brackets inside a goal as a result", () => {
      const facts = figuresOf("Tỉnh đặt mục tiêu đến năm 2025, kinh tế số chiếm 10% GRDP (năm 2023 đạt 6,8%).");
      expect(facts.map((f) => [f.raw, f.target, f.year])).toEqual([
        ["10%", true, 2025],
        ["6,8%", false, 2023],
      ]);
    });

    it("does not make a plan named in passing a goal", () => {
      const facts = figuresOf("Tỉnh đã ban hành Kế hoạch phát triển đến năm 2025. Hiện có 30 doanh nghiệp công nghệ số.");
      expect(facts.map((f) => [f.raw, f.target])).toEqual([["30", false]]);
    });

    it("marks a change against a base and leaves the level beside it alone", () => {
      const facts = factsOf("Kết nối 1.480 dịch vụ công trực tuyến với Cổng dịch vụ công quốc gia (tăng 1.300 dịch vụ so với năm 2020).");
      expect(facts.map((f) => [f.raw, f.change, f.period])).toEqual([
        ["1.480", false, null],
        ["1.300", true, null],
      ]);
      expect(facts[1]).toMatchObject({ value: 1300, unit: "dịch vụ" });
    });

    it("marks “tăng 25%” and “tăng so cùng kỳ … 44,6%” as changes", () => {
      expect(factsOf("Tỷ lệ hồ sơ đạt 93% (tăng 25% so với trước khi thực hiện mô hình).").map((f) => [f.raw, f.change])).toEqual([
        ["93%", false],
        ["25%", true],
      ]);
      expect(factsOf("Tích hợp dịch vụ công, đạt tỷ lệ 93,8% tăng so cùng kỳ năm 2021 44,6%.").map((f) => [f.raw, f.change, f.period])).toEqual([
        ["93,8%", false, null],
        ["44,6%", true, null],
      ]);
      expect(only("Chỉ số giảm 5 bậc so với năm 2021.")).toMatchObject({ change: true, unit: "bậc" });
    });
  });

  describe("provinces", () => {
    const TWO = "Long An và Kiên Giang đẩy mạnh chuyển đổi số";
    const body = [
      "Long An có hơn 1.000 tổ công nghệ số cộng đồng. Tỉnh đạt vị trí 10/63 năm 2022.",
      "Tại Kiên Giang, chuyển đổi số đạt kết quả tích cực. Tỉnh cung cấp hơn 11.000 chữ ký số cho người dân. Tỷ lệ hồ sơ trực tuyến đạt 80%.",
      "Tỷ lệ hài lòng đạt 95%.",
      "Kết quả tại Long An",
      "Tỷ lệ hộp thư đạt 92%.",
      "Tại Kiên Giang có 54 tổ chức tín dụng. Long An có 277 doanh nghiệp công nghệ số. Tỉnh có 4.700 lao động.",
    ].join("\n");

    it("gives a figure of 'the district' the district the paragraph named, and the province's own figure the province", () => {
      const body = "Ở cấp huyện, huyện Thăng Bình dẫn đầu. Năm 2023, tỷ lệ hồ sơ trực tuyến của huyện đạt 82%. Toàn huyện đã lắp đặt 1.050 camera an ninh.\nNăm 2023 tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 57%.";
      const facts = figuresOf(body, "Quảng Nam đẩy mạnh chuyển đổi số");
      expect(facts.map((f) => [f.raw, f.scope, f.place])).toEqual([
        ["82%", "local", "huyện Thăng Bình"],
        ["1.050", "local", "huyện Thăng Bình"],
        ["57%", "province", null],
      ]);
    });

    it("takes a section headed by a city back to the province when a sentence under it makes the province its subject", () => {
      const body = "Ở cấp huyện, TP. Quy Nhơn đạt 74,1%.\nQuy Nhơn - điểm đến của doanh nghiệp công nghệ\nKhông chỉ chính quyền số, Bình Định còn nổi lên. Hiện trên địa bàn có 128 doanh nghiệp phần mềm.";
      const facts = figuresOf(body, "Bình Định đẩy mạnh chuyển đổi số");
      expect(facts.map((f) => [f.raw, f.scope])).toEqual([
        ["74,1%", "local"],
        ["128", "province"],
      ]);
    });

    it("gives the following sentences to the province last named, until a heading or a sentence names another", () => {
      const byRaw = Object.fromEntries(factsOf(body, TWO).map((f) => [f.raw, f.province]));
      expect(byRaw).toEqual({
        "1.000": "Long An",
        "10/63": "Long An",
        "11.000": "Kiên Giang",
        "80%": "Kiên Giang",
        "95%": "Kiên Giang",
        "92%": "Long An",
        "54": "Kiên Giang",
        "277": "Long An",
        "4.700": "Long An",
      });
    });

    it("gives a paragraph naming no province the one the title names, whatever the paragraph before compared it with", () => {
      const body = "Ngành y tế Hưng Yên đã lập hồ sơ sức khỏe điện tử cho 58% dân số. Con số này ở Hà Nam là 62%.\nChi trợ cấp thất nghiệp qua tài khoản đạt 97,1%. Phó Chủ tịch UBND tỉnh yêu cầu đạt tối thiểu 60% vào năm 2025.";
      const facts = figuresOf(body, "Thái Bình: Tổng kết chuyển đổi số năm 2023");
      expect(facts.map((f) => [f.raw, f.province])).toEqual([
        ["58%", "Hưng Yên"],
        ["62%", "Hà Nam"],
        ["97,1%", "Thái Bình"],
        ["60%", "Thái Bình"],
      ]);
    });

    it("gives each figure of a sentence naming two provinces to the one named before it", () => {
      const facts = factsOf("Long An đạt 92%, Kiên Giang đạt 80%.\nKiên Giang có thêm 10 tổ.", TWO);
      expect(facts.map((f) => [f.raw, f.province])).toEqual([
        ["92%", "Long An"],
        ["80%", "Kiên Giang"],
        ["10", "Kiên Giang"],
      ]);
    });

    it("gives a figure to a province named once in passing, for its sentence only", () => {
      const facts = factsOf("Tỉnh học tập kinh nghiệm của Đà Nẵng với 50 mô hình. Tỉnh có 20 mô hình.");
      expect(facts.map((f) => [f.raw, f.province])).toEqual([
        ["50", "Đà Nẵng"],
        ["20", "Long An"],
      ]);
    });

    it("tags through a place of the article's province", () => {
      const facts = factsOf("Huyện Bảo Thắng có 20 dân tộc.\nTỉnh Lào Cai có 9 sản phẩm OCOP.", "Nhiều điểm sáng ở Lào Cai");
      expect(facts.map((f) => f.province)).toEqual(["Lào Cai", "Lào Cai"]);
    });
  });
});

describe("documentOf", () => {
  it("finds the article's provinces from its title and text", () => {
    expect(doc("Tỉnh đạt 92%.").provinces).toEqual(["Long An"]);
    expect(doc("Long An đạt 92%. Kiên Giang đạt 80%.", "Long An và Kiên Giang đẩy mạnh chuyển đổi số").provinces).toEqual(
      expect.arrayContaining(["Long An", "Kiên Giang"]),
    );
  });

  it("does not count a province named once in passing as the article's", () => {
    expect(doc("Tỉnh học tập kinh nghiệm của Đà Nẵng. Tỉnh đạt 92%.").provinces).toEqual(["Long An"]);
  });

  it("cuts paragraphs into sentences with ids, blocks and headings", () => {
    const d = doc("Đoạn một. Câu hai.\nKết quả tại Long An\nĐoạn ba.");
    expect(d.sentences.map((s) => [s.id, s.text, s.block, s.heading])).toEqual([
      ["x#1", "Đoạn một.", 0, null],
      ["x#2", "Câu hai.", 0, null],
      ["x#3", "Đoạn ba.", 2, "Kết quả tại Long An"],
    ]);
  });

  it("tags sentences with the province spoken of when they begin, then those they name", () => {
    const d = doc(
      "Long An có 1.000 tổ. Tỉnh đạt 10/63.\nTại Kiên Giang, kết quả tích cực. Tỉnh có 11.000 chữ ký số.\nKết quả tại Long An\nTỷ lệ hộp thư đạt 92%.",
      "Long An và Kiên Giang đẩy mạnh chuyển đổi số",
    );
    expect(d.sentences.map((s) => s.provinces)).toEqual([["Long An"], ["Long An"], ["Long An", "Kiên Giang"], ["Kiên Giang"], ["Long An"]]);
  });

  it("does not read lower-case words as a province", () => {
    const d = doc("Người dân an tâm, long an toàn. Tỉnh đạt 92%.");
    expect(d.sentences[0]?.mentions).toEqual([]);
  });
});

describe("topicOf", () => {
  it.each([
    ["tỷ lệ sử dụng hộp thư điện tử công vụ", "chinh-quyen-so"],
    ["chỉ số chuyển đổi số (DTI) của tỉnh đứng thứ", "xep-hang-dti"],
    ["các ngân hàng lắp đặt máy ATM", "kinh-te-so"],
    ["người dân có điện thoại thông minh", "xa-hoi-so"],
    ["hộ gia đình có Internet cáp quang băng rộng", "ha-tang-so"],
    ["thành viên tổ công nghệ số cộng đồng", "cong-dong-nhan-luc"],
    ["phê duyệt cấp độ an toàn thông tin", "an-toan-thong-tin"],
  ])("files %j under %s", (text, topic) => {
    expect(topicOf(text)).toBe(topic);
  });

  it("matches without diacritics and with either spelling", () => {
    expect(topicOf("ho thu dien tu cong vu")).toBe("chinh-quyen-so");
    expect(topicOf("chữ kí số")).toBe(topicOf("chữ ký số"));
  });

  it("falls back to the wider text, then to chính quyền số", () => {
    expect(topicOf("đạt", "tỷ lệ người dân có điện thoại thông minh")).toBe("xa-hoi-so");
    expect(topicOf("không có gì", "cũng không")).toBe("chinh-quyen-so");
  });
});

describe("extractFacts: what a figure is", () => {
  const kinds = (body: string, title = TITLE) => figuresOf(body, title).map((f) => [f.raw, f.kind]);

  it("reads ranks however they are written, each with its year", () => {
    const facts = figuresOf("Huế giữ vững vị trí top 5 chỉ số chuyển đổi số toàn quốc, trong đó xếp thứ 2 năm 2021, thứ 4 năm 2022 và thứ 3 năm 2023.", "Chuyển đổi số ở Huế");
    // ("top 5" is held over the three years: none of them, each another rank's, is its own.)
    expect(facts.map((f) => [f.raw, f.kind, f.year, f.subject])).toEqual([
      ["5", "top", null, "dti"],
      ["2", "rank", 2021, "dti"],
      ["4", "rank", 2022, "dti"],
      ["3", "rank", 2023, "dti"],
    ]);
    expect(kinds("Năm 2023, tỉnh vươn lên thứ 36/63, tăng 11 bậc.")).toEqual([
      ["36/63", "rank"],
      ["11", "rank"],
    ]);
    expect(figuresOf("Năm 2023, tỉnh vươn lên thứ 36/63, tăng 11 bậc.")[1]).toMatchObject({ change: true, unit: "bậc" });
  });

  it("tells what a rank ranks: the index, a pillar, or what the clause counted before it", () => {
    const subjects = (body: string) => figuresOf(body).filter((f) => f.kind === "rank").map((f) => f.subject);
    expect(subjects("Ở 3 trụ cột chính: Chính quyền số xếp hạng thứ 7; Kinh tế số xếp hạng thứ 31 và Xã hội số xếp hạng thứ 11.")).toEqual([
      "chinh quyen so",
      "kinh te so",
      "xa hoi so",
    ]);
    expect(subjects("Tỉnh đã tích hợp 1.837 dịch vụ công lên Cổng dịch vụ công Quốc gia, đạt 100%, đứng thứ 5/63 tỉnh, thành phố.")[0]).not.toBe("dti");
    expect(subjects("Trà Vinh xếp hạng 25/63 tỉnh, thành phố cả nước.")).toEqual(["dti"]);
  });

  it("does not read an occasion's ordinal as a rank", () => {
    expect(raws("Đây là năm thứ 4 Bộ Thông tin và Truyền thông thực hiện đánh giá.")).toEqual([]);
    // The province leads: first, but the ordinal of the years is no figure.
    expect(raws("Đà Nẵng có năm thứ 3 liên tiếp dẫn đầu.")).toEqual(["dẫn đầu"]);
  });

  it("reads a province said to lead as first, not a group, a district, or the leader of a figure stated", () => {
    expect(kinds("Đà Nẵng tiếp tục dẫn đầu cả nước về mức độ chuyển đổi số năm 2023.")).toEqual([["dẫn đầu", "rank"]]);
    expect(raws("Đồng Tháp phấn đấu nằm trong nhóm dẫn đầu khu vực.")).toEqual([]);
    expect(raws("Huyện Châu Thành dẫn đầu với 71%, còn thị xã Vĩnh Châu mới đạt 33,9%.")).toEqual(["71%", "33,9%"]);
  });

  it("reads scores, money and multiples", () => {
    expect(kinds("Chỉ số DTI của tỉnh đạt 0,7411 điểm, với giá trị 0,8340.")).toEqual([
      ["0,7411", "score"],
      ["0,8340", "score"],
    ]);
    expect(kinds("Doanh thu đạt 34.293 tỷ đồng; xuất khẩu phần mềm đạt 132 triệu USD, gấp 1,5 lần.")).toEqual([
      ["34.293 tỷ", "money"],
      ["132 triệu", "money"],
      ["1,5", "times"],
    ]);
    expect(kinds("Tỉnh có 1.683 điểm giới thiệu dịch vụ.")).toEqual([["1.683", "count"]]);
  });

  it("gives each province named before 'lần lượt' its figure, in order", () => {
    const facts = figuresOf("DTI năm 2022, TP.HCM và Quảng Ninh lần lượt xếp thứ 2 và 3.", "Chuyển đổi số ở Trà Vinh");
    expect(facts.map((f) => [f.raw, f.province, f.kind])).toEqual([
      ["2", "TP. Hồ Chí Minh", "rank"],
      ["3", "Quảng Ninh", "rank"],
    ]);
  });

  it("gives a figure before any province's name to the province the text speaks of", () => {
    const facts = figuresOf("Đắk Lắk đẩy mạnh chuyển đổi số.\nNăm 2023, tỉnh vươn lên thứ 36/63, chỉ sau Lâm Đồng.", "Chuyển đổi số ở Đắk Lắk");
    expect(facts.map((f) => f.province)).toEqual(["Đắk Lắk"]);
  });
});

describe("extractFacts: a part of the province", () => {
  it("scopes a figure to the part of the land or people its phrase names, not to where most of a count stands", () => {
    const facts = figuresOf("Tỷ lệ hộ gia đình có cáp quang toàn tỉnh đạt 82,5%; riêng khu vực nông thôn, tỷ lệ này mới đạt 71%. Các doanh nghiệp đã lắp đặt 96 trạm 5G trên địa bàn, tập trung tại thành phố Tân An, huyện Đức Hòa.");
    expect(facts.map((f) => [f.raw, f.scope, f.place])).toEqual([
      ["82,5%", "province", null],
      ["71%", "local", "khu vực nông thôn"],
      ["96", "province", null],
    ]);
  });
});

describe("extractFacts: where and when a figure holds", () => {
  it("tells a district's or commune's figure from the province's, naming the place", () => {
    const facts = figuresOf(
      "Tỉnh Lào Cai có 159/163 sản phẩm lên sàn.\nĐiểm sáng từ huyện nông thôn mới\nBảo Thắng là huyện có 20 dân tộc. Tại xã Gia Phú, có 18 camera giám sát.",
      "Chuyển đổi số ở Lào Cai",
    );
    expect(facts.map((f) => [f.raw, f.scope, f.place])).toEqual([
      ["159/163", "province", null],
      ["20", "local", "Bảo Thắng"],
      ["18", "local", "xã Gia Phú"],
    ]);
  });

  it("reads a rank among a region's provinces and a national average as such", () => {
    const facts = figuresOf("Tỉnh đứng thứ 39/63 cả nước và thứ 9/13 tỉnh khu vực Đồng bằng sông Cửu Long. Tỷ lệ hộ có cáp quang đạt 89,13% (cả nước là 75,39%).");
    expect(facts.map((f) => [f.raw, f.scope])).toEqual([
      ["39/63", "province"],
      ["9/13", "region"],
      ["89,13%", "province"],
      ["75,39%", "national"],
    ]);
  });

  it("keeps a goal named in brackets to the figure it names, and ends a goal where a result is stated", () => {
    const facts = figuresOf("Tỷ lệ hồ sơ trực tuyến đạt 96% (vượt mục tiêu của thành phố cuối năm 2022 là 85%, gấp 2 lần cả nước); tích hợp 1.476 dịch vụ.");
    expect(facts.map((f) => [f.raw, f.target])).toEqual([
      ["96%", false],
      ["85%", true],
      ["2", false],
      ["1.476", false],
    ]);
    expect(figuresOf("Đặt mục tiêu top 10 cả nước, thời gian qua tỉnh đã cung cấp 100% dịch vụ công trực tuyến.").map((f) => [f.raw, f.target])).toEqual([
      ["10", true],
      ["100%", false],
    ]);
  });

  it("dates a figure by the period right after it, and one said relative to the year before", () => {
    const facts = figuresOf("Tỉnh đứng thứ 58 năm 2020. Một năm sau, tỉnh cải thiện lên thứ 46. Năm 2023, tỷ lệ đạt 60,2%, tăng so với 38,5% năm 2022.");
    expect(facts.map((f) => [f.raw, f.year])).toEqual([
      ["58", 2020],
      ["46", 2021],
      ["60,2%", 2023],
      ["38,5%", 2022],
    ]);
    // The same time of an earlier year dates the figure right after it only.
    const sameTime = figuresOf("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 61,4%, trong khi cùng kỳ năm 2023 chỉ khoảng 39,8%.");
    expect(sameTime.map((f) => [f.raw, f.year])).toEqual([
      ["61,4%", 2024],
      ["39,8%", 2023],
    ]);
    // A year after "của" is the figure's before it, and dates no other: "Trong năm" is undated.
    const base = figuresOf("Trong năm, tỷ lệ hồ sơ trực tuyến đạt 61,8%, tăng mạnh so với mức 38,5% của năm 2022.");
    expect(base.map((f) => [f.raw, f.year])).toEqual([
      ["61,8%", null],
      ["38,5%", 2022],
    ]);
  });
});

describe("extractFacts: years and dates as answers", () => {
  it("makes a fact of a year or a date a clause states without a figure", () => {
    const facts = factsOf("Năm 2012 Quảng Ninh đã tập trung đẩy mạnh chuyển đổi số. Trung tâm IOC vận hành thử nghiệm ngày 20/6/2022.", "Chuyển đổi số ở Quảng Ninh");
    expect(facts.map((f) => [f.raw, f.kind, f.value])).toEqual([
      ["2012", "year", 2012],
      ["20/6/2022", "date", 20220620],
    ]);
  });
});

describe("extractFacts: tables", () => {
  const row = (f: Fact) => [f.raw, f.kind, f.period, f.target, f.left];

  it("reads a row's figures as what its first cell names, each of its column's period or goal", () => {
    const facts = figuresOf("Chỉ tiêu | Năm 2022 | Năm 2023 | Mục tiêu 2025\nXếp hạng chỉ số DTI | 24/63 | 14/63 | 10/63\nTỷ lệ hồ sơ trực tuyến | 41,2% | 63,8% | 80%\nTài khoản định danh điện tử mức 2 | 402.100 | 815.600 | —");
    expect(facts.map(row)).toEqual([
      ["24/63", "rank", "Năm 2022", false, "Xếp hạng chỉ số DTI"],
      ["14/63", "rank", "Năm 2023", false, "Xếp hạng chỉ số DTI"],
      ["10/63", "rank", "năm 2025", true, "Xếp hạng chỉ số DTI"],
      ["41,2%", "percent", "Năm 2022", false, "Tỷ lệ hồ sơ trực tuyến"],
      ["63,8%", "percent", "Năm 2023", false, "Tỷ lệ hồ sơ trực tuyến"],
      ["80%", "percent", "năm 2025", true, "Tỷ lệ hồ sơ trực tuyến"],
      ["402.100", "count", "Năm 2022", false, "Tài khoản định danh điện tử mức 2"],
      ["815.600", "count", "Năm 2023", false, "Tài khoản định danh điện tử mức 2"],
    ]);
    expect(facts[1]!.subject).toBe("dti");
  });

  it("reads a table keyed by year or by province as measuring what its columns' headers name", () => {
    const byYear = figuresOf("Năm | Hồ sơ trực tuyến | Thanh toán trực tuyến\n2021 | 20,5% | 9,1%\n2022 | 38,4% | 15,6%");
    expect(byYear.map(row)).toEqual([
      ["20,5%", "percent", "năm 2021", false, "Hồ sơ trực tuyến"],
      ["9,1%", "percent", "năm 2021", false, "Thanh toán trực tuyến"],
      ["38,4%", "percent", "năm 2022", false, "Hồ sơ trực tuyến"],
      ["15,6%", "percent", "năm 2022", false, "Thanh toán trực tuyến"],
    ]);
    const byProvince = figuresOf("| Tỉnh | Tỷ lệ hồ sơ trực tuyến | Tổ công nghệ số cộng đồng |\n|---|---|---|\n| Cà Mau | 55,2% | 1.013 |\n| Bạc Liêu | 48,7% | 640 |", "Cà Mau và Bạc Liêu: chuyển đổi số");
    expect(byProvince.map((f) => [f.province, f.raw, f.left])).toEqual([
      ["Cà Mau", "55,2%", "Tỷ lệ hồ sơ trực tuyến"],
      ["Cà Mau", "1.013", "Tổ công nghệ số cộng đồng"],
      ["Bạc Liêu", "48,7%", "Tỷ lệ hồ sơ trực tuyến"],
      ["Bạc Liêu", "640", "Tổ công nghệ số cộng đồng"],
    ]);
  });
});
