import type { Logger } from "pino";
import type { Assistant } from "../runtime/assistant.js";
import type { FollowUps } from "../shared/follow-ups.js";
import type { InboundDeps } from "../shared/inbound.js";
import type { ChatWork } from "../shared/work.js";
import { chartPng } from "./charts.js";
import { errorFields, ZaloApiError, ZaloGrantLostError } from "./errors.js";
import { zaloVi } from "./messages.vi.js";
import { OA_OUTSIDE_WINDOW } from "./oa-client.js";
import { chartTitle, zaloMessages } from "./render.js";

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
  /** The numbered questions, offered under each chat. */
  readonly followUps: FollowUps;
  readonly sender: ZaloSender;
  readonly logger: Logger;
}

/** The number a reply picks a follow-up question by: "2", "2." or "số 2" → 2; null for anything else. */
export function pickedNumber(reply: string): number | null {
  const m = /^\s*(?:số\s*)?(\d{1,2})\s*[.)]?\s*$/iu.exec(reply.normalize("NFC"));
  return m ? Number(m[1]) : null;
}

/**
 * Answers one text message: a number picks a follow-up question offered before, the assistant
 * answers (or refuses a chat over its limit, told once per window), the chart goes first where
 * the product can show one, then the text in messages of at most 2000 characters with the
 * numbered follow-up questions at the end.
 */
async function answerMessage(deps: ConversationDeps, chatId: string, text: string): Promise<void> {
  const { channel, assistant, followUps, sender, logger } = deps;
  // A number picks a follow-up offered before: its words, and its command when it has one.
  const n = pickedNumber(text);
  const picked = (n === null ? undefined : await followUps.question(chatId, n - 1)) ?? { text };
  void sender.typing?.(chatId, logger).catch((e: Error) => logger.debug({ error: { message: e.message } }, "typing indicator not shown"));
  const outcome = await assistant.ask({ channel, chatId, ...picked }, logger);
  if (outcome.kind === "limited") {
    if (outcome.firstRefusal) await sender.sendText(chatId, outcome.text, logger);
    return;
  }
  const { answer } = outcome;
  await followUps.offer(chatId, answer.suggestions);
  const png = sender.sendChart ? chartPng(answer) : null;
  if (png && sender.sendChart) {
    // The chart adds to the text, which has every figure: a chart that fails is logged, not fatal.
    await sender.sendChart(chatId, png, chartTitle(answer), logger).catch((e: Error) => logger.warn({ error: errorFields(e) }, "chart not sent; the text follows"));
  }
  for (const message of zaloMessages(answer)) await sender.sendText(chatId, message, logger);
}

/** Answers a picture, sticker or other non-text message. */
async function answerNotText(sender: ZaloSender, chatId: string, log: Logger): Promise<void> {
  await sender.sendText(chatId, zaloVi.textOnly, log);
}

/** Logs a reply that could not be delivered, at the level its cause deserves. */
function logUndelivered(logger: Logger, channel: string, e: unknown): void {
  if (e instanceof ZaloGrantLostError) logger.warn({ channel }, "reply not sent: the Zalo OA grant is lost (see the error logged when it was lost)");
  else if (e instanceof ZaloApiError && e.code === OA_OUTSIDE_WINDOW) logger.info({ channel, error: errorFields(e) }, "reply not sent: the user has not written to the OA in the last 7 days");
  else logger.error({ channel, error: errorFields(e) }, "reply not sent");
}

const PRODUCT = { "zalo-oa": "Zalo OA", "zalo-bot": "Zalo Bot" } as const;

/** How {@link acceptInbound} answers a Zalo product's deliveries, queued on `work`. */
export function zaloInbound(deps: ConversationDeps, work: ChatWork): InboundDeps {
  return {
    channel: deps.channel,
    product: PRODUCT[deps.channel],
    assistant: deps.assistant,
    work,
    answerText: (chatId, text, log) => answerMessage({ ...deps, logger: log }, chatId, text),
    answerNotText: (chatId, log) => answerNotText(deps.sender, chatId, log),
    undelivered: (log, e) => logUndelivered(log, deps.channel, e),
  };
}
