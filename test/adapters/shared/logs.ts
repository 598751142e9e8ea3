import { Writable } from "node:stream";
import type { Logger } from "pino";
import { createLogger } from "../../../adapters/runtime/logger.js";

/** A logger at debug level and the lines it wrote, parsed. */
export function captureLogs(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      for (const line of chunk.toString().split("\n")) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger("debug", sink), lines };
}
