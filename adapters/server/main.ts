/**
 * The service's program (`npm start` runs its compiled form, dist/adapters/server/main.js): on
 * PORT (default 3000), the web chat, JSON API, health, metrics and the channels the settings turn
 * on. A channel that cannot start prints one line naming its setting and exits 1. SIGTERM or
 * SIGINT: stop accepting, finish requests in flight, save the unanswered questions, close Redis,
 * exit 0 (or save and exit 1 after 10 s).
 */
import { loadConfigOrExit } from "../config.js";
import { createLogger } from "../runtime/logger.js";
import { StartError } from "./channel.js";
import { startService, type Service } from "./service.js";

const config = loadConfigOrExit();
const logger = createLogger(config.logLevel);
let service: Service;
try {
  service = await startService(config, logger);
} catch (e) {
  if (!(e instanceof StartError)) throw e;
  process.stderr.write(`Cannot start: ${e.message}\n`);
  process.exit(1);
}
logger.info({ url: service.url, channels: service.channels.map((c) => c.name) }, `Trợ lý số liệu chuyển đổi số: ${service.url}`);

const SHUTDOWN_LIMIT_MS = 10_000;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    logger.info({ signal }, "stopping");
    setTimeout(() => {
      logger.error("still stopping after 10 s: exiting");
      void service.saveState().finally(() => process.exit(1));
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
