import { pino, type DestinationStream, type Logger } from "pino";

/**
 * Paths of a log record that may hold a secret; their values are replaced, never written. Only
 * request headers: errors are logged through fields chosen without tokens or addresses
 * (telegram/errors.ts, zalo/errors.ts), and wildcard paths cost every line a walk of the record.
 */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-bot-api-secret-token"]',
  'req.headers["x-zevent-signature"]',
  "req.headers.access_token",
  "req.headers.secret_key",
];

/**
 * The service's logger: JSON lines, ISO times, secrets redacted. User text is logged only at debug
 * level, by the callers (`logger.debug({text}, …)`).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: "[hidden]" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
