import { describe, expect, it } from "vitest";
import { AnswerSchema } from "../../bot/index.js";
import { answerSet } from "./run.js";
import { scoreSet } from "./score.js";
import { qualitySet } from "./sets.js";

// The answer-quality bar, on question sets written by hand in many wordings (typed casually,
// without marks, with typos, as follow-ups): right at least this often, never a wrong figure,
// every quote verbatim. `npm run eval` prints the same scores by pattern, with the failures.
const shipped = qualitySet("shipped")!;
const corpusB = qualitySet("corpus-b");
const unseen = qualitySet("unseen")!;

describe("answer quality", () => {
  it("answers the shipped articles' set right, never stating a wrong figure, every quote verbatim", async () => {
    const answers = await answerSet(shipped.items, shipped.dir);
    // Every kind of answer printed as the contract is exactly the schema's shape.
    for (const a of answers) expect(AnswerSchema.parse(a)).toEqual(a);
    const score = scoreSet(shipped.items, answers, shipped.sources);
    expect(score.results.filter((r) => r.wrong).map((r) => `${r.item.id}: ${r.item.q}`)).toEqual([]);
    expect(score.verbatim).toBe(score.quotes);
    expect(score.right).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(!corpusB)("answers the other outlets' set right, never stating a wrong figure, every quote verbatim", async () => {
    const score = scoreSet(corpusB!.items, await answerSet(corpusB!.items, corpusB!.dir), corpusB!.sources);
    expect(score.results.filter((r) => r.wrong).map((r) => `${r.item.id}: ${r.item.q}`)).toEqual([]);
    expect(score.verbatim).toBe(score.quotes);
    expect(score.right).toBeGreaterThanOrEqual(0.95);
  });

  it("answers articles written in other manners, never developed against, without a wrong figure", async () => {
    const score = scoreSet(unseen.items, await answerSet(unseen.items, unseen.dir), unseen.sources);
    expect(score.results.filter((r) => r.wrong).map((r) => `${r.item.id}: ${r.item.q}`)).toEqual([]);
    expect(score.verbatim).toBe(score.quotes);
    expect(score.right).toBeGreaterThanOrEqual(0.9);
  });
});
