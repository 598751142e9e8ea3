import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { z } from "zod";
import { COMMANDS, toContract, type Answer } from "../../bot/index.js";
import type { Assistant } from "../runtime/assistant.js";
import { ApiError } from "./errors.js";

// What is wrong with a field, in Vietnamese: the web chat shows these words to its users.
const missingOr = (field: string, what: string) => (issue: { input: unknown }) => (issue.input === undefined ? `thiếu “${field}” (${what})` : `“${field}” phải là chuỗi ký tự`);
const CHAT_FORM = "“chat” chỉ được gồm chữ, số và các dấu _ . : @ - (1–128 ký tự)";

/** The body of `POST /api/ask`. */
export const AskRequest = z.object(
  {
    /** Conversation key chosen by the client: turns with the same chat share context. */
    chat: z
      .string({ error: missingOr("chat", "mã cuộc trò chuyện") })
      .trim()
      .min(1, CHAT_FORM)
      .max(128, CHAT_FORM)
      .regex(/^[\p{L}\p{N}_.:@-]+$/u, CHAT_FORM),
    /** The message; a text beyond MAX_MESSAGE_LENGTH is answered with a request to shorten it. */
    text: z.string({ error: missingOr("text", "câu hỏi") }).refine((t) => t.trim().length > 0, "“text” không được để trống"),
    /** A suggestion's command, sent with its text: it decides how the message is answered. */
    command: z.enum(COMMANDS, { error: `“command” phải là một trong: ${COMMANDS.join(", ")}` }).optional(),
  },
  { error: "nội dung phải là một đối tượng JSON có “chat” và “text”" },
);

/** Why a body is refused, in one Vietnamese sentence; a reason two checks share is said once. */
function refusal(error: z.ZodError): string {
  return `Yêu cầu không hợp lệ: ${[...new Set(error.issues.map((i) => i.message))].join("; ")}.`;
}

/**
 * `POST /api/ask`: `{chat, text, command?}` in, the JSON answer contract out. The request's log
 * line says the intent; the answer's own line is at debug.
 */
export function askRoute(app: FastifyInstance, assistant: Assistant): void {
  // An answer given again (the bot keeps them) is sent as it was written the first time, in
  // bytes: encoding a Vietnamese text to UTF-8, once to measure it and once to send it, cost more
  // than the rest of answering a kept question.
  const bodies = new WeakMap<Answer, Buffer>();
  app.post("/api/ask", async (request, reply) => {
    const parsed = AskRequest.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, "invalid_request", refusal(parsed.error));
    const { chat, text, command } = parsed.data;
    const outcome = await assistant.ask({ channel: "web", chatId: chat, text, ...(command ? { command } : {}) }, request.log as Logger, "debug");
    if (outcome.kind === "limited") {
      reply.header("retry-after", String(outcome.retryAfterSeconds));
      throw new ApiError(429, "chat_rate_limited", outcome.text);
    }
    const answer = outcome.answer;
    request.intent = answer.intent;
    let body = bodies.get(answer);
    if (body === undefined) bodies.set(answer, (body = Buffer.from(JSON.stringify(toContract(answer)))));
    return reply.type("application/json; charset=utf-8").send(body);
  });
}
