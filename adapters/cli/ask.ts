/**
 * `npm run ask -- [--json] [--explain] "question"` answers one question (`--explain` first prints
 * how it was understood and the figures weighed, with the score of each feature);
 * `npm run ask -- --json --batch FILE` answers one message per line (plain text, or
 * {"chat": "…", "text": "…", "command"?: "…"}; lines with the same chat are one conversation) and prints one JSON
 * object per line, in order.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { explain, toContract } from "../../bot/index.js";
import { bootCli } from "./boot.js";
import { batchMessage } from "./messages.js";
import { renderExplanation, renderForTerminal } from "./render.js";

const { values, positionals } = parseArgs({
  options: { json: { type: "boolean", default: false }, explain: { type: "boolean", default: false }, batch: { type: "string" }, chat: { type: "string", default: "cli" } },
  allowPositionals: true,
});

const { bot } = bootCli();
if (values.batch) {
  const lines = readFileSync(values.batch, "utf8").split(/\r?\n/);
  let n = 0;
  for (const line of lines) {
    n += 1;
    if (!line.trim()) continue;
    const { chat, ...asked } = batchMessage(line, n);
    const message = { channel: "cli", chatId: chat, ...asked };
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
