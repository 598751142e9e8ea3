import { setTimeout as sleep } from "node:timers/promises";

/** What {@link keepProbing} saw: the status of every request (0: no answer within 10 s). */
export interface ProbeResult {
  readonly healthz: number[];
  readonly ask: number[];
}

/** A question `/api/ask` answers from the corpus alone, whatever happens to Telegram, Zalo or Redis. */
const QUESTION = "Lào Cai có bao nhiêu dịch vụ công trực tuyến?";

/**
 * Asks `GET /healthz` and `POST /api/ask` of the service at `url` one after the other, over and
 * over, until stopped: the service must keep serving whatever fails around it. Each request gets
 * 10 s; the loop pauses 100 ms between rounds so as not to be a load of its own.
 */
export function keepProbing(url: string): { stop(): Promise<ProbeResult> } {
  const result = { healthz: [] as number[], ask: [] as number[] };
  let stopped = false;
  let round = 0;
  const status = (r: Promise<Response>) =>
    r.then(
      async (res) => (await res.arrayBuffer(), res.status),
      () => 0,
    );
  const loop = (async () => {
    while (!stopped) {
      result.healthz.push(await status(fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) })));
      result.ask.push(
        await status(
          fetch(`${url}/api/ask`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ chat: `probe-${round++}`, text: QUESTION }),
            signal: AbortSignal.timeout(10_000),
          }),
        ),
      );
      await sleep(100);
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return result;
    },
  };
}
