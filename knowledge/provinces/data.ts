/**
 * The gazetteer's data: Vietnam's 63 provinces and centrally-run cities as they stood until
 * 30 June 2025 ("former provinces"), and the 34 units in force since 1 July 2025 (Resolution
 * 202/2025/QH15), each listing the former provinces it absorbed. Names are NFC with the modern
 * tone placement ("Hòa", "Thủy"); aliases are what people type, with or without diacritics.
 */

/** One former province, with the ways people write it. */
export interface FormerProvince {
  /** Canonical name. */
  readonly name: string;
  /** Other names and spellings; matched folded, so "Hoà"/"Hòa" or missing diacritics need no entry. */
  readonly aliases: readonly string[];
  /** A centrally-run city: "thành phố Đà Nẵng" is the province itself, not a city inside it. */
  readonly city?: true;
}

/** One unit in force since 1 July 2025. */
export interface CurrentProvince {
  readonly name: string;
  readonly aliases: readonly string[];
  /** The former provinces it is made of, its own former self included when it kept the name. */
  readonly formerProvinces: readonly string[];
}

/** The 63 former provinces. */
export const FORMER_PROVINCES: readonly FormerProvince[] = [
  { name: "Hà Nội", aliases: ["Thủ đô Hà Nội", "TP Hà Nội", "HN"], city: true },
  { name: "TP. Hồ Chí Minh", aliases: ["Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP.HCM", "TPHCM", "TP HCM", "HCM", "HCMC", "Sài Gòn", "Saigon"], city: true },
  { name: "Hải Phòng", aliases: [], city: true },
  { name: "Đà Nẵng", aliases: ["Danang", "TP Đà Nẵng"], city: true },
  { name: "Cần Thơ", aliases: [], city: true },
  { name: "An Giang", aliases: ["AG"] },
  { name: "Bà Rịa - Vũng Tàu", aliases: ["Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT", "BRVT", "Vũng Tàu"] },
  { name: "Bắc Giang", aliases: [] },
  { name: "Bắc Kạn", aliases: ["Bắc Cạn"] },
  { name: "Bạc Liêu", aliases: [] },
  { name: "Bắc Ninh", aliases: [] },
  { name: "Bến Tre", aliases: [] },
  { name: "Bình Định", aliases: [] },
  { name: "Bình Dương", aliases: [] },
  { name: "Bình Phước", aliases: [] },
  { name: "Bình Thuận", aliases: [] },
  { name: "Cà Mau", aliases: [] },
  { name: "Cao Bằng", aliases: [] },
  { name: "Đắk Lắk", aliases: ["Đắc Lắc", "Daklak", "Dak Lak"] },
  { name: "Đắk Nông", aliases: ["Đắc Nông", "Daknong"] },
  { name: "Điện Biên", aliases: [] },
  { name: "Đồng Nai", aliases: [] },
  { name: "Đồng Tháp", aliases: [] },
  { name: "Gia Lai", aliases: [] },
  { name: "Hà Giang", aliases: [] },
  { name: "Hà Nam", aliases: [] },
  { name: "Hà Tĩnh", aliases: [] },
  { name: "Hải Dương", aliases: [] },
  { name: "Hậu Giang", aliases: [] },
  { name: "Hòa Bình", aliases: [] },
  { name: "Hưng Yên", aliases: [] },
  { name: "Khánh Hòa", aliases: [] },
  { name: "Kiên Giang", aliases: ["KG"] },
  { name: "Kon Tum", aliases: ["Kontum"] },
  { name: "Lai Châu", aliases: [] },
  { name: "Lâm Đồng", aliases: [] },
  { name: "Lạng Sơn", aliases: [] },
  { name: "Lào Cai", aliases: [] },
  { name: "Long An", aliases: [] },
  { name: "Nam Định", aliases: [] },
  { name: "Nghệ An", aliases: [] },
  { name: "Ninh Bình", aliases: [] },
  { name: "Ninh Thuận", aliases: [] },
  { name: "Phú Thọ", aliases: [] },
  { name: "Phú Yên", aliases: [] },
  { name: "Quảng Bình", aliases: [] },
  { name: "Quảng Nam", aliases: [] },
  { name: "Quảng Ngãi", aliases: [] },
  { name: "Quảng Ninh", aliases: [] },
  { name: "Quảng Trị", aliases: [] },
  { name: "Sóc Trăng", aliases: [] },
  { name: "Sơn La", aliases: [] },
  { name: "Tây Ninh", aliases: [] },
  { name: "Thái Bình", aliases: [] },
  { name: "Thái Nguyên", aliases: [] },
  { name: "Thanh Hóa", aliases: ["Xứ Thanh"] },
  { name: "Thừa Thiên Huế", aliases: ["Thừa Thiên - Huế", "Thừa Thiên-Huế", "TT-Huế", "Huế", "TP Huế", "Thành phố Huế"], city: true },
  { name: "Tiền Giang", aliases: [] },
  { name: "Trà Vinh", aliases: [] },
  { name: "Tuyên Quang", aliases: [] },
  { name: "Vĩnh Long", aliases: [] },
  { name: "Vĩnh Phúc", aliases: [] },
  { name: "Yên Bái", aliases: [] },
];

