import { PARAGRAPH_REACH, foldedWords, markedWords, unglue, type Fact, type Knowledge } from "../../knowledge/index.js";

/**
 * What a fact's words say, folded and set in spaces (" tỷ lệ hồ sơ … "), in three rings: the
 * figure's own words, its clause, its sentence with the heading above it. The province's own name
 * is left out, so that "lao" of "lao động" never meets "Lào Cai".
 */
export interface Rings {
  readonly own: string;
  readonly clause: string;
  readonly sentence: string;
  /** The sentences of its paragraph (those the knowledge base keeps) and its heading. */
  readonly paragraph: string;
  /** The same rings' words, folded and as written with their marks side by side, worked out when first asked. */
  marked(): MarkedRings;
}

/** A ring's words folded ("cho") and as written ({@link markedWords}: "chợ5"), one for one. */
export interface RingWords {
  readonly folded: readonly string[];
  readonly marked: readonly string[];
}

/** Each ring's words with their marks; null where a text's words did not pair up one for one. */
export interface MarkedRings {
  readonly own: RingWords | null;
  readonly clause: RingWords | null;
  readonly sentence: RingWords | null;
  readonly paragraph: RingWords | null;
}

// Words that link a figure to what stands before it without naming anything: "đạt", "là",
// "chiếm khoảng", "tăng hơn". A figure whose own words are only these restates its clause's subject.
const LINKS = new Set(foldedWords("đạt là chiếm khoảng hơn gần trên dưới tới thiểu đã bằng tương ứng xấp xỉ tăng giảm còn vượt mức có với và trong đó của được"));
// Words, as written, that say a figure is a rate, a record or a level without saying of what
// ("có tỷ lệ cao nhất", "dẫn đầu khối cấp huyện", "mới đạt"), or link it to what stands before.
const UNNAMING = new Set(
  "tỷ lệ tỉ cao thấp nhất dẫn đầu đứng khối cấp mới chỉ con số kết quả trong khi riêng khoảng cách các địa phương lớn còn đạt là chiếm hơn gần trên dưới tới tối thiểu đã bằng tương ứng xấp xỉ tăng giảm vượt mức có với và đó của được huyện xã phường thành phố thị trấn tỉnh".split(" "),
);

const cache = new WeakMap<Fact, Rings>();

/**
 * The rings of a fact, worked out once per fact. A figure's own words are those from the previous
 * figure (or its clause's start) to it, and those after it; a figure whose words before it name
 * nothing ("…, cá nhân là 90%", "cấp xã đạt 99,99%") also owns its clause's subject, the words
 * before the clause's first figure ("Tỷ lệ sử dụng hộp thư điện tử công vụ …"). A year or a date
 * owns its whole clause.
 */
