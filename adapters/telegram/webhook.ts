import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { webhookCallback, type Bot } from "grammy";
import type { Logger } from "pino";
import { sameSecret } from "../runtime/same-secret.js";
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

/** The header Telegram sends the webhook's secret token in (lowercase, as Node gives headers). */
const SECRET_HEADER = "x-telegram-bot-api-secret-token";

const isUpdate = (body: unknown): boolean => typeof body === "object" && body !== null && Number.isSafeInteger((body as { update_id?: unknown }).update_id);

// Whether the request carries the webhook's secret token (compared in constant time).
function hasSecret(request: FastifyRequest, secretToken: string): boolean {
  const given = request.headers[SECRET_HEADER];
  return typeof given === "string" && sameSecret(given, secretToken);
}

/**
 * `POST /webhooks/telegram` through grammY's `webhookCallback` for fastify. Outside the per-address
 * rate limit (Telegram posts from a few addresses; each chat is limited inside the assistant).
 * Its own error boundary: a failure is logged and Telegram still gets 200, because the update is
 * already claimed and a re-send would be dropped as a duplicate anyway. The secret token is
 * checked first, before the body is read, so a caller without it gets 401 whatever it sends and
 * learns nothing about what a body must be.
 */
export function telegramWebhookRoute(app: FastifyInstance, bot: Bot, options: WebhookRouteOptions): void {
  const handle = webhookCallback(bot, "fastify", { secretToken: options.secretToken, timeoutMilliseconds: options.timeoutMs, onTimeout: "return" });
  const route = {
    config: { rateLimit: false as const },
    // Before the body is even read: without the token, a body that is not JSON gets 401 too.
    // Returning the reply ends the request here.
    onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
      if (!hasSecret(request, options.secretToken)) return reply.code(401).send({ error: { code: "unauthorized", message: "X-Telegram-Bot-Api-Secret-Token is missing or wrong." } });
    },
  };
  app.post(WEBHOOK_PATH, route, async (request, reply) => {
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
