import { foldText } from "../../knowledge/index.js";
import type { Ask, DialogState } from "../context.js";
import { LEXICONS } from "./lexicons.js";
import { YEAR_LABEL, labelOf, namesLevel, timeLabel, type Question, type Term } from "./question.js";

/*
 * A question read in its conversation: a follow-up takes what it does not say from the last
 * question asked (bot/context.ts keeps it).
 */

// Asked to order again what was just given ("xếp hạng lại", "từ cao xuống thấp"), or where it
// stands ("nhiều hay ít", "so với các tỉnh khác").
const REORDER = / (?:xep lai|sap xep|xep hang lai|tu cao xuong thap|tu cao den thap|tu thap (?:den|len) cao|giam dan|tang dan|tu lon den nho|tu nho den lon|nhieu hay it|cao hay thap|nhieu hay khong|cao hay khong|la nhieu khong|la cao khong|so voi (?:cac )?tinh khac) /;

// "về khoản đó", "chỉ tiêu này": the question points back at the last measure.
const ANAPHOR = /(?<![\p{L}])(?:khoan|cai|chi tieu|so|muc|van de|linh vuc|ve) (?:do|nay|ay)(?![\p{L}])/u;

/** What a question asked of a figure, to remember. */
export function askOf(q: Question): Ask {
  return { measure: q.measure, counted: q.counted, kind: q.kind, change: q.change, index: q.index, goal: q.goal, scope: q.scope, place: q.place, year: q.year, part: q.part, label: q.label };
}

// After the country's figure, a question naming no place is of the country too ("chính quyền
// số thì sao" after the country's "xã hội số").
function ofTheCountry(q: Question, state: DialogState | undefined): Question {
  return state?.ask?.scope === "national" && !q.provinces.length && q.scope === null && !q.move && !q.offTopic && !q.rankAll ? { ...q, scope: "national" } : q;
}

/**
 * A question read in its conversation. One that names no measure of its own ("còn Kiên Giang
 * thì sao?", "năm 2020?", "vậy năm trước thì sao?", "đạt bao nhiêu %", "X thì sao") asks the last
 * question again with what it changes: the provinces, the year (the one before the last figure's
 * for "năm trước"), the kind of figure, goal or result, the scope.
 */
