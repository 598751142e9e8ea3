/**
 * What the benchmark's child processes share: their input as one JSON argument, their result as
 * one JSON line on stdout, and honest memory figures (after a full garbage collection when the
 * process runs with --expose-gc).
 */

/** The JSON argument a child was started with. */
export function childInput<T>(): T {
  return JSON.parse(process.argv[2] ?? "{}") as T;
}

/** Marks the result line among whatever else a child prints. */
export const RESULT_MARK = "@@scale-result ";

/** Prints a child's result for the parent. */
export function childResult(result: unknown): void {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
}

/** Resident memory now, in MB, after a full collection when `gc` is exposed. */
export function residentMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / 2 ** 20;
}

/** Peak resident memory of the process so far, in MB. */
export function peakResidentMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Heap in use now, in MB, after a full collection when `gc` is exposed. */
export function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}
