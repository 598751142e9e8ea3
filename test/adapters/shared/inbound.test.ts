import type { Logger } from "pino";
import { describe, expect, it } from "vitest";
import { MemoryState } from "../../../adapters/runtime/memory-state.js";
import { acceptInbound, type InboundDeps } from "../../../adapters/shared/inbound.js";
import { ChatWork } from "../../../adapters/shared/work.js";
import { captureLogs } from "./logs.js";

/** Deps whose answers are recorded, and fail for the chat "unreachable"; deliveries claimed in memory. */
function deps(): { deps: InboundDeps; answered: string[]; undelivered: string[] } {
  const answered: string[] = [];
  const undelivered: string[] = [];
  const state = new MemoryState();
  return {
    answered,
    undelivered,
    deps: {
      channel: "zalo-bot",
      product: "Zalo Bot",
      assistant: { firstDelivery: (channel, id) => state.deliveries.claim(`${channel}:${id}`, 60_000) },
      work: new ChatWork(),
      answerText: async (chatId, text) => {
        if (chatId === "unreachable") throw new Error("chat unreachable");
        answered.push(`${chatId}: ${text}`);
      },
      answerNotText: async (chatId) => void answered.push(`${chatId}: (not text)`),
      undelivered: (log: Logger, e) => {
        log.warn("undelivered");
        undelivered.push((e as Error).message);
      },
    },
  };
}

describe("acceptInbound", () => {
  it("answers a text and a message without words once each, a delivery seen again not at all", async () => {
    const { deps: d, answered } = deps();
    const { logger, lines } = captureLogs();
    acceptInbound(d, { kind: "text", messageId: "m1", chatId: "c1", text: "Long An?" }, logger);
    acceptInbound(d, { kind: "text", messageId: "m1", chatId: "c1", text: "Long An?" }, logger);
    acceptInbound(d, { kind: "not-text", messageId: "m2", chatId: "c1", event: "message.sticker.received" }, logger);
    expect(await d.work.drain(1000)).toBe(true);
    expect(answered).toEqual(["c1: Long An?", "c1: (not text)"]);
    expect(lines.filter((l) => l.msg === "Zalo Bot delivery seen before: not answered again").map((l) => l.messageId)).toEqual(["m1"]);
  });

  it("logs what is no message and answers nothing", async () => {
    const { deps: d, answered } = deps();
    const { logger, lines } = captureLogs();
    acceptInbound(d, { kind: "ignored", event: "message.seen", why: "not a user's message" }, logger);
    expect(d.work.size).toBe(0);
    expect(answered).toEqual([]);
    expect(lines.map((l) => [l.msg, l.event, l.why])).toEqual([["Zalo Bot event ignored", "message.seen", "not a user's message"]]);
  });

  it("reports a reply that cannot be sent with its message and chat, and goes on with the chat's next", async () => {
    const { deps: d, answered, undelivered } = deps();
    const { logger, lines } = captureLogs();
    acceptInbound(d, { kind: "text", messageId: "m3", chatId: "unreachable", text: "Long An?" }, logger);
    acceptInbound(d, { kind: "not-text", messageId: "m4", chatId: "unreachable", event: "message.image.received" }, logger);
    expect(await d.work.drain(1000)).toBe(true);
    expect(undelivered).toEqual(["chat unreachable"]);
    expect(lines.filter((l) => l.msg === "undelivered").map((l) => [l.messageId, l.chatId])).toEqual([["m3", "unreachable"]]);
    expect(answered).toEqual(["unreachable: (not text)"]);
  });
});
