import { describe, it, expect } from "vitest";
import { PLACES } from "../../../knowledge/provinces/places.js";

const FORMER_PROVINCES: readonly string[] = [
  "Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa - Vũng Tàu",
  "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước",
  "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp",
  "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên",
  "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An",
  "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
  "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
  "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
  "Vĩnh Phúc", "Yên Bái",
];

function provincesOf(name: string): readonly string[] | undefined {
  return PLACES.find((p) => p.name === name)?.provinces;
}

describe("PLACES", () => {
  it("the hand-written province list has 63 distinct names", () => {
    expect(new Set(FORMER_PROVINCES).size).toBe(63);
  });

  it("uses only the 63 canonical former province names", () => {
    const known = new Set(FORMER_PROVINCES);
    for (const place of PLACES) {
      expect(place.provinces.length, place.name).toBeGreaterThan(0);
      for (const province of place.provinces) expect(known.has(province), `${place.name} → ${province}`).toBe(true);
      expect(new Set(place.provinces).size, place.name).toBe(place.provinces.length);
    }
  });

  it("covers every former province", () => {
    const covered = new Set(PLACES.flatMap((p) => p.provinces));
    expect(FORMER_PROVINCES.filter((p) => !covered.has(p))).toEqual([]);
  });

  it("has no duplicate names", () => {
    const names = PLACES.map((p) => p.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("has NFC, trimmed names without an administrative prefix", () => {
    for (const place of PLACES) {
      expect(place.name).toBe(place.name.normalize("NFC"));
      expect(place.name).toBe(place.name.trim());
      expect(place.name).not.toMatch(/^(huyện|quận|thị xã|thành phố|tp\.?)\s/iu);
      for (const province of place.provinces) expect(province).toBe(province.normalize("NFC"));
    }
  });

  it("skips names identical to a province name", () => {
    const provinces = new Set(FORMER_PROVINCES);
    expect(PLACES.filter((p) => provinces.has(p.name)).map((p) => p.name)).toEqual([]);
  });

  it("maps known places to their former province", () => {
    expect(provincesOf("Bảo Thắng")).toEqual(["Lào Cai"]);
    expect(provincesOf("Bắc Hà")).toEqual(["Lào Cai"]);
    expect(provincesOf("Rạch Giá")).toEqual(["Kiên Giang"]);
    expect(provincesOf("Phú Quốc")).toEqual(["Kiên Giang"]);
    expect(provincesOf("Cần Giuộc")).toEqual(["Long An"]);
    expect(provincesOf("Tân An")).toEqual(["Long An"]);
    expect(provincesOf("Châu Thành A")).toEqual(["Hậu Giang"]);
    expect(provincesOf("Vị Thanh")).toEqual(["Hậu Giang"]);
    expect(provincesOf("Ngã Bảy")).toEqual(["Hậu Giang"]);
    expect(provincesOf("Long Xuyên")).toEqual(["An Giang"]);
    expect(provincesOf("Châu Đốc")).toEqual(["An Giang"]);
  });

  it("lists every province that has a district called Châu Thành", () => {
    expect(provincesOf("Châu Thành")).toEqual(
      expect.arrayContaining([
        "Long An", "An Giang", "Tiền Giang", "Bến Tre", "Kiên Giang", "Tây Ninh", "Đồng Tháp", "Trà Vinh", "Sóc Trăng",
      ]),
    );
  });
});
