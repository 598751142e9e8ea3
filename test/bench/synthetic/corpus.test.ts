import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withoutDiacritics } from "../../../bench/synthetic/article.js";
import { figureQuestions, generateCorpus, provincesOf } from "../../../bench/synthetic/corpus.js";
import { writeCorpus } from "../../../bench/synthetic/write.js";
import { buildKnowledge, type Knowledge } from "../../../knowledge/index.js";

const scratch = mkdtempSync(join(tmpdir(), "synthetic-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const asFiles = (seed: string, size: number) => generateCorpus(seed, size).map((a) => ({ name: a.name, bytes: new TextEncoder().encode(a.text) }));
const factOf = (k: Knowledge, province: string, articleId: string, raw: string) => k.factsOf(province).find((f) => f.articleId === articleId && f.raw === raw);

describe("generateCorpus", () => {
  it("gives the same articles and truth for the same seed, and others for another seed", () => {
    expect(generateCorpus("tiny", 3)).toEqual(generateCorpus("tiny", 3));
    expect(generateCorpus("tiny", 3).map((a) => a.text)).not.toEqual(generateCorpus("other", 3).map((a) => a.text));
  });

  it("writes the same bytes for the same seed, the truth of each article beside it", () => {
    const a = writeCorpus(join(scratch, "a"), "tiny", generateCorpus("tiny", 3));
    const b = writeCorpus(join(scratch, "b"), "tiny", generateCorpus("tiny", 3));
    expect(readdirSync(a).sort()).toEqual(["00000.truth.json", "00000.txt", "00001.truth.json", "00001.txt", "00002.truth.json", "00002.txt", "corpus.json"]);
    for (const name of readdirSync(a)) expect(readFileSync(join(b, name))).toEqual(readFileSync(join(a, name)));
    const truth = JSON.parse(readFileSync(join(a, "00001.truth.json"), "utf8"));
    expect(truth.provinces).toEqual(["Gia Lai", "Quảng Nam"]);
    expect(truth.facts).toContainEqual(expect.objectContaining({ province: "Gia Lai", measure: "so-may-atm", raw: "479", year: 2024 }));
  });

  it("leaves a written corpus as it is when its manifest matches", () => {
    const dir = join(scratch, "kept");
    writeCorpus(dir, "tiny", generateCorpus("tiny", 3));
    const written = statSync(join(dir, "00000.txt")).mtimeMs;
    writeCorpus(dir, "tiny", generateCorpus("tiny", 3));
    expect(statSync(join(dir, "00000.txt")).mtimeMs).toBe(written);
  });

  it("makes a smaller corpus the beginning of a larger one", () => {
    expect(generateCorpus("tiny", 3)).toEqual(generateCorpus("tiny", 5).slice(0, 3));
  });

  it("writes articles the real extractor reads as the generator meant (seed tiny, by hand)", () => {
    const k = buildKnowledge(asFiles("tiny", 3)).knowledge;
    expect(factOf(k, "Vĩnh Long", "00000", "11/16")).toMatchObject({ value: 11, outOf: 16, year: 2020, target: false });
    expect(factOf(k, "Vĩnh Long", "00000", "2,6 triệu")).toMatchObject({ value: 2600000, year: 2020 });
    expect(factOf(k, "Vĩnh Long", "00000", "11%")).toMatchObject({ unit: "%", target: true, year: 2025 });
    expect(factOf(k, "Cà Mau", "00000", "95%")).toMatchObject({ unit: "%", year: 2020, target: false });
    expect(factOf(k, "Gia Lai", "00001", "479")).toMatchObject({ unit: "máy ATM", year: 2024 });
    expect(factOf(k, "Gia Lai", "00001", "4,5 triệu")).toMatchObject({ value: 4500000, unit: "thẻ" });
    expect(factOf(k, "Quảng Nam", "00001", "7.535")).toMatchObject({ value: 7535, unit: "camera giám sát" });
    expect(factOf(k, "Cà Mau", "00002", "2.340.367")).toMatchObject({ value: 2340367, year: 2024 });
    expect(k.article("00002")?.source).toBe("TTXVN");
  });

  it("states only figures the extractor finds, for the province, year and kind the truth gives", () => {
    const articles = generateCorpus("tiny", 40);
    const k = buildKnowledge(articles.map((a) => ({ name: a.name, bytes: new TextEncoder().encode(a.text) }))).knowledge;
    const truth = articles.flatMap((a) => a.facts.map((f) => ({ ...f, articleId: a.name.replace(".txt", "") })));
    for (const t of truth) {
      const found = k.factsOf(t.province).filter((f) => f.articleId === t.articleId && f.raw === t.raw && k.sentence(f.sentenceId)?.text === t.sentence);
      expect(found.map((f) => [f.year, f.target])).toContainEqual([t.year, t.target]);
    }
    // Its figures, that is: the years of clauses without one are facts too ("năm nào").
    expect(k.facts.filter((f) => f.kind !== "year" && f.kind !== "date").length).toBe(truth.length);
  });
});

describe("provincesOf", () => {
  it("leaves three of the 63 provinces without articles, the same for a seed", () => {
    const { covered, uncovered } = provincesOf("tiny");
    expect(uncovered).toHaveLength(3);
    expect(covered).toHaveLength(60);
    expect(provincesOf("tiny")).toEqual({ covered, uncovered });
    const named = new Set(generateCorpus("tiny", 200).flatMap((a) => a.provinces));
    for (const p of uncovered) expect(named.has(p)).toBe(false);
  });
});

describe("figureQuestions", () => {
  const articles = generateCorpus("tiny", 60);
  const questions = figureQuestions("tiny", articles, 40);

  it("asks half with the year and half for the latest figure, half without diacritics", () => {
    expect(questions).toHaveLength(40);
    expect(questions.filter((q) => q.dated)).toHaveLength(20);
    expect(questions.filter((q) => q.style === "plain")).toHaveLength(20);
    for (const q of questions.filter((q) => q.style === "plain")) expect(q.text).toBe(withoutDiacritics(q.text));
    for (const q of questions.filter((q) => q.dated && !q.text.includes("đến năm"))) expect(q.text).toMatch(/n(ă|a)m 20\d\d/);
  });

  it("names as right only articles that state the figure, at least one", () => {
    for (const q of questions) {
      const stating = articles.filter((a) => a.facts.some((f) => f.province === q.province && f.measure === q.measure && f.raw === q.raw));
      expect(q.articleIds.length).toBeGreaterThan(0);
      for (const id of q.articleIds) expect(stating.map((a) => a.name.replace(".txt", ""))).toContain(id);
    }
  });

  it("asks, without a year, for the newest figure of the measure", () => {
    for (const q of questions.filter((q) => !q.dated)) {
      const years = articles.flatMap((a) => a.facts.filter((f) => f.province === q.province && f.measure === q.measure).map((f) => f.year));
      const stated = articles.flatMap((a) => a.facts.filter((f) => f.province === q.province && f.measure === q.measure && f.raw === q.raw).map((f) => f.year));
      expect(Math.max(...stated)).toBe(Math.max(...years));
    }
  });
});
