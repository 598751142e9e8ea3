import { describe, expect, it } from "vitest";
import type { ZaloBotConfig } from "../../../adapters/config.js";
import { publicRoot } from "../../../adapters/zalo/bot-channel.js";

const config = (over: Partial<ZaloBotConfig>): ZaloBotConfig => ({ token: "t", mode: "webhook", webhookSecret: "secret-123", webhookUrl: null, apiUrl: "https://bot-api.zaloplatforms.com", ...over });

describe("publicRoot", () => {
  it("is the webhook URL without /webhooks/zalo-bot, where charts are hosted", () => {
    expect(publicRoot(config({ webhookUrl: "https://bot.example.vn/webhooks/zalo-bot" }))).toBe("https://bot.example.vn");
    expect(publicRoot(config({ webhookUrl: "https://example.vn/so-lieu/webhooks/zalo-bot/" }))).toBe("https://example.vn/so-lieu");
  });

  it("is null without a public address: polling, no webhook URL, or one a proxy rewrites", () => {
    expect(publicRoot(config({ mode: "polling", webhookUrl: null }))).toBeNull();
    expect(publicRoot(config({ webhookUrl: null }))).toBeNull();
    expect(publicRoot(config({ webhookUrl: "https://bot.example.vn/zalo" }))).toBeNull();
  });
});
