import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { fileURLToPath } from "node:url";
import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Assistant } from "../runtime/assistant.js";
import { cachedChildren, type Metrics } from "../runtime/metrics.js";
import type { SharedState } from "../runtime/state.js";
import { addressCounters } from "./address-limit.js";
import { askRoute } from "./api.js";
import type { Channel } from "./channel.js";
import { handleError, notFound } from "./errors.js";
import { healthRoutes } from "./health.js";
import { securityHeaders } from "./security-headers.js";

/** The web chat's files. */
export const WEB_ROOT = fileURLToPath(new URL("../web/public/", import.meta.url));

/**
 * At close, a request whose body is still arriving gets this long to finish, then its connection
 * is closed: one stalled body held the shutdown until the process was killed. Requests already
 * being answered are not cut.
 */
const RECEIVING_GRACE_MS = 2000;

/** What {@link buildServer} needs. */
export interface ServerDeps {
  readonly server: Config["server"];
  readonly assistant: Assistant;
  readonly state: SharedState;
  readonly metrics: Metrics;
  readonly logger: Logger;
  readonly channels?: readonly Channel[];
}

/**
 * The HTTP service: the web chat at `/`, `POST /api/ask`, health, readiness and metrics, and the
 * channels' webhooks. Security headers, CORS (closed unless origins are set), a limit per client
 * address (shared through Redis when configured), a body size limit, and one error handler that
 * never sends a stack trace.
 */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const { server, metrics } = deps;
  const { trustProxy, requestTimeoutMs } = server;
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: server.bodyLimit,
    // A hop count as proxy-addr reads one: the client is the address the nth proxy saw.
    trustProxy: typeof trustProxy === "number" ? (_address: string, hop: number) => hop < trustProxy : trustProxy === false ? false : [...trustProxy],
    // A request, headers and body, must arrive within the limit, else 408 and the connection
    // closes: a stalled body otherwise held its connection for ever (fastify's default is no
    // limit). Node checks the limit on a timer, every 30 s by default: here at least as often.
    requestTimeout: requestTimeoutMs,
    http: { headersTimeout: Math.min(60_000, requestTimeoutMs), connectionsCheckingInterval: Math.min(30_000, Math.ceil(requestTimeoutMs / 4)) },
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    // One line per request, written by the response hook below with what the route answered.
    logController: new LogController({ disableRequestLogging: true }),
    // In-flight requests finish at close; idle keep-alive connections do not hold it open.
    forceCloseConnections: "idle",
    return503OnClosing: true,
  });
  // JSON only: a text/plain body is refused with 415 rather than read as a string.
  app.removeContentTypeParser("text/plain");
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(notFound);
  perRequest(app, metrics);
  // No origin allowed is the browser's own rule: the plugin is there only to allow some.
  if (server.corsOrigins.length) await app.register(cors, { origin: [...server.corsOrigins] });
  // Registered before the per-address limit, which counts only the routes added after it: one
  // page load asks for about ten files, and they are no work to serve.
  // Revalidated on every load (ETag): the page's modules have unversioned names, so a cached
  // old module must never meet a new one after a deploy.
  await app.register(fastifyStatic, { root: WEB_ROOT, prefix: "/", index: "index.html", maxAge: 0, etag: true });
  await app.register(rateLimit, {
    max: server.rateLimitPerMinute,
    timeWindow: 60_000,
    store: addressCounters(deps.state.rates),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: "FST_RATE_LIMITED",
      error: "Too Many Requests",
      message: `rate limited, retry in ${context.after}`,
    }),
  });
  askRoute(app, deps.assistant);
  healthRoutes(app, { ...deps, metricsToken: server.metricsToken, metricsOnOwnPort: server.metricsPort !== null });
  for (const channel of deps.channels ?? []) if (channel.register) await app.register(async (scope) => channel.register!(scope));
  return app;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The intent a route answered with, for the request's log line; null for other routes. */
    intent: string | null;
  }
}

/**
 * What every request gets, in synchronous hooks (an async hook costs a promise per request): its
 * id and the security headers on the response, a tracking of bodies still arriving so that a
 * stalled one cannot hold the shutdown, then the duration metric and one log line at `info`.
 */
function perRequest(app: FastifyInstance, metrics: Metrics): void {
  const headers = securityHeaders();
  const duration = cachedChildren((method, route, status) => metrics.httpDuration.labels(method, route, status));
  // Requests between their headers and the end of their body: from onRequest to preValidation
  // (the body is read in between) or their response.
  const receiving = new Set<IncomingMessage>();
  app.decorateRequest("intent", null);
  app.addHook("onRequest", (request, reply, done) => {
    receiving.add(request.raw);
    reply.header("x-request-id", request.id).headers(headers);
    done();
  });
  app.addHook("preValidation", (request, _reply, done) => {
    receiving.delete(request.raw);
    done();
  });
  app.addHook("onRequestAbort", (request, done) => {
    receiving.delete(request.raw);
    done();
  });
  app.addHook("onResponse", (request, reply, done) => {
    receiving.delete(request.raw);
    const route = request.routeOptions.url ?? "unmatched";
    const status = reply.statusCode;
    const ms = reply.elapsedTime;
    duration(request.method, route, String(status)).observe(ms / 1000);
    // The path without its query, which may carry anything a client put there.
    const path = request.url.split("?", 1)[0];
    request.log.info({ method: request.method, path, status, ms: Math.round(ms * 100) / 100, ...(request.intent ? { intent: request.intent } : {}) }, "request");
    done();
  });
  let timer: NodeJS.Timeout | undefined;
  app.addHook("preClose", (done) => {
    timer = setTimeout(() => {
      for (const raw of receiving) raw.socket.destroy();
    }, RECEIVING_GRACE_MS);
    done();
  });
  app.addHook("onClose", (_instance, done) => {
    clearTimeout(timer);
    done();
  });
}
