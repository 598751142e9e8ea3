import { Writable } from "node:stream";
import { GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/runtime/logger.js";
import { loggedError } from "../../../adapters/telegram/errors.js";

const TOKEN = "123456:SECRET-token-abcdefghijklmnop";

/** `err` as the service's logger writes it. */
function logged(e: unknown): { line: string; err: Record<string, unknown> } {
  const lines: string[] = [];
  createLogger("info", new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) })).error({ err: loggedError(e) }, "Telegram update failed");
  return { line: lines[0]!, err: (JSON.parse(lines[0]!) as { err: Record<string, unknown> }).err };
}

describe("loggedError", () => {
  it("names a network failure by its kind and its system error, never the address (it holds the token)", () => {
    const reset = Object.assign(new Error(`request to http://127.0.0.1:8081/bot${TOKEN}/sendMessage failed, reason: socket hang up`), { code: "ECONNRESET" });
    const { line, err } = logged(new HttpError("Network request for 'sendMessage' failed!", reset));
    expect(err).toMatchObject({ type: "HttpError", message: "Network request for 'sendMessage' failed!", cause: "ECONNRESET" });
    const unnamed = logged(new HttpError("Network request for 'getMe' failed!", new Error(`request to http://127.0.0.1:8081/bot${TOKEN}/getMe failed`)));
    expect(unnamed.err.cause).toBe("request to … failed");
    for (const l of [line, unnamed.line]) expect(l).not.toContain("SECRET");
  });

  it("names a refusal GrammyError, without the message that was sent", () => {
    const { line, err } = logged(new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 400, description: "Bad Request: chat not found" }, "sendMessage", { chat_id: 1, text: "what a person wrote" }));
    expect(err).toMatchObject({ type: "GrammyError", message: "Call to 'sendMessage' failed! (400: Bad Request: chat not found)" });
    expect(line).not.toContain("what a person wrote");
  });
});
