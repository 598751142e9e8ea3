import { LRUCache } from "lru-cache";
import { PARAGRAPH_REACH, REFERS_BACK, REGION_NAMED, foldedWords, markedWords, shareOf, unglue, type Fact, type Knowledge, type Sentence } from "../../knowledge/index.js";

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
  /** A ring's words folded and as written with their marks side by side, worked out when first asked. */
  marked(ring: RingName): RingWords | null;
  /** True when the ring holds this folded word: a phrase is looked for only where all its words are. */
  has(ring: RingName, word: string): boolean;
  /** A ring's folded words, in order. */
  words(ring: RingName): readonly string[];
}

/** The rings, from the figure's own words out. */
export type RingName = "own" | "clause" | "sentence" | "paragraph";

/** A ring's words folded ("cho") and as written ({@link markedWords}: "chợ5"), one for one; null where they did not pair up. */
export interface RingWords {
  readonly folded: readonly string[];
  readonly marked: readonly string[];
}

// Words that link a figure to what stands before it without naming anything: "đạt", "là",
// "chiếm khoảng", "tăng hơn". A figure whose own words are only these restates its clause's subject.
const LINKS = new Set(foldedWords("đạt là chiếm khoảng hơn gần trên dưới tới thiểu đã bằng tương ứng xấp xỉ tăng giảm còn vượt mức có với và trong đó của được"));
// Words, as written, that say a figure is a rate, a record or a level without saying of what
// ("có tỷ lệ cao nhất", "dẫn đầu khối cấp huyện", "mới đạt"), or link it to what stands before.
const UNNAMING = new Set(
  "tỷ lệ tỉ cao thấp nhất dẫn đầu đứng khối cấp mới chỉ con số kết quả đến tới lên vươn năm tháng quý đầu cuối hết nay mục tiêu kế hoạch phấn đấu cả trong khi riêng khoảng cách các địa phương lớn còn đạt là chiếm hơn gần trên dưới tới tối thiểu đã bằng tương ứng xấp xỉ tăng giảm vượt mức có với và đó của được huyện xã phường thành phố thị trấn tỉnh miền núi vùng sâu xa biên giới ngược lại cũng bình quân tương ứng lần lượt cả nước toàn quốc gấp đôi ba lần như này ở tại thì cùng ghi nhận".split(" "),
);

// A ring as read: its text, its folded words set in spaces, and its marked words, each worked out
// when first asked (most candidates are told apart by their own words, never by their paragraph).
class Ring {
  private foldedText?: string;
  private markedWords?: RingWords | null;
  private wordSet?: Set<string>;
  private wordList?: readonly string[];

  constructor(
    private readonly raw: () => string,
    private readonly names: readonly (readonly string[])[],
    // Its folded words, when they come cheaper than folding its text (a paragraph's sentences).
    private readonly foldedWordsOf: () => string = () => foldedWords(readable(raw())).join(" "),
  ) {}

  get folded(): string {
    if (this.foldedText === undefined) {
      const folded = ` ${this.foldedWordsOf()} `;
      this.foldedText = this.names.reduce((text, name) => (name.length ? text.replaceAll(` ${name.join(" ")} `, " ") : text), folded);
    }
    return this.foldedText;
  }

  has(word: string): boolean {
    this.wordSet ??= new Set(this.words);
    return this.wordSet.has(word);
  }

  get words(): readonly string[] {
    this.wordList ??= this.folded.split(" ").filter(Boolean);
    return this.wordList;
  }

  get marked(): RingWords | null {
    if (this.markedWords === undefined) this.markedWords = ringWords(readable(this.raw()), this.names);
    return this.markedWords;
  }
}

// Worked-out rings, bounded: a fact's own words and clause by fact, a sentence's words and its
// paragraph's by sentence and province (the facts of a sentence share them). Enough for the
// candidates of many questions; a corpus of any size costs no more.
const factRings = new LRUCache<Fact, Rings>({ max: 20_000 });
const sentenceRings = new LRUCache<string, { sentence: Ring; paragraph: Ring }>({ max: 10_000 });
// Each province's name as folded words, left out of its facts' rings.
const provinceWords = new Map<string, readonly string[]>();

