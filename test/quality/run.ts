import { readArticleFiles } from "../../adapters/knowledge-files.js";
import { createBot, toContract, type AnswerContract } from "../../bot/index.js";
import { buildKnowledge, loadKnowledge, serializeKnowledge } from "../../knowledge/index.js";
import type { QualityItem } from "./score.js";

/**
 * Answers a set's questions with a bot over the articles of `dir`, in process, in order: the
 * items of one chat are one conversation, each with its own chat key, as the batch mode does.
 * The knowledge base is persisted and loaded again first, as the service reads it.
 */
export async function answerSet(items: readonly QualityItem[], dir: string): Promise<AnswerContract[]> {
  const knowledge = loadKnowledge(serializeKnowledge(buildKnowledge(readArticleFiles(dir)).knowledge))!;
  const bot = createBot({ knowledge });
  const out: AnswerContract[] = [];
  for (const item of items) out.push(toContract(await bot.answer({ channel: "cli", chatId: item.chat ?? item.id, text: item.q })));
  return out;
}
