/**
 * The settings that point a service at a fake platform's webhook, for the tests and the HTTP
 * benchmark: the webhook address is the service's own loopback port, known before it starts
 * (`setWebhook` is called at start).
 */

/** Limits out of the way: traffic from one address and a few chats is the point of a run. */
export const NO_LIMITS = { RATE_LIMIT_PER_MINUTE: "1000000", CHAT_RATE_LIMIT_PER_MINUTE: "1000000" } as const;

/** Telegram in webhook mode, against the Bot API at `apiRoot`. */
export function telegramWebhookEnv(port: number, apiRoot: string, token: string, secret: string): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: token,
    TELEGRAM_API_ROOT: apiRoot,
    TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/telegram`,
    TELEGRAM_WEBHOOK_SECRET: secret,
  };
}

/** The Zalo Bot in webhook mode, against the Bot API at `apiUrl`. */
export function zaloBotWebhookEnv(port: number, apiUrl: string, token: string, secret: string): Record<string, string> {
  return {
    ZALO_BOT_TOKEN: token,
    ZALO_BOT_API_URL: apiUrl,
    ZALO_BOT_MODE: "webhook",
    ZALO_BOT_WEBHOOK_SECRET: secret,
    ZALO_BOT_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/zalo-bot`,
  };
}
