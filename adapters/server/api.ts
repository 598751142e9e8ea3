import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { z } from "zod";
import { toContract } from "../../bot/index.js";
import type { Assistant } from "../runtime/assistant.js";
import { ApiError } from "./errors.js";

/** The body of `POST /api/ask`. */
export const AskRequest = z.object({
  /** Conversation key chosen by the client: turns with the same chat share context. */
  chat: z.string().trim().min(1).max(128).regex(/^[\p{L}\p{N}_.:@-]+$/u, "chat: letters, digits, _ . : @ -"),
  /** The message; a text beyond MAX_MESSAGE_LENGTH is answered with a request to shorten it. */
  text: z.string().refine((t) => t.trim().length > 0, "text must not be empty"),
});

/** `POST /api/ask`: `{chat, text}` in, the JSON answer contract out. */
export function askRoute(app: FastifyInstance, assistant: Assistant): void {
  app.post("/api/ask", async (request, reply) => {
    const parsed = AskRequest.safeParse(request.body);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
      throw new ApiError(400, "invalid_request", `Yêu cầu không hợp lệ — ${detail}`);
    }
    const outcome = await assistant.ask({ channel: "web", chatId: parsed.data.chat, text: parsed.data.text }, request.log as Logger);
    if (outcome.kind === "limited") {
      reply.header("retry-after", String(outcome.retryAfterSeconds));
      throw new ApiError(429, "chat_rate_limited", outcome.text);
    }
    return toContract(outcome.answer);
  });
}