/**
 * The rings of a fact. A figure's own words are those from the previous figure (or its clause's
 * start) to it, and those after it up to the next figure; a figure whose words before it name
 * nothing ("…, cá nhân là 90%", "cấp xã đạt 99,99%") also owns its clause's subject, the words
 * before the clause's first figure ("Tỷ lệ sử dụng hộp thư điện tử công vụ …"). A year or a date
 * owns its whole clause. The province's own name, and the places its sentence names, are left out of every ring.
 */
export function ringsOf(knowledge: Knowledge, f: Fact): Rings {
  const known = factRings.get(f);
  if (known) return known;
  let province = provinceWords.get(f.province);
  if (!province) provinceWords.set(f.province, (province = foldedWords(f.province)));
  // (Nor the places its sentence names: the "phú" of "Phú Quốc" is no "phủ sóng".)
  const places = knowledge.sentence(f.sentenceId)?.mentions.filter((m) => m.via === "place").map((m) => foldedWords(m.matched)) ?? [];
  const name = places.length ? [province, ...places] : [province];
  const { ownText, before } = ownWords(knowledge, f);
  const own = new Ring(() => `${ownText} ${before}`, name);
  const clause = new Ring(() => `${f.clause} ${before} ${breakdownSubject(knowledge, f)}`, name);
  const key = `${f.sentenceId}\u0000${f.province}`;
  let around = sentenceRings.get(key);
  if (!around) {
    const s = knowledge.sentence(f.sentenceId);
    around = {
      sentence: new Ring(() => `${s?.text ?? f.clause} ${s?.heading ?? ""}`, name, () => (s ? `${foldedSentence(s)} ${foldedWords(s.heading ?? "").join(" ")}` : foldedWords(readable(f.clause)).join(" "))),
      paragraph: new Ring(
        () => paragraphOf(knowledge, f).map((x) => x.text).join(" "),
        name,
        () => paragraphOf(knowledge, f).map((x) => foldedSentence(x)).join(" "),
      ),
    };
    sentenceRings.set(key, around);
  }
  const rings = { own, clause, sentence: around.sentence, paragraph: around.paragraph };
  const out: Rings = {
    get own() {
      return rings.own.folded;
    },
    get clause() {
      return rings.clause.folded;
    },
    get sentence() {
      return rings.sentence.folded;
    },
    get paragraph() {
      return rings.paragraph.folded;
    },
    marked: (ring) => rings[ring].marked,
    has: (ring, word) => rings[ring].has(word),
    words: (ring) => rings[ring].words,
  };
  factRings.set(f, out);
  return out;
}

// A count in a breakdown after "trong đó" ("…; trong đó, Tổ cấp phường/xã: 156 tổ") counts some
// of what its sentence is about, when it counts the noun its sentence opens with: the words
// before the sentence's first figure are its clause's too ("Tổ công nghệ số cộng đồng đã được
// thành lập tại 11/11 huyện, …").
function breakdownSubject(knowledge: Knowledge, f: Fact): string {
  if (f.kind !== "count" || !f.unit) return "";
  const text = knowledge.sentence(f.sentenceId)?.text ?? "";
  if (!/(?<![\p{L}])(?:trong đó|trong số đó|bao gồm|gồm)(?![\p{L}])/iu.test(text.slice(0, f.start))) return "";
  const first = text.search(/\d/);
  const subject = first > 0 ? text.slice(0, first) : "";
  const head = foldedWords(f.unit)[0];
  return head !== undefined && foldedWords(subject).includes(head) ? subject : "";
}

