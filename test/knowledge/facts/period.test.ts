import { describe, it, expect } from "vitest";
import { periodsIn, relativePeriodsIn } from "../../../knowledge/facts/index.js";

const one = (text: string) => {
  const found = periodsIn(text);
  expect(found.map((p) => p.text)).toHaveLength(1);
  return found[0]!;
};

describe("periodsIn", () => {
  it.each([
    ["Trong 8 tháng đầu năm 2023, tỷ lệ đạt 99,99%.", "8 tháng đầu năm 2023", 2023],
    ["Trong 9 tháng năm 2023, tỉnh đạt nhiều kết quả.", "9 tháng năm 2023", 2023],
    ["Tính đến tháng 8/2023, Cổng cung cấp dịch vụ.", "tháng 8/2023", 2023],
    ["Tổ được triển khai từ tháng 5-2022.", "tháng 5-2022", 2022],
    ["Vị trí 16/63 năm 2021.", "năm 2021", 2021],
    ["Giải pháp đột phá giai đoạn 2021-2025.", "giai đoạn 2021-2025", 2025],
    ["Trong giai đoạn 2023 - 2025, Tỉnh ủy đề ra 6 nhiệm vụ.", "giai đoạn 2023 - 2025", 2025],
    ["Kết quả quý III/2023 rất tốt.", "quý III/2023", 2023],
    ["Tính đến 9/2022, không xảy ra sự cố.", "9/2022", 2022],
  ])("finds the period in %j", (text, period, year) => {
    const p = one(text);
    expect(p).toMatchObject({ text: period, year, horizon: false, comparison: false });
    expect(text.slice(p.start, p.end)).toBe(period);
  });

  it("marks a goal's horizon, but not “tính đến”", () => {
    expect(one("phấn đấu đến năm 2025, tối thiểu 80% hồ sơ")).toMatchObject({ text: "năm 2025", horizon: true });
    expect(one("mục tiêu đến hết năm 2022 tỉnh đạt 50%")).toMatchObject({ text: "hết năm 2022", year: 2022, horizon: true });
    expect(one("định hướng đến năm 2030")).toMatchObject({ year: 2030, horizon: true });
    expect(one("Tính đến năm 2023, tỉnh có 50 tổ.")).toMatchObject({ text: "năm 2023", horizon: false });
  });

  it("marks the span of a plan named before it, no figure's period", () => {
    expect(one("Kế hoạch số 170 về Phát triển doanh nghiệp công nghệ số trên địa bàn tỉnh giai đoạn 2022-2025")).toMatchObject({ text: "giai đoạn 2022-2025", plan: true });
    expect(one("Giải pháp đột phá giai đoạn 2021-2025.").plan).toBeUndefined();
  });

  it("marks a comparison's base", () => {
    expect(one("tăng 1.300 dịch vụ so với năm 2020")).toMatchObject({ text: "năm 2020", comparison: true, horizon: false });
    expect(one("tăng so cùng kỳ năm 2021 44,6%")).toMatchObject({ text: "năm 2021", comparison: true });
  });

  it("gives every period of a text in order", () => {
    const text = "Từ vị trí 16/63 năm 2021 lên vị trí 10/63 năm 2022, phấn đấu đến năm 2025.";
    expect(periodsIn(text).map((p) => [p.text, p.horizon])).toEqual([
      ["năm 2021", false],
      ["năm 2022", false],
      ["năm 2025", true],
    ]);
  });

  it("does not read a rank, a date or a figure as a period", () => {
    expect(periodsIn("Tỉnh đứng thứ 10/63, đạt 99,7% với 1.837 dịch vụ.")).toEqual([]);
    expect(periodsIn("")).toEqual([]);
  });

  it("reads a part of a year named without one as of the year last stated", () => {
    const texts = (text: string) => relativePeriodsIn(text, 2024).map((p) => [p.text, p.year]);
    expect(texts("Trong 11 tháng, có 264.900 giao dịch. Riêng tháng 11 ghi nhận 28.450 giao dịch.")).toEqual([
      ["11 tháng năm 2024", 2024],
      ["tháng 11 năm 2024", 2024],
    ]);
    // Months from the start of the year to the end of one are that many months.
    expect(texts("Lũy kế từ đầu năm đến hết tháng 11, đã tiếp nhận 1.035.620 hồ sơ.")).toEqual([["11 tháng năm 2024", 2024]]);
    // A part written with its own year is read where it stands, not here; a month past twelve is no month.
    expect(texts("Trong 6 tháng đầu năm 2023, tỷ lệ đạt 60%; sau 18 tháng thử nghiệm.")).toEqual([]);
    expect(relativePeriodsIn("Trong 11 tháng, có 264.900 giao dịch.", null)).toEqual([]);
    // Only of a year its paragraph stated; a length of time is no part of a year.
    expect(relativePeriodsIn("Trong 11 tháng, có 264.900 giao dịch.", 2024, null)).toEqual([]);
    expect(texts("Sau 03 tháng thử nghiệm, hệ thống tiếp nhận 72 phản ánh.")).toEqual([]);
  });
});
