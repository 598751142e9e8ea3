import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  FORMER_PROVINCES,
  CURRENT_PROVINCES,
  MERGER_DATE,
  currentUnitOf,
  formerProvinceNames,
  mentionsIn,
  provincesAsked,
} from "../../../knowledge/provinces/index.js";
import { foldText } from "../../../knowledge/text/index.js";

const provincesIn = (text: string, options?: Parameters<typeof mentionsIn>[1]) => mentionsIn(text, options).map((m) => m.province);

describe("FORMER_PROVINCES and CURRENT_PROVINCES", () => {
  it("has the 63 former provinces, each once", () => {
    expect(FORMER_PROVINCES).toHaveLength(63);
    expect(new Set(FORMER_PROVINCES.map((p) => p.name)).size).toBe(63);
  });

  it("has the 34 units in force since 1 July 2025, each once", () => {
    expect(CURRENT_PROVINCES).toHaveLength(34);
    expect(new Set(CURRENT_PROVINCES.map((p) => p.name)).size).toBe(34);
    expect(MERGER_DATE).toBe("2025-07-01");
  });

  it("puts every former province in exactly one current unit", () => {
    for (const p of FORMER_PROVINCES) {
      const units = CURRENT_PROVINCES.filter((c) => c.formerProvinces.includes(p.name));
      expect(units.map((u) => u.name), p.name).toHaveLength(1);
    }
  });

  it("lists only former provinces inside current units", () => {
    const former = new Set(FORMER_PROVINCES.map((p) => p.name));
    const listed = CURRENT_PROVINCES.flatMap((c) => c.formerProvinces);
    expect(listed.filter((n) => !former.has(n))).toEqual([]);
    expect(listed).toHaveLength(63);
  });

  it("keeps the 11 units that merged with nothing", () => {
    const alone = CURRENT_PROVINCES.filter((c) => c.formerProvinces.length === 1).map((c) => c.name);
    expect(alone.sort((a, b) => a.localeCompare(b, "vi"))).toEqual(
      ["Cao Bằng", "Điện Biên", "Hà Nội", "Hà Tĩnh", "Huế", "Lai Châu", "Lạng Sơn", "Nghệ An", "Quảng Ninh", "Sơn La", "Thanh Hóa"].sort((a, b) =>
        a.localeCompare(b, "vi"),
      ),
    );
  });

  it("writes names in NFC", () => {
    for (const p of FORMER_PROVINCES) expect(p.name).toBe(p.name.normalize("NFC"));
    for (const c of CURRENT_PROVINCES) expect(c.name).toBe(c.name.normalize("NFC"));
  });
});

describe("formerProvinceNames", () => {
  it("gives the 63 canonical names", () => {
    const names = formerProvinceNames();
    expect(names).toHaveLength(63);
    expect(names).toContain("Long An");
    expect(names).toContain("TP. Hồ Chí Minh");
    expect(names).toContain("Thừa Thiên Huế");
  });
});

describe("currentUnitOf", () => {
  it.each([
    ["Long An", "Tây Ninh"],
    ["Kiên Giang", "An Giang"],
    ["An Giang", "An Giang"],
    ["Hậu Giang", "Cần Thơ"],
    ["Sóc Trăng", "Cần Thơ"],
    ["Yên Bái", "Lào Cai"],
    ["Lào Cai", "Lào Cai"],
    ["Bình Dương", "TP. Hồ Chí Minh"],
    ["Bà Rịa - Vũng Tàu", "TP. Hồ Chí Minh"],
    ["Quảng Nam", "Đà Nẵng"],
    ["Hà Giang", "Tuyên Quang"],
    ["Thừa Thiên Huế", "Huế"],
    ["Hà Nội", "Hà Nội"],
  ])("puts %s in %s", (former, current) => {
    expect(currentUnitOf(former)?.name).toBe(current);
  });

  it("lists the merged unit's former provinces", () => {
    expect(currentUnitOf("Hậu Giang")?.formerProvinces).toEqual(expect.arrayContaining(["Cần Thơ", "Sóc Trăng", "Hậu Giang"]));
    expect(currentUnitOf("Hậu Giang")?.formerProvinces).toHaveLength(3);
  });

  it("knows nothing of a name that is not a canonical former province", () => {
    expect(currentUnitOf("Atlantis")).toBeUndefined();
    expect(currentUnitOf("long an")).toBeUndefined();
  });
});