export function ringsOf(knowledge: Knowledge, f: Fact): Rings {
  let rings = cache.get(f);
  if (rings) return rings;
  const s = knowledge.sentence(f.sentenceId);
  const text = s?.text ?? f.clause;
  const name = ` ${foldedWords(f.province).join(" ")} `;
  const ring = (t: string) => ` ${foldedWords(t).join(" ")} `.replaceAll(name, " ");
  let own: string;
  if (f.kind === "year" || f.kind === "date") own = f.clause;
  else {
    const named = foldedWords(f.left).filter((w) => !LINKS.has(w) && !/^\d/.test(w));
    const clauseHead = text.slice(f.clauseStart, f.start);
    const firstDigit = clauseHead.search(/\d/);
    const subject = firstDigit > 0 ? clauseHead.slice(0, firstDigit) : "";
    // The words since the figure before it: "570 dịch vụ công trực tuyến phát sinh hồ sơ trực
    // tuyến (đạt 97,10%)" is a rate of what the count before it counts.
    let previousEnd = -1;
    for (const m of clauseHead.matchAll(/\d[\d.,/]*%?/gu)) previousEnd = (m.index ?? 0) + m[0].length;
    const sincePrevious = previousEnd < 0 ? "" : clauseHead.slice(previousEnd);
    // After it: its words up to the next figure in its clause, or the clause's end ("100% thủ tục
    // hành chính đủ điều kiện ở mức độ dịch vụ công trực tuyến mức độ 4").
    const rest = text.slice(f.end, f.clauseEnd);
    const next = rest.search(/\d/);
    const after = next < 0 ? rest : rest.slice(0, next);
    const ownAfter = after.length > f.after.length ? after.split(/\s+/).slice(0, 25).join(" ") : f.after;
    own = named.length < 3 ? `${f.left.includes(subject) ? "" : subject} ${sincePrevious} ${f.left} ${ownAfter}` : `${f.left} ${ownAfter}`;
  }
  // A figure whose words name nothing but a place ("…, trong khi huyện Đồng Văn mới đạt 31,5%",
  // "Huyện Chợ Lách có tỷ lệ cao nhất với 88,6%") states the measure of the sentence before it.
  // Compared as written: "tối" is not "tới", "dân" not "dẫn".
  const place = new Set(`${f.place ?? ""} ${f.province}`.toLowerCase().split(/\s+/));
  const naming = own.toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w && !UNNAMING.has(w) && !place.has(w) && !/^\d/.test(w));
  const before = naming.length < 2 && f.kind !== "year" && f.kind !== "date" ? previousSentence(knowledge, f) : "";
  // "1,3 thuê bao/người" is so many per person: read "/người" as "trên người" ("bình quân mỗi
  // người"). Words glued by a missing space are read apart ("côn trùngsử dụng").
  const read = (t: string) => unglue(t.replace(/(?<=\p{L})\/(?=\s*[\p{L}\d])/gu, " trên "));
  const texts = { own: read(`${own} ${before}`), clause: read(`${f.clause} ${before}`), sentence: read(`${text} ${s?.heading ?? ""}`), paragraph: read(paragraphOf(knowledge, f)) };
  let marked: MarkedRings | undefined;
  const words = (t: string) => ringWords(t, foldedWords(f.province));
  rings = {
    own: ring(texts.own),
    clause: ring(texts.clause),
    sentence: ring(texts.sentence),
    paragraph: ring(texts.paragraph),
    marked: () => (marked ??= { own: words(texts.own), clause: words(texts.clause), sentence: words(texts.sentence), paragraph: words(texts.paragraph) }),
  };
  cache.set(f, rings);
  return rings;
}

// The sentences around a fact's sentence in its paragraph, three each way, as far as the knowledge
// base keeps them: "… nền tảng giám định sinh vật gây hại …" names what "22.000 ảnh" are photos of.
function paragraphOf(knowledge: Knowledge, f: Fact): string {
  const s = knowledge.sentence(f.sentenceId);
  if (!s) return "";
  const at = f.sentenceId.lastIndexOf("#");
  const n = Number(f.sentenceId.slice(at + 1));
  const parts: string[] = [];
  for (let i = n - PARAGRAPH_REACH; i <= n + PARAGRAPH_REACH; i++) {
    const other = i === n ? undefined : knowledge.sentence(`${f.sentenceId.slice(0, at)}#${i}`);
    if (other && other.block === s.block) parts.push(other.text);
  }
  return parts.join(" ");
}

// The sentence before a fact's, in its paragraph, when the knowledge base keeps it.
function previousSentence(knowledge: Knowledge, f: Fact): string {
  const at = f.sentenceId.lastIndexOf("#");
  const s = knowledge.sentence(f.sentenceId);
  const before = knowledge.sentence(`${f.sentenceId.slice(0, at)}#${Number(f.sentenceId.slice(at + 1)) - 1}`);
  return before && s && before.block === s.block ? before.text : "";
}

// A text's words folded and with their marks, the province's name left out of both.
function ringWords(text: string, name: readonly string[]): RingWords | null {
  const folded = foldedWords(text);
  const marked = markedWords(text);
  if (folded.length !== marked.length) return null;
  const keep = folded.map(() => true);
  for (let i = 0; i + name.length <= folded.length; i++) if (name.length && name.every((w, j) => folded[i + j] === w)) for (let j = 0; j < name.length; j++) keep[i + j] = false;
  return { folded: folded.filter((_, i) => keep[i]), marked: marked.filter((_, i) => keep[i]) };
}
