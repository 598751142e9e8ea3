/**
 * `npm start`: the service on PORT (default 3000) — web chat, JSON API, health, metrics and the
 * channels the settings turn on. SIGTERM or SIGINT: stop accepting, finish requests in flight,
 * close Redis, exit 0 (or 1 after 10 s).
 */
import { loadConfigOrExit } from "../config.js";
import { createLogger } from "../runtime/logger.js";
import { startService } from "./service.js";

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
const service = await startService(config, logger);
logger.info({ url: service.url, channels: service.channels.map((c) => c.name) }, `Trợ lý số liệu chuyển đổi số: ${service.url}`);

const SHUTDOWN_LIMIT_MS = 10_000;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    logger.info({ signal }, "stopping");
    setTimeout(() => {
      logger.error("still stopping after 10 s: exiting");
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    service.stop().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (e: unknown) => {
        logger.error({ err: e }, "stopped with an error");
        process.exit(1);
      },
    );
  });
}