export function inContext(asked: Question, state: DialogState | undefined): Question {
  const last = state?.ask;
  const q = ofTheCountry(asked, state);
  // "Còn kinh tế số?", "chính quyền số thì sao" after a pillar's growth or score: the other
  // index's, asked as the last was.
  const closed = /(?:thì sao|thi sao|thì thế nào|thi the nao)\s*\??$/iu.test(q.text);
  if (last?.index && (last.change || last.kind) && q.index && (q.followUp || closed) && !q.kind && !q.change && !q.year && !q.goal && q.measure.length <= 2) {
    const asked = { ...q, change: last.change, kind: last.kind, scope: q.scope ?? last.scope, year: last.year };
    return { ...asked, label: labelOf(asked) };
  }
  // "bình dương năm nay xếp thứ mấy" after a pillar's rank: a province named again with a rank or a
  // score asked in its own words, nothing else said, asks the index's, not what was carried.
  if (last && q.provinces.length && (q.kind === "rank" || q.kind === "top" || q.kind === "score") && !q.followUp && !closed && !q.index && !q.measure.some((t) => !t.weak)) return q;
  // ("tỉnh nào thấp nhất" after a comparison ranks its measure.)
  // (Nor does one asking about the articles or when the figure holds: it asks of what was said.)
  // ("An Giang thì tích hợp được bao nhiêu?" after "… tích hợp … dịch vụ công lên cổng quốc gia":
  // words of the last measure only, for another province, ask it again.)
  const lastWords = new Set(last?.measure.flatMap((t) => t.words) ?? []);
  // ("… là bao nhiêu dịch vụ?": the last count's noun, counted again.)
  const within = !!last && q.provinces.length > 0 && q.measure.length > 0 && q.measure.every((t) => t.words.every((w) => lastWords.has(w))) && (!q.kind || (q.provinces.length >= 2 && q.kind === last.kind && !!q.counted && !!last.counted && q.counted[0] === last.counted[0]));
  if (!last || (q.measure.some((t) => !t.weak) && !within) || q.index || q.move || q.offTopic || q.aboutArticles || q.asksPeriod || (q.overview && !q.followUp)) return q;
  // ("chênh bao nhiêu", "ai hơn": the figures just set side by side, compared.)
  // "Mục tiêu 2030 của Đồng Tháp?": a goal of a year, for a province named, asks its own
  // question, whatever was asked before.
  if (q.goal && q.year !== null && q.provinces.length && !q.followUp && !q.kind) return q;
  const changes = q.rankAll || q.ascending || q.provinces.length || q.year !== null || q.part !== null || q.previousYear || q.nextYear || q.kind || q.change || q.ofPlan || q.beyondGoal || q.scope || q.goal || q.followUp || q.yesNo || q.alsoResult || q.compare;
  if (!changes) return q;
  // A rank or a score asked after another measure asks the DTI's, not that measure's rank.
  const ranked = (k: string | null) => k === "rank" || k === "top" || k === "score";
  const base = state.year ?? last.year;
  // ("xếp hạng từ cao xuống thấp", "sắp xếp lại" after figures of another measure: those ranked.)
  const reorder = q.rankAll && !q.measure.length && !q.index && REORDER.test(` ${foldText(q.text).replace(/[^a-z0-9 ]/g, " ")} `);
  // The year talked about carries over all the same ("năm 2020 … ?", then "xếp thứ mấy?").
  if (ranked(q.kind) && !ranked(last.kind) && !ANAPHOR.test(foldText(q.text)) && !reorder) {
    const year = q.year ?? (q.previousYear || q.nextYear ? (base === null ? null : base + (q.nextYear ? 1 : -1)) : last.year);
    return year === q.year ? q : { ...q, year, label: labelOf({ ...q, year }) };
  }
  // "(hiện tại) đã đạt chưa", "vào top đó chưa" after a goal: whether a result reached it.
  // (Its year is now's, not the goal's: "hiện tại".)
  const reached = last.goal && q.yesNo && / (?:dat|vao|lot|hoan thanh|vuot) /.test(` ${q.words.join(" ")} `) && (!q.goal || / (?:dat|vuot|hoan thanh) (?:muc tieu|chi tieu|ke hoach)/.test(` ${q.words.join(" ")} `));
  // A goal asked after results is for the goal's own year, not the year of the results.
  const goalNow = q.goal && !last.goal;
  // "tổng cộng bao nhiêu" after a part ("… phần mềm/CSDL do Sở Nông nghiệp triển khai"): the
  // total of what was counted, without what narrowed it to the part.
  const total = last.counted && / (?:tat ca|tong cong|tong so|toan bo) /.test(` ${q.words.join(" ")} `);
  // ("dẫn đầu cả nước là ai" after a province's rank ranks the index, not what else was said of it.)
  const rankIndex = q.rankAll && ranked(q.kind) && (last.index !== null || ranked(last.kind));
  const measure = total ? last.measure.filter((t) => t.words.every((w) => last.counted!.includes(w))) : last.measure;
  const year = q.year ?? (q.previousYear || q.nextYear ? (base === null ? null : base + (q.nextYear ? 1 : -1)) : goalNow || reached || (q.alsoResult && last.goal) ? null : last.year);
  // (The part of the year carries with it: "11 tháng năm 2024 …", then "còn An Giang?".)
  const part = q.part ?? (q.year === null && year === last.year ? (last.part ?? null) : null);
  const merged = {
    ...q,
    // ("dẫn đầu cả nước là ai" after a province's DTI ranks the index, not what else was said of it.)
    measure: rankIndex ? [] : measure.length ? measure : last.measure,
    counted: q.counted ?? (q.beyondGoal ? null : last.counted),
    // "tăng bao nhiêu" after a sum of money: the change may be a percentage.
    // ("vượt chỉ tiêu bao nhiêu" after a count: by how much, a count or a percentage.)
    kind: reorder ? last.kind : (q.kind ?? ((q.change && !last.change) || q.beyondGoal ? null : last.kind)),
    // (Not into the region's rank: "trong vùng ĐBSCL thì sao" after a rise asks the rank there.)
    // ("tổng số … là bao nhiêu" after what was added asks the level.)
    change: q.change || (!q.kind && last.change && q.scope !== "region" && !/ (?:tong so|tong cong|tat ca|toan bo) /.test(` ${q.words.join(" ")} `)),
    // ("tăng hay giảm" after "xếp hạng bao nhiêu": a rank of nothing named is the DTI's.)
    index: rankIndex ? (last.index ?? "dti") : (last.index ?? (ranked(last.kind) && !last.measure.length ? "dti" : null)),
    // "hiện đạt bao nhiêu" after a goal asks the result.
    goal: q.alsoResult || reached ? false : q.goal || last.goal,
    beyondGoal: q.beyondGoal || reached,
    // A district's scope stays with its province; a rank within the region is asked of the next.
    // (Not into a change: "tăng bao nhiêu hạng" after the region's rank asks the change the articles state.)
    scope: q.scope ?? ((q.provinces.length && last.scope !== "region") || (q.change && !last.change) ? null : last.scope),
    // ("cả tỉnh thì sao" after a district: the whole province.)
    place: q.place ?? (q.provinces.length || q.scope === "province" ? null : last.place),
    year,
    part,
    overview: false,
    search: [...last.measure.flatMap((t) => t.alts.map((a) => a.join(" "))), ...(last.counted ?? [])].join(" ") || q.search,
    label: rankIndex ? labelOf({ ...q, measure: [], index: last.index ?? "dti", year }) : [last.label.replace(YEAR_LABEL, ""), year ? timeLabel(part, year) : ""].filter(Boolean).join(", "),
  };
  // (Another kind asked, "xếp thứ mấy" after a score or a rise of rank: said as that kind, not as the last one.)
  return q.kind && (q.kind !== last.kind || merged.change !== last.change) && !rankIndex ? { ...merged, label: labelOf(merged) } : merged;
}

