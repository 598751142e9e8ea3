import Fastify, { type FastifyInstance } from "fastify";
import type { Assistant } from "../runtime/assistant.js";
import type { Metrics } from "../runtime/metrics.js";
import { sameSecret } from "../runtime/same-secret.js";
import type { SharedState } from "../runtime/state.js";
import { ApiError, handleError } from "./errors.js";

const QUIET = { logLevel: "warn" as const, config: { rateLimit: false as const } };

/**
 * `GET /healthz` (the process answers), `GET /readyz` (index loaded, Redis reachable) and, unless
 * it has a port of its own (`metricsOnOwnPort`), `GET /metrics`.
 */
export function healthRoutes(app: FastifyInstance, deps: { assistant: Assistant; state: SharedState; metrics: Metrics; metricsToken: string | null; metricsOnOwnPort: boolean }): void {
  app.get("/healthz", QUIET, async () => ({ status: "ok" }));

  app.get("/readyz", QUIET, async (_request, reply) => {
    const k = deps.assistant.knowledge;
    const index = k.facts.length > 0;
    const redis = deps.state.kind === "memory" ? "not configured" : deps.state.healthy() ? "ready" : "unreachable";
    const ready = index && redis !== "unreachable";
    reply.status(ready ? 200 : 503);
    return { status: ready ? "ready" : "not ready", index: { articles: k.articles.length, facts: k.facts.length }, redis };
  });

  if (!deps.metricsOnOwnPort) metricsRoute(app, deps.metrics, deps.metricsToken);
}

/**
 * `GET /metrics`, Prometheus text; with a token, only for `Authorization: Bearer <token>` (401
 * otherwise), since the figures tell who uses the service and how.
 */
export function metricsRoute(app: FastifyInstance, metrics: Metrics, token: string | null): void {
  app.get("/metrics", QUIET, async (request, reply) => {
    if (token !== null && !sameSecret(request.headers.authorization ?? "", `Bearer ${token}`)) {
      reply.header("www-authenticate", "Bearer");
      throw new ApiError(401, "unauthorized", "GET /metrics asks for Authorization: Bearer <METRICS_TOKEN>.");
    }
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}

/** A server of its own for `GET /metrics` (`METRICS_PORT`), kept off the public port. */
export async function metricsServer(metrics: Metrics, token: string | null): Promise<FastifyInstance> {
  const app = Fastify({ forceCloseConnections: true });
  app.setErrorHandler(handleError);
  metricsRoute(app, metrics, token);
  await app.ready();
  return app;
}
