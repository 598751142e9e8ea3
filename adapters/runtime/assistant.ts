import type { Logger } from "pino";
import { createBot, vi, type Answer, type Bot, type BotOptions, type IncomingMessage } from "../../bot/index.js";
import type { Knowledge } from "../../knowledge/index.js";
import { cachedChildren, type Metrics } from "./metrics.js";
import type { SharedState } from "./state.js";
import type { UnansweredLog } from "./unanswered.js";

/** What {@link Assistant} needs. */
export interface AssistantDeps {
  readonly knowledge: Knowledge;
  readonly state: SharedState;
  readonly metrics: Metrics;
  readonly unanswered: UnansweredLog;
  readonly logger: Logger;
  readonly options?: Partial<BotOptions>;
  /** Messages per minute one chat may send. Default 20. */
  readonly chatLimitPerMinute?: number;
}

/** The outcome of a message: an answer, or a refusal because the chat writes too fast. */
export type Outcome =
  | { readonly kind: "answer"; readonly answer: Answer }
  | {
      readonly kind: "limited";
      readonly text: string;
      readonly retryAfterSeconds: number;
      /**
       * True for the chat's first message over the limit in its window only: a channel that
       * sends the refusal as a message of its own (spending the platform's outgoing quota) sends
       * it then, and stays silent for the rest of the window.
       */
      readonly firstRefusal: boolean;
    };

const WINDOW_MS = 60_000;

/**
 * The one door every channel goes through: the per-chat limit, the bot, metrics, logs and the
 * unanswered-questions log. Channels map their messages to {@link IncomingMessage} and render the
 * {@link Outcome}; they never call the bot directly.
 */
export class Assistant {
  private bot: Bot;
  private readonly limit: number;
  private readonly answerDuration;

  constructor(private readonly deps: AssistantDeps) {
    this.bot = this.botFor(deps.knowledge);
    this.answerDuration = cachedChildren((channel, intent) => deps.metrics.answerDuration.labels(channel, intent));
    this.limit = deps.chatLimitPerMinute ?? 20;
    this.measure(deps.knowledge);
  }

  /** The knowledge base answering now. */
  get knowledge(): Knowledge {
    return this.bot.knowledge;
  }

  /** Answers from a new knowledge base from the next message on; conversations carry over. */
  useKnowledge(knowledge: Knowledge): void {
    this.bot = this.botFor(knowledge);
    this.measure(knowledge);
  }

  /**
   * Answers one message, unless its chat is over the limit. `logger` is the request's own
   * where there is one, so every line carries the request id; `answeredAt` is the level of the
   * "answered" line: `debug` where the request's own line already records the answer.
   */
  async ask(message: IncomingMessage, logger: Logger = this.deps.logger, answeredAt: "info" | "debug" = "info"): Promise<Outcome> {
    const { metrics, state } = this.deps;
    // Chats are keyed by channel too: a web client choosing "12345" as its chat must never meet
    // the context of Telegram's chat 12345.
    const chat = `${message.channel}:${message.chatId}`;
    const hits = (await state.rates.hit(chat, WINDOW_MS)).count;
    if (hits > this.limit) {
      metrics.chatLimited.inc({ channel: message.channel });
      logger.warn({ channel: message.channel }, "chat over its message limit");
      const seconds = Math.ceil(WINDOW_MS / 1000);
      return { kind: "limited", text: vi.chatLimited(seconds), retryAfterSeconds: seconds, firstRefusal: hits === this.limit + 1 };
    }
    const started = performance.now();
    const answer = await this.bot.answer({ ...message, chatId: chat });
    const seconds = (performance.now() - started) / 1000;
    this.answerDuration(message.channel, answer.intent).observe(seconds);
    logger[answeredAt]({ channel: message.channel, intent: answer.intent, provinces: answer.provinces, citations: answer.citations.length, ms: +(seconds * 1000).toFixed(2) }, "answered");
    logger.debug({ channel: message.channel, chatId: message.chatId, text: message.text }, "question");
    // The core says which answers count (bot/intents.ts); a message too long to read never does.
    if (answer.unanswered) {
      metrics.unanswered.inc({ channel: message.channel, kind: answer.unanswered });
      await this.deps.unanswered.record(message.text);
    }
    return { kind: "answer", answer };
  }

  /**
   * True the first time a channel's delivery id is seen (in every instance sharing the state),
   * false for a retry, which is counted and must not be answered again.
   */
  async firstDelivery(channel: string, id: string, ttlMs = 24 * 3600_000): Promise<boolean> {
    const first = await this.deps.state.deliveries.claim(`${channel}:${id}`, ttlMs);
    if (!first) this.deps.metrics.duplicates.inc({ channel });
    return first;
  }

  private botFor(knowledge: Knowledge): Bot {
    return createBot({ knowledge, store: this.deps.state.conversations, options: this.deps.options ?? {} });
  }

  private measure(k: Knowledge): void {
    this.deps.metrics.indexSize.set({ what: "articles" }, k.articles.length);
    this.deps.metrics.indexSize.set({ what: "facts" }, k.facts.length);
  }
}
