import type { FastifyInstance } from "fastify";
import { webhookCallback, type Bot } from "grammy";
import type { Logger } from "pino";
import { loggedError } from "./errors.js";

/** Where Telegram posts updates. */
export const WEBHOOK_PATH = "/webhooks/telegram";

/** Options of {@link telegramWebhookRoute}. */
export interface WebhookRouteOptions {
  /** Telegram sends it in `X-Telegram-Bot-Api-Secret-Token`; anything else gets 401. */
  readonly secretToken: string;
  /** After this, Telegram is answered 200 while the update is still handled (no re-send). */
  readonly timeoutMs: number;
  readonly logger: Logger;
}

const isUpdate = (body: unknown): boolean => typeof body === "object" && body !== null && Number.isSafeInteger((body as { update_id?: unknown }).update_id);

/**
 * `POST /webhooks/telegram` through grammY's `webhookCallback` for fastify. Outside the per-address
 * rate limit (Telegram posts from a few addresses; each chat is limited inside the assistant).
 * Its own error boundary: a failure is logged and Telegram still gets 200, because the update is
 * already claimed and a re-send would be dropped as a duplicate anyway.
 */
export function telegramWebhookRoute(app: FastifyInstance, bot: Bot, options: WebhookRouteOptions): void {
  const handle = webhookCallback(bot, "fastify", { secretToken: options.secretToken, timeoutMilliseconds: options.timeoutMs, onTimeout: "return" });
  app.post(WEBHOOK_PATH, { config: { rateLimit: false } }, async (request, reply) => {
    if (!isUpdate(request.body)) return reply.code(400).send({ error: { code: "not_an_update", message: "The body is not a Telegram update." } });
    try {
      await handle(request, reply);
    } catch (e) {
      options.logger.error({ err: loggedError(e), update_id: (request.body as { update_id: number }).update_id }, "Telegram webhook update failed");
      if (!reply.sent) return reply.code(200).send("");
    }
    return reply;
  });
}
