import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  ArticleError,
  buildKnowledge,
  corpusHash,
  isArticleFile,
  loadKnowledge,
  serializeKnowledge,
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

/** Largest article file read by default: 1 MiB, some fifty times a long news article. */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 ** 20;

/** A corpus folder's article files, and those skipped unread for their size. */
export interface CorpusFolder {
  readonly files: ArticleFile[];
  readonly tooLarge: ArticleError[];
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/**
 * Reads the article files of a folder (not its subfolders). A file over `maxBytes` is not read:
 * it is reported, named with its size, and the others are read.
 */
export function readCorpusFolder(dir: string, maxBytes: number): CorpusFolder {
  const files: ArticleFile[] = [];
  const tooLarge: ArticleError[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isFile() || !isArticleFile(d.name)) continue;
    const path = join(dir, d.name);
    const size = statSync(path).size;
    if (size > maxBytes) tooLarge.push(new ArticleError("too-large", d.name, null, `${megabytes(size)} is over MAX_ARTICLE_BYTES (${megabytes(maxBytes)})`));
    else files.push({ name: d.name, bytes: readFileSync(path) });
  }
  return { files, tooLarge };
}

/** Reads every article file of a folder (not its subfolders), whatever its size. */
export function readArticleFiles(dir: string): ArticleFile[] {
  return readCorpusFolder(dir, Number.POSITIVE_INFINITY).files;
}

/**
 * Loads the knowledge base of a corpus folder: from its persisted build when the corpus hash
 * matches, else built and persisted (written to a temporary file, then renamed, so a reader
 * never sees half a file), and builds of other corpora beyond the newest few deleted. Skipped
 * files, those over `maxArticleBytes` among them, are returned, not thrown.
 */
export function loadKnowledgeFromDir(corpusDir: string, indexDir: string, maxArticleBytes = DEFAULT_MAX_ARTICLE_BYTES): LoadedKnowledge {
  const started = performance.now();
  const { files, tooLarge } = readCorpusFolder(corpusDir, maxArticleBytes);
  const hash = corpusHash(files);
  const path = buildPath(indexDir, hash);
  if (existsSync(path)) {
    const cached = loadKnowledge(readFileSync(path, "utf8"));
    if (cached && cached.hash === hash) {
      return { knowledge: cached, problems: [...tooLarge, ...problemsOf(files, cached)], fromCache: true, milliseconds: performance.now() - started };
    }
  }
  const { knowledge, problems } = buildKnowledge(files);
  mkdirSync(indexDir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, serializeKnowledge(knowledge));
  renameSync(tmp, path);
  pruneBuilds(indexDir, path);
  return { knowledge, problems: [...tooLarge, ...problems], fromCache: false, milliseconds: performance.now() - started };
}

/**
 * Builds kept in the index folder: the newest 3. The one just written, and the previous ones
 * that an instance still on an older corpus (or a re-index under way) may be loading.
 */
const KEPT_BUILDS = 3;
/** A temporary file older than this was left by a build that died. */
const STALE_TMP_MS = 3600_000;

// Old builds were never deleted: one more file, as large as the index, for every corpus change.
function pruneBuilds(indexDir: string, current: string): void {
  const entries = readdirSync(indexDir, { withFileTypes: true })
    .filter((d) => d.isFile() && /^[0-9a-f]{32}\.json(\.\d+\.tmp)?$/.test(d.name))
    .map((d) => ({ path: join(indexDir, d.name), tmp: d.name.endsWith(".tmp"), mtime: statSync(join(indexDir, d.name)).mtimeMs }));
  // The build just written first, whatever the clock's resolution says.
  const builds = entries.filter((e) => !e.tmp).sort((a, b) => Number(b.path === current) - Number(a.path === current) || b.mtime - a.mtime);
  const stale = entries.filter((e) => e.tmp && Date.now() - e.mtime > STALE_TMP_MS);
  for (const e of [...builds.slice(KEPT_BUILDS), ...stale]) rmSync(e.path, { force: true });
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
