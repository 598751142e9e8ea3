import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/runtime/logger.js";

describe("createLogger", () => {
  it("writes JSON lines with the secrets of request headers replaced", () => {
    const lines: string[] = [];
    const log = createLogger("info", new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) }));
    log.info(
      {
        req: { headers: { authorization: "Bearer abc123", "x-telegram-bot-api-secret-token": "tg-secret", "x-bot-api-secret-token": "zb-secret", access_token: "oa-access" } },
      },
      "call",
    );
    const record = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(record).toMatchObject({
      level: "info",
      msg: "call",
      req: { headers: { authorization: "[hidden]", "x-telegram-bot-api-secret-token": "[hidden]", "x-bot-api-secret-token": "[hidden]", access_token: "[hidden]" } },
    });
    for (const secret of ["abc123", "tg-secret", "zb-secret", "oa-access"]) expect(lines[0]).not.toContain(secret);
  });
});