describe("mentionsIn", () => {
  it.each([
    ["TP.HCM", "TP. Hồ Chí Minh"],
    ["tp hcm", "TP. Hồ Chí Minh"],
    ["TPHCM", "TP. Hồ Chí Minh"],
    ["Sài Gòn", "TP. Hồ Chí Minh"],
    ["Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh"],
    ["Huế", "Thừa Thiên Huế"],
    ["Thừa Thiên - Huế", "Thừa Thiên Huế"],
    ["lao cai", "Lào Cai"],
    ["LÀO CAI", "Lào Cai"],
    ["Hoà Bình", "Hòa Bình"],
    ["Khánh Hoà", "Khánh Hòa"],
    ["Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"],
    ["Dak Lak", "Đắk Lắk"],
    ["Bắc Cạn", "Bắc Kạn"],
    ["baclieu", "Bạc Liêu"],
    ["hanoi", "Hà Nội"],
    ["LongAn", "Long An"],
    ["thuathienhue", "Thừa Thiên Huế"],
  ])("finds %s as %s", (text, province) => {
    expect(provincesIn(`số liệu của ${text} năm 2023`)).toEqual([province]);
  });

  it("finds every former province by its canonical name, with or without diacritics", () => {
    for (const name of formerProvinceNames()) {
      expect(provincesIn(`tỉnh ${name} đạt`), name).toEqual([name]);
      expect(provincesIn(`tinh ${foldText(name)} dat`), name).toEqual([name]);
    }
  });

  it("gives mentions in order with offsets and the words as written", () => {
    const text = "Long An và Kiên Giang, đặc biệt là TP.HCM.";
    const mentions = mentionsIn(text);
    expect(mentions).toEqual([
      { province: "Long An", start: 0, end: 7, via: "name", matched: "Long An" },
      { province: "Kiên Giang", start: 11, end: 21, via: "name", matched: "Kiên Giang" },
      { province: "TP. Hồ Chí Minh", start: 35, end: 41, via: "name", matched: "TP.HCM" },
    ]);
  });

  it("with properNoun, matches capitalised names only", () => {
    expect(provincesIn("việc này làm lòng an tâm, long an", { properNoun: true })).toEqual([]);
    expect(provincesIn("tại Long An", { properNoun: true })).toEqual(["Long An"]);
    expect(provincesIn("tại long an")).toEqual(["Long An"]);
  });

  it("finds a place inside a single province", () => {
    expect(mentionsIn("huyện Bảo Thắng")).toEqual([{ province: "Lào Cai", start: 6, end: 15, via: "place", matched: "Bảo Thắng" }]);
    expect(provincesIn("TP Phú Quốc")).toEqual(["Kiên Giang"]);
    expect(provincesIn("TP. Rạch Giá")).toEqual(["Kiên Giang"]);
    expect(provincesIn("TP. Vị Thanh")).toEqual(["Hậu Giang"]);
    expect(provincesIn("thị trấn Cần Giuộc")).toEqual(["Long An"]);
  });

  it("reads a place typed without diacritics only in a text typed without any, and never a phrase of the lexicon", () => {
    expect(mentionsIn("van ban dien tu")).toEqual([]);
    expect(mentionsIn("la gi")).toEqual([]);
    expect(mentionsIn("Số văn bản phu quoc gửi đi")).toEqual([]);
    expect(mentionsIn("phu quoc co bao nhieu chu ky so").map((m) => [m.province, m.via, m.matched])).toEqual([["Kiên Giang", "place", "phu quoc"]]);
    expect(mentionsIn("phu quoc", { properNoun: true })).toEqual([]);
    // Two words read as a place only where a place stands: first, or after "ở", "tại", "tp"…
    expect(mentionsIn("hau giang co to cns o tat ca cac ap k").map((m) => m.province)).toEqual(["Hậu Giang"]);
    expect(mentionsIn("so to cong nghe o chau doc").map((m) => [m.province, m.via])).toEqual([["An Giang", "place"]]);
  });

  it("reads a name typed without marks that starts inside a phrase of the lexicon as the name after it", () => {
    expect(mentionsIn("ty le ho so truc tuyen quang nam 2023").map((m) => m.province)).toEqual(["Quảng Nam"]);
    expect(mentionsIn("ho so truc tuyen tuyen quang").map((m) => m.province)).toEqual(["Tuyên Quang"]);
    expect(mentionsIn("ty le ho co cap quang nam 2022")).toEqual([]);
  });

  it("prefers the longest match (Châu Thành A before Châu Thành)", () => {
    expect(provincesIn("huyện Châu Thành A")).toEqual(["Hậu Giang"]);
  });

  it("ignores an ambiguous place unless placesWithin settles it", () => {
    expect(mentionsIn("huyện Châu Thành")).toEqual([]);
    expect(provincesIn("huyện Châu Thành", { placesWithin: new Set(["Kiên Giang"]) })).toEqual(["Kiên Giang"]);
    expect(provincesIn("huyện Châu Thành", { placesWithin: new Set(["Long An", "Lào Cai"]) })).toEqual(["Long An"]);
    expect(provincesIn("huyện Châu Thành", { placesWithin: new Set(["Long An", "Kiên Giang"]) })).toEqual([]);
  });

  it("with placesWithin, drops places outside those provinces but keeps names", () => {
    const within = new Set(["Long An"]);
    expect(provincesIn("huyện Bảo Thắng", { placesWithin: within })).toEqual([]);
    expect(provincesIn("tỉnh Lào Cai", { placesWithin: within })).toEqual(["Lào Cai"]);
  });

  it("finds nothing in text naming no province", () => {
    expect(mentionsIn("Tỷ lệ hồ sơ trực tuyến đạt 99,7%.")).toEqual([]);
    expect(mentionsIn("")).toEqual([]);
  });

  it("gives offsets that point at the matched words", () => {
    const piece = fc.constantFrom("Long An", "tại", "Kiên Giang", "TP.HCM", "Phú Quốc", "huyện", "Châu Thành", "lao cai", ", ", "đạt 92%", "Huế");
    const text = fc.array(piece, { maxLength: 15 }).map((xs) => xs.join(" "));
    fc.assert(
      fc.property(text, (s) => {
        let last = 0;
        for (const m of mentionsIn(s)) {
          if (s.slice(m.start, m.end) !== m.matched || m.start < last) return false;
          last = m.end;
        }
        return true;
      }),
    );
  });
});