/**
 * A short follow-up naming a qualifier or a new measure for the same province ("cấp xã thì
 * sao?", "còn số lao động thì sao?") read as the last question narrowed by its words; null when
 * the message is not such a follow-up.
 */
export function narrowed(asked: Question, state: DialogState | undefined): Question | null {
  const last = state?.ask;
  const q = ofTheCountry(asked, state);
  if (last && rankOfLast(q, last)) return rankOfLast(q, last);
  // (A province named with only a level or a qualifier, "an giang cấp xã thì sao", narrows the last
  // question for that province.)
  const qualifierOnly = q.measure.length > 0 && q.measure.every((t) => t.required || namesLevel(t));
  if (!last || (q.provinces.length && !qualifierOnly) || !q.measure.length || q.measure.length > 4 || q.rankAll || q.compare || q.move || q.offTopic) return null;
  // (Another index, "còn kinh tế số?" after "xã hội số", is asked of its own, not within the last.)
  if (q.index && last.index && q.index !== last.index) return null;
  // A few words asked alone ("thành viên?", "số lao động?") name something more of the last
  // question, as "còn … thì sao?" does.
  const length = q.text.trim().split(/\s+/u).length;
  // A few words asked alone, a few more as a question ("khám chữa bệnh từ xa?") or counting a
  // noun ("cho bn cơ sở").
  // ("trung ương triển khai bn": "how many", last, asks the last noun's count of what it names.)
  const countLast = /(?:^| )(?:bao nhieu|bn|may)$/.test(q.words.filter((w) => w !== "?").join(" "));
  const terse = (length <= 3 || ((length <= 6 && /\?\s*$/u.test(q.text)) || (length <= 6 && (!!q.counted || countLast)))) && q.measure.length <= (length <= 3 ? 3 : 4) && (!q.kind || (q.kind === "count" && !!q.counted));
  const closed = /(?:thì sao|thi sao|thế nào|the nao|nữa|nua)\s*\??$/iu.test(q.text);
  // ("thành thị thôi à": a qualifier alone, with the words of a reply, narrows all the same.)
  if (!q.followUp && !terse && !closed && !(qualifierOnly && length <= 6)) return null;
  // "trong đó bao nhiêu do trung ương triển khai": a part of what was just counted, counted alike.
  // ("cho bao nhiêu cơ sở?" after the stamps given: what they were given to, in the same words.)
  const part = !!last.counted && /^(?:trong (?:so )?(?:do|nay)|(?:cho|voi|doi voi) (?:bao nhieu|may))(?: |$)/.test(foldText(q.text).trim());
  // "còn tỷ lệ hồ sơ trực tuyến toàn thành phố thì sao": a kind and a measure of its own, named
  // in full, ask a question of their own, not the last one narrowed.
  if (q.kind && !part && q.measure.some((t) => t.words.length >= 2 && !t.required && !namesLevel(t))) return null;
  // "… trạm giám sát côn trùng?", then "còn trạm quan trắc nước?": another thing of the same
  // noun is counted instead.
  // ("so" typed without marks before a noun is the "số" that counts it: "còn so to thi sao".)
  const nounTerms = q.measure.length > 1 && q.measure[0]!.words.join(" ") === "so" ? q.measure.slice(1) : q.measure;
  const words = nounTerms.flatMap((t) => t.words);
  const counting = nounTerms !== q.measure;
  const instead = !q.counted && !!last.counted && words[0] === last.counted[0];
  const ownMeasure = q.measure.some((t) => t.words.length >= 2 && !t.weak && !t.required && !namesLevel(t) && !t.words.every((w) => lastWords(last).has(w)));
  // "cấp tỉnh?" after "… cấp xã": a level, or a term of the same first word and another second,
  // replaces the last's.
  const level = q.measure.some(namesLevel);
  // ("5G?" after "trạm 4G": one narrowing of the lexicon replaces another.)
  const narrower = (t: Term) => LEXICONS.vi.narrowers.at(t.words, 0)?.end === t.words.length;
  const renarrowed = q.measure.some(narrower);
  const replaced = (t: Term) => (level && namesLevel(t)) || (renarrowed && narrower(t)) || (t.words.length > 1 && q.measure.some((n) => n.words.length > 1 && n.words[0] === t.words[0] && n.words[1] !== t.words[1]));
  // "… nói chung": the measure without the narrowing the last question had ("4G").
  const general = / (?:noi chung|tong the|chung chung) /.test(` ${foldText(q.text).replace(/[^a-z0-9 ]/g, " ")} `);
  const narrowing = (t: Term) => general && LEXICONS.vi.narrowers.at(t.words, 0) !== null;
  // ("trong đó cấp khóm ấp có bao nhiêu tổ" after members: teams counted now, not members.)
  const recounted = part && !!q.counted && q.counted[0] !== last.counted![0];
  const countedBefore = (t: Term) => recounted && t.words.join(" ") === last.counted!.join(" ");
  const measure = instead ? q.measure : [...last.measure.filter((t) => !replaced(t) && !narrowing(t) && !countedBefore(t)), ...q.measure];
  // A noun asked alone after a count ("thành viên?", "còn thẻ thì sao?", "còn số tổ thì sao")
  // is what is counted now; a word narrowing who is counted ("còn nữ?") is not.
  // ("Còn cửa hàng tiện ích thì bao nhiêu?" after "bao nhiêu chợ …": another noun counted.)
  const noun = (terse || ((q.followUp || closed) && nounTerms.length <= 4 && !q.kind)) && (!countLast || (q.followUp && !q.scope && /^(?:con|the con|vay con)\s/.test(foldText(q.text).trim()))) && !nounTerms.some((t) => t.required || namesLevel(t) || LEXICONS.vi.narrowers.at(t.words, 0) !== null);
  return {
    ...q,
    measure,
    // ("số DVC trực tuyến?" after a rate: "so" leading a noun asks its count.)
    counted: part ? (recounted ? q.counted : last.counted) : (q.counted ?? (instead || (noun && (last.counted || counting)) ? words : last.counted)),
    // (A thing named after a rate of another, "còn tài khoản thư công vụ" after the share of
    // documents signed, may be counted: its kind is not the last one's.)
    // ("xuất khẩu phần mềm thì sao" after a share of GRDP: a measure named in full, its own kind.)
    // ("trong đó trực tuyến bao nhiêu" after a count: a part of what was counted, counted.)
    kind: q.kind ?? (part && last.counted ? last.kind : noun && counting ? "count" : (noun && !last.counted && (last.kind === "percent" || last.kind === "money")) || ownMeasure ? null : last.kind),
    index: q.index ?? last.index,
    goal: !q.alsoResult && (q.goal || last.goal),
    year: q.year ?? (q.alsoResult && last.goal ? null : last.year),
    part: q.part ?? (q.year === null ? (last.part ?? null) : null),
    search: `${q.search} ${last.measure.flatMap((t) => t.alts.map((a) => a.join(" "))).join(" ")}`.trim(),
    label: `${last.label.replace(YEAR_LABEL, "")} — ${q.label}`,
  };
}

