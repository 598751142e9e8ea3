import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ApiError } from "../server/errors.js";
import { parseZaloJson } from "./json.js";

/**
 * What the two Zalo webhook routes share: the body kept as received (the OA's signature covers
 * the exact bytes), JSON read here with a clear 400, no per-address rate limit (Zalo's servers
 * send everyone's messages; the per-chat limit applies later), and 503 once the channel stops,
 * so that Zalo delivers the event again to an instance that runs.
 */

/** In the channel's own plugin scope: every body arrives as a string, whatever its content type. */
export function keepRawBodies(scope: FastifyInstance): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => done(null, body));
}

/** Route options of a webhook: Zalo is not limited per address. */
export const WEBHOOK_ROUTE = { config: { rateLimit: false as const } };

/** The raw body of a request, "" when there is none. */
export function rawBody(request: FastifyRequest): string {
  return typeof request.body === "string" ? request.body : "";
}

/** The body as JSON, big IDs kept whole; a 400 with a clear message when it is not JSON. */
export function jsonBody(raw: string): unknown {
  try {
    return parseZaloJson(raw);
  } catch (e) {
    throw new ApiError(400, "bad_json", `The body is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

/** The acknowledgement Zalo waits for. */
export function ok(reply: FastifyReply): { ok: true } {
  reply.status(200);
  return { ok: true };
}

/** 401: the delivery is not from Zalo. */
export function unauthorized(why: string): ApiError {
  return new ApiError(401, "unauthorized", why);
}

/** 503 while stopping: Zalo retries the delivery. */
export function stopping(): ApiError {
  return new ApiError(503, "stopping", "The service is stopping; deliver again later.");
}

/** A header's value as one string ("" when absent). */
export function header(request: FastifyRequest, name: string): string {
  const v = request.headers[name];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
}
