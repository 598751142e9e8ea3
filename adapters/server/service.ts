import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import { loadKnowledgeFromDir } from "../knowledge-files.js";
import { Assistant } from "../runtime/assistant.js";
import { createLogger } from "../runtime/logger.js";
import { createMetrics, type Metrics } from "../runtime/metrics.js";
import { openState, type SharedState } from "../runtime/state.js";
import { buildServer } from "./app.js";
import type { Channel } from "./channel.js";
import { channelsFor } from "./channels.js";
import { watchCorpus, type CorpusWatch } from "./corpus-watch.js";
import { metricsServer } from "./health.js";

/** A running service: what `npm start` starts and SIGTERM stops. */
export interface Service {
  readonly app: FastifyInstance;
  readonly assistant: Assistant;
  readonly state: SharedState;
  readonly metrics: Metrics;
  readonly logger: Logger;
  readonly channels: readonly Channel[];
  /** The corpus watch, when CORPUS_WATCH is on. */
  readonly corpus: CorpusWatch | null;
  /** The address it listens on, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  /** Stops taking requests, finishes those in flight, stops the channels, saves the unanswered questions, closes Redis. */
  stop(): Promise<void>;
  /** Writes what must outlive the process (the unanswered questions' counts), even when {@link stop} cannot finish. */
  saveState(): Promise<void>;
}

/**
 * Starts the whole service from its settings: the shared state (Redis when configured), the
 * knowledge base, the assistant, the channels and the HTTP server; resolves once it listens.
 */
export async function startService(config: Config, logger: Logger = createLogger(config.logLevel)): Promise<Service> {
  const s = config.server;
  const state = openState({ redisUrl: s.redisUrl, contextTtlMs: config.contextTtlMs, timeouts: config.timeouts, logger });
  // Deliveries in the first moments are de-duplicated across instances only once Redis answers:
  // wait for it a little (REDIS_START_WAIT_MS), and start without it (in memory, said in the log)
  // if it does not come.
  await state.ready().catch(() => undefined);
  const unanswered = state.unansweredLog({ file: s.unansweredFile, maxQuestions: s.unansweredMax, logger });
  const loaded = loadKnowledgeFromDir(config.corpusDir, config.indexDir, config.maxArticleBytes);
  for (const p of loaded.problems) logger.warn({ file: p.file, line: p.line, code: p.code }, `article skipped: ${p.message}`);
  logger.debug({ articles: loaded.knowledge.articles.length, facts: loaded.knowledge.facts.length, fromCache: loaded.fromCache, ms: Math.round(loaded.milliseconds) }, "knowledge loaded");
  const metrics = createMetrics();
  const assistant = new Assistant({
    knowledge: loaded.knowledge,
    state,
    metrics,
    unanswered,
    logger,
    options: { maxMessageLength: config.maxMessageLength },
    chatLimitPerMinute: s.chatRateLimitPerMinute,
  });
  const channels = channelsFor(config, { assistant, state, logger });
  const app = await buildServer({ server: s, assistant, state, metrics, logger, channels });
  await app.ready();
  await listen(app, s.port, s.host);
  const metricsApp = s.metricsPort === null ? null : await metricsServer(metrics, s.metricsToken);
  if (metricsApp) await listen(metricsApp, s.metricsPort!, s.host);
  const bound = app.server.address() as AddressInfo;
  const url = `http://${["0.0.0.0", "::"].includes(bound.address) ? "localhost" : bound.family === "IPv6" ? `[${bound.address}]` : bound.address}:${bound.port}`;
  for (const c of channels) await c.start?.();
  const corpus = s.watchCorpus ? watchCorpus({ corpusDir: config.corpusDir, indexDir: config.indexDir, assistant, logger }) : null;

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      try {
        await corpus?.close();
        for (const c of channels) await c.stop?.().catch((e: Error) => logger.error({ err: e, channel: c.name }, "channel did not stop cleanly"));
        await app.close();
        await metricsApp?.close();
      } finally {
        await unanswered.close();
        await state.close();
      }
    })());
  return { app, assistant, state, metrics, logger, channels, corpus, url, stop, saveState: () => unanswered.close() };
}

// Listening on the Node server itself: fastify's listen would log a line per interface, and the
// start is to print one line.
async function listen(app: FastifyInstance, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    app.server.once("error", reject);
    app.server.listen({ port, host }, resolve);
  });
}
