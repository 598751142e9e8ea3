import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  buildKnowledge,
  corpusHash,
  isArticleFile,
  loadKnowledge,
  serializeKnowledge,
  type ArticleError,
  type ArticleFile,
  type Knowledge,
} from "../knowledge/index.js";

/** The knowledge base loaded from a folder, and how. */
export interface LoadedKnowledge {
  readonly knowledge: Knowledge;
  /** Files skipped, each naming the file and line. */
  readonly problems: readonly ArticleError[];
  /** True when the persisted build matched the corpus and was loaded instead of rebuilt. */
  readonly fromCache: boolean;
  readonly milliseconds: number;
}

/** Reads the article files of a folder (not its subfolders). */
export function readArticleFiles(dir: string): ArticleFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && isArticleFile(d.name))
    .map((d) => ({ name: d.name, bytes: readFileSync(join(dir, d.name)) }));
}

/**
 * Loads the knowledge base of a corpus folder: from its persisted build when the corpus hash
 * matches, else built and persisted (written to a temporary file, then renamed, so a reader
 * never sees half a file). Skipped files are returned, not thrown.
 */
export function loadKnowledgeFromDir(corpusDir: string, indexDir: string): LoadedKnowledge {
  const started = performance.now();
  const files = readArticleFiles(corpusDir);
  const hash = corpusHash(files);
  const path = buildPath(indexDir, hash);
  if (existsSync(path)) {
    const cached = loadKnowledge(readFileSync(path, "utf8"));
    if (cached && cached.hash === hash) {
      return { knowledge: cached, problems: problemsOf(files, cached), fromCache: true, milliseconds: performance.now() - started };
    }
  }
  const { knowledge, problems } = buildKnowledge(files);
  mkdirSync(indexDir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, serializeKnowledge(knowledge));
  renameSync(tmp, path);
  return { knowledge, problems, fromCache: false, milliseconds: performance.now() - started };
}

/**
 * Loads the persisted build of a corpus hash, read without blocking; throws when it is missing or
 * damaged. For a process that another one (`npm run index`) has just built for.
 */
export async function loadPersistedBuild(indexDir: string, hash: string): Promise<Knowledge> {
  const path = buildPath(indexDir, hash);
  const knowledge = loadKnowledge(await readFile(path, "utf8"));
  if (!knowledge || knowledge.hash !== hash) throw new Error(`${path} is not the persisted build of corpus ${hash}`);
  return knowledge;
}

// Where the build of a corpus hash is persisted: named by the hash, so a changed corpus never
// loads an older build.
const buildPath = (indexDir: string, hash: string) => join(indexDir, `${hash}.json`);

// Files of the corpus that the persisted build has no article for: parse them to say why.
function problemsOf(files: readonly ArticleFile[], k: Knowledge): ArticleError[] {
  const have = new Set(k.articles.map((a) => a.file));
  const missing = files.filter((f) => !have.has(f.name));
  return missing.length ? [...buildKnowledge(missing).problems] : [];
}
