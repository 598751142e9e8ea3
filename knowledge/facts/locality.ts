import type { ArticleDocument, Sentence } from "../corpus/index.js";
import type { Scope } from "../lexicon/types.js";
import { mentionsIn } from "../provinces/index.js";
import { foldText } from "../text/index.js";

// A district or a commune named with its kind: "xã Gia Phú", "huyện Bảo Thắng", "TP. Rạch Giá".
// (A syllable may join another by an apostrophe: "Cư M'gar", "Ia H'Drai".)
const NAMED_PLACE = /(?<![\p{L}])([Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Tt]hị xã|[Qq]uận|TP\.?|[Tt]hành phố)\s+((?:\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)?)(?:\s+(?:\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)?|[A-Z]\b)){0,3})/gu;
// Provinces that are cities themselves: "thành phố Đà Nẵng" is the province, "thành phố Hà Giang"
// the provincial capital, a place inside its province.
const CITY_PROVINCES = new Set(["Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Thừa Thiên Huế"]);
// A heading about a district or a commune ("Điểm sáng từ huyện nông thôn mới"), not about "xã hội";
// villages in a heading ("99% thôn, tổ dân phố có nền tảng số") are every village of the province.
const LOCAL_HEADING = /(?<![\p{L}])(?:huyện|xã(?! hội)|phường|thị trấn|thị xã)(?![\p{L}])/iu;
// The province itself as a new subject ("toàn tỉnh", "tỉnh"); not "của tỉnh Lào Cai", which
// describes the place named before it.
const PROVINCE_WORDS = /(?<![\p{L}])(?<!của )(?:toàn tỉnh|cả tỉnh|tỉnh)(?![\p{L}])/u;
// "… của huyện", "… của xã Gia Phú", "trên địa bàn huyện".
// A district or commune as the subject before a figure: "của huyện", "toàn huyện", "cả xã".
const LOCAL_BEFORE = /(?<![\p{L}])(?:của|toàn|cả)\s+(?:huyện|xã|thị xã|phường|thị trấn)(?![\p{L}])/iu;
// A sentence opening on "Huyện có …", "Toàn xã đã …": it speaks of that place throughout.
const LOCAL_OPENING = /^\s*(?:Toàn\s+|Cả\s+)?(?:huyện|xã|thị xã)\s+(?:có|đã|đạt|hiện có|cũng)(?![\p{L}])/iu;
const OF_PLACE = /^[^;.]{0,60}?(?:của|tại|trên địa bàn)\s+(xã|huyện|phường|thị trấn|thị xã|thành phố(?=\s+\p{Lu})|TP\.?(?=\s*\p{Lu}))(?![\p{L}])(?:\s*((?:\p{Lu}[\p{L}\p{M}]*)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}))?/u;
// (Not past another figure: "… ở khu vực đô thị đạt 66,79%, chi trợ cấp … một lần đạt 96,83%".)
const PART_OF_PROVINCE = /(?<![\p{L}])(?:riêng|ở|tại|còn)\s+(khu vực|vùng)?\s*(nông thôn|thành thị|đô thị|đồng bằng|miền núi|ven biển|vùng sâu, vùng xa|vùng sâu vùng xa|vùng đồng bào dân tộc thiểu số|đồng bào dân tộc thiểu số)(?![\p{L}])(?:(?!\d[\d,]*\s*%|\d[\d,]*\s*,\s)[^;.])*$/iu;
const NATIONAL = /(?:cả nước|toàn quốc|bình quân cả nước|trung bình cả nước|trung bình toàn quốc|DTI quốc gia|cấp quốc gia)(?:\s+(?:cùng kỳ|là|đạt|chỉ|mới|có|hiện|ở mức|vào khoảng|năm \d{4}|tương ứng|lần lượt)){0,3}\s*[(:]?\s*$/iu;
// The country's figures listed one after the other: "Bình quân cả nước tương ứng là 79,1% và 80%".
const NATIONAL_LIST = /(?:cả nước|toàn quốc)[^;]{0,20}?(?:tương ứng|lần lượt)(?:\s+là)?\s+(?:[\d.,]+\s*%?\s*(?:,|và)\s*)+$/iu;
const REGION = /^\s*(?:tỉnh,?\s*thành(?: phố)?\s*)?(?:trong\s+)?(?:khu vực|vùng|đồng bằng|Đồng bằng|miền|Tây Nguyên|duyên hải|Đông Nam Bộ)/u;
const REGION_WORDS = String.raw`(?:khu vực|vùng|[Đđ]ồng bằng|miền|Tây Nguyên|duyên hải|Đông Nam Bộ|ĐBSCL|Tây Bắc|Đông Bắc|Bắc Trung Bộ|Nam Trung Bộ)`;
const REGION_NEAR = new RegExp(String.raw`^[^.;]{0,25}?${REGION_WORDS}`, "u");
const REGION_BEFORE = new RegExp(String.raw`${REGION_WORDS}[^.;]{0,40}$`, "u");

/** The districts and communes an article names, by their folded bare names, as the article names them. */
export function localPlaces(doc: ArticleDocument): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const within = new Set(doc.provinces);
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(NAMED_PLACE)) {
      const name = m[2]!.trim();
      const kind = /^TP/u.test(m[1]!) ? "TP." : m[1]!.toLowerCase();
      // A province named as a city is the province when it is a city ("TP Đà Nẵng", "thành phố
      // Huế"), its capital otherwise ("thành phố Hà Giang"); a province's name with another kind is the province.
      const province = mentionsIn(name).find((p) => p.via === "name");
      if (province && (!/^(?:TP|thành phố)/iu.test(kind) || CITY_PROVINCES.has(province.province))) continue;
      out.set(foldText(name), `${kind} ${name}`);
    }
    for (const p of s.mentions) if (p.via === "place" && within.has(p.province) && !out.has(foldText(p.matched))) out.set(foldText(p.matched), p.matched);
  }
  return out;
}

