/**
 * `npm run eval` scores the bot on the hand-written question sets, in process, by how each
 * question is asked (its pattern), and lists what failed:
 *
 *   npm run eval                         # shipped, corpus-b (when ../shared/eval/corpus-b is there), unseen
 *   npm run eval -- --set FILE --corpus DIR [--fails]   # any set; DIR holds provinces.json
 */
import { parseArgs } from "node:util";
import { answerSet } from "./run.js";
import { scoreSet } from "./score.js";
import { fromDir, qualitySet, type QualitySet } from "./sets.js";

const { values } = parseArgs({ options: { set: { type: "string" }, corpus: { type: "string" }, fails: { type: "boolean", default: false } } });
const sets: QualitySet[] = values.set && values.corpus ? [fromDir(values.set, values.set, values.corpus)] : [qualitySet("shipped")!, qualitySet("corpus-b"), qualitySet("unseen")].filter((s): s is QualitySet => s !== null);

for (const set of sets) {
  const score = scoreSet(set.items, await answerSet(set.items, set.dir), set.sources);
  const byPattern = new Map<string, [number, number]>();
  for (const r of score.results) {
    const p = r.item.pattern ?? "-";
    const [ok, n] = byPattern.get(p) ?? [0, 0];
    byPattern.set(p, [ok + (r.ok ? 1 : 0), n + 1]);
  }
  console.log(`\n${set.name}: ${(100 * score.right).toFixed(1)}% right, ${score.wrong} wrong figures, ${score.verbatim}/${score.quotes} quotes verbatim`);
  for (const [p, [ok, n]] of [...byPattern].sort()) console.log(`  ${p.padEnd(14)} ${String(ok).padStart(3)}/${n}`);
  if (values.fails) for (const r of score.results.filter((x) => !x.ok)) console.log(`  ${r.wrong ? "WRONG" : "FAIL "} ${r.item.id} ${JSON.stringify(r.item.q)} ${r.why} | ${r.answer.text.replace(/\s+/g, " ").slice(0, 140)}`);
}
