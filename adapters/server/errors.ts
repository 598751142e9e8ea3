import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { vi } from "../../bot/index.js";

/** The body of every error the HTTP API returns. */
export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** An error of the HTTP API with its status and a stable code. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// Fastify's own client errors, by their code, as the API names them.
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "body_too_large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "bad_request",
  FST_ERR_CTP_EMPTY_JSON_BODY: "bad_request",
  FST_ERR_CTP_INVALID_JSON_BODY: "bad_json",
};

const MESSAGES: Record<string, string> = {
  body_too_large: "Nội dung gửi lên quá lớn.",
  unsupported_media_type: "Chỉ nhận nội dung JSON (Content-Type: application/json).",
  bad_json: "Nội dung không phải JSON hợp lệ.",
  rate_limited: "Quá nhiều yêu cầu từ địa chỉ này. Vui lòng thử lại sau ít phút.",
  not_found: "Không có địa chỉ này.",
};

/**
 * The one error handler: client errors keep their status with a stable code and a Vietnamese
 * message; anything else is logged with its stack and answered 500 without a detail.
 */
export function handleError(error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof ApiError) {
    reply.status(error.statusCode).send({ error: { code: error.code, message: error.message } } satisfies ApiErrorBody);
    return;
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = FASTIFY_CODES[error.code] ?? (status === 429 ? "rate_limited" : status === 404 ? "not_found" : "bad_request");
    request.log.debug({ code: error.code, status }, "client error");
    reply.status(status).send({ error: { code, message: MESSAGES[code] ?? vi.badRequest } } satisfies ApiErrorBody);
    return;
  }
  request.log.error({ err: error }, "request failed");
  reply.status(500).send({ error: { code: "internal", message: vi.serverError } } satisfies ApiErrorBody);
}

/** 404 for an address the server does not have. */
export function notFound(_request: FastifyRequest, reply: FastifyReply): void {
  reply.status(404).send({ error: { code: "not_found", message: MESSAGES.not_found! } } satisfies ApiErrorBody);
}
