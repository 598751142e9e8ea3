import { Composer, type Context, type Filter } from "grammy";
import type { Message } from "grammy/types";
import { comparisonText, opensWithCommand } from "./commands.js";
import { answerInline } from "./inline.js";
import { tgVi } from "./messages.vi.js";
import { provinceOfSlug } from "./provinces.js";
import { answerInChat, provinceKeyboard, sendText, type TelegramDeps } from "./respond.js";
import { parseCallbackData } from "./suggestions.js";


/** Message kinds a person sends that carry no words: answered in private with "text only". */
const WORDLESS: readonly (keyof Message)[] = ["sticker", "photo", "voice", "video", "video_note", "animation", "audio", "document", "location", "contact", "poll", "dice"];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The words of a group message addressed to the bot — one that names it (`@bot`, or a mention of
 * its account) or replies to it — without the bot's name; null for a message to others.
 */
export function addressedText(ctx: Context): string | null {
  const msg = ctx.message;
  if (!msg) return null;
  const me = ctx.me;
  let text = msg.text ?? msg.caption ?? "";
  const entities = msg.entities ?? msg.caption_entities ?? [];
  const byAccount = entities.filter((e) => e.type === "text_mention" && e.user?.id === me.id).sort((a, b) => b.offset - a.offset);
  // "@bot" alone or after a command ("/tinh@bot"), not inside a longer name or an address.
  const byName = `(?<!@)@${escapeRegExp(me.username)}(?!\\w)`;
  const repliedTo = msg.reply_to_message?.from?.id === me.id;
  if (!byAccount.length && !new RegExp(byName, "iu").test(text) && !repliedTo) return null;
  // From the end, so earlier offsets (UTF-16, as JavaScript counts) stay right.
  for (const e of byAccount) text = text.slice(0, e.offset) + text.slice(e.offset + e.length);
  return text.replace(new RegExp(byName, "giu"), " ").replace(/\s+/g, " ").trim();
}

// What the commands send the core: the command as data, and the words it applies to.
const HELP = { text: "", command: "help" } as const;
const guide = [tgVi.commandGuide.map((line) => ({ spans: [{ text: line }] }))];

async function onMessage(ctx: Context, deps: TelegramDeps): Promise<void> {
  const msg = ctx.message!;
  if (ctx.chat?.type === "private") {
    const text = msg.text ?? msg.caption;
    // A command this bot does not have ("/abc") is answered as /help is: what the bot does and its commands.
    if (opensWithCommand(ctx)) return answerInChat(ctx, HELP, deps, { extra: guide });
    if (text?.trim()) return answerInChat(ctx, { text }, deps);
    if (WORDLESS.some((k) => msg[k] !== undefined)) return sendText(ctx, tgVi.onlyText);
    return;
  }
  const question = addressedText(ctx);
  if (question === null || (msg.text ?? msg.caption) === undefined) return;
  await answerInChat(ctx, opensWithCommand(ctx) ? HELP : { text: question }, deps, opensWithCommand(ctx) ? { extra: guide } : {});
}

/** Every tap is answered (Telegram shows a spinner until it is), then asked as a message. */
async function onButton(ctx: Filter<Context, "callback_query:data">, deps: TelegramDeps): Promise<void> {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (!action) {
    await ctx.answerCallbackQuery({ text: tgVi.buttonUnknown });
    return;
  }
  const province = action.kind === "province" ? provinceOfSlug(action.slug) : null;
  const sent = action.kind === "province" ? (province ? { text: province, command: "overview" as const } : undefined) : await deps.suggestions.question(action.id, action.index);
  if (!sent) {
    await ctx.answerCallbackQuery({ text: tgVi.buttonExpired });
    return;
  }
  await ctx.answerCallbackQuery();
  await answerInChat(ctx, sent, deps);
}

/**
 * The bot's behaviour: commands (/start with deep-link payloads, /help, /tinh, /sosanh, /nguon),
 * questions in private and addressed ones in groups, button taps and inline queries.
 */
export function telegramHandlers(deps: TelegramDeps): Composer<Context> {
  const bot = new Composer<Context>();
  bot.command("start", (ctx) => {
    // A deep link t.me/<bot>?start=long-an opens that province's overview.
    const province = ctx.match ? provinceOfSlug(ctx.match) : null;
    return answerInChat(ctx, province ? { text: province, command: "overview" } : { text: "", command: "start" }, deps);
  });
  bot.command("help", (ctx) => answerInChat(ctx, HELP, deps, { extra: guide }));
  bot.command("tinh", (ctx) => {
    const asked = ctx.match.trim();
    if (asked) return answerInChat(ctx, { text: asked, command: "overview" }, deps);
    const provinces = deps.assistant.knowledge.coverage().map((c) => c.province);
    return answerInChat(ctx, { text: "", command: "list" }, deps, { keyboard: provinceKeyboard(provinces) });
  });
  bot.command("sosanh", (ctx) => {
    const text = comparisonText(ctx.match);
    return text ? answerInChat(ctx, { text, command: "compare" }, deps) : sendText(ctx, tgVi.compareUsage);
  });
  bot.command("nguon", (ctx) => answerInChat(ctx, { text: "", command: "sources" }, deps));
  bot.on("callback_query:data", (ctx) => onButton(ctx, deps));
  bot.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  bot.on("inline_query", (ctx) => answerInline(ctx, deps));
  bot.on("message", (ctx) => onMessage(ctx, deps));
  return bot;
}
