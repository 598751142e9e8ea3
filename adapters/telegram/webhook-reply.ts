import type { FastifyReply } from "fastify";
import type { Transformer, WebhookReplyEnvelope } from "grammy";

/**
 * Webhook replies: the Bot API lets a webhook's HTTP response carry one method call, which
 * Telegram then carries out, so a one-message answer costs no request of its own (no connection,
 * no `sendMessage` round trip held by the update). Telegram reports nothing back: no message_id,
 * no refusal, no flood wait to honour, and nothing to retry. So a call rides the response only
 * when it is marked with {@link WEBHOOK_REPLY} (respond.ts marks the one message that answers a
 * private chat, see `replyOptions` there), and only while that response is still open.
 */

/** Set to true on a call's options: the call may be sent as the webhook's response. */
export const WEBHOOK_REPLY: unique symbol = Symbol("webhook reply");

/** A payload as the marker sees it (grammY copies the options, symbols included, into it). */
type Marked = { readonly [WEBHOOK_REPLY]?: boolean };

/** What {@link webhookReplyGate} gives grammY: its client option and the transformer that feeds it. */
export interface WebhookReplyGate {
  /** grammY's `canUseWebhookReply` client option: true for a marked call only. */
  readonly canUseWebhookReply: (method: string) => boolean;
  /** Installed first (innermost), so that it runs right before grammY's own call. */
  readonly transformer: Transformer;
}

/**
 * Lets only marked calls ride the webhook's response. grammY asks `canUseWebhookReply` with the
 * method name alone, so the transformer below it says whether the call in hand is marked: grammY
 * asks synchronously, within the transformer's call of `prev`, before anything is awaited, and no
 * other call can come in between. The symbol is not sent: JSON has no symbol keys.
 */
export function webhookReplyGate(): WebhookReplyGate {
  let marked = false;
  return {
    canUseWebhookReply: () => marked,
    transformer: (prev, method, payload, signal) => {
      marked = (payload as Marked)[WEBHOOK_REPLY] === true;
      try {
        return prev(method, payload, signal);
      } finally {
        marked = false;
      }
    },
  };
}

/**
 * The envelope grammY sends a webhook reply through: the call as the response's JSON body. Once
 * the response is gone (Telegram had its 200 when the update outlasted the webhook's time, or the
 * connection closed), `send` is undefined and grammY makes the call over HTTP as usual, so a late
 * answer is still delivered rather than written to a closed response.
 */
export function webhookReplyEnvelope(reply: FastifyReply): WebhookReplyEnvelope {
  const send = async (json: string): Promise<void> => void (await reply.code(200).type("application/json").send(json));
  return {
    get send() {
      return reply.sent || reply.raw.destroyed ? undefined : send;
    },
  };
}
