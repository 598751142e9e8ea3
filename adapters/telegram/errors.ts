/**
 * An error as logged: its kind, message and stack, without the payload grammY attaches to API
 * errors (the message sent, which may quote what a person wrote: user text is for debug logs).
 */
export function loggedError(e: unknown): { type: string; message: string; stack?: string } {
  const error = e instanceof Error ? e : new Error(String(e));
  return { type: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
}
