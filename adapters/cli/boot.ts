import { createBot, MemoryConversationStore, type Bot } from "../../bot/index.js";
import { loadConfigOrExit, type Config } from "../config.js";
import { loadKnowledgeFromDir, type LoadedKnowledge } from "../knowledge-files.js";

/** A command-line program's start: settings, knowledge base, bot. */
export interface CliBoot {
  readonly config: Config;
  readonly loaded: LoadedKnowledge;
  readonly bot: Bot;
}

/**
 * Starts the bot for a command-line program. A wrong setting prints every bad variable and exits
 * with status 2; skipped article files are reported on stderr and the rest still answers.
 */
export function bootCli(): CliBoot {
  const config = loadConfigOrExit();
  const loaded = loadKnowledgeFromDir(config.corpusDir, config.indexDir, config.maxArticleBytes);
  for (const p of loaded.problems) process.stderr.write(`skipped ${p.message}\n`);
  const bot = createBot({
    knowledge: loaded.knowledge,
    store: new MemoryConversationStore({ ttlMs: config.contextTtlMs }),
    options: { maxMessageLength: config.maxMessageLength },
  });
  return { config, loaded, bot };
}