// A figure's own words, and what comes before it when they name nothing but a place.
function ownWords(knowledge: Knowledge, f: Fact): { ownText: string; before: string } {
  if (f.kind === "year" || f.kind === "date") return { ownText: f.clause, before: "" };
  const text = knowledge.sentence(f.sentenceId)?.text ?? f.clause;
  const named = foldedWords(f.left).filter((w) => !LINKS.has(w) && !/^\d/.test(w));
  const clauseHead = text.slice(f.clauseStart, f.start);
  // (A period's numbers are no figure: the subject of "Trong 8 tháng đầu năm 2023, tỷ lệ … đạt
  // 100%, cấp xã đạt 99,99%" runs to the 100%, not to the 8.)
  const figures = [...clauseHead.matchAll(/\d[\d.,/]*%?/gu)].filter((m) => !notAFigure(clauseHead, m.index ?? 0, m[0]));
  const firstDigit = figures[0]?.index ?? -1;
  const subject = firstDigit > 0 ? clauseHead.slice(0, firstDigit) : "";
  // The words since the figure before it: "570 dịch vụ công trực tuyến phát sinh hồ sơ trực
  // tuyến (đạt 97,10%)" is a rate of what the count before it counts.
  const lastFigure = figures[figures.length - 1];
  const previousEnd = lastFigure ? (lastFigure.index ?? 0) + lastFigure[0].length : -1;
  // (Not for a count naming its own noun: in "06 Trạm quan trắc nước, 15 Trạm giám sát côn
  // trùng", "Trạm quan trắc nước" is the 06's; unless it counts part of the one before: "1.862
  // dịch vụ công trực tuyến, trong đó 1.049 dịch vụ …".)
  const part = /(?<![\p{L}])(?:trong đó|trong số đó|bao gồm|gồm)(?![\p{L}])/iu.test(f.left);
  // (Nor for a share naming what it is of: "100% bệnh viện tuyến tỉnh và 94% trường học" has
  // "bệnh viện tuyến tỉnh" the 100%'s.)
  const sincePrevious = previousEnd < 0 || (f.kind === "count" && f.unit && !part) || shareOf(f).split(/\s+/).length >= 2 ? "" : clauseHead.slice(previousEnd);
  // After it: its words up to the next figure in its clause, or the clause's end ("100% thủ tục
  // hành chính đủ điều kiện ở mức độ dịch vụ công trực tuyến mức độ 4").
  // (A reason or a contrast that follows is not its words: "21,5% do hạ tầng … còn hạn chế".)
  // ("do" is "by" before who did it: "19 phần mềm do các đơn vị thuộc trung ương triển khai".)
  // (Nor a breakdown that follows: "92% (trong đó, thư điện tử đơn vị là 98%, …)".)
  // ("61 trong số 97 sản phẩm OCOP … đã có mặt trên sàn": the part's words go on past its whole.)
  const ofWhole = /^\s*(?:trong (?:tổng )?số|trên tổng số)\s+(?:hơn |gần |khoảng )?\d[\d.,]*/iu.exec(text.slice(f.end, f.clauseEnd))?.[0].length ?? 0;
  const rest = text.slice(f.end + ofWhole, f.clauseEnd).split(/\s*\((?:\s*trong (?:số )?đó)?|[,;]\s*trong (?:số )?đó(?![\p{L}])|\s(?:do(?!\s+(?:các|những|một|Sở|Bộ|UBND|đơn vị|trung ương|tỉnh|huyện|xã|doanh nghiệp|người))|vì|nhờ|bởi|nhưng|song|trong khi|tuy nhiên)\s/u)[0]!;
  // (A number that is part of a name is no figure: "4G", "5G", "mức 4", "mức độ 3".)
  const next = rest.search(/(?<![\p{L}])(?<!(?:mức|mức độ|cấp độ)\s)\d(?![\d.,]*\p{L})/iu);
  // (In a list, "… một lần đạt 96,83%, chi trợ cấp thất nghiệp đạt 98,15%", the words after a
  // comma before the next figure are that figure's.)
  const listed = next < 0 ? -1 : rest.slice(0, next).search(/,\s*(?=\p{L})/u);
  // (The whole after "trong số" has its noun only: "61 trong số 97 sản phẩm OCOP … đã có mặt trên
  // sàn" says what the 61 did.)
  const whole = /(?:trong (?:tổng )?số|trên tổng số)\s*$/iu.test(text.slice(f.clauseStart, f.start)) && f.unit;
  const after = whole ? f.unit! : next < 0 ? rest : rest.slice(0, listed >= 0 ? listed : next);
  const ownAfter = after.split(/\s+/).slice(0, 25).join(" ");
  // A clause opening with "với" goes on from the one before ("… bán hàng trên 2 sàn là …, với
  // khoảng 8.400 sản phẩm"): that clause says what the figure counts too.
  // (Its commas and colons are those a space follows: not the ":" of "https://".)
  const opening = /(?:^|[,;:]\s+)(?:với|cùng với)\s(?:(?![,;:]\s).)*$/iu.exec(clauseHead);
  const goesOn = opening ? clauseHead.slice(0, opening.index).split(/[,;:]\s/u).pop()! : "";
  const ownText = `${goesOn} ${named.length < 3 ? `${f.left.includes(subject) ? "" : subject} ${sincePrevious} ${f.left} ${ownAfter}` : `${f.left} ${ownAfter}`}`;
  // A figure whose words name nothing but a place ("…, trong khi huyện Đồng Văn mới đạt 31,5%",
  // "Huyện Chợ Lách có tỷ lệ cao nhất với 88,6%") states the measure of the sentence before it.
  // Compared as written: "tối" is not "tới", "dân" not "dẫn".
  // (Other provinces the sentence names are places too: "Đà Nẵng đạt 82,3%, Bình Định 64,1%".)
  const others = knowledge.sentence(f.sentenceId)?.mentions.map((m) => m.matched).join(" ") ?? "";
  const place = new Set(`${f.place ?? ""} ${f.province} ${others}`.toLowerCase().split(/\s+/));
  // (A region named is a place too: "Cùng khu vực Nam Trung Bộ, Đà Nẵng đạt 82,3%".)
  // (So does a count of a noun the sentence before named in full: "… 264.900 giao dịch thanh toán
  // trực tuyến … . Riêng tháng 11/2024 ghi nhận 28.450 giao dịch.")
  const noun = f.kind === "count" && f.unit && f.unit.split(/\s+/).length <= 2 && namedFuller(knowledge, f, f.unit) ? new Set(f.unit.toLowerCase().split(/\s+/)) : null;
  // The words of a text that name something: not linking words, places, numbers (nor the noun counted, see above).
  const namingIn = (x: string) => x.replace(REGION_NAMED, " ").toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w && !UNNAMING.has(w) && !place.has(w) && !/^\d/.test(w) && !noun?.has(w));
  const naming = namingIn(ownText);
  // The measure stated before, in the clause before it ("tỷ lệ … đạt 72,5%; riêng thị xã Bình
  // Minh đạt 85%") or the sentence before.
  // (A goal its sentence's result beat measures what the result does: "Tỷ lệ hồ sơ có thanh toán
  // trực tuyến đạt 52,1%, vượt kế hoạch năm 2024 (50%)".)
  const sentenceBefore = text.slice(0, f.start);
  const namesBefore = f.target && namingIn(sentenceBefore).length >= 2;
  // (Its own clause's subject first, where it names something: "tỷ lệ hộ gia đình có internet cáp
  // quang đạt 82,5%, riêng khu vực nông thôn 74,9%" after a clause on 5G.)
  const subjectNames = namingIn(subject).length >= 2;
  return { ownText, before: naming.length < 2 ? (subjectNames ? subject : f.clauseStart > 0 ? text.slice(0, f.clauseStart) : namesBefore ? sentenceBefore : previousSentence(knowledge, f)) : "" };
}