/** What a sentence's section says of scope: its heading is about a district or a commune. */
export function localSection(heading: string | null): boolean {
  return !!heading && LOCAL_HEADING.test(heading) && !/(?:xã|huyện),\s*(?:phường|thị trấn|xã)/iu.test(heading);
}

/** The place a text names last (a district or commune of the article), with where it stands. */
export function lastPlaceIn(text: string, places: ReadonlyMap<string, string>): { name: string; at: number; end: number } | null {
  let best: { name: string; at: number; end: number } | null = null;
  for (const m of text.matchAll(NAMED_PLACE)) {
    const name = places.get(foldText(m[2]!.trim()));
    const at = m.index ?? 0;
    // "xã Lũng Cú (huyện Đồng Văn)": the bracket says where the commune is; the commune is meant.
    if (name && best && /^\s*\($/u.test(text.slice(best.end, at))) continue;
    if (name) best = { name, at, end: at + m[0].length };
  }
  // Bare names the article introduced with their kind ("Gia Phú lắp đặt 18 camera"), of two words
  // or more, not inside a province's name ("Lắk" of "Đắk Lắk"), nor a province's own ("Hà Giang").
  const folded = foldText(text);
  const provinces = mentionsIn(text).filter((p) => p.via === "name");
  for (const [bare, name] of places) {
    if (!bare.includes(" ")) continue;
    const at = lastWordIndex(folded, bare);
    if (at < 0 || provinces.some((p) => at < p.end && p.start < at + bare.length)) continue;
    if (!best || at > best.at) best = { name, at, end: at + bare.length };
  }
  return best;
}

function lastWordIndex(hay: string, word: string): number {
  let at = hay.lastIndexOf(word);
  while (at >= 0) {
    const before = at === 0 ? " " : hay[at - 1]!;
    const after = hay[at + word.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
    at = hay.lastIndexOf(word, at - 1);
  }
  return -1;
}

/** Where a figure holds, and the place a local figure is about. */
export interface Locality {
  readonly scope: Scope;
  readonly place: string | null;
}

/**
 * The scope of a figure: national when the words right before it say "cả nước là", a region
 * when a rank is among a region's provinces, local when its clause names a district or a commune
 * of the article before it (or "của huyện" after it), or when it stands in a section about one and
 * its sentence does not open on the province; else the province.
 */
export function localityOf(
  sentence: Sentence,
  figure: { start: number; end: number; kind: string; outOf: number | null },
  clauseStart: number,
  clauseEnd: number,
  places: ReadonlyMap<string, string>,
  section: { local: boolean; place: string | null; spoken?: string | null },
): Locality {
  const text = sentence.text;
  const before = text.slice(Math.max(clauseStart, figure.start - 32), figure.start);
  const rank = figure.kind === "rank" || figure.kind === "top";
  if (!rank && NATIONAL.test(before.replace(/(?:khoảng|hơn|trên|gần|là)\s*$/u, ""))) return { scope: "national", place: null };
  if (!rank && NATIONAL_LIST.test(text.slice(clauseStart, figure.start))) return { scope: "national", place: null };
  // A score in a sentence on the provinces as a whole that names none ("giá trị chỉ số của cả 3
  // trụ cột chuyển đổi số cấp tỉnh … Chỉ số Chính quyền số có giá trị 0,7240") is the country's.
  // So is the growth stated beside such a score ("Chỉ số Xã hội số có giá trị 0,6783, tăng trưởng 18,2%").
  const growth = figure.kind === "percent" && /(?:tăng trưởng|tăng|giảm)\s*(?:khoảng|hơn|gần)?\s*$/iu.test(before) && /\d,\d{3,4}(?!\s*%)/u.test(text);
  // Not a score the sentence gives the province ("chỉ số DTI của tỉnh đạt 0,6092 điểm, cao hơn
  // mức trung bình cả nước").
  const ownScore = /(?<![\p{L}])(?:của tỉnh|tỉnh đạt|tỉnh có|của thành phố|của địa phương)(?![\p{L}])/iu.test(text.slice(clauseStart, figure.start));
  if ((figure.kind === "score" || growth) && !ownScore && !sentence.mentions.length && /(?:cấp tỉnh|các tỉnh|các địa phương|bình quân|trung bình)/iu.test(text)) return { scope: "national", place: null };
  // A rank among a region's provinces: "thứ 9/13 tỉnh … khu vực Đồng bằng sông Cửu Long", "thứ 2
  // trong 5 tỉnh Tây Nguyên", "trong năm tỉnh Tây Nguyên thì ở vị trí thứ 5".
  const regionNear = REGION.test(text.slice(figure.end, figure.end + 60)) || REGION_NEAR.test(text.slice(figure.end, figure.end + 40)) || REGION_BEFORE.test(text.slice(Math.max(clauseStart, figure.start - 60), figure.start));
  if (rank && figure.outOf !== 63 && figure.outOf !== 34 && (regionNear || (figure.outOf !== null && new RegExp(REGION_WORDS, "u").test(text)))) {
    return { scope: "region", place: null };
  }
  // A place counts in the figure's own phrase (since the last comma), or opening the sentence:
  // "Gia Phú lắp đặt 18 camera", "Tại huyện X, tỷ lệ … đạt 90%"; not "… tại TP Phú Quốc, cùng với
  // việc cung cấp hơn 11.000 chữ ký số".
  const clauseBefore = text.slice(clauseStart, figure.start);
  const phraseStart = Math.max(clauseBefore.lastIndexOf(","), clauseBefore.lastIndexOf(":")) + 1;
  const named = lastPlaceIn(clauseBefore, places);
  const inPhrase = named && (named.at >= phraseStart || (clauseStart === 0 && named.at < 30));
  if (named && inPhrase && !PROVINCE_WORDS.test(clauseBefore.slice(named.end))) return { scope: "local", place: named.name };
  // "tỷ lệ hồ sơ trực tuyến của huyện đạt 82%", "Toàn huyện đã lắp đặt 1.050 camera": the
  // district just spoken of, named in the sentence or the paragraph before.
  // A part of the province's land or people named in the figure's phrase ("riêng khu vực nông
  // thôn, tỷ lệ … mới đạt 71%", "Ở đồng bằng thì … khoảng 82%"): that part's figure.
  const part = PART_OF_PROVINCE.exec(text.slice(Math.max(clauseStart, figure.start - 90), figure.start));
  if (part) return { scope: "local", place: `${part[1] ? `${part[1]} ` : ""}${part[2]}`.replace(/^vùng\s+vùng/u, "vùng") };
  const localBefore = LOCAL_BEFORE.exec(text.slice(clauseStart, figure.start));
  if (localBefore || LOCAL_OPENING.test(text)) {
    const spoken = lastPlaceIn(text.slice(0, figure.start), places)?.name ?? section.spoken ?? section.place;
    if (spoken) return { scope: "local", place: spoken };
    // (A town named as the province is, "thị xã Quảng Trị", is "thị xã" to its article: a part
    // of the province all the same.)
    if (localBefore) return { scope: "local", place: localBefore[0].replace(/^(?:của|toàn|cả)\s+/iu, "") };
  }
  const of = OF_PLACE.exec(text.slice(figure.end, clauseEnd));
  // ("96 trạm 5G …, tập trung tại thành phố Tây Ninh, thị xã …": where most of them stand, not
  // whose they are.)
  const lead = of ? of[0].slice(0, Math.max(0, of[0].search(/(?:của|tại|trên địa bàn)\s+(?:xã|phường|thị trấn|huyện|thị xã|thành phố|TP)/u))) : "";
  if (of && /(?:tập trung|chủ yếu|phần lớn|nhiều nhất|phân bố)\s*$/iu.test(lead)) return { scope: "province", place: null };
  // (Nor "148 trạm tại thành phố Nam Định và trung tâm các huyện": a place among many.)
  if (of && /^[^.;]{0,30}?\svà\s+(?:trung tâm\s+)?(?:các|những)\s+(?:huyện|xã|địa phương|thị xã)/iu.test(text.slice(figure.end + of.index + of[0].length, clauseEnd))) return { scope: "province", place: null };
  if (of) return { scope: "local", place: of[2] ? (places.get(foldText(of[2])) ?? `${of[1]} ${of[2]}`) : section.place };
  if (section.local && !opensOnProvince(sentence)) return { scope: "local", place: section.place };
  return { scope: "province", place: null };
}

// A sentence whose first words name the province or "tỉnh" speaks of the whole province.
function opensOnProvince(s: Sentence): boolean {
  const head = s.text.slice(0, 40);
  return s.mentions.some((m) => m.via === "name" && m.start < 20) || /^(?:[^,]{0,20}\s)?(?:toàn tỉnh|tỉnh|cả tỉnh)(?![\p{L}])/iu.test(head);
}
