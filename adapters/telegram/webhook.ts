import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { sameSecret } from "../runtime/same-secret.js";
import { loggedError } from "./errors.js";
import { webhookReplyEnvelope } from "./webhook-reply.js";

/** Where Telegram posts updates. */
export const WEBHOOK_PATH = "/webhooks/telegram";

/** Options of {@link telegramWebhookRoute}. */
export interface WebhookRouteOptions {
  /** Telegram sends it in `X-Telegram-Bot-Api-Secret-Token`; anything else gets 401. */
  readonly secretToken: string;
  /** After this, Telegram is answered 200 while the update is still handled (no re-send). */
  readonly timeoutMs: number;
  readonly logger: Logger;
  /** Whether a call marked for it may be sent as the response (webhook-reply.ts). Default true. */
  readonly webhookReply?: boolean;
}

/** The header Telegram sends the webhook's secret token in (lowercase, as Node gives headers). */
const SECRET_HEADER = "x-telegram-bot-api-secret-token";

const isUpdate = (body: unknown): body is Update => typeof body === "object" && body !== null && Number.isSafeInteger((body as { update_id?: unknown }).update_id);

// Whether the request carries the webhook's secret token (compared in constant time).
function hasSecret(request: FastifyRequest, secretToken: string): boolean {
  const given = request.headers[SECRET_HEADER];
  return typeof given === "string" && sameSecret(given, secretToken);
}

/**
 * `POST /webhooks/telegram`: the update is handled by `bot.handleUpdate` with a webhook reply
 * envelope (webhook-reply.ts), so a marked answer is the response's body; otherwise Telegram gets
 * an empty 200 once the update is handled, or after `timeoutMs` while it goes on (grammY's
 * `webhookCallback` with `onTimeout: "return"` did the same, but wrote a late webhook reply to a
 * response already sent). Outside the per-address rate limit (Telegram posts from a few
 * addresses; each chat is limited inside the assistant). Its own error boundary: a failure is
 * logged and Telegram still gets 200, because the update is already claimed and a re-send would
 * be dropped as a duplicate anyway. The secret token is checked first, before the body is read,
 * so a caller without it gets 401 whatever it sends and learns nothing about what a body must be.
 */
export function telegramWebhookRoute(app: FastifyInstance, bot: Bot, options: WebhookRouteOptions): void {
  const route = {
    config: { rateLimit: false as const },
    // Before the body is even read: without the token, a body that is not JSON gets 401 too.
    // Returning the reply ends the request here.
    onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
      if (!hasSecret(request, options.secretToken)) return reply.code(401).send({ error: { code: "unauthorized", message: "X-Telegram-Bot-Api-Secret-Token is missing or wrong." } });
    },
  };
  app.post(WEBHOOK_PATH, route, async (request, reply) => {
    const update = request.body;
    if (!isUpdate(update)) return reply.code(400).send({ error: { code: "not_an_update", message: "The body is not a Telegram update." } });
    if (!bot.isInited()) await bot.init();
    const handled = bot.handleUpdate(update, options.webhookReply === false ? undefined : webhookReplyEnvelope(reply)).catch((e: unknown) => {
      options.logger.error({ err: loggedError(e), update_id: update.update_id }, "Telegram webhook update failed");
    });
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([handled, new Promise<void>((resolve) => (timer = setTimeout(resolve, options.timeoutMs)))]);
    clearTimeout(timer);
    return reply.sent ? reply : reply.code(200).send("");
  });
}
