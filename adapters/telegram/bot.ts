import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, GrammyError, type BotError, type Context, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import { vi } from "../../bot/index.js";
import { ChatWork } from "../shared/work.js";
import { DEFAULT_TIMEOUTS } from "../timeouts.js";
import { attemptTimeout, retryNetworkFailures, retryServerErrors } from "./calls.js";
import { loggedError } from "./errors.js";
import { telegramHandlers } from "./handlers.js";
import type { TelegramDeps } from "./respond.js";
import { webhookReplyGate } from "./webhook-reply.js";

/** How outgoing calls are timed out and retried; the waits default to production's ({@link DEFAULT_TIMEOUTS}). */
export interface RetryOptions {
  /** Retries of one call after a 429, a 5xx or a network error. Default 3. */
  readonly maxRetryAttempts?: number;
  /** Longest `retry_after` waited for; a longer one fails the call at once. Default 30 s. */
  readonly maxDelaySeconds?: number;
  /** One attempt of a call is given up after this long (a long poll: its own timeout plus this). Default 15 s. */
  readonly attemptTimeoutMs?: number;
  /** First wait before a network failure is retried, doubled each time. Default 1 s. */
  readonly networkWaitMs?: number;
  /** First wait before a 5xx is retried, doubled each time. Default 3 s. */
  readonly serverErrorWaitMs?: number;
}

/** What {@link createTelegramBot} needs. */
export interface TelegramBotOptions extends TelegramDeps {
  readonly token: string;
  /** Bot API root, e.g. `https://api.telegram.org` or a local Bot API server. */
  readonly apiRoot: string;
  /** The bot's own account; given, no `getMe` is needed (offline tests). */
  readonly botInfo?: UserFromGetMe;
  readonly retry?: RetryOptions;
  /** Where updates are handled, one chat's in order, every one tracked for a stop to wait for. Default: a queue of the bot's own. */
  readonly work?: ChatWork;
}

const DEFAULT_RETRY: Required<RetryOptions> = {
  maxRetryAttempts: 3,
  maxDelaySeconds: 30,
  attemptTimeoutMs: DEFAULT_TIMEOUTS.telegramCallMs,
  networkWaitMs: DEFAULT_TIMEOUTS.telegramRetryWaitMs,
  serverErrorWaitMs: DEFAULT_TIMEOUTS.telegramServerErrorWaitMs,
};

// Every refused or failed attempt is logged (the retry plugin, installed after, retries it);
// a call aborted on purpose (the poller stopping) is not a failure.
function logFailures(logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) logger.warn({ method, error_code: result.error_code, description: result.description, retry_after: result.parameters?.retry_after }, "Telegram refused a call");
      return result;
    } catch (e) {
      if (!signal?.aborted) logger.warn({ method, err: loggedError(e) }, "Telegram call failed");
      throw e;
    }
  };
}

// Inline queries have no chat: their sender's own order; an update from no one is in no order.
function orderKey(ctx: Context): string {
  const id = ctx.chat?.id ?? ctx.from?.id;
  return id === undefined ? `update:${ctx.update.update_id}` : String(id);
}

function updateKind(ctx: Context): string {
  return Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
}

/**
 * The grammY bot of the channel: outgoing calls timed out, logged and retried a bounded number of
 * times, so a failing Telegram fails the update in bounded time; each update handled once
 * (de-duplicated by `update_id` in the shared state), one at a time per chat on the shared chat
 * queue, inside an error boundary that logs the failure and tells the person, so the bot keeps
 * serving.
 */
export function createTelegramBot(options: TelegramBotOptions): Bot {
  const { assistant, logger } = options;
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const gate = webhookReplyGate();
  const bot = new Bot(options.token, { client: { apiRoot: options.apiRoot, canUseWebhookReply: gate.canUseWebhookReply }, ...(options.botInfo ? { botInfo: options.botInfo } : {}) });
  // Transformers installed later wrap those installed before: the webhook-reply gate sits right
  // above grammY's call; each attempt is timed out, then logged; network failures and 5xx are
  // retried here, 429 (waiting its retry_after) by the plugin.
  bot.api.config.use(gate.transformer);
  bot.api.config.use(attemptTimeout(retry.attemptTimeoutMs / 1000));
  bot.api.config.use(logFailures(logger));
  bot.api.config.use(retryNetworkFailures(retry.maxRetryAttempts, retry.networkWaitMs));
  bot.api.config.use(retryServerErrors(retry.maxRetryAttempts, retry.serverErrorWaitMs));
  bot.api.config.use(autoRetry({ maxRetryAttempts: retry.maxRetryAttempts, maxDelaySeconds: retry.maxDelaySeconds, rethrowInternalServerErrors: true, rethrowHttpErrors: true }));

  // Updates of one chat in order (a follow-up after its question); other chats run alongside.
  // Awaited: a webhook is answered once its update is handled (or its time is up).
  const work = options.work ?? new ChatWork();
  bot.use((ctx, next) => work.run(orderKey(ctx), next));
  bot.use(async (ctx, next) => {
    const id = ctx.update.update_id;
    if (!Number.isSafeInteger(id)) return logger.warn({ update: updateKind(ctx) }, "update without an update_id ignored");
    if (!(await assistant.firstDelivery("telegram", String(id)))) return logger.info({ update_id: id }, "update delivered again: ignored");
    await next();
  });
  bot.errorBoundary(async (err: BotError) => {
    const ctx = err.ctx;
    // A person who blocked the bot or left the group: nothing failed, and nothing can be said.
    if (err.error instanceof GrammyError && err.error.error_code === 403) return logger.warn({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id, description: err.error.description }, "chat unreachable");
    logger.error({ err: loggedError(err.error), update_id: ctx.update.update_id, update: updateKind(ctx), chat_id: ctx.chat?.id }, "Telegram update failed");
    if (ctx.chat) await ctx.reply(vi.serverError).catch((e: unknown) => logger.error({ err: loggedError(e), update_id: ctx.update.update_id }, "could not tell the chat about the failure"));
  }, telegramHandlers(options));
  // Failures outside the boundary (the shared state itself); the poller keeps going after it.
  bot.catch((err) => logger.error({ err: loggedError(err.error), update_id: err.ctx.update.update_id }, "Telegram update failed before its handler"));

  return bot;
}
