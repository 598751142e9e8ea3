import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { Agent, type Dispatcher } from "undici";
import type { ZaloBotConfig } from "../config.js";
import type { Assistant } from "../runtime/assistant.js";
import type { SharedState } from "../runtime/state.js";
import { DEFAULT_TIMEOUTS, type Timeouts } from "../timeouts.js";
import type { Channel } from "../server/channel.js";
import { ApiError } from "../server/errors.js";
import { FollowUps } from "../shared/follow-ups.js";
import { acceptInbound, type InboundDeps } from "../shared/inbound.js";
import { ChannelLifecycle } from "../shared/lifecycle.js";
import { BOT_UNAUTHORIZED, ZaloBotClient } from "./bot-client.js";
import { ChartStore } from "./charts.js";
import { zaloInbound, type ZaloSender } from "./conversation.js";
import { errorFields, ZaloApiError } from "./errors.js";
import { readBotUpdate } from "./inbound.js";
import { isObject } from "./json.js";
import { BotPoller } from "./polling.js";
import { sameSecret } from "../runtime/same-secret.js";
import { header, jsonBody, keepRawBodies, ok, rawBody, stopping, unauthorized, WEBHOOK_ROUTE } from "./webhook.js";

/** What the Bot Platform channel is built from. */
export interface ZaloBotChannelOptions {
  readonly config: ZaloBotConfig;
  readonly assistant: Assistant;
  readonly state: SharedState;
  readonly logger: Logger;
  /** How long the follow-up questions offered in a chat are kept: the conversation context's lifetime. */
  readonly contextTtlMs: number;
  /** undici dispatcher for Zalo's API. Default: an `Agent` of the channel's own, closed at stop. */
  readonly dispatcher?: Dispatcher;
  /** Waits on Zalo: each call, between retries, after a failed poll. Default: production's ({@link DEFAULT_TIMEOUTS}). */
  readonly timeouts?: Pick<Timeouts, "zaloCallMs" | "zaloRetryWaitMs" | "zaloPollRetryWaitMs">;
}

/** The webhook route (webhook mode). */
export const BOT_WEBHOOK_PATH = "/webhooks/zalo-bot";
/** Where the server hosts chart pictures for `sendPhoto`, under the public address. */
export const CHART_PATH = "/charts/:id.png";

/**
 * The public address of this server, as Zalo reaches it: the webhook URL without its
 * `/webhooks/zalo-bot` path. Null in polling mode (a bot polls because it has no public address)
 * or when the webhook URL has another path (a proxy rewrites it; the root is unknown).
 */
export function publicRoot(config: ZaloBotConfig): string | null {
  if (config.mode !== "webhook" || !config.webhookUrl) return null;
  const url = config.webhookUrl.replace(/\/+$/, "");
  return url.endsWith(BOT_WEBHOOK_PATH) ? url.slice(0, -BOT_WEBHOOK_PATH.length) : null;
}

/**
 * The Zalo Bot Platform channel: updates by webhook (secret header checked) or by long polling,
 * replies by `sendMessage`, comparison charts by `sendPhoto` with an address this server hosts
 * (only when it has a public one).
 */
export class ZaloBotChannel implements Channel {
  readonly name = "zalo-bot";
  private readonly client: ZaloBotClient;
  private readonly agent: Agent | null;
  private readonly life: ChannelLifecycle;
  private readonly inbound: InboundDeps;
  private readonly charts: ChartStore;
  private readonly root: string | null;
  private readonly poller: BotPoller | null;
  private readonly logger: Logger;
  private connecting: Promise<void> | null = null;

  constructor(private readonly options: ZaloBotChannelOptions) {
    const { config, state } = options;
    const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    this.logger = options.logger.child({ channel: this.name });
    this.agent = options.dispatcher ? null : new Agent({ connections: 32, keepAliveTimeout: 30_000 });
    this.life = new ChannelLifecycle({ product: "Zalo Bot", logger: this.logger });
    this.client = new ZaloBotClient({
      apiUrl: config.apiUrl,
      token: config.token,
      timeoutMs: timeouts.zaloCallMs,
      retry: { baseDelayMs: timeouts.zaloRetryWaitMs },
      dispatcher: options.dispatcher ?? this.agent!,
      signal: this.life.abort.signal,
      logger: this.logger,
    });
    this.charts = new ChartStore(state.charts);
    this.root = publicRoot(config);
    const sender: ZaloSender = {
      sendText: async (chatId, text, logger) => {
        await this.client.sendMessage(chatId, text, { logger });
      },
      typing: (chatId, logger) => this.client.sendChatAction(chatId, "typing", { logger }),
      ...(this.root
        ? {
            sendChart: async (chatId: string, png: Buffer, caption: string, logger: Logger) => {
              const id = await this.charts.put(png);
              await this.client.sendPhoto(chatId, `${this.root}/charts/${id}.png`, { caption, logger });
            },
          }
        : {}),
    };
    const followUps = new FollowUps(state.suggestions, options.contextTtlMs, this.name);
    this.inbound = zaloInbound({ channel: this.name, assistant: options.assistant, followUps, sender, logger: this.logger }, this.life.work);
    this.poller =
      config.mode === "polling"
        ? new BotPoller({ client: this.client, onUpdate: (u) => this.accept(u, this.logger), logger: this.logger, retryWaitMs: timeouts.zaloPollRetryWaitMs })
        : null;
  }

