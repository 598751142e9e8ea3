import type { FastifyInstance } from "fastify";

/**
 * A messaging channel hosted by the server (Telegram, Zalo OA, Zalo Bot). The server calls these
 * in order: {@link register} before listening, {@link start} once listening, {@link stop} at shutdown.
 */
export interface Channel {
  /** "telegram", "zalo-oa", "zalo-bot": in logs and metrics. */
  readonly name: string;
  /** Adds the channel's webhook routes, in a plugin scope of its own (own body parser allowed). */
  register?(app: FastifyInstance): Promise<void> | void;
  /** Outbound work once the server listens: `setWebhook`, long polling. */
  start?(): Promise<void>;
  /** Stops taking updates and waits for the ones in hand; the server closes after. */
  stop?(): Promise<void>;
}

/**
 * A channel that cannot start because of a setting: the message says what happened and names
 * the variable to check, in one line.
 */
export class StartError extends Error {
  override readonly name = "StartError";
  constructor(
    /** The variable to check, e.g. `TELEGRAM_BOT_TOKEN`. */
    readonly setting: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
