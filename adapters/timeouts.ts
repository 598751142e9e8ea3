/**
 * How long the service waits on what is outside it — Telegram, Zalo, Redis — each with its
 * production value, declared once. Every one is a setting (the variable named in its comment,
 * read by adapters/config.ts) so that tests can shorten it: no test waits out a production timeout.
 */
export interface Timeouts {
  /** `TELEGRAM_CALL_TIMEOUT_MS`: one attempt of a Bot API call is given up after this long (a long poll: after its own hold plus this). 15 s. */
  readonly telegramCallMs: number;
  /** `TELEGRAM_RETRY_WAIT_MS`: first wait before a call that failed on the network is tried again, doubled each time. 1 s. */
  readonly telegramRetryWaitMs: number;
  /** `TELEGRAM_SERVER_ERROR_WAIT_MS`: first wait before a call Telegram answered with a 5xx is tried again, doubled each time. 3 s. */
  readonly telegramServerErrorWaitMs: number;
  /** `ZALO_CALL_TIMEOUT_MS`: one Zalo API call, connection to last byte. 10 s. */
  readonly zaloCallMs: number;
  /** `ZALO_RETRY_WAIT_MS`: first wait before a failed Zalo call is tried again, doubled each time (with jitter). 0.5 s. */
  readonly zaloRetryWaitMs: number;
  /** `ZALO_POLL_RETRY_WAIT_MS`: first wait after a failed Zalo Bot long poll, doubled up to 30 s (with jitter). 1 s. */
  readonly zaloPollRetryWaitMs: number;
  /** `REDIS_CONNECT_TIMEOUT_MS`: one attempt to open a connection to Redis. 2 s. */
  readonly redisConnectMs: number;
  /**
   * `REDIS_COMMAND_TIMEOUT_MS`: longest wait for one reply (Redis answers in well under a
   * millisecond); past it Redis counts as unreachable and the service answers from memory. 2 s.
   */
  readonly redisCommandMs: number;
  /** `REDIS_RECONNECT_MAX_WAIT_MS`: longest pause between two reconnection attempts (200 ms, 400 ms… up to this). 2 s. */
  readonly redisReconnectMaxMs: number;
  /** `REDIS_START_WAIT_MS`: how long a start waits for Redis before going on from memory (a CLI: before giving up). 5 s. */
  readonly redisStartMs: number;
}

/** The production values. */
export const DEFAULT_TIMEOUTS: Timeouts = {
  telegramCallMs: 15_000,
  telegramRetryWaitMs: 1000,
  telegramServerErrorWaitMs: 3000,
  zaloCallMs: 10_000,
  zaloRetryWaitMs: 500,
  zaloPollRetryWaitMs: 1000,
  redisConnectMs: 2000,
  redisCommandMs: 2000,
  redisReconnectMaxMs: 2000,
  redisStartMs: 5000,
};

