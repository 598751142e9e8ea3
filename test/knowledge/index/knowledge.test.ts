import fc from "fast-check";
import { describe, it, expect, beforeAll } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildKnowledge,
  serializeKnowledge,
  loadKnowledge,
  corpusHash,
  type ArticleFile,
  type Knowledge,
} from "../../../knowledge/index/index.js";
import { ArticleError } from "../../../knowledge/corpus/index.js";

const CORPUS = fileURLToPath(new URL("../../../knowledge/corpus/default/", import.meta.url));
const FILES: ArticleFile[] = readdirSync(CORPUS)
  .filter((n) => n.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS, name))) }));

const MAILBOX = "hộp thư điện tử công vụ";
const mailboxOfLongAn = (k: Knowledge) => k.index.search(MAILBOX, { provinces: ["Long An"] })[0]?.fact;

let built: Knowledge;
beforeAll(() => {
  built = buildKnowledge(FILES).knowledge;
});

describe("buildKnowledge", () => {
  it("reads the five shipped articles without problems", () => {
    const { knowledge, problems } = buildKnowledge(FILES);
    expect(FILES).toHaveLength(5);
    expect(problems).toEqual([]);
    expect(knowledge.articles.map((a) => a.id)).toEqual([
      "000_e38110918ce74433",
      "001_94f021437548c670",
      "002_256477717902c520",
      "003_073f218658a0be58",
      "004_29e0622989aa08ac",
    ]);
    expect(knowledge.hash).toBe(corpusHash(FILES));
  });

  it("indexes every fact, each tied to a province, an article and a sentence", () => {
    expect(built.facts.length).toBeGreaterThan(0);
    expect(built.index.size).toBe(built.facts.length);
    for (const f of built.facts) {
      expect(f.province).not.toBe("");
      expect(built.article(f.articleId)).toBeDefined();
      expect(built.sentence(f.sentenceId)?.text.slice(f.start, f.end)).toBe(f.raw);
    }
  });

  it("finds the share of Long An's official mailboxes in use: 92%", () => {
    const fact = mailboxOfLongAn(built);
    expect(fact?.raw).toBe("92%");
    expect(fact?.period).toBe("8 tháng đầu năm 2023");
    expect(fact?.articleId).toBe("000_e38110918ce74433");
  });

  it("finds figures quoted in the articles, by province", () => {
    const first = (q: string, province: string) => built.index.search(q, { provinces: [province] })[0]?.fact.raw;
    expect(first("dịch vụ công tích hợp lên Cổng dịch vụ công Quốc gia", "Lào Cai")).toBe("1.837");
    expect(first("chữ ký số", "Kiên Giang")).toBe("11.000");
    expect(first("điện thoại thông minh", "Long An")).toBe("88%");
    expect(first("máy ATM", "Kiên Giang")).toBe("333");
  });

  it("gives articles and sentences by id, and nothing for an unknown id", () => {
    expect(built.article("001_94f021437548c670")?.source).toBe("TTXVN");
    expect(built.article("nope")).toBeUndefined();
    expect(built.sentence("000_e38110918ce74433#1")?.articleId).toBe("000_e38110918ce74433");
    expect(built.sentence("nope#1")).toBeUndefined();
  });

  it("still builds the other articles when one file is not UTF-8 and one is empty, naming both", () => {
    const bad: ArticleFile = { name: "hong.txt", bytes: new Uint8Array([0x54, 0x69, 0xea, 0x75, 0x0a, 0xff, 0xfe, 0x0a]) };
    const empty: ArticleFile = { name: "rong.txt", bytes: new Uint8Array() };
    const { knowledge, problems } = buildKnowledge([...FILES, bad, empty]);
    expect(knowledge.articles).toHaveLength(5);
    expect(knowledge.facts).toHaveLength(built.facts.length);
    expect(problems).toHaveLength(2);
    for (const p of problems) expect(p).toBeInstanceOf(ArticleError);
    const byFile = Object.fromEntries(problems.map((p) => [p.file, p.code]));
    expect(byFile).toEqual({ "hong.txt": "not-utf8", "rong.txt": "empty" });
    expect(problems.map((p) => p.message).join("\n")).toMatch(/hong\.txt[\s\S]*rong\.txt|rong\.txt[\s\S]*hong\.txt/);
  });

  it("builds an empty base from no files", () => {
    const { knowledge, problems } = buildKnowledge([]);
    expect(problems).toEqual([]);
    expect(knowledge.facts).toEqual([]);
    expect(knowledge.coverage()).toEqual([]);
    expect(knowledge.index.search(MAILBOX)).toEqual([]);
  });
});

describe("Knowledge.factsOf", () => {
  it("gives one province's facts in reading order, and none for a province without articles", () => {
    const longAn = built.factsOf("Long An");
    expect(longAn.length).toBeGreaterThan(0);
    expect(longAn.every((f) => f.province === "Long An")).toBe(true);
    expect(longAn.length).toBe(built.facts.filter((f) => f.province === "Long An").length);
    expect(longAn.findIndex((f) => f.raw === "5.500")).toBeLessThan(longAn.findIndex((f) => f.raw === "92%"));
    expect(built.factsOf("Quảng Ninh")).toEqual([]);
  });
});

