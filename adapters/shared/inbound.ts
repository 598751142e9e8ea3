import type { Logger } from "pino";
import type { Assistant } from "../runtime/assistant.js";
import type { ChatWork } from "./work.js";

/** A delivery as a channel reads it: a user's text to answer, something else (picture, sticker…) to answer "text only", or nothing to answer. */
export type Inbound =
  | { readonly kind: "text"; readonly messageId: string; readonly chatId: string; readonly text: string }
  | { readonly kind: "not-text"; readonly messageId: string; readonly chatId: string; readonly event: string }
  | { readonly kind: "ignored"; readonly event: string; readonly why: string };

/** How a channel answers what {@link acceptInbound} accepts. */
export interface InboundDeps {
  /** "zalo-oa", "zalo-bot": the key deliveries are de-duplicated under. */
  readonly channel: string;
  /** The product as the log names it: "Zalo OA". */
  readonly product: string;
  readonly assistant: Pick<Assistant, "firstDelivery">;
  readonly work: ChatWork;
  /** Answers a user's text; `log` names the delivery. */
  answerText(chatId: string, text: string, log: Logger): Promise<void>;
  /** Answers a message without words. */
  answerNotText(chatId: string, log: Logger): Promise<void>;
  /** Logs a reply that could not be sent, at the level its cause deserves. */
  undelivered(log: Logger, e: unknown): void;
}

/**
 * Queues the answer to a delivery on its chat's queue, so the webhook (or the next poll) goes on
 * without waiting: a delivery that is no message is logged and dropped, one seen before (by any
 * instance sharing the state) is not answered again, and a reply that cannot be sent is reported
 * with its message and chat. Every line of that work, done after the webhook was answered, is
 * logged to `log`: the webhook request's own logger (so each carries its `reqId`), or the
 * channel's for a polled update.
 */
export function acceptInbound(deps: InboundDeps, event: Inbound, log: Logger): void {
  if (event.kind === "ignored") {
    log.debug({ event: event.event, why: event.why }, `${deps.product} event ignored`);
    return;
  }
  // Every line about the delivery names it; a reply that cannot be sent is reported with its chat too.
  const delivery = log.child({ messageId: event.messageId });
  const answer = async () => {
    try {
      if (!(await deps.assistant.firstDelivery(deps.channel, event.messageId))) {
        delivery.info(`${deps.product} delivery seen before: not answered again`);
        return;
      }
      if (event.kind === "text") await deps.answerText(event.chatId, event.text, delivery);
      else await deps.answerNotText(event.chatId, delivery);
    } catch (e) {
      deps.undelivered(delivery.child({ chatId: event.chatId }), e);
    }
  };
  deps.work.enqueue(event.chatId, answer, (e) => delivery.error({ error: { type: (e as Error)?.name ?? typeof e, message: (e as Error)?.message ?? String(e) } }, `${deps.product} message not processed`));
}
