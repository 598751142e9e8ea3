/** `npm run chat`: an interactive chat in the terminal, one conversation. */
import { createInterface } from "node:readline/promises";
import { bootCli } from "./boot.js";
import { chatLine } from "./messages.js";
import { renderForTerminal } from "./render.js";

const { bot, loaded, config } = bootCli();
const interactive = process.stdin.isTTY === true;
if (interactive) {
  const provinces = loaded.knowledge.coverage().map((c) => c.province).join(", ");
  process.stdout.write(
    `Trợ lý số liệu chuyển đổi số — ${loaded.knowledge.articles.length} bài viết (${provinces}) từ ${config.corpusDir}\n` +
      `Gõ câu hỏi rồi Enter; "thoát" hoặc Ctrl+D để kết thúc. Lệnh: /list, /sources, /more, /overview <tỉnh>, /compare <tỉnh>, <tỉnh> [chủ đề], /help.\n\n`,
  );
}
const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
rl.setPrompt("Bạn: ");
if (interactive) rl.prompt();
for await (const line of rl) {
  const text = line.trim();
  if (/^(thoát|thoat|exit|quit)$/i.test(text)) break;
  if (text) {
    const a = await bot.answer({ channel: "cli", chatId: "terminal", ...chatLine(text) });
    process.stdout.write(`\n${renderForTerminal(a)}\n\n`);
  }
  if (interactive) rl.prompt();
}
rl.close();