const RANKED: ReadonlySet<string | null> = new Set(["rank", "top", "score"]);

// Every word of a question's measure, as asked.
const lastWords = (a: Ask): ReadonlySet<string> => new Set(a.measure.flatMap((t) => t.words));

// "đứng thứ mấy cả nước?", "xếp thứ mấy về số lượng?" after a count or a rate: the rank of what
// was just asked, where the articles state one ("1.837 dịch vụ công …, đứng thứ 5/63"); the
// question read on its own (the DTI's rank) answers where they do not.
function rankOfLast(q: Question, last: Ask): Question | null {
  if (!(q.kind === "rank" || q.kind === "top") || RANKED.has(last.kind) || !last.measure.length || q.index || last.index || q.provinces.length) return null;
  if (q.measure.some((t) => !t.weak)) return null;
  const year = q.year ?? last.year;
  return {
    ...q,
    measure: last.measure,
    counted: null,
    scope: q.scope === "national" ? null : (q.scope ?? last.scope),
    place: q.place ?? last.place,
    year,
    goal: false,
    search: `${q.search} ${last.measure.flatMap((t) => t.alts.map((a) => a.join(" "))).join(" ")}`.trim(),
    label: [`thứ hạng ${last.label.replace(YEAR_LABEL, "")}`, year ? timeLabel(q.part, year) : ""].filter(Boolean).join(", "),
  };
}
