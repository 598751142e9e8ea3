/**
 * Writes a synthetic corpus to a folder: each article as `NNNNN.txt` and, beside it, its ground
 * truth as `NNNNN.truth.json` (the corpus loader reads only .txt and .md, so the truth is never
 * indexed). A `corpus.json` manifest names the seed, the size and the generator version; a
 * folder whose manifest matches is reused as it is.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SyntheticArticle } from "./article.js";

/** Version of what the generator writes; bump it when articles or truth change. */
export const GENERATOR_VERSION = 1;

interface Manifest {
  readonly generator: number;
  readonly seed: string;
  readonly size: number;
}

/** Writes `articles` (a corpus of `seed`) to `dir` unless it already holds them; returns `dir`. */
export function writeCorpus(dir: string, seed: string, articles: readonly SyntheticArticle[]): string {
  const manifest: Manifest = { generator: GENERATOR_VERSION, seed, size: articles.length };
  const path = join(dir, "corpus.json");
  if (existsSync(path) && readFileSync(path, "utf8") === JSON.stringify(manifest)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const a of articles) {
    writeFileSync(join(dir, a.name), a.text);
    const { text: _text, ...truth } = a;
    writeFileSync(join(dir, a.name.replace(/\.txt$/, ".truth.json")), `${JSON.stringify(truth, null, 1)}\n`);
  }
  // The manifest last: a folder interrupted while written has none and is written again.
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}
