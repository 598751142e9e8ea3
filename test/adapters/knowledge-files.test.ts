import { cpSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledgeFromDir } from "../../adapters/knowledge-files.js";
import { DEFAULT_CORPUS_DIR } from "../../knowledge/index.js";

describe("loadKnowledgeFromDir", () => {
  it("keeps the newest three builds in the index folder as the corpus changes, the current one among them", () => {
    const corpus = mkdtempSync(join(tmpdir(), "prune-corpus-"));
    const index = mkdtempSync(join(tmpdir(), "prune-index-"));
    cpSync(DEFAULT_CORPUS_DIR, corpus, { recursive: true });
    let hash = "";
    for (let n = 1; n <= 5; n++) {
      writeFileSync(join(corpus, "moi.md"), `---\ntitle: Bài số ${n}\n---\n\nTỉnh Bắc Ninh có ${n}00 doanh nghiệp công nghệ số.\n`);
      hash = loadKnowledgeFromDir(corpus, index).knowledge.hash;
    }
    const kept = readdirSync(index);
    expect(kept).toHaveLength(3);
    expect(kept).toContain(`${hash}.json`);
  });
});
