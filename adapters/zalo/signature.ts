import { createHash } from "node:crypto";
import { sameSecret } from "../runtime/same-secret.js";

/**
 * The Official Account's webhook signature: `sha256(app_id + raw body + timestamp + OA secret
 * key)` in lowercase hex — a plain SHA-256 of the concatenation, not an HMAC. `timestamp` is the
 * event's own `timestamp` field, as written in the body.
 */
export function oaSignature(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return createHash("sha256").update(appId + rawBody + timestamp + oaSecretKey, "utf8").digest("hex");
}

/**
 * Whether an `X-ZEvent-Signature` header (`mac=<hex>`) signs this delivery. The comparison takes
 * the same time whatever the header holds.
 */
export function verifyOaSignature(header: string, appId: string, rawBody: string, timestamp: string, oaSecretKey: string): boolean {
  const given = /^\s*mac=([0-9a-fA-F]{64})\s*$/.exec(header)?.[1]?.toLowerCase();
  return sameSecret(given ?? "", oaSignature(appId, rawBody, timestamp, oaSecretKey));
}