// True when the sentence before a fact's names its noun with more words after it.
function namedFuller(knowledge: Knowledge, f: Fact, noun: string): boolean {
  const at = f.sentenceId.lastIndexOf("#");
  const before = knowledge.sentence(`${f.sentenceId.slice(0, at)}#${Number(f.sentenceId.slice(at + 1)) - 1}`)?.text.toLowerCase() ?? "";
  const i = before.indexOf(`${noun.toLowerCase()} `);
  return i >= 0 && /^\p{L}/u.test(before.slice(i + noun.length + 1));
}

// A number that dates or names rather than measures: a year, "8 tháng", "tháng 8", "quý II",
// "ngày 10", a level ("mức 1, 2", "mức độ 3, 4").
function notAFigure(text: string, at: number, number: string): boolean {
  if (/^(?:19|20)\d\d$/.test(number)) return true;
  if (/(?:mức|mức độ|cấp độ)\s*(?:\d+\s*(?:,|và)\s*)*$/iu.test(text.slice(Math.max(0, at - 24), at))) return true;
  return /(?:tháng|năm|quý|ngày|giai đoạn)\s*$/iu.test(text.slice(Math.max(0, at - 12), at)) || /^\s*(?:tháng|năm|quý|ngày)(?![\p{L}])/iu.test(text.slice(at + number.length, at + number.length + 8));
}

