import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { Agent, type Dispatcher } from "undici";
import type { ZaloOaConfig } from "../config.js";
import type { Assistant } from "../runtime/assistant.js";
import type { SharedState } from "../runtime/state.js";
import { DEFAULT_TIMEOUTS, type Timeouts } from "../timeouts.js";
import type { Channel } from "../server/channel.js";
import { FollowUps } from "../shared/follow-ups.js";
import { acceptInbound, type InboundDeps } from "../shared/inbound.js";
import { ChannelLifecycle } from "../shared/lifecycle.js";
import { zaloInbound, type ZaloSender } from "./conversation.js";
import { errorFields } from "./errors.js";
import { readOaEvent } from "./inbound.js";
import { isObject } from "./json.js";
import { ZaloOaClient } from "./oa-client.js";
import { verifyOaSignature } from "./signature.js";
import { OaTokenManager } from "./tokens.js";
import { header, jsonBody, keepRawBodies, ok, rawBody, stopping, unauthorized, WEBHOOK_ROUTE } from "./webhook.js";

/** What the Official Account channel is built from. */
export interface ZaloOaChannelOptions {
  readonly config: ZaloOaConfig;
  readonly assistant: Assistant;
  readonly state: SharedState;
  readonly logger: Logger;
  /** How long the follow-up questions offered in a chat are kept: the conversation context's lifetime. */
  readonly contextTtlMs: number;
  /** undici dispatcher for Zalo's APIs. Default: an `Agent` of the channel's own, closed at stop. */
  readonly dispatcher?: Dispatcher;
  /** Waits on Zalo: each call, between retries. Default: production's ({@link DEFAULT_TIMEOUTS}). */
  readonly timeouts?: Pick<Timeouts, "zaloCallMs" | "zaloRetryWaitMs">;
}

/** How often the token's expiry is checked in the background: every 30 minutes. */
const TOKEN_CHECK_MS = 30 * 60_000;

/** The webhook route Zalo's Official Account platform posts events to. */
export const OA_WEBHOOK_PATH = "/webhooks/zalo-oa";

/**
 * The Zalo Official Account channel: signed webhook events in, consultation messages out through
 * the OA Open API, with the OA's access token kept fresh by {@link OaTokenManager}.
 */
export class ZaloOaChannel implements Channel {
  readonly name = "zalo-oa";
  readonly tokens: OaTokenManager;
  private readonly client: ZaloOaClient;
  private readonly agent: Agent | null;
  private readonly life: ChannelLifecycle;
  private readonly inbound: InboundDeps;
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: ZaloOaChannelOptions) {
    const { config, state } = options;
    this.logger = options.logger.child({ channel: this.name });
    this.agent = options.dispatcher ? null : new Agent({ connections: 32, keepAliveTimeout: 30_000 });
    this.life = new ChannelLifecycle({ product: "Zalo OA", logger: this.logger });
    const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
    this.client = new ZaloOaClient({
      apiUrl: config.apiUrl,
      oauthUrl: config.oauthUrl,
      timeoutMs: timeouts.zaloCallMs,
      retry: { baseDelayMs: timeouts.zaloRetryWaitMs },
      dispatcher: options.dispatcher ?? this.agent!,
      signal: this.life.abort.signal,
      logger: this.logger,
    });
    this.tokens = new OaTokenManager({
      client: this.client,
      store: state.tokens({ name: this.name, file: config.tokenFile, logger: this.logger }),
      logger: this.logger,
      appId: config.appId,
      appSecret: config.appSecret,
      accessToken: config.accessToken,
      refreshToken: config.refreshToken,
    });
    const sender: ZaloSender = {
      sendText: async (userId, text, logger) => {
        await this.tokens.withToken((t) => this.client.send(t, userId, { text }, { logger }));
      },
      sendChart: async (userId, png, caption, logger) => {
        const attachment = await this.tokens.withToken((t) => this.client.uploadImage(t, png, { logger }));
        await this.tokens.withToken((t) => this.client.send(t, userId, { imageAttachmentId: attachment, caption }, { logger }));
      },
    };
    const followUps = new FollowUps(state.suggestions, options.contextTtlMs, this.name);
    this.inbound = zaloInbound({ channel: this.name, assistant: options.assistant, followUps, sender, logger: this.logger }, this.life.work);
  }

  register(app: FastifyInstance): void {
    const { appId, secretKey, eventWindowMs } = this.options.config;
    keepRawBodies(app);
    // Zalo's console checks a webhook address before saving it.
    app.get(OA_WEBHOOK_PATH, WEBHOOK_ROUTE, async (_request, reply) => ok(reply));
    app.post(OA_WEBHOOK_PATH, WEBHOOK_ROUTE, async (request, reply) => {
      if (this.life.stopped) throw stopping();
      const raw = rawBody(request);
      const signature = header(request, "x-zevent-signature");
      if (!signature) {
        // A probe without an event is answered; an event without a signature is not Zalo's.
        const body = raw.trim() ? jsonBody(raw) : {};
        if (isObject(body) && "event_name" in body) throw unauthorized("X-ZEvent-Signature is missing");
        return ok(reply);
      }
      const body = jsonBody(raw);
      const timestamp = isObject(body) ? body.timestamp : undefined;
      const ts = typeof timestamp === "string" ? timestamp : typeof timestamp === "number" ? String(timestamp) : "";
      if (!ts || !verifyOaSignature(signature, appId, raw, ts, secretKey)) {
        request.log.warn("Zalo OA webhook refused: the signature does not match; if real events are refused, check ZALO_OA_APP_ID and ZALO_OA_SECRET_KEY (the OA secret key of the app's Webhook page, not the app secret)");
        throw unauthorized("X-ZEvent-Signature does not sign this body");
      }
      // A signed event is only as fresh as its timestamp says (epoch milliseconds): an old one
      // played again, even after a restart that forgot which deliveries were seen, is refused.
      const skewMs = Date.now() - Number(ts);
      if (!/^\d{1,15}$/.test(ts) || Math.abs(skewMs) > eventWindowMs) {
        request.log.warn({ timestamp: ts, windowSeconds: eventWindowMs / 1000 }, "Zalo OA event refused: its timestamp is outside ZALO_OA_EVENT_WINDOW_SECONDS of now (a replayed event, or this server's clock is off)");
        throw unauthorized("the event's timestamp is outside the accepted window");
      }
      // Queued; the webhook is acknowledged without waiting for the answer.
      acceptInbound(this.inbound, readOaEvent(body), request.log as Logger);
      return ok(reply);
    });
  }

  async start(): Promise<void> {
    // Refreshing in the background too keeps the grant alive while nobody writes: refresh
    // tokens expire after 3 months unused.
    this.timer = setInterval(() => {
      this.tokens.accessToken(true).catch((e: unknown) => this.logger.warn({ error: errorFields(e) }, "Zalo OA token check failed"));
    }, TOKEN_CHECK_MS);
    this.timer.unref();
  }

  /** Resolves once no reply is queued or in flight (false if `ms` passed first). */
  settled(ms = 30_000): Promise<boolean> {
    return this.life.settled(ms);
  }

  /** Refuses new deliveries (503: Zalo delivers them again, to an instance that runs), waits for the replies under way, then closes the connections. */
  stop(): Promise<void> {
    return this.life.stop({
      intake: async () => {
        if (this.timer) clearInterval(this.timer);
      },
      release: async () => this.agent?.close(),
    });
  }
}
