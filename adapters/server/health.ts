import type { FastifyInstance } from "fastify";
import type { Assistant } from "../runtime/assistant.js";
import type { Metrics } from "../runtime/metrics.js";
import type { SharedState } from "../runtime/state.js";

/** `GET /healthz` (the process answers), `GET /readyz` (index loaded, Redis reachable), `GET /metrics`. */
export function healthRoutes(app: FastifyInstance, deps: { assistant: Assistant; state: SharedState; metrics: Metrics }): void {
  const quiet = { logLevel: "warn" as const, config: { rateLimit: false as const } };
  app.get("/healthz", quiet, async () => ({ status: "ok" }));

  app.get("/readyz", quiet, async (_request, reply) => {
    const k = deps.assistant.knowledge;
    const index = k.facts.length > 0;
    const redis = deps.state.kind === "memory" ? "not configured" : deps.state.healthy() ? "ready" : "unreachable";
    const ready = index && redis !== "unreachable";
    reply.status(ready ? 200 : 503);
    return { status: ready ? "ready" : "not ready", index: { articles: k.articles.length, facts: k.facts.length }, redis };
  });

  app.get("/metrics", quiet, async (_request, reply) => {
    reply.type(deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  });
}
