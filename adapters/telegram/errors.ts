import { HttpError } from "grammy";

/**
 * An error as logged: its kind, message and stack, and for a network failure what failed below
 * it (`cause`: "ECONNRESET", "ECONNREFUSED"…), without the payload grammY attaches to API errors
 * (the message sent, which may quote what a person wrote: user text is for debug logs) and
 * without the address called (it holds the bot token).
 */
export function loggedError(e: unknown): { type: string; message: string; cause?: string; stack?: string } {
  const error = e instanceof Error ? e : new Error(String(e));
  const fields = { type: error.name, message: error.message, ...causeOf(error), ...(error.stack ? { stack: error.stack } : {}) };
  // Without a prototype: pino's `err` serializer names an object's type after its constructor,
  // and every error line said "type":"Object" instead of HttpError or GrammyError.
  return Object.assign(Object.create(null) as typeof fields, fields);
}

// The system error code under a network failure, or its message with every address cut out.
function causeOf(error: Error): { cause?: string } {
  if (!(error instanceof HttpError) || !(error.error instanceof Error)) return {};
  const code = (error.error as NodeJS.ErrnoException).code;
  return { cause: typeof code === "string" ? code : error.error.message.replace(/\bhttps?:\/\/\S+/g, "…") };
}
