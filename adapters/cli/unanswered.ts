/**
 * `npm run unanswered -- [--limit 50] [--json]`: the questions the bot could not answer (no data,
 * clarification, off-topic), most asked first — from Redis when REDIS_URL is set, else from the
 * local file (UNANSWERED_FILE). No user id is ever kept, only the folded question.
 */
import { parseArgs } from "node:util";
import { loadConfigOrExit } from "../config.js";
import { createLogger } from "../runtime/logger.js";
import { openState } from "../runtime/state.js";
import type { UnansweredCount } from "../runtime/unanswered.js";

const { values } = parseArgs({ options: { limit: { type: "string", default: "50" }, json: { type: "boolean", default: false } } });
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) {
  process.stderr.write(`--limit must be a whole number above 0, not ${JSON.stringify(values.limit)}\n`);
  process.exit(2);
}
const config = loadConfigOrExit();

const state = openState({ redisUrl: config.server.redisUrl, contextTtlMs: config.contextTtlMs, timeouts: config.timeouts, logger: createLogger("silent") });
let rows: UnansweredCount[];
try {
  await state.ready();
  rows = await state.unansweredLog({ file: config.server.unansweredFile }).top(limit);
} catch (e) {
  process.stderr.write(`cannot read the unanswered questions from Redis: ${(e as Error).message}\n`);
  process.exit(1);
} finally {
  await state.close();
}

if (values.json) for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
else if (!rows.length) process.stdout.write("Chưa có câu hỏi nào chưa trả lời được.\n");
else {
  const width = String(rows[0]!.count).length;
  for (const r of rows) process.stdout.write(`${String(r.count).padStart(width)}  ${r.question}\n`);
}
