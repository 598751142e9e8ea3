import autocannon from "autocannon";

/** What a load run measured. */
export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** One request of a load run. */
export interface LoadRequest {
  readonly method: "POST" | "GET";
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Makes each request anew (a fresh update id, a signature over the body). */
  readonly fresh?: () => { readonly body: string; readonly headers: Record<string, string> };
  /** Reads each response (a Telegram webhook's, which may carry the reply). */
  readonly onResponse?: (status: number, body: string) => void;
}

/**
 * Runs autocannon against `urls` at once (one run per instance, the same share of connections),
 * cycling through `requests`; `[<id>]` in a body becomes a fresh id per request.
 */
export async function load(urls: readonly string[], requests: readonly LoadRequest[], seconds: number, connections = 16): Promise<LoadResult> {
  const runs = await Promise.all(
    urls.map((url) =>
      autocannon({
        url,
        connections: Math.max(1, Math.round(connections / urls.length)),
        duration: seconds,
        idReplacement: true,
        requests: requests.map((r) => ({
          method: r.method,
          path: r.path,
          headers: r.headers ?? {},
          ...(r.body === undefined ? {} : { body: r.body }),
          ...(r.fresh ? { setupRequest: (req: autocannon.Request) => ({ ...req, ...r.fresh!() }) } : {}),
          ...(r.onResponse ? { onResponse: r.onResponse } : {}),
        })),
      }),
    ),
  );
  // Latency percentiles of the slowest instance; throughput summed.
  return {
    requestsPerSecond: runs.reduce((s, r) => s + r.requests.average, 0),
    p50Ms: Math.max(...runs.map((r) => r.latency.p50)),
    p99Ms: Math.max(...runs.map((r) => r.latency.p99)),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    errors: runs.reduce((s, r) => s + r.errors + r.timeouts, 0),
  };
}
