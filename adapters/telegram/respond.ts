import { InputFile, type Context } from "grammy";
import type { InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters } from "grammy/types";
import type { Logger } from "pino";
import type { IncomingMessage, Suggestion } from "../../bot/index.js";
import type { Assistant } from "../runtime/assistant.js";
import { loggedError } from "./errors.js";
import { packMessages, type Paragraph } from "./html.js";
import { slugOf } from "./provinces.js";
import { answerParagraphs, textParagraphs } from "./render.js";
import { renderedAnswer } from "./rendered.js";
import type { FollowUps } from "../shared/follow-ups.js";
import { callbackData } from "./suggestions.js";
import { WEBHOOK_REPLY } from "./webhook-reply.js";

/** What the handlers need. */
export interface TelegramDeps {
  readonly assistant: Assistant;
  /** The questions behind the suggestion buttons, offered under an id per answer. */
  readonly suggestions: FollowUps;
  readonly logger: Logger;
  /**
   * "typing…" is sent only when the answer is not ready after this long (most take a few
   * milliseconds: a chat action each would double the Bot API calls), "sending a photo…" only when
   * the chart is not sent by then; 0 sends them first, always. Default 0.
   */
  readonly typingAfterMs?: number;
}

/** Options of {@link answerInChat}. */
export interface AnswerOptions {
  /** Buttons instead of the answer's own suggestions (the province list of /tinh). */
  readonly keyboard?: InlineKeyboardMarkup;
  /** Paragraphs shown after the answer (the command guide under /help). */
  readonly extra?: readonly Paragraph[];
}

/** The update's logger: every line carries its update id. */
export function loggerOf(ctx: Context, logger: Logger): Logger {
  return logger.child({ update_id: ctx.update.update_id });
}

/** "en" for a client set to English, "vi" otherwise. */
export function localeOf(ctx: Context): string {
  return ctx.from?.language_code?.toLowerCase().startsWith("en") ? "en" : "vi";
}

/**
 * Whose conversation a message continues: the chat in private; in a group each member's own,
 * so one member's "còn Lào Cai?" follows their own question, not another's.
 */
function conversationOf(ctx: Context): string {
  const chat = ctx.chat!;
  return chat.type === "private" ? String(chat.id) : `${chat.id}:${ctx.from?.id ?? 0}`;
}

/** In groups the reply quotes the message it answers; in private it needs not. */
function replyTo(ctx: Context): { reply_parameters?: ReplyParameters } {
  if (!ctx.msg || ctx.chat?.type === "private") return {};
  return { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } };
}

/**
 * Whether a message may be sent as the webhook's response (webhook-reply.ts), which saves a Bot
 * API request but learns nothing back. Only the one message answering a private chat: when more
 * calls follow (the rest of a long answer, a chart), they could overtake a reply Telegram carries
 * out only once it reads the response, so every part goes over HTTP in order; in a group,
 * Telegram's flood limit (20 messages a minute) may refuse a reply, and only a call of our own
 * learns of it and waits its retry_after out. Without a webhook (polling) nothing is sent this way.
 */
function replyOptions(ctx: Context, sole: boolean): { [WEBHOOK_REPLY]?: true } {
  return sole && ctx.chat?.type === "private" ? { [WEBHOOK_REPLY]: true } : {};
}

/** Options of {@link sendHtml}. */
export interface SendOptions {
  /** Buttons under the last message. */
  readonly keyboard?: InlineKeyboardMarkup | undefined;
  /** True when the update sends something after these messages (a chart). */
  readonly more?: boolean;
}

/** Sends HTML messages in order, the first quoting the message answered, the last with the buttons. */
export async function sendHtml(ctx: Context, messages: readonly string[], { keyboard, more = false }: SendOptions = {}): Promise<void> {
  const sole = messages.length === 1 && !more;
  for (const [i, html] of messages.entries()) {
    await ctx.reply(html, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(i === 0 ? replyTo(ctx) : {}),
      ...(i === messages.length - 1 && keyboard ? { reply_markup: keyboard } : {}),
      ...replyOptions(ctx, sole),
    });
  }
}

/** Sends plain text (a refusal, a usage line), escaped, split if long. */
export function sendText(ctx: Context, text: string): Promise<void> {
  return sendHtml(ctx, packMessages(textParagraphs(text)));
}

/** One button a row: suggestions are whole questions, too long to sit side by side. */
export async function suggestionKeyboard(suggestions: readonly Suggestion[], followUps: FollowUps): Promise<InlineKeyboardMarkup | undefined> {
  if (!suggestions.length) return undefined;
  // Each button's words and command (FollowUps keeps no more: not the label).
  const id = await followUps.offerByContent(suggestions);
  return { inline_keyboard: suggestions.map((s, index) => [{ text: s.label, callback_data: callbackData({ kind: "suggestion", id, index }) }]) };
}

/** Provinces as buttons, two a row; a tap asks for that province's overview. */
export function provinceKeyboard(provinces: readonly string[]): InlineKeyboardMarkup {
  const buttons: InlineKeyboardButton[] = provinces.map((p) => ({ text: p, callback_data: callbackData({ kind: "province", slug: slugOf(p) }) }));
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return { inline_keyboard: rows };
}

/**
 * Shows `action` ("typing…", "sending a photo…") while `work` runs, once it has taken `afterMs`
 * (0: before it starts, awaited): most work takes a few milliseconds, and an action each would
 * double the Bot API calls.
 */
async function showingAction<T>(ctx: Context, action: "typing" | "upload_photo", afterMs: number, log: Logger, work: () => Promise<T>): Promise<T> {
  const show = () => ctx.replyWithChatAction(action).catch((e: unknown) => log.debug({ err: loggedError(e) }, "chat action not sent"));
  if (afterMs === 0) await show();
  const timer = afterMs > 0 ? setTimeout(() => void show(), afterMs) : undefined;
  try {
    return await work();
  } finally {
    clearTimeout(timer);
  }
}

/** What a Telegram message asks the core: words, and for a command or a button, the command. */
export type Asked = Pick<IncomingMessage, "text" | "command">;

/**
 * Asks the assistant on behalf of the update's chat and sends the outcome: the answer's
 * messages with its suggestions as buttons, and a bar chart when it has one; or the
 * per-chat limit's words, once per window.
 */
export async function answerInChat(ctx: Context, asked: Asked, deps: TelegramDeps, options: AnswerOptions = {}): Promise<void> {
  if (!ctx.chat) return;
  const log = loggerOf(ctx, deps.logger);
  const after = deps.typingAfterMs ?? 0;
  const message: IncomingMessage = { channel: "telegram", chatId: conversationOf(ctx), ...asked, locale: localeOf(ctx) };
  const outcome = await showingAction(ctx, "typing", after, log, () => deps.assistant.ask(message, log));
  if (outcome.kind === "limited") return outcome.firstRefusal ? sendText(ctx, outcome.text) : undefined;
  const answer = outcome.answer;
  const keyboard = options.keyboard ?? (await suggestionKeyboard(answer.suggestions, deps.suggestions));
  const { messages, chart } = renderedAnswer(answer);
  const sent = options.extra ? packMessages([...answerParagraphs(answer), ...options.extra]) : messages;
  await sendHtml(ctx, sent, { keyboard, more: chart !== undefined });
  if (chart) await showingAction(ctx, "upload_photo", after, log, () => ctx.replyWithPhoto(new InputFile(chart.png, "chart.png"), { caption: chart.caption, parse_mode: "HTML", ...replyTo(ctx) }));
}
