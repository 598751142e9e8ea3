/** The bot core: what adapters import. */
export { createBot, type Bot, type BotDeps } from "./bot.js";
export { DEFAULT_CONTEXT_TTL_MS, MemoryConversationStore, type ConversationStore, type DialogState, type MemoryStoreOptions } from "./context.js";
export { OldestFirst } from "./oldest-first.js";
export { DEFAULT_OPTIONS, withDefaults, type BotOptions } from "./options.js";
export { AnswerSchema, toContract, type AnswerContract } from "./contract.js";
export { explain, type Explanation } from "./explain.js";
export type { Answer, AnswerFact, Citation, IncomingMessage, Intent, SeriesPoint, Suggestion, Unanswered } from "./types.js";
export { COMMANDS, isCommand, type Command } from "./commands.js";
export { vi } from "./messages/vi.js";
export { chartTitle, type Block, type FactBlock, type Marked, type SectionItem, type Statement } from "./blocks.js";
export { blockLines, itemMarked, paragraphsOf, plainText, type PlainLine } from "./plain-text.js";
