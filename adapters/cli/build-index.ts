/**
 * `npm run index -- [--json]`: builds the index of CORPUS_DIR and persists it in INDEX_DIR (or
 * finds it there already), so a deployment or a running server can load it at once. Skipped
 * files are listed, each with its file and line. The server's corpus watcher runs this in a
 * process of its own, so a rebuild never blocks answers.
 */
import { parseArgs } from "node:util";
import { loadConfigOrExit } from "../config.js";
import { loadKnowledgeFromDir } from "../knowledge-files.js";

const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
const config = loadConfigOrExit();
const loaded = loadKnowledgeFromDir(config.corpusDir, config.indexDir, config.maxArticleBytes);
const k = loaded.knowledge;
const problems = loaded.problems.map((p) => ({ file: p.file, line: p.line, code: p.code, message: p.message }));
if (values.json) {
  process.stdout.write(`${JSON.stringify({ hash: k.hash, articles: k.articles.length, facts: k.facts.length, fromCache: loaded.fromCache, ms: Math.round(loaded.milliseconds), problems })}\n`);
} else {
  for (const p of problems) process.stderr.write(`skipped ${p.message}\n`);
  process.stdout.write(`${loaded.fromCache ? "already built" : "built"}: ${k.articles.length} articles, ${k.facts.length} facts, ${Math.round(loaded.milliseconds)} ms → ${config.indexDir}\n`);
}
