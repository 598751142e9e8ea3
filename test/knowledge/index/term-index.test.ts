import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import MiniSearch from "minisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { FIELD_BOOST, FIELDS, INDEX_OPTIONS, TermIndex, buildKnowledge, type FactDocument, type TermMatches } from "../../../knowledge/index/index.js";
import { searchTerms } from "../../../knowledge/text/index.js";

// Documents shaped like the facts' (a sentence shared by its facts, a province per group),
// from the five shipped articles.
const CORPUS = fileURLToPath(new URL("../../../knowledge/corpus/default/", import.meta.url));
interface Doc extends FactDocument {
  readonly id: number;
  readonly group: string;
  readonly sentenceId: string;
}
let docs: Doc[];
let index: TermIndex;
let oracle: MiniSearch<Doc>;

const QUESTIONS = [
  "Tỷ lệ sử dụng hộp thư điện tử công vụ",
  "bao nhiêu dịch vụ công trực tuyến tích hợp lên Cổng dịch vụ công quốc gia",
  "ty le ho gia dinh co internet cap quang",
  "chữ ký số chữ kí số CKS ký số",
  "thanh toan khong dung tien mat cho sieu thi",
  "thuong mai dien tu san pham OCOP",
  "xếp hạng chuyển đổi số DTI năm 2022",
  "dien thoai thong minh smartphone dân số trưởng thành",
  "doanh nghiệp công nghệ số lao động lao động",
  "thành viên tổ công nghệ số cộng đồng 5.500",
  "dịch vụ công dịch vụ công",
  "tỷ giá đô la",
  "",
];

beforeAll(() => {
  const files = readdirSync(CORPUS)
    .filter((n) => n.endsWith(".txt"))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS, name))) }));
  const k = buildKnowledge(files).knowledge;
  docs = k.facts.map((f, id) => {
    const s = k.sentence(f.sentenceId)!;
    return { id, group: f.province, sentenceId: f.sentenceId, left: f.left, after: f.after, clause: f.clause, sentence: s.text, context: s.heading ?? "" };
  });
  const breaks = (i: number) => docs[i]!.group !== docs[i - 1]!.group || docs[i]!.sentenceId !== docs[i - 1]!.sentenceId;
  index = TermIndex.build(docs.length, (i, field) => docs[i]![FIELDS[field]!], breaks, INDEX_OPTIONS);
  oracle = new MiniSearch<Doc>({
    fields: [...FIELDS],
    tokenize: searchTerms,
    processTerm: (t) => t || null,
    searchOptions: { boost: FIELD_BOOST, fuzzy: INDEX_OPTIONS.fuzzy, prefix: false, combineWith: "OR" },
  });
  oracle.addAll(docs);
});

// Matches as a list, best first, equal scores in the order reached (as MiniSearch sorts).
const sorted = (m: TermMatches) => [...m.docs].map((doc, i) => ({ doc, score: m.scores[i]! })).sort((a, b) => b.score - a.score);

/** The index's matches equal MiniSearch's: same documents, same scores, same order. */
function expectSameAsMiniSearch(query: string, matches: TermMatches, accept: (d: Doc) => boolean = () => true): void {
  const expected = oracle.search(query, { filter: (r) => accept(docs[r.id as number]!) });
  const got = sorted(matches);
  expect(got.map((h) => h.doc)).toEqual(expected.map((r) => r.id));
  got.forEach((h, i) => expect(h.score).toBeCloseTo(expected[i]!.score, 9));
}

// Words of the corpus, some mistyped, as queries are typed.
const word = fc.oneof(
  fc.constantFrom(...QUESTIONS.join(" ").split(" ").filter(Boolean)),
  fc.constantFrom("thuong", "chuyen", "nguoi", "quang", "truc", "tuyen", "dien", "thoai").map((w) => `${w.slice(0, 2)}x${w.slice(3)}`),
);
const query = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(" "));

describe("TermIndex.search", () => {
  it("ranks as MiniSearch does, with the same options, for the questions people ask", () => {
    for (const q of QUESTIONS) expectSameAsMiniSearch(q, index.search(q));
  });

  it("ranks as MiniSearch does for any query made of the corpus's words, typos included", () => {
    fc.assert(fc.property(query, (q) => expectSameAsMiniSearch(q, index.search(q))), { numRuns: 200 });
  });

  it("within ranges, reads only their documents and scores them as a search of everything", () => {
    const ranges: [number, number][] = [];
    docs.forEach((d, i) => {
      if (d.group !== docs[i - 1]?.group) ranges.push([i, i]);
      ranges[ranges.length - 1]![1] = i + 1;
    });
    const [longAn, , lastGroup] = [ranges[0]!, ranges[1]!, ranges[ranges.length - 1]!];
    for (const q of QUESTIONS) {
      const within = index.search(q, [longAn, lastGroup]);
      for (const doc of within.docs) expect(doc < longAn[1] || doc >= lastGroup[0]).toBe(true);
      expectSameAsMiniSearch(q, within, (d) => d.group === docs[longAn[0]]!.group || d.group === docs[lastGroup[0]]!.group);
    }
  });

  it("finds nothing for an empty query or words the corpus does not use", () => {
    for (const m of [index.search(""), index.search("xyzzy qwerty"), index.search("hộp thư", [])]) {
      expect(m.docs.length).toBe(0);
      expect(m.scores.length).toBe(0);
    }
  });
});

