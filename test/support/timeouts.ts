/**
 * Settings that shorten the service's waits on Telegram and Zalo, and its wait for Redis at start,
 * for the tests (production's values: adapters/timeouts.ts). A test that makes a call hang or fail
 * waits a fraction of a second for each retry, never a production timeout. A call still gets two
 * seconds, ample on loopback on a loaded machine. Redis's reply and connection timeouts keep
 * production's values: a reply late under load would count as an outage.
 */
export const SHORT_TIMEOUTS = {
  TELEGRAM_CALL_TIMEOUT_MS: "2000",
  TELEGRAM_RETRY_WAIT_MS: "50",
  TELEGRAM_SERVER_ERROR_WAIT_MS: "50",
  ZALO_CALL_TIMEOUT_MS: "2000",
  ZALO_RETRY_WAIT_MS: "50",
  ZALO_POLL_RETRY_WAIT_MS: "50",
  REDIS_START_WAIT_MS: "1000",
} as const;