describe("provincesAsked", () => {
  it("gives the provinces a question names, once each, in order, with their current unit", () => {
    const asked = provincesAsked("So sánh Long An với Kiên Giang và long an");
    expect(asked.map((a) => a.province)).toEqual(["Long An", "Kiên Giang"]);
    expect(asked.map((a) => a.current?.name)).toEqual(["Tây Ninh", "An Giang"]);
    expect(asked.every((a) => !a.merged)).toBe(true);
    expect(asked[0]).toMatchObject({ start: 8, end: 15 });
  });

  it("keeps a place inside a province named after it (“Kiên Giang … ở Phú Quốc”)", () => {
    const [a] = provincesAsked("Kiên Giang có bao nhiêu máy ATM ở Phú Quốc?");
    expect(a).toMatchObject({ province: "Kiên Giang", via: "name", within: "Phú Quốc" });
    expect(provincesAsked("Kiên Giang có bao nhiêu máy ATM?")[0]?.within).toBeUndefined();
  });

  it("marks a province asked as the new merged unit (“An Giang mới”)", () => {
    const [a] = provincesAsked("An Giang mới có bao nhiêu dịch vụ công trực tuyến?");
    expect(a).toMatchObject({ province: "An Giang", merged: true });
    expect(a?.current?.formerProvinces).toEqual(expect.arrayContaining(["An Giang", "Kiên Giang"]));
  });

  it("marks “sau sáp nhập” and “(mới)” as the merged unit too", () => {
    expect(provincesAsked("Cần Thơ sau sáp nhập thế nào?")[0]?.merged).toBe(true);
    expect(provincesAsked("tỉnh Lào Cai (mới) ra sao")[0]?.merged).toBe(true);
    expect(provincesAsked("Lào Cai hiện nay ra sao")[0]?.merged).toBe(true);
  });

  it("reads a place spelled without marks only in capitals: “la gi” is “là gì”, not the town La Gi", () => {
    expect(provincesAsked("to cong nghe so cong dong la gi")).toEqual([]);
    expect(provincesAsked("La Gi có bao nhiêu hồ sơ trực tuyến")[0]).toMatchObject({ province: "Bình Thuận", via: "place" });
  });

  it("reads “hiện nay” after a province merged into another as now, not as the new unit", () => {
    expect(provincesAsked("tỷ lệ có tài khoản ở Kiên Giang hiện nay")[0]).toMatchObject({ province: "Kiên Giang", merged: false });
    expect(provincesAsked("kien giang hien nay co bao nhieu atm")[0]).toMatchObject({ province: "Kiên Giang", merged: false });
    expect(provincesAsked("Kiên Giang sau sáp nhập thế nào?")[0]?.merged).toBe(true);
  });

  it("does not mark a province followed by other words as merged", () => {
    expect(provincesAsked("An Giang có bao nhiêu thành viên tổ công nghệ số?")[0]?.merged).toBe(false);
    expect(provincesAsked("Hậu Giang đứng thứ mấy?")[0]?.merged).toBe(false);
  });

  it("asks about a place's province (Phú Quốc → Kiên Giang)", () => {
    expect(provincesAsked("Phú Quốc có 5G chưa?").map((a) => a.province)).toEqual(["Kiên Giang"]);
  });

  it("gives nothing for a question naming no province", () => {
    expect(provincesAsked("Chữ ký số là gì?")).toEqual([]);
  });
});