  register(app: FastifyInstance): void {
    const { config } = this.options;
    if (config.mode !== "webhook") return;
    keepRawBodies(app);
    app.post(BOT_WEBHOOK_PATH, WEBHOOK_ROUTE, async (request, reply) => {
      if (this.life.stopped) throw stopping();
      const raw = rawBody(request);
      const secret = header(request, "x-bot-api-secret-token");
      if (!secret) {
        // A probe without an update is answered; an update without the secret is not Zalo's.
        const body = raw.trim() ? jsonBody(raw) : {};
        if (isObject(body) && ("event_name" in body || "result" in body || "message" in body)) throw unauthorized("X-Bot-Api-Secret-Token is missing");
        return ok(reply);
      }
      if (!sameSecret(secret, config.webhookSecret ?? "")) {
        request.log.warn("Zalo Bot webhook refused: wrong X-Bot-Api-Secret-Token; if real updates are refused, the webhook was set with another secret than ZALO_BOT_WEBHOOK_SECRET");
        throw unauthorized("X-Bot-Api-Secret-Token is wrong");
      }
      this.accept(jsonBody(raw), request.log as Logger);
      return ok(reply);
    });
    if (this.root) {
      app.get<{ Params: { id: string } }>(CHART_PATH, WEBHOOK_ROUTE, async (request, reply) => {
        const png = /^[0-9a-f]{32}$/.test(request.params.id) ? await this.charts.get(request.params.id) : null;
        if (!png) throw new ApiError(404, "not_found", "No such chart (charts are kept one hour).");
        reply.header("cache-control", "public, max-age=3600").type("image/png");
        return png;
      });
    }
  }

  /** Connects in the background — the service does not wait for Zalo: checks the token, then sets the webhook or starts polling. */
  async start(): Promise<void> {
    this.connecting ??= this.connect();
  }

  private async connect(): Promise<void> {
    const { config } = this.options;
    try {
      const me = await this.client.getMe();
      this.logger.info({ bot: me.name, id: me.id, mode: config.mode, charts: this.root ? "sent" : "not sent (no public address)" }, "Zalo Bot connected");
    } catch (e) {
      if (this.life.stopped) return;
      if (e instanceof ZaloApiError && e.code === BOT_UNAUTHORIZED) {
        this.logger.error({ error: errorFields(e) }, "Zalo Bot token refused (401): the Zalo Bot channel is off; check ZALO_BOT_TOKEN and restart");
        return;
      }
      this.logger.warn({ error: errorFields(e) }, "Zalo Bot not reachable at start: going on");
    }
    if (this.life.stopped) return;
    if (config.mode === "polling") this.poller?.start();
    else if (config.webhookUrl && config.webhookSecret) {
      await this.client
        .setWebhook(config.webhookUrl, config.webhookSecret)
        .then(() => this.logger.info({ url: config.webhookUrl }, "Zalo Bot webhook set"))
        .catch((e: unknown) => this.life.stopped || this.logger.error({ error: errorFields(e) }, "Zalo Bot webhook not set: no update will arrive; check ZALO_BOT_WEBHOOK_URL"));
    }
  }

  /** Resolves once no reply is queued or in flight (false if `ms` passed first). */
  settled(ms = 30_000): Promise<boolean> {
    return this.life.settled(ms);
  }

  /** Refuses new deliveries (503: Zalo delivers them again, to an instance that runs), waits for the replies under way, then closes the connections. */
  stop(): Promise<void> {
    return this.life.stop({
      intake: async () => this.poller?.stop(),
      release: async () => {
        // Cancels a start still retrying; replies past the wait were cancelled already.
        this.life.abort.abort();
        await this.connecting;
        await this.agent?.close();
      },
    });
  }

  /** Queues the answer to an update; the webhook is acknowledged (the next poll made) without waiting for it. */
  private accept(update: unknown, log: Logger): void {
    acceptInbound(this.inbound, readBotUpdate(update), log);
  }
}
