import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** A loopback HTTP server for a fake outside service, closed with every connection it has. */
export interface FakeHttp {
  readonly url: string;
  close(): Promise<void>;
}

/** Reads a request's whole body. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Sends a JSON answer (HTTP 200 unless told). */
export function sendJson(res: ServerResponse, body: unknown, status = 200): void {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
}

/** Starts `handler` on a free loopback port. */
export async function startFakeHttp(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void): Promise<FakeHttp> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((e: Error) => {
      if (!res.headersSent) res.writeHead(500).end(String(e.message));
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.once("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * What a fake received, in order, with a wait for the next matching item that resolves on its
 * arrival (an event, not a sleep).
 */
export class Recorder<T> {
  readonly items: T[] = [];
  private waiters: { match: (items: readonly T[]) => boolean; resolve: () => void }[] = [];

  push(item: T): void {
    this.items.push(item);
    this.waiters = this.waiters.filter((w) => (w.match(this.items) ? (w.resolve(), false) : true));
  }

  /** Resolves with the items once `match(items)` holds; rejects after `ms` with what came. */
  until(match: (items: readonly T[]) => boolean, ms = 20_000, what = "items"): Promise<T[]> {
    if (match(this.items)) return Promise.resolve([...this.items]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${ms} ms waiting for ${what}; got ${JSON.stringify(this.items).slice(0, 2000)}`));
      }, ms);
      const waiter = {
        match,
        resolve: () => {
          clearTimeout(timer);
          resolve([...this.items]);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** The items matching `keep`. */
  where(keep: (item: T) => boolean): T[] {
    return this.items.filter(keep);
  }
}