describe("provincesAsked: short forms", () => {
  const asked = (q: string) => provincesAsked(q).map((p) => [p.province, p.alternatives ?? null]);

  it("reads a short form in capitals anywhere, in lower case only where a province stands", () => {
    expect(asked("LA co bn hs nop truc tuyen")).toEqual([["Long An", null]]);
    expect(asked("tv kts dc may diem")).toEqual([["Trà Vinh", null]]);
    expect(asked("còn tv thì sao")).toEqual([["Trà Vinh", null]]);
    expect(asked("so sanh la va kg")).toEqual([["Long An", null], ["Kiên Giang", null]]);
    // "đt" is điện thoại, "tv" thành viên in the middle of a question; "bn" last is bao nhiêu.
    expect(asked("ty le dung dt thong minh")).toEqual([]);
    // ("dt thông minh" opening a question spells out a phrase of the lexicon.)
    expect(asked("dt thong minh thi sao")).toEqual([]);
    expect(asked("co bao nhieu tv to cns")).toEqual([]);
    expect(asked("ty le ho so truc tuyen la bn")).toEqual([]);
    // "DN" in capitals is doanh nghiệp.
    expect(asked("Long An có bao nhiêu DN công nghệ số")).toEqual([["Long An", null]]);
  });

  it("gives every province a short form may stand for", () => {
    expect(asked("qn co bn tram bts")).toEqual([["Quảng Ninh", ["Quảng Ninh", "Quảng Nam", "Quảng Ngãi"]]]);
    expect(asked("ĐN tỷ lệ hồ sơ trực tuyến")).toEqual([["Đà Nẵng", ["Đà Nẵng", "Đồng Nai"]]]);
  });
});
