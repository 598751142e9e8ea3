import type { Logger } from "pino";
import type { Assistant } from "../runtime/assistant.js";
import { chartPng } from "./charts.js";
import { errorFields, ZaloApiError, ZaloGrantLostError } from "./errors.js";
import type { Inbound } from "./inbound.js";
import type { FollowUps } from "./follow-ups.js";
import { zaloVi } from "./messages.vi.js";
import { OA_OUTSIDE_WINDOW } from "./oa-client.js";
import { chartTitle, zaloMessages } from "./render.js";
import type { ChatWork } from "./work.js";

/**
 * How one Zalo product delivers replies to a chat. `log` is the logger of the delivery answered
 * (its webhook request's, where there is one): the calls' retries are logged there.
 */
export interface ZaloSender {
  sendText(chatId: string, text: string, log: Logger): Promise<void>;
  /** Sends a chart picture with a caption; absent where the product cannot (no public address for the Bot Platform). */
  sendChart?(chatId: string, png: Buffer, caption: string, log: Logger): Promise<void>;
  /** Shows that an answer is coming, where the product can. */
  typing?(chatId: string, log: Logger): Promise<void>;
}

/** What {@link answerMessage} needs. */
export interface ConversationDeps {
  readonly channel: "zalo-oa" | "zalo-bot";
  readonly assistant: Assistant;
  readonly followUps: FollowUps;
  readonly sender: ZaloSender;
  readonly logger: Logger;
}

/**
 * Answers one text message: a number picks a follow-up question offered before, the assistant
 * answers (or refuses a chat over its limit, told once per window), the chart goes first where
 * the product can show one, then the text in messages of at most 2000 characters with the
 * numbered follow-up questions at the end.
 */
export async function answerMessage(deps: ConversationDeps, chatId: string, text: string): Promise<void> {
  const { channel, assistant, followUps, sender, logger } = deps;
  // Numbered follow-ups are kept per channel and chat.
  const chat = `${channel}:${chatId}`;
  const picked = (await followUps.pick(chat, text)) ?? { text };
  void sender.typing?.(chatId, logger).catch((e: Error) => logger.debug({ error: { message: e.message } }, "typing indicator not shown"));
  const outcome = await assistant.ask({ channel, chatId, ...picked }, logger);
  if (outcome.kind === "limited") {
    if (outcome.firstRefusal) await sender.sendText(chatId, outcome.text, logger);
    return;
  }
  const { answer } = outcome;
  await followUps.remember(chat, answer.suggestions.map((s) => ({ text: s.text, command: s.command })));
  const png = sender.sendChart ? chartPng(answer) : null;
  if (png && sender.sendChart) {
    // The chart adds to the text, which has every figure: a chart that fails is logged, not fatal.
    await sender.sendChart(chatId, png, chartTitle(answer), logger).catch((e: Error) => logger.warn({ error: errorFields(e) }, "chart not sent; the text follows"));
  }
  for (const message of zaloMessages(answer)) await sender.sendText(chatId, message, logger);
}

/** Answers a picture, sticker or other non-text message. */
export async function answerNotText(sender: ZaloSender, chatId: string, log: Logger): Promise<void> {
  await sender.sendText(chatId, zaloVi.textOnly, log);
}

/** Logs a reply that could not be delivered, at the level its cause deserves. */
export function logUndelivered(logger: Logger, channel: string, e: unknown): void {
  if (e instanceof ZaloGrantLostError) logger.warn({ channel }, "reply not sent: the Zalo OA grant is lost (see the error logged when it was lost)");
  else if (e instanceof ZaloApiError && e.code === OA_OUTSIDE_WINDOW) logger.info({ channel, error: errorFields(e) }, "reply not sent: the user has not written to the OA in the last 7 days");
  else logger.error({ channel, error: errorFields(e) }, "reply not sent");
}

const PRODUCT = { "zalo-oa": "Zalo OA", "zalo-bot": "Zalo Bot" } as const;

/**
 * Queues the answer to an event on its chat's queue, so the webhook (or the next poll) goes on
 * without waiting: an event that is no message is logged and dropped, a delivery seen before is
 * not answered again, and a reply that cannot be sent is reported with its message and chat.
 * Every line of that work, done after the webhook was answered, is logged to `log`: the webhook
 * request's own logger (so each carries its `reqId`), or the channel's for a polled update.
 */
export function acceptInbound(deps: ConversationDeps, work: ChatWork, event: Inbound, log: Logger): void {
  const product = PRODUCT[deps.channel];
  if (event.kind === "ignored") {
    log.debug({ event: event.event, why: event.why }, `${product} event ignored`);
    return;
  }
  // Every line about the delivery names it; a reply that cannot be sent is reported with its chat too.
  const delivery = log.child({ messageId: event.messageId });
  const answer = async () => {
    try {
      if (!(await deps.assistant.firstDelivery(deps.channel, event.messageId))) {
        delivery.info(`${product} delivery seen before: not answered again`);
        return;
      }
      if (event.kind === "text") await answerMessage({ ...deps, logger: delivery }, event.chatId, event.text);
      else await answerNotText(deps.sender, event.chatId, delivery);
    } catch (e) {
      logUndelivered(delivery.child({ chatId: event.chatId }), deps.channel, e);
    }
  };
  work.enqueue(event.chatId, answer, (e) => delivery.error({ error: errorFields(e) }, `${product} message not processed`));
}
