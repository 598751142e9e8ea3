import type { Context } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import type { Answer } from "../../bot/index.js";
import { packMessages } from "./html.js";
import { tgVi } from "./messages.vi.js";
import { answerParagraphs, citedFigureHtml, figureLabel } from "./render.js";
import { localeOf, loggerOf, type TelegramDeps } from "./respond.js";

/** Telegram shows at most 50 results. */
const MAX_RESULTS = 50;
const DESCRIPTION_MAX = 200;
/** How long Telegram may show the same results again for the same query, in seconds. */
const CACHE_SECONDS = 60;

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/**
 * Inline results for an answer: one a cited figure (the figure, its quote, its source, ready to
 * insert in any chat); for an answer without a figure, the answer itself, so the person sees why.
 */
export function inlineResults(answer: Answer): InlineQueryResultArticle[] {
  const results = answer.facts.flatMap((fact, i): InlineQueryResultArticle[] => {
    const citation = answer.citations.find((c) => c.n === fact.citation);
    if (!citation) return [];
    return [
      {
        type: "article",
        id: `f${i}`,
        title: `${fact.province}: ${figureLabel(fact)}${fact.period ? ` (${fact.period})` : ""}`,
        description: clip(citation.quote, DESCRIPTION_MAX),
        input_message_content: { message_text: citedFigureHtml(fact, citation), parse_mode: "HTML", link_preview_options: { is_disabled: true } },
      },
    ];
  });
  if (results.length) return results.slice(0, MAX_RESULTS);
  return [
    {
      type: "article",
      id: "answer",
      title: tgVi.inlineNoFigure,
      description: clip(answer.text, DESCRIPTION_MAX),
      input_message_content: { message_text: packMessages(answerParagraphs(answer))[0] ?? "", parse_mode: "HTML", link_preview_options: { is_disabled: true } },
    },
  ];
}

/**
 * Answers an inline query (`@bot long an internet`) with cited figures. Each person's inline
 * questions are a conversation of their own, apart from their private chat with the bot.
 */
export async function answerInline(ctx: Context, deps: TelegramDeps): Promise<void> {
  const query = ctx.inlineQuery!;
  const button = { text: tgVi.inlineOpenChat, start_parameter: "inline" };
  const text = query.query.trim();
  if (!text) {
    await ctx.answerInlineQuery([], { cache_time: CACHE_SECONDS, button });
    return;
  }
  const outcome = await deps.assistant.ask({ channel: "telegram", chatId: `inline:${query.from.id}`, text, locale: localeOf(ctx) }, loggerOf(ctx, deps.logger));
  const results = outcome.kind === "answer" ? inlineResults(outcome.answer) : [];
  await ctx.answerInlineQuery(results, { cache_time: outcome.kind === "answer" ? CACHE_SECONDS : 0, is_personal: true, button });
}
