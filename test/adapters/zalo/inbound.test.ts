import { describe, expect, it } from "vitest";
import { readBotUpdate, readOaEvent } from "../../../adapters/zalo/inbound.js";
import { parseZaloJson } from "../../../adapters/zalo/json.js";

describe("readOaEvent", () => {
  const event = (over: Record<string, unknown> = {}) => ({
    app_id: "360846524940903967",
    sender: { id: "246845883529197922" },
    recipient: { id: "388613280878808645" },
    event_name: "user_send_text",
    message: { text: "Lào Cai có bao nhiêu dịch vụ công?", msg_id: "96d3cdf3af150460909" },
    timestamp: "1543908534740",
    ...over,
  });

  it("reads a user's text with its sender and msg_id", () => {
    expect(readOaEvent(event())).toEqual({ kind: "text", messageId: "96d3cdf3af150460909", chatId: "246845883529197922", text: "Lào Cai có bao nhiêu dịch vụ công?" });
  });

  it("keeps a sender id sent as a number beyond 2^53 whole", () => {
    const body = parseZaloJson('{"event_name":"user_send_text","sender":{"id":8465324713426781347},"message":{"msg_id":"m","text":"hi"},"timestamp":"1"}');
    expect(readOaEvent(body)).toMatchObject({ kind: "text", chatId: "8465324713426781347" });
  });

  it("reads a picture or a sticker as not-text", () => {
    expect(readOaEvent(event({ event_name: "user_send_image", message: { msg_id: "m2", attachments: [] } }))).toEqual({ kind: "not-text", messageId: "m2", chatId: "246845883529197922", event: "user_send_image" });
    expect(readOaEvent(event({ event_name: "user_send_sticker", message: { msg_id: "m3" } }))).toMatchObject({ kind: "not-text", event: "user_send_sticker" });
  });

  it("ignores the OA's echoes, other events and malformed messages, saying why", () => {
    expect(readOaEvent(event({ event_name: "oa_send_text" }))).toEqual({ kind: "ignored", event: "oa_send_text", why: "the OA's own message" });
    expect(readOaEvent(event({ event_name: "follow" }))).toMatchObject({ kind: "ignored", why: "not a user's message" });
    expect(readOaEvent(event({ sender: { id: 1.5 } }))).toEqual({ kind: "ignored", event: "user_send_text", why: "sender.id: not a Zalo id" });
    expect(readOaEvent(event({ message: { msg_id: "m", text: "   " } }))).toEqual({ kind: "ignored", event: "user_send_text", why: "message.text is not text" });
    expect(readOaEvent(event({ message: { msg_id: "m", text: 42 } }))).toMatchObject({ kind: "ignored", why: "message.text is not text" });
    for (const body of [null, [], "x", 1, {}]) expect(readOaEvent(body)).toMatchObject({ kind: "ignored", why: "no event_name" });
  });
});

describe("readBotUpdate", () => {
  const update = {
    event_name: "message.text.received",
    message: { message_id: "16f6366b3f02645a3d15", date: 1766619597466, from: { id: "e4ea2cd5189df1c3a88c", display_name: "A" }, chat: { id: "e4ea2cd5189df1c3a88c", chat_type: "PRIVATE" }, text: "Xin chào" },
  };
  const text = { kind: "text", messageId: "16f6366b3f02645a3d15", chatId: "e4ea2cd5189df1c3a88c", text: "Xin chào" };

  it("reads an update flat or wrapped in {ok, result}", () => {
    expect(readBotUpdate(update)).toEqual(text);
    expect(readBotUpdate({ ok: true, result: update })).toEqual(text);
  });

  it("reads a picture, a sticker or an unsupported message as not-text", () => {
    for (const e of ["message.image.received", "message.sticker.received", "message.unsupported.received"]) expect(readBotUpdate({ ...update, event_name: e })).toMatchObject({ kind: "not-text", event: e });
  });

  it("ignores updates of other kinds and malformed messages", () => {
    expect(readBotUpdate({ ok: false, result: update })).toMatchObject({ kind: "ignored", why: "no event_name" });
    expect(readBotUpdate({ ...update, event_name: "member.joined" })).toMatchObject({ kind: "ignored", why: "not a user's message" });
    expect(readBotUpdate({ ...update, message: { ...update.message, chat: { id: ["x"] } } })).toEqual({ kind: "ignored", event: "message.text.received", why: "message.chat.id: not a Zalo id" });
  });
});
