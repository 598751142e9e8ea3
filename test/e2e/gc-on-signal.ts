/**
 * Preloaded (`node --expose-gc --import …/gc-on-signal.ts`) into a service process started by a
 * test: on SIGUSR2 it runs full garbage collections and then writes `gc-done` on stderr, so that
 * the heap figures read next from `GET /metrics` count live objects only, not garbage waiting for
 * a collection. Test machinery only: the service itself never reads it.
 */
import { setTimeout as sleep } from "node:timers/promises";

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error("gc-on-signal.ts needs node --expose-gc");

process.on("SIGUSR2", async () => {
  // Three rounds with a pause between: what a collection finalizes (FinalizationRegistry
  // callbacks, weak references cleared, sockets' buffers) is freed by the next one.
  for (let round = 0; round < 3; round++) {
    collect();
    await sleep(20);
  }
  process.stderr.write("gc-done\n");
});
