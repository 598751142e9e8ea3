import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The service's Prometheus metrics, in a registry of its own (several instances may share a process in tests). */
export interface Metrics {
  readonly registry: Registry;
  /** HTTP requests by method, route pattern and status. */
  readonly httpDuration: Histogram<"method" | "route" | "status">;
  /** Time to answer a message, by channel and intent. */
  readonly answerDuration: Histogram<"channel" | "intent">;
  /** Messages the bot could not answer with a figure, by channel and kind (nodata, clarify, offtopic). */
  readonly unanswered: Counter<"channel" | "kind">;
  /** Messages refused by the per-chat limit, by channel. */
  readonly chatLimited: Counter<"channel">;
  /** Deliveries seen twice (a webhook retry), by channel. */
  readonly duplicates: Counter<"channel">;
  /** Size of the loaded index. */
  readonly indexSize: Gauge<"what">;
}

/** Creates the metrics, with Node's process metrics (CPU, memory, event loop, GC). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const seconds = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
  return {
    registry,
    httpDuration: new Histogram({
      name: "cds_http_request_duration_seconds",
      help: "HTTP requests by method, route and status",
      labelNames: ["method", "route", "status"],
      buckets: seconds,
      registers: [registry],
    }),
    answerDuration: new Histogram({
      name: "cds_answer_duration_seconds",
      help: "Time to answer a message, by channel and intent",
      labelNames: ["channel", "intent"],
      buckets: seconds,
      registers: [registry],
    }),
    unanswered: new Counter({
      name: "cds_unanswered_total",
      help: "Messages answered without a figure: nodata, clarify, offtopic",
      labelNames: ["channel", "kind"],
      registers: [registry],
    }),
    chatLimited: new Counter({ name: "cds_chat_rate_limited_total", help: "Messages refused by the per-chat limit", labelNames: ["channel"], registers: [registry] }),
    duplicates: new Counter({ name: "cds_duplicate_deliveries_total", help: "Webhook deliveries seen before, not answered again", labelNames: ["channel"], registers: [registry] }),
    indexSize: new Gauge({ name: "cds_index_size", help: "Size of the loaded knowledge base", labelNames: ["what"], registers: [registry] }),
  };
}

/**
 * A metric's `labels(…)` with each label set's child kept (prom-client hashes the label values
 * on every call otherwise); at most `max` kept, the rest looked up each time.
 */
export function cachedChildren<C>(labels: (...values: string[]) => C, max = 1000): (...values: string[]) => C {
  const kept = new Map<string, C>();
  return (...values) => {
    const key = values.join("\u0000");
    let child = kept.get(key);
    if (child === undefined) {
      child = labels(...values);
      if (kept.size < max) kept.set(key, child);
    }
    return child;
  };
}
