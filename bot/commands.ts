import type { Question } from "./understand/question.js";

/**
 * What a command or a button asks, as data. Each channel parses its own syntax into one of these
 * (Telegram's `/tinh@bot` and callback buttons, Zalo's numbered follow-ups, the web chat's chips,
 * the CLI's `/list`); the core routes by it and never reads a command's words:
 * - `start`: the greeting; `help`: what the bot does, with examples;
 * - `list`: the provinces with data; `sources`: the last answer's sources again;
 * - `more`: further figures on the last answer's topic;
 * - `overview`: a summary of the province(s) the message's text names;
 * - `compare`: a comparison of the provinces (and the measure) the message's text names.
 */
export const COMMANDS = ["start", "help", "list", "sources", "more", "overview", "compare"] as const;

/** One of {@link COMMANDS}. */
export type Command = (typeof COMMANDS)[number];

/** True for a string that names a {@link Command} (own names only: "constructor" is none). */
export function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}

// What each command makes of the question read from the message's text. A chat move replaces
// whatever the words say; a frame keeps the provinces and measure the words name and decides
// how they are answered, whatever other frame the words suggest.
const FRAMES: Readonly<Record<Command, Partial<Question>>> = {
  start: { move: "greeting" },
  help: { move: "help" },
  list: { move: "list" },
  sources: { move: "sources" },
  more: { move: "more" },
  overview: { move: null, overview: true, compare: false, rankAll: false, ranking: false, offTopic: false, contact: false },
  compare: { move: null, compare: true, overview: false, rankAll: false, ranking: false, offTopic: false, contact: false },
};

/** The question as a command frames it; without a command, the question as read. */
export function framedBy(q: Question, command: Command | undefined): Question {
  return command ? { ...q, ...FRAMES[command] } : q;
}
