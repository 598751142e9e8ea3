import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CORPUS_DIR } from "../../knowledge/index.js";
import { readSet, readSources, type QualityItem, type SourceArticle } from "./score.js";

const here = dirname(fileURLToPath(import.meta.url));

/** A question set and the articles it is asked of. */
export interface QualitySet {
  readonly name: string;
  readonly items: readonly QualityItem[];
  readonly dir: string;
  readonly sources: readonly SourceArticle[];
}

/**
 * The sets written for this project: `shipped` asks the five shipped articles; `corpus-b` asks the
 * evaluation's articles from other outlets, which are never copied into the project: they are
 * read from EVAL_CORPUS_B, else `../shared/eval/corpus-b` beside the checkout; null when absent;
 * `unseen` asks articles written for these tests in other outlets' manners (invented
 * figures, not news: `test/quality/unseen/`), none of which the bot was developed against.
 */
export function qualitySet(name: "shipped" | "corpus-b" | "unseen"): QualitySet | null {
  if (name === "unseen") return fromDir(name, join(here, "unseen.jsonl"), join(here, "unseen"));
  if (name === "shipped") {
    const provinces = JSON.parse(readFileSync(join(here, "shipped-provinces.json"), "utf8")) as Record<string, string[]>;
    return { name, items: readSet(join(here, "shipped.jsonl")), dir: DEFAULT_CORPUS_DIR, sources: readSources(DEFAULT_CORPUS_DIR, provinces) };
  }
  const dir = resolve(process.env.EVAL_CORPUS_B ?? join(here, "..", "..", "..", "shared", "eval", "corpus-b"));
  if (!existsSync(join(dir, "provinces.json"))) return null;
  return fromDir(name, join(here, "corpus-b.jsonl"), dir);
}

/** Any set file asked of a corpus folder holding a `provinces.json` (file → provinces). */
export function fromDir(name: string, setFile: string, dir: string): QualitySet {
  const provinces = JSON.parse(readFileSync(join(dir, "provinces.json"), "utf8")) as Record<string, string[]>;
  return { name, items: readSet(setFile), dir, sources: readSources(dir, provinces) };
}
