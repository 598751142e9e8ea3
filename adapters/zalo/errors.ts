/**
 * The Zalo client's two failure domains, as grammY has `GrammyError` and `HttpError`: Zalo
 * answered and refused ({@link ZaloApiError}), or no usable answer came back
 * ({@link ZaloNetworkError}). Each keeps a stable `code` and the `cause`.
 */

/** Zalo answered and refused: OA `{error: non-zero, message}`, Bot Platform `{ok: false, error_code, description}`. */
export class ZaloApiError extends Error {
  override readonly name = "ZaloApiError";
  constructor(
    /** Zalo's own error code: -216, -32, -230… (OA, OAuth) or 401, 429… (Bot Platform). */
    readonly code: number,
    /** Zalo's message, as sent. */
    readonly description: string,
    /** The API method that failed: "message/cs", "sendMessage", "oauth/access_token"… */
    readonly method: string,
    options?: { cause?: unknown },
  ) {
    super(`Zalo ${method} refused (${code}): ${description}`, options);
  }
}

/** Why no usable answer came back. */
export type NetworkFailure =
  /** No connection, or it broke (`cause` has the system error). */
  | "network"
  /** No answer within the call's timeout. */
  | "timeout"
  /** The call was cancelled (the channel is stopping). */
  | "aborted"
  /** An HTTP status outside 2xx (Zalo answers its own errors with 200). */
  | "http_status"
  /** A 2xx answer that is not the JSON object Zalo sends. */
  | "bad_response";

/** No usable answer from Zalo: the network, a timeout, an HTTP error status or a body that is not Zalo's JSON. */
export class ZaloNetworkError extends Error {
  override readonly name = "ZaloNetworkError";
  /** The HTTP status, for `http_status`; null otherwise. */
  readonly status: number | null;
  constructor(
    readonly code: NetworkFailure,
    readonly method: string,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(`Zalo ${method}: ${message}`, options);
    this.status = options?.status ?? null;
  }
}

/**
 * The Official Account's grant is lost: the refresh token was refused (used already, expired, or
 * the app secret is wrong). Nothing is sent until an operator authorizes the app again.
 */
export class ZaloGrantLostError extends Error {
  override readonly name = "ZaloGrantLostError";
  readonly code = "grant_lost";
}

/** An error as a log field: its class, code and message (never a token). */
export function errorFields(e: unknown): Record<string, unknown> {
  if (e instanceof ZaloApiError) return { type: e.name, code: e.code, method: e.method, message: e.description };
  if (e instanceof ZaloNetworkError) return { type: e.name, code: e.code, method: e.method, message: e.message };
  const err = e as Error;
  return { type: err?.name ?? typeof e, message: err?.message ?? String(e) };
}