// A text as rings read it: "1,3 thuê bao/người" is so many per person, "/người" read as "trên
// người" ("bình quân mỗi người"); words glued by a missing space read apart ("côn trùngsử dụng").
function readable(raw: string): string {
  // ("phường/xã" stays two words: only a unit after the slash reads "trên".)
  return unglue(raw.includes("/") ? raw.replace(/(?<=\p{L})\/(?=\s*(?:\d|người|hộ|dân|km|năm|tháng|ngày|lượt|thuê bao|máy|điểm))/gu, " trên ") : raw);
}

// The sentences around a fact's sentence in its paragraph, three each way, as far as the knowledge
// base keeps them: "… nền tảng giám định sinh vật gây hại …" names what "22.000 ảnh" are photos of.
function paragraphOf(knowledge: Knowledge, f: Fact): Sentence[] {
  const s = knowledge.sentence(f.sentenceId);
  if (!s) return [];
  const at = f.sentenceId.lastIndexOf("#");
  const n = Number(f.sentenceId.slice(at + 1));
  const parts: Sentence[] = [];
  for (let i = n - PARAGRAPH_REACH; i <= n + PARAGRAPH_REACH; i++) {
    const other = i === n ? undefined : knowledge.sentence(`${f.sentenceId.slice(0, at)}#${i}`);
    if (other && other.block === s.block) parts.push(other);
  }
  return parts;
}

// A sentence's words folded, worked out once: a sentence is read in the paragraphs of its
// neighbours' facts too.
const foldedSentences = new LRUCache<Sentence, string>({ max: 30_000 });
function foldedSentence(s: Sentence): string {
  let folded = foldedSentences.get(s);
  if (folded === undefined) foldedSentences.set(s, (folded = foldedWords(readable(s.text)).join(" ")));
  return folded;
}

// The sentence before a fact's, under its heading, when the knowledge base keeps it.
// (And the one before it, where that one refers back too: "… tỷ lệ hồ sơ nộp trực tuyến … đạt
// 58,4%. Riêng 2 tháng đầu năm 2024 tỷ lệ này đạt 63,1%. Mục tiêu cả năm 2024 là 70%.")
function previousSentence(knowledge: Knowledge, f: Fact): string {
  const at = f.sentenceId.lastIndexOf("#");
  const s = knowledge.sentence(f.sentenceId);
  const n = Number(f.sentenceId.slice(at + 1));
  const before = knowledge.sentence(`${f.sentenceId.slice(0, at)}#${n - 1}`);
  // (Across paragraphs too, one sentence each in many outlets' style; not across a heading.)
  if (!before || !s || before.heading !== s.heading) return "";
  const further = REFERS_BACK.test(before.text) ? knowledge.sentence(`${f.sentenceId.slice(0, at)}#${n - 2}`) : undefined;
  return further && further.heading === s.heading ? `${further.text} ${before.text}` : before.text;
}

// A text's words folded and with their marks, the province's name left out of both.
function ringWords(text: string, names: readonly (readonly string[])[]): RingWords | null {
  const folded = foldedWords(text);
  const marked = markedWords(text);
  if (folded.length !== marked.length) return null;
  const keep = folded.map(() => true);
  for (const name of names) {
    for (let i = 0; i + name.length <= folded.length; i++) if (name.length && name.every((w, j) => folded[i + j] === w)) for (let j = 0; j < name.length; j++) keep[i + j] = false;
  }
  return { folded: folded.filter((_, i) => keep[i]), marked: marked.filter((_, i) => keep[i]) };
}