/** The 34 units since 1 July 2025. */
export const CURRENT_PROVINCES: readonly CurrentProvince[] = [
  { name: "Hà Nội", aliases: [], formerProvinces: ["Hà Nội"] },
  { name: "Huế", aliases: ["Thành phố Huế", "TP Huế"], formerProvinces: ["Thừa Thiên Huế"] },
  { name: "Lai Châu", aliases: [], formerProvinces: ["Lai Châu"] },
  { name: "Điện Biên", aliases: [], formerProvinces: ["Điện Biên"] },
  { name: "Sơn La", aliases: [], formerProvinces: ["Sơn La"] },
  { name: "Lạng Sơn", aliases: [], formerProvinces: ["Lạng Sơn"] },
  { name: "Quảng Ninh", aliases: [], formerProvinces: ["Quảng Ninh"] },
  { name: "Thanh Hóa", aliases: [], formerProvinces: ["Thanh Hóa"] },
  { name: "Nghệ An", aliases: [], formerProvinces: ["Nghệ An"] },
  { name: "Hà Tĩnh", aliases: [], formerProvinces: ["Hà Tĩnh"] },
  { name: "Cao Bằng", aliases: [], formerProvinces: ["Cao Bằng"] },
  { name: "Tuyên Quang", aliases: [], formerProvinces: ["Tuyên Quang", "Hà Giang"] },
  { name: "Lào Cai", aliases: [], formerProvinces: ["Lào Cai", "Yên Bái"] },
  { name: "Thái Nguyên", aliases: [], formerProvinces: ["Thái Nguyên", "Bắc Kạn"] },
  { name: "Phú Thọ", aliases: [], formerProvinces: ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"] },
  { name: "Bắc Ninh", aliases: [], formerProvinces: ["Bắc Ninh", "Bắc Giang"] },
  { name: "Hưng Yên", aliases: [], formerProvinces: ["Hưng Yên", "Thái Bình"] },
  { name: "Hải Phòng", aliases: [], formerProvinces: ["Hải Phòng", "Hải Dương"] },
  { name: "Ninh Bình", aliases: [], formerProvinces: ["Ninh Bình", "Hà Nam", "Nam Định"] },
  { name: "Quảng Trị", aliases: [], formerProvinces: ["Quảng Trị", "Quảng Bình"] },
  { name: "Đà Nẵng", aliases: [], formerProvinces: ["Đà Nẵng", "Quảng Nam"] },
  { name: "Quảng Ngãi", aliases: [], formerProvinces: ["Quảng Ngãi", "Kon Tum"] },
  { name: "Gia Lai", aliases: [], formerProvinces: ["Gia Lai", "Bình Định"] },
  { name: "Khánh Hòa", aliases: [], formerProvinces: ["Khánh Hòa", "Ninh Thuận"] },
  { name: "Lâm Đồng", aliases: [], formerProvinces: ["Lâm Đồng", "Đắk Nông", "Bình Thuận"] },
  { name: "Đắk Lắk", aliases: [], formerProvinces: ["Đắk Lắk", "Phú Yên"] },
  { name: "TP. Hồ Chí Minh", aliases: [], formerProvinces: ["TP. Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"] },
  { name: "Đồng Nai", aliases: [], formerProvinces: ["Đồng Nai", "Bình Phước"] },
  { name: "Tây Ninh", aliases: [], formerProvinces: ["Tây Ninh", "Long An"] },
  { name: "Cần Thơ", aliases: [], formerProvinces: ["Cần Thơ", "Sóc Trăng", "Hậu Giang"] },
  { name: "Vĩnh Long", aliases: [], formerProvinces: ["Vĩnh Long", "Bến Tre", "Trà Vinh"] },
  { name: "Đồng Tháp", aliases: [], formerProvinces: ["Đồng Tháp", "Tiền Giang"] },
  { name: "Cà Mau", aliases: [], formerProvinces: ["Cà Mau", "Bạc Liêu"] },
  { name: "An Giang", aliases: [], formerProvinces: ["An Giang", "Kiên Giang"] },
];

/** The date the 34-unit map took effect. */
export const MERGER_DATE = "2025-07-01";

/**
 * Short forms people type for provinces, each with the provinces it may stand for ("QN" is
 * Quảng Ninh, Quảng Nam or Quảng Ngãi: the one the articles cover is meant, else it is asked
 * back). Keys are the form in capitals, "Đ" as "D". Typed in capitals a form counts anywhere
 * but "DN" (doanh nghiệp); typed in lower case only where a province stands in a question: first,
 * last, or after "ở", "tại", "của", "tỉnh", "còn".
 */
export const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  HN: ["Hà Nội"],
  HP: ["Hải Phòng"],
  DN: ["Đà Nẵng", "Đồng Nai"],
  CT: ["Cần Thơ"],
  QN: ["Quảng Ninh", "Quảng Nam", "Quảng Ngãi"],
  QB: ["Quảng Bình"],
  QT: ["Quảng Trị"],
  TTH: ["Thừa Thiên Huế"],
  BD: ["Bình Dương", "Bình Định"],
  BP: ["Bình Phước"],
  BT: ["Bến Tre", "Bình Thuận"],
  LA: ["Long An"],
  TN: ["Tây Ninh", "Thái Nguyên"],
  AG: ["An Giang"],
  KG: ["Kiên Giang"],
  HG: ["Hà Giang", "Hậu Giang"],
  ST: ["Sóc Trăng"],
  TV: ["Trà Vinh"],
  VL: ["Vĩnh Long"],
  DT: ["Đồng Tháp"],
  CM: ["Cà Mau"],
  BL: ["Bạc Liêu"],
  LC: ["Lào Cai", "Lai Châu"],
  LS: ["Lạng Sơn"],
  CB: ["Cao Bằng"],
  TQ: ["Tuyên Quang"],
  YB: ["Yên Bái"],
  PT: ["Phú Thọ"],
  VP: ["Vĩnh Phúc"],
  BN: ["Bắc Ninh"],
  BG: ["Bắc Giang"],
  HD: ["Hải Dương"],
  HY: ["Hưng Yên"],
  TB: ["Thái Bình"],
  ND: ["Nam Định"],
  NB: ["Ninh Bình"],
  TH: ["Thanh Hóa"],
  NA: ["Nghệ An"],
  HT: ["Hà Tĩnh"],
  KH: ["Khánh Hòa"],
  GL: ["Gia Lai"],
  KT: ["Kon Tum"],
  LD: ["Lâm Đồng"],
  NT: ["Ninh Thuận"],
  PY: ["Phú Yên"],
  BRVT: ["Bà Rịa - Vũng Tàu"],
};

/** Short forms that, typed in capitals, mean something else in these questions ("DN": doanh nghiệp). */
export const NOT_SHORT_FORMS_IN_CAPITALS: ReadonlySet<string> = new Set(["DN"]);
