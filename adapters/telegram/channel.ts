import { run, type RunnerHandle } from "@grammyjs/runner";
import type { FastifyInstance } from "fastify";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { TelegramConfig } from "../config.js";
import type { Assistant } from "../runtime/assistant.js";
import type { SharedState } from "../runtime/state.js";
import { GrammyError, type Bot } from "grammy";
import { StartError, type Channel } from "../server/channel.js";
import { FollowUps } from "../shared/follow-ups.js";
import { ChannelLifecycle } from "../shared/lifecycle.js";
import { createTelegramBot, type RetryOptions } from "./bot.js";
import { apiSignal, registerCommands } from "./commands.js";
import { SUGGESTION_TTL_MS } from "./suggestions.js";
import { telegramWebhookRoute } from "./webhook.js";

/** What {@link TelegramChannel} is built from. */
export interface TelegramChannelOptions {
  readonly config: TelegramConfig;
  readonly assistant: Assistant;
  readonly state: SharedState;
  readonly logger: Logger;
  /** The bot's account, when known (offline tests); otherwise `getMe` at start. */
  readonly botInfo?: UserFromGetMe;
  readonly retry?: RetryOptions;
  /** Webhook mode: how long Telegram waits for the answer before it gets 200 anyway. Default 10 s. */
  readonly webhookTimeoutMs?: number;
  /** Long polling: how long one `getUpdates` waits for updates, in seconds. Default 30. */
  readonly pollTimeoutSeconds?: number;
  /** Start-up calls (getMe, setMyCommands, setWebhook) must be done within. Default 30 s. */
  readonly setupTimeoutMs?: number;
  /**
   * Longest wait at stop for the updates in hand (a reply may be retrying against an unreachable
   * Telegram). Default 8 s, inside the 10 s `npm start` gives a shutdown.
   */
  readonly stopTimeoutMs?: number;
}

/** The updates the bot asks Telegram for. */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query"] as const;

/**
 * Telegram as a channel of the service: webhook mode when `config.webhookUrl` is set (the route
 * is mounted on the server, `setWebhook` is called at start), long polling otherwise (grammY's
 * runner; updates of one chat in order, chats in parallel). Stopping waits for updates in hand.
 */
export class TelegramChannel implements Channel {
  readonly name = "telegram";
  private readonly bot: Bot;
  private readonly logger: Logger;
  private readonly life: ChannelLifecycle;
  private readonly webhookTimeoutMs: number;
  private readonly pollTimeoutSeconds: number;
  private readonly setupTimeoutMs: number;
  private runner: RunnerHandle | null = null;

  constructor(private readonly options: TelegramChannelOptions) {
    this.webhookTimeoutMs = options.webhookTimeoutMs ?? 10_000;
    this.pollTimeoutSeconds = options.pollTimeoutSeconds ?? 30;
    this.setupTimeoutMs = options.setupTimeoutMs ?? 30_000;
    this.logger = options.logger.child({ channel: "telegram" });
    // grammY's calls take no channel-wide signal: updates past the wait are left to the exit.
    this.life = new ChannelLifecycle({ product: "Telegram", logger: this.logger, drainMs: options.stopTimeoutMs ?? 8_000, cancelLate: false });
    this.bot = createTelegramBot({
      token: options.config.token,
      apiRoot: options.config.apiRoot,
      assistant: options.assistant,
      suggestions: new FollowUps(options.state.suggestions, SUGGESTION_TTL_MS, this.name),
      logger: this.logger,
      work: this.life.work,
      typingAfterMs: options.config.typingAfterMs,
      ...(options.botInfo ? { botInfo: options.botInfo } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
    });
  }

  register(app: FastifyInstance): void {
    const { webhookUrl, webhookSecret } = this.options.config;
    if (!webhookUrl || !webhookSecret) return;
    telegramWebhookRoute(app, this.bot, { secretToken: webhookSecret, timeoutMs: this.webhookTimeoutMs, logger: this.logger, webhookReply: this.options.config.webhookReply });
  }

  /** Connects to the Bot API; a refused token or an API out of reach is a {@link StartError} naming its setting. */
  async start(): Promise<void> {
    try {
      await this.connect();
    } catch (e) {
      throw this.startError(e);
    }
  }

  private async connect(): Promise<void> {
    const { bot } = this;
    const { webhookUrl, webhookSecret } = this.options.config;
    const signal = apiSignal(AbortSignal.timeout(this.setupTimeoutMs));
    await bot.init(signal);
    await registerCommands(bot.api, signal);
    if (webhookUrl && webhookSecret) {
      await bot.api.setWebhook(webhookUrl, { secret_token: webhookSecret, allowed_updates: [...ALLOWED_UPDATES] }, signal);
      this.logger.info({ bot: bot.botInfo.username, mode: "webhook" }, "Telegram bot started");
      return;
    }
    // A webhook left from an earlier run would make getUpdates fail.
    await bot.api.deleteWebhook({}, signal);
    this.runner = run(bot, { runner: { fetch: { timeout: this.pollTimeoutSeconds, allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
    this.logger.info({ bot: bot.botInfo.username, mode: "polling" }, "Telegram bot started");
  }

  // grammY's own errors are stacks about its internals ("Aborted delay" when the time ran out).
  private startError(e: unknown): StartError {
    const { apiRoot, webhookUrl } = this.options.config;
    if (e instanceof GrammyError && e.error_code === 401) return new StartError("TELEGRAM_BOT_TOKEN", "Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): copy the token @BotFather gave again", { cause: e });
    if (e instanceof GrammyError && e.method === "setWebhook") return new StartError("TELEGRAM_WEBHOOK_URL", `Telegram refused TELEGRAM_WEBHOOK_URL ${webhookUrl}: ${e.description}`, { cause: e });
    if (e instanceof GrammyError) return new StartError("TELEGRAM_BOT_TOKEN", `Telegram refused ${e.method} at start: ${e.description}`, { cause: e });
    const seconds = Math.round(this.setupTimeoutMs / 1000);
    return new StartError("TELEGRAM_API_ROOT", `Telegram Bot API at ${apiRoot} not reachable within ${seconds} s (TELEGRAM_API_ROOT): check the network or the address`, { cause: e });
  }

  /** Stops polling and waits for the updates in hand, up to `stopTimeoutMs`. */
  stop(): Promise<void> {
    return this.life.stop({
      intake: async () => {
        if (this.runner?.isRunning()) await this.runner.stop();
      },
    });
  }
}
