import { execFile } from "node:child_process";
import { watch, type FSWatcher } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Logger } from "pino";
import { PROJECT_ROOT } from "../config.js";
import { loadPersistedBuild } from "../knowledge-files.js";
import type { Assistant } from "../runtime/assistant.js";

const run = promisify(execFile);

// The index program beside this module: JavaScript run by node itself when compiled (dist/, where
// tsx may not be installed), TypeScript through tsx when run from the sources.
const compiled = import.meta.url.endsWith(".js");
const INDEX_PROGRAM = fileURLToPath(new URL(`../cli/build-index.${compiled ? "js" : "ts"}`, import.meta.url));
const INDEX_ARGS = [...(compiled ? [] : ["--import", "tsx"]), INDEX_PROGRAM, "--json"];

/** Options of {@link watchCorpus}. */
export interface CorpusWatchOptions {
  readonly corpusDir: string;
  readonly indexDir: string;
  readonly assistant: Assistant;
  readonly logger: Logger;
  /** Quiet time after the last change before re-indexing. Default 300 ms. */
  readonly debounceMs?: number;
}

/** A running watch; {@link close} stops it and any re-index under way. */
export interface CorpusWatch {
  /** Resolves when no re-index is pending or running (for tests and shutdown). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

interface BuildSummary {
  readonly hash: string;
  readonly articles: number;
  readonly facts: number;
  readonly problems: readonly { file: string; line: number | null; code: string; message: string }[];
}

/**
 * Watches the corpus folder and, when its article files change, re-indexes it in a separate
 * process (`npm run index`), so answers never wait on a build; the new knowledge base then answers
 * from the next message on. A broken file is reported with its file and line, and skipped.
 */
export function watchCorpus(options: CorpusWatchOptions): CorpusWatch {
  const { corpusDir, indexDir, assistant, logger } = options;
  const abort = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  const rebuild = async (): Promise<void> => {
    const { stdout } = await run(process.execPath, INDEX_ARGS, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CORPUS_DIR: corpusDir, INDEX_DIR: indexDir },
      signal: abort.signal,
      maxBuffer: 16 * 2 ** 20,
    });
    const summary = JSON.parse(stdout.trim().split("\n").pop()!) as BuildSummary;
    for (const p of summary.problems) logger.warn({ file: p.file, line: p.line, code: p.code }, `article skipped: ${p.message}`);
    if (summary.hash === assistant.knowledge.hash) return;
    // The build the other process persisted, not the folder read again: a file changed since
    // then has started another cycle, and the folder is not hashed (or rebuilt) in this process,
    // whose event loop answers everyone.
    const knowledge = await loadPersistedBuild(indexDir, summary.hash);
    assistant.useKnowledge(knowledge);
    logger.info({ articles: knowledge.articles.length, facts: knowledge.facts.length, skipped: summary.problems.length }, "corpus re-indexed");
  };

  const cycle = (): void => {
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = rebuild()
      .catch((e: Error) => {
        if (!abort.signal.aborted) logger.error({ err: { message: e.message } }, "corpus re-index failed; still answering from the previous index");
      })
      .finally(() => {
        running = null;
        if (again && !abort.signal.aborted) {
          again = false;
          cycle();
        }
      });
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(corpusDir, { persistent: false }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(cycle, options.debounceMs ?? 300);
    });
    watcher.on("error", (e) => logger.error({ err: { message: e.message } }, "corpus folder no longer watched"));
  } catch (e) {
    logger.error({ err: { message: (e as Error).message }, corpusDir }, "cannot watch the corpus folder; new articles need a restart");
  }

  const settled = async (): Promise<void> => {
    while (timer || running) await (running ?? new Promise((r) => setTimeout(r, 50)));
  };
  return {
    settled,
    close: async () => {
      watcher?.close();
      if (timer) clearTimeout(timer);
      timer = null;
      abort.abort();
      await running;
    },
  };
}