describe("TermIndex.search on thousands of documents", () => {
  it("ranks as MiniSearch does, very common words' score columns included, and keeps each range's best", () => {
    // The shipped articles' facts 30 times over, as 30 groups: 4 770 documents, words such as
    // "tỷ lệ" posted for more than half of them.
    const many: Doc[] = Array.from({ length: 30 }, (_, copy) => docs.map((d) => ({ ...d, group: `${copy}/${d.group}` }))).flat().map((d, id) => ({ ...d, id }));
    const breaks = (i: number) => many[i]!.group !== many[i - 1]!.group || many[i]!.sentenceId !== many[i - 1]!.sentenceId;
    const big = TermIndex.build(many.length, (i, field) => many[i]![FIELDS[field]!], breaks, INDEX_OPTIONS);
    const bigOracle = new MiniSearch<Doc>({
      fields: [...FIELDS],
      tokenize: searchTerms,
      processTerm: (t) => t || null,
      searchOptions: { boost: FIELD_BOOST, fuzzy: INDEX_OPTIONS.fuzzy, prefix: false, combineWith: "OR" },
    });
    bigOracle.addAll(many);
    const ranges: [number, number][] = [];
    many.forEach((d, i) => {
      if (d.group !== many[i - 1]?.group) ranges.push([i, i]);
      ranges[ranges.length - 1]![1] = i + 1;
    });
    for (const q of ["tỷ lệ tỉ lệ phần trăm % hộ gia đình có internet cáp quang", "tỉnh nào có nhiều dịch vụ công trực tuyến nhất", "tỷ lệ là bao nhiêu"]) {
      const expected = bigOracle.search(q);
      const got = big.search(q);
      expect([...got.docs]).toEqual(expected.map((r) => r.id));
      got.scores.forEach((score, i) => expect(score).toBeCloseTo(expected[i]!.score, 9));
      // The best 2 of each group: MiniSearch's order, cut at 2 a group.
      const best = big.search(q, ranges, 2);
      const groupOf = (id: number) => many[id]!.group;
      const expectedBest = expected.filter((r, i) => expected.slice(0, i).filter((e) => groupOf(e.id as number) === groupOf(r.id as number)).length < 2);
      expect([...best.docs]).toEqual(expectedBest.map((r) => r.id));
    }
    // Each range's best, however few, with the columns of very common terms left for the
    // documents that could still be among them: the same documents and scores as the search of
    // everything, cut range by range.
    const bestOf = (all: TermMatches, n: number) => {
      const kept = new Map<string, number>();
      return [...all.docs].map((doc, i) => ({ doc, score: all.scores[i]! })).filter(({ doc }) => {
        const seen = kept.get(groupOf(doc)) ?? 0;
        kept.set(groupOf(doc), seen + 1);
        return seen < n;
      });
    };
    const groupOf = (id: number) => many[id]!.group;
    const same = (q: string, n: number) => {
      const got = big.search(q, ranges, n);
      expect([...got.docs].map((doc, i) => ({ doc, score: got.scores[i]! }))).toEqual(bestOf(big.search(q), n));
    };
    fc.assert(
      fc.property(query, fc.constantFrom(1, 2, 5, 10, 40), (q, n) => same(`tỷ lệ tỉ lệ ${q}`, n)),
      { numRuns: 60 },
    );
    // A short word of the articles beside very common ones: documents that only the common ones
    // reach are among some groups' best.
    const shortWords = [...new Set(docs.flatMap((d) => d.sentence.split(/\s+/)))].filter((w) => /^\p{L}{2,3}$/u.test(w)).slice(0, 60);
    expect(shortWords.length).toBe(60);
    for (const w of shortWords) for (const n of [1, 2, 5]) same(`${w} tỷ lệ tỉ lệ`, n);
  });
});

describe("TermIndex.toJSON and TermIndex.load", () => {
  it("restore an index that answers every query as the one saved", () => {
    const loaded = TermIndex.load(JSON.parse(JSON.stringify(index.toJSON())), INDEX_OPTIONS);
    expect(loaded.size).toBe(index.size);
    for (const q of QUESTIONS) expect(loaded.search(q)).toEqual(index.search(q));
    fc.assert(
      fc.property(query, (q) => {
        expect(loaded.search(q)).toEqual(index.search(q));
      }),
      { numRuns: 50 },
    );
  });

  it("refuse an index saved with other fields", () => {
    const saved = index.toJSON();
    expect(() => TermIndex.load({ ...saved, fields: saved.fields.slice(1) }, INDEX_OPTIONS)).toThrow(/other fields/);
  });
});

describe("TermIndex.unitsWith", () => {
  it("gives the first document of each unit holding the term, once per sentence of a group", () => {
    const sentence = FIELDS.indexOf("sentence");
    const firsts = [...index.unitsWith("hop_thu", sentence)];
    const expected = docs.filter((d, i) => searchTerms(d.sentence).includes("hop_thu") && (i === 0 || d.sentenceId !== docs[i - 1]!.sentenceId || d.group !== docs[i - 1]!.group));
    expect(firsts).toEqual(expected.map((d) => d.id));
    expect(firsts.length).toBeGreaterThan(0);
    expect([...index.unitsWith("khong_co_tu_nay", sentence)]).toEqual([]);
  });
});