describe("FactIndex.search", () => {
  const provincesOf = (hits: readonly { fact: { province: string } }[]) => new Set(hits.map((h) => h.fact.province));

  it("searches within the provinces given, scoring as a search of all of them", () => {
    const all = built.index.search("dịch vụ công trực tuyến");
    const within = built.index.search("dịch vụ công trực tuyến", { provinces: ["Lào Cai", "An Giang"] });
    expect(provincesOf(within)).toEqual(new Set(["Lào Cai", "An Giang"]));
    expect(within).toEqual(all.filter((h) => h.fact.province === "Lào Cai" || h.fact.province === "An Giang"));
  });

  it("keeps the best facts of each province when asked for a number per province", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.constantFrom("tỷ lệ", "dịch vụ công", "thanh toán không dùng tiền mặt", "sản phẩm OCOP"), (n, q) => {
        const all = built.index.search(q);
        const best = built.index.search(q, { perProvince: n });
        const expected = all.filter((h, i) => all.slice(0, i).filter((g) => g.fact.province === h.fact.province).length < n);
        expect(best).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("finds nothing in a province without articles", () => {
    expect(built.index.search("hộp thư", { provinces: ["Quảng Ninh"] })).toEqual([]);
    expect(built.index.search("hộp thư", { provinces: [] })).toEqual([]);
  });
});

describe("FactIndex.sentencesUsing", () => {
  it("counts the distinct sentences with facts that use a term, up to the most asked", () => {
    expect(built.index.sentencesUsing("hop_thu", 3)).toBe(1);
    expect(built.index.sentencesUsing("dich_vu", 3)).toBe(3);
    expect(built.index.sentencesUsing("dich_vu", 100)).toBeGreaterThan(3);
    expect(built.index.sentencesUsing("gia_do", 3)).toBe(0);
  });
});

describe("FactIndex.wordsNear", () => {
  // "Tỷ lệ sử dụng hộp thư điện tử công vụ của tỉnh đã cấp đạt 92%": "tử", "của", "tỉnh" and
  // "đã" are stop words; nothing follows the figure.
  const NEAR_92 = ["ti", "le", "su", "dung", "hop", "thu", "dien", "cong", "vu", "cap", "dat"];

  it("gives the search words before and after a figure, each once, without bigrams or stop words", () => {
    const words = built.index.wordsNear(mailboxOfLongAn(built)!);
    expect(new Set(words)).toEqual(new Set(NEAR_92));
    expect(words).toHaveLength(NEAR_92.length);
  });

  it("gives the same words for a loaded base, and for a copy of a fact the index does not hold", () => {
    const loaded = loadKnowledge(serializeKnowledge(built))!;
    expect(new Set(loaded.index.wordsNear(mailboxOfLongAn(loaded)!))).toEqual(new Set(NEAR_92));
    expect(new Set(built.index.wordsNear({ ...mailboxOfLongAn(built)! }))).toEqual(new Set(NEAR_92));
  });
});

describe("FactIndex.namedNear", () => {
  it("counts the phrase sets with one phrase whose every word stands near the figure, in the index or a copy", () => {
    const sets = [
      [["hop", "thu"]], // named
      [["ca", "nhan"], ["cong", "vu"]], // its second phrase named
      [["dien", "thoai"]], // "dien" near, "thoai" not
      [["khong_co_tu_nay"]], // no figure stands near it
    ];
    const phrases = built.index.nearPhrases(sets);
    expect(built.index.namedNear(mailboxOfLongAn(built)!, phrases)).toBe(2);
    expect(built.index.namedNear({ ...mailboxOfLongAn(built)! }, phrases)).toBe(2);
  });
});

describe("serializeKnowledge and loadKnowledge", () => {
  it("round-trips the base: same hash, facts and search results", () => {
    const loaded = loadKnowledge(serializeKnowledge(built));
    expect(loaded).not.toBeNull();
    expect(loaded!.hash).toBe(built.hash);
    expect(loaded!.facts).toHaveLength(built.facts.length);
    expect(loaded!.facts).toEqual(built.facts);
    expect(loaded!.index.size).toBe(built.index.size);
    expect(mailboxOfLongAn(loaded!)?.raw).toBe("92%");
    expect(loaded!.index.search(MAILBOX).map((h) => h.fact.id)).toEqual(built.index.search(MAILBOX).map((h) => h.fact.id));
    expect(loaded!.coverage()).toEqual(built.coverage());
  });

  it("keeps the sentences facts are quoted from", () => {
    const loaded = loadKnowledge(serializeKnowledge(built))!;
    for (const f of built.facts) expect(loaded.sentence(f.sentenceId)).toEqual(built.sentence(f.sentenceId));
    expect(loaded.article("003_073f218658a0be58")?.source).toBe("PLVN");
  });

  it("writes ASCII alone, Vietnamese letters escaped, and reads them back", () => {
    const saved = serializeKnowledge(built);
    expect(saved).toMatch(/^[\x20-\x7e]*$/);
    expect(saved).toContain("\\u1ec7");
    expect(loadKnowledge(saved)!.sentence(mailboxOfLongAn(built)!.sentenceId)?.text).toContain("hộp thư điện tử công vụ");
  });

  it("keeps the facts' order and every province's facts", () => {
    const loaded = loadKnowledge(serializeKnowledge(built))!;
    expect(loaded.facts.map((f) => f.id)).toEqual(built.facts.map((f) => f.id));
    for (const c of built.coverage()) expect(loaded.factsOf(c.province)).toEqual(built.factsOf(c.province));
    expect(loaded.articles).toEqual(built.articles);
  });

  it("gives null for text that is not a saved base", () => {
    expect(loadKnowledge("")).toBeNull();
    expect(loadKnowledge("not json")).toBeNull();
    expect(loadKnowledge("null")).toBeNull();
    expect(loadKnowledge("{}")).toBeNull();
    expect(loadKnowledge(JSON.stringify({ format: 2, index: "{}" }))).toBeNull();
    expect(loadKnowledge(JSON.stringify({ format: 1, index: {} }))).toBeNull();
    expect(loadKnowledge(JSON.stringify({ format: 2, index: {} }))).toBeNull();
    const saved = serializeKnowledge(built);
    expect(loadKnowledge(saved.slice(0, saved.length / 2))).toBeNull();
    expect(loadKnowledge(saved.replace(/"units":"[^"]*"/, '"units":"AAAA"'))).toBeNull();
    expect(loadKnowledge(saved.replace(/"near":\{"words":\[[^\]]*\]/, '"near":{"words":[]'))).toBeNull();
    expect(loadKnowledge(saved.replace(/("near":\{.*?"ids":")[^"]*"/, '$1AAAA"'))).toBeNull();
  });
});

describe("corpusHash", () => {
  it("does not depend on the order files are given in", () => {
    expect(corpusHash([...FILES].reverse())).toBe(corpusHash(FILES));
    expect(corpusHash([FILES[2]!, FILES[0]!, FILES[4]!, FILES[1]!, FILES[3]!])).toBe(corpusHash(FILES));
  });

  it("changes when one byte of one file changes", () => {
    const changed = FILES.map((f, i) => {
      if (i !== 3) return f;
      const bytes = new Uint8Array(f.bytes);
      bytes[100] = bytes[100]! ^ 1;
      return { name: f.name, bytes };
    });
    expect(corpusHash(changed)).not.toBe(corpusHash(FILES));
  });

  it("changes when a file is renamed, added or removed", () => {
    const renamed = FILES.map((f, i) => (i === 0 ? { name: "999.txt", bytes: f.bytes } : f));
    expect(corpusHash(renamed)).not.toBe(corpusHash(FILES));
    expect(corpusHash(FILES.slice(1))).not.toBe(corpusHash(FILES));
    expect(corpusHash([...FILES, { name: "moi.txt", bytes: new Uint8Array([0x41]) }])).not.toBe(corpusHash(FILES));
  });

  it("does not mistake where one file ends and the next begins", () => {
    const a = [{ name: "a.txt", bytes: new TextEncoder().encode("xy") }, { name: "b.txt", bytes: new TextEncoder().encode("z") }];
    const b = [{ name: "a.txt", bytes: new TextEncoder().encode("x") }, { name: "b.txt", bytes: new TextEncoder().encode("yz") }];
    expect(corpusHash(a)).not.toBe(corpusHash(b));
  });
});

describe("Knowledge.coverage", () => {
  it("lists the five provinces of the shipped articles", () => {
    const provinces = built.coverage().map((c) => c.province);
    expect(provinces).toEqual(expect.arrayContaining(["Long An", "An Giang", "Lào Cai", "Kiên Giang", "Hậu Giang"]));
  });

  it("counts facts and names the articles of each province, most facts first", () => {
    const coverage = built.coverage();
    const counts = coverage.map((c) => c.facts);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(coverage.reduce((n, c) => n + c.facts, 0)).toBe(built.facts.filter((f) => f.kind !== "year" && f.kind !== "date").length);
    const kienGiang = coverage.find((c) => c.province === "Kiên Giang");
    expect(kienGiang?.articleIds).toEqual(expect.arrayContaining(["000_e38110918ce74433", "003_073f218658a0be58"]));
    expect(coverage.find((c) => c.province === "Hậu Giang")?.articleIds).toEqual(["002_256477717902c520"]);
    expect(coverage.find((c) => c.province === "Lào Cai")?.articleIds).toEqual(["001_94f021437548c670"]);
  });
});
