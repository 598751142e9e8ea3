import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Constant-time equality of a secret given with a request and the one expected (a webhook's
 * secret token, a signature). Both are hashed first, so neither the content nor the length of the
 * expected one leaks through the answer's timing.
 */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
