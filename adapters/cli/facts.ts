/** `npm run facts -- [--province "Long An"] [--json]`: every extracted fact. */
import { parseArgs } from "node:util";
import { mentionsIn, type Fact } from "../../knowledge/index.js";
import { bootCli } from "./boot.js";

const { values } = parseArgs({ options: { province: { type: "string" }, json: { type: "boolean", default: false } } });
const { loaded } = bootCli();
const k = loaded.knowledge;
let facts: readonly Fact[] = k.facts;
if (values.province) {
  const wanted = new Set(mentionsIn(values.province).map((m) => m.province));
  if (!wanted.size) {
    process.stderr.write(`unknown province: ${values.province}\n`);
    process.exit(2);
  }
  facts = facts.filter((f) => wanted.has(f.province));
}
if (values.json) {
  for (const f of facts) {
    const a = k.article(f.articleId);
    process.stdout.write(`${JSON.stringify({ ...f, quote: k.sentence(f.sentenceId)?.text ?? null, title: a?.title ?? null, source: a?.source ?? null })}\n`);
  }
} else {
  for (const f of facts) {
    const tags = [f.period, f.target ? "mục tiêu" : null, f.change ? "thay đổi" : null].filter(Boolean).join(", ");
    process.stdout.write(`${f.province} | ${f.qualifier ? `${f.qualifier} ` : ""}${f.raw}${f.unit && f.unit !== "%" ? ` ${f.unit}` : ""} | ${f.topic}${tags ? ` | ${tags}` : ""} | ${f.articleId}\n`);
  }
  process.stderr.write(`${facts.length} facts\n`);
}
