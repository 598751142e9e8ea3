import { isSafeNumber, parse } from "lossless-json";

/**
 * Zalo's JSON, read without losing a digit: user, OA, chat and message IDs are integers beyond
 * 2^53 when Zalo sends them as numbers, and `JSON.parse` would round them. A whole number that
 * a JS number cannot hold exactly stays the string of its digits; every other number is a number
 * (rounded as `JSON.parse` would: no ID has a fraction or a sign). Throws a SyntaxError on text
 * that is not JSON.
 */
export function parseZaloJson(text: string): unknown {
  return parse(text, null, (digits) => (isSafeNumber(digits) || !/^\d+$/.test(digits) ? Number(digits) : digits));
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Zalo IDs: decimal digits (OA user ids, app ids) or hexadecimal-looking strings (Bot Platform).
const ID = /^[0-9A-Za-z_.:-]{1,64}$/;

/**
 * An ID as a string: a string of ID characters, or a whole number (exact: a number too big for
 * JS arrives as its digits, see {@link parseZaloJson}). Anything else is not an ID: null.
 */
export function idOf(value: unknown): string | null {
  if (typeof value === "string") return ID.test(value) ? value : null;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}
