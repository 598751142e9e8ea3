/**
 * `npm run ask -- [--json] [--explain] "question"` answers one question (`--explain` first prints
 * how it was understood and the figures weighed, with the score of each feature);
 * `npm run ask -- --json --batch FILE` answers one message per line (plain text, or
 * {"chat": "…", "text": "…"}; lines with the same chat are one conversation) and prints one JSON
 * object per line, in order.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { explain, toContract } from "../../bot/index.js";
import { bootCli } from "./boot.js";
import { renderExplanation, renderForTerminal } from "./render.js";

const { values, positionals } = parseArgs({
  options: { json: { type: "boolean", default: false }, explain: { type: "boolean", default: false }, batch: { type: "string" }, chat: { type: "string", default: "cli" } },
  allowPositionals: true,
});

/** One line of a batch file as a message. */
export function batchMessage(line: string, n: number): { chat: string; text: string } {
  const t = line.trim();
  if (t.startsWith("{")) {
    try {
      const o = JSON.parse(t) as { chat?: unknown; text?: unknown };
      if (typeof o.text === "string") return { chat: o.chat === undefined ? `line-${n}` : String(o.chat), text: o.text };
    } catch {
      // Not JSON after all: the line is the question.
    }
  }
  return { chat: `line-${n}`, text: line };
}

const { bot } = bootCli();
if (values.batch) {
  const lines = readFileSync(values.batch, "utf8").split(/\r?\n/);
  let n = 0;
  for (const line of lines) {
    n += 1;
    if (!line.trim()) continue;
    const m = batchMessage(line, n);
    const message = { channel: "cli", chatId: m.chat, text: m.text };
    if (values.explain) process.stdout.write(`${renderExplanation(explain(await bot.turn(message)))}\n\n`);
    const a = await bot.answer(message);
    process.stdout.write(values.json ? `${JSON.stringify(toContract(a))}\n` : `${renderForTerminal(a)}\n\n`);
  }
} else {
  const question = positionals.join(" ").trim();
  if (!question) {
    process.stderr.write('usage: npm run ask -- [--json] "câu hỏi"   |   npm run ask -- --json --batch FILE\n');
    process.exit(2);
  }
  const message = { channel: "cli", chatId: values.chat!, text: question };
  if (values.explain) process.stdout.write(`${renderExplanation(explain(await bot.turn(message)))}\n\n`);
  const a = await bot.answer(message);
  process.stdout.write(values.json ? `${JSON.stringify(toContract(a))}\n` : `${renderForTerminal(a)}\n`);
}
