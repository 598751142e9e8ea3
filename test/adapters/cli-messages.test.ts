import { describe, expect, it } from "vitest";
import { batchMessage, chatLine } from "../../adapters/cli/messages.js";

describe("chatLine", () => {
  it("sends '/<command> words' as the core's command and its words", () => {
    expect(chatLine("/list")).toEqual({ text: "", command: "list" });
    expect(chatLine(" /overview Lào Cai ")).toEqual({ text: "Lào Cai", command: "overview" });
  });

  it("sends a command the core does not have as /help, and anything else as a question", () => {
    expect(chatLine("/tinh")).toEqual({ text: "", command: "help" });
    expect(chatLine("/constructor")).toEqual({ text: "", command: "help" });
    expect(chatLine("Lào Cai 1/2023?")).toEqual({ text: "Lào Cai 1/2023?" });
  });
});

describe("batchMessage", () => {
  it("reads a JSON line's chat, text and command; a plain line is a conversation of its own", () => {
    expect(batchMessage('{"chat": "a", "text": "Nguồn?", "command": "sources"}', 3)).toEqual({ chat: "a", text: "Nguồn?", command: "sources" });
    expect(batchMessage('{"text": "Nguồn?", "command": "tinh"}', 4)).toEqual({ chat: "line-4", text: "Nguồn?" });
    expect(batchMessage("Long An?", 5)).toEqual({ chat: "line-5", text: "Long An?" });
  });
});
