import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/runtime/logger.js";

describe("createLogger", () => {
  it("writes JSON lines with secrets replaced", () => {
    const lines: string[] = [];
    const log = createLogger("info", new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) }));
    log.info(
      {
        req: { headers: { authorization: "Bearer abc123", "x-telegram-bot-api-secret-token": "tg-secret", "x-bot-api-secret-token": "zb-secret", access_token: "oa-access" } },
        oa: { accessToken: "a-1", refreshToken: "r-1", token: "t-1" },
      },
      "call",
    );
    const record = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(record).toMatchObject({
      level: "info",
      msg: "call",
      req: { headers: { authorization: "[hidden]", "x-telegram-bot-api-secret-token": "[hidden]", "x-bot-api-secret-token": "[hidden]", access_token: "[hidden]" } },
      oa: { accessToken: "[hidden]", refreshToken: "[hidden]", token: "[hidden]" },
    });
    for (const secret of ["abc123", "tg-secret", "zb-secret", "oa-access", "a-1", "r-1", "t-1"]) expect(lines[0]).not.toContain(secret);
  });
});
