import { isCommand, type IncomingMessage } from "../../bot/index.js";

/** What a line of the terminal asks the core: words and, for a command, the command. */
export type CliMessage = Pick<IncomingMessage, "text" | "command">;

/**
 * A line of `npm run chat`: "/<command> [words]" sends one of the core's commands by its own name
 * ("/list", "/sources", "/overview Lào Cai", "/compare An Giang, Long An smartphone"); a command
 * the core does not have ("/tinh") is sent as "/help", which says what the bot does; any other
 * line is a question.
 */
export function chatLine(line: string): CliMessage {
  const m = /^\/(\S+)\s*(.*)$/su.exec(line.trim());
  if (!m) return { text: line.trim() };
  const name = m[1]!.toLowerCase();
  return isCommand(name) ? { text: m[2]!, command: name } : { text: "", command: "help" };
}

/**
 * One line of a batch file as a message: plain text, a question of its own conversation
 * (`line-<n>`); or `{"chat": "…", "text": "…", "command"?: "…"}`, lines with the same chat one
 * conversation, a command the core does not have ignored.
 */
export function batchMessage(line: string, n: number): CliMessage & { chat: string } {
  const t = line.trim();
  if (t.startsWith("{")) {
    try {
      const o = JSON.parse(t) as { chat?: unknown; text?: unknown; command?: unknown };
      if (typeof o.text === "string") {
        const chat = o.chat === undefined ? `line-${n}` : String(o.chat);
        return typeof o.command === "string" && isCommand(o.command) ? { chat, text: o.text, command: o.command } : { chat, text: o.text };
      }
    } catch {
      // Not JSON after all: the line is the question.
    }
  }
  return { chat: `line-${n}`, text: line };
}
