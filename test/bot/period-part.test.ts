import { describe, expect, it } from "vitest";
import { fitsPart, periodPart } from "../../bot/understand/period-part.js";

describe("periodPart", () => {
  it.each([
    ["tỷ lệ quý II/2024 là bao nhiêu", "q2", "quý II"],
    ["quy 3 nam 2024", "q3", "quý III"],
    ["11 tháng năm 2024 đạt bao nhiêu", "11t", "11 tháng"],
    ["sáu tháng đầu năm 2024", "6t", "6 tháng đầu"],
    ["6 thang cuoi nam 2023", "6tc", "6 tháng cuối"],
    ["riêng tháng 11/2024", "m11", "tháng 11"],
    ["ca nam 2023 dat bao nhieu", "full", "cả năm"],
  ])("reads %s", (text, key, shown) => {
    expect(periodPart(text)).toMatchObject({ key, text: shown });
  });

  it.each([["năm 2023"], ["tính đến tháng 9/2022"], ["12 tháng năm 2023"], ["tháng trước"], ["DTI 2023"]])("reads no part of a year in %s", (text) => {
    expect(periodPart(text)).toBeNull();
  });
});

describe("fitsPart", () => {
  it("holds a figure of the part asked, or of any part when none is asked", () => {
    expect(fitsPart(periodPart("quý III/2024"), "quý III/2024")).toBe(true);
    expect(fitsPart(periodPart("quý II/2024"), "quý III/2024")).toBe(false);
    expect(fitsPart(periodPart("11 tháng"), "tháng 11/2024")).toBe(false);
    expect(fitsPart(periodPart("6 tháng đầu năm 2024"), "6 tháng đầu năm 2024")).toBe(true);
    expect(fitsPart(null, "8 tháng đầu năm 2023")).toBe(true);
  });

  it("holds only a whole year's figure for 'cả năm'", () => {
    expect(fitsPart(periodPart("cả năm 2023"), "năm 2023")).toBe(true);
    expect(fitsPart(periodPart("cả năm 2023"), "8 tháng đầu năm 2023")).toBe(false);
  });
});
