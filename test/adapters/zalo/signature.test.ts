import { describe, expect, it } from "vitest";
import { oaSignature, verifyOaSignature } from "../../../adapters/zalo/signature.js";

// Computed once by hand, outside the code under test:
//   printf '%s' '1234567890{"app_id":…}1700000000000oa-secret-key' | sha256sum
const BODY = '{"app_id":"1234567890","event_name":"user_send_text","message":{"msg_id":"abc","text":"Xin chào"},"timestamp":"1700000000000"}';
const MAC = "040764b38d200e27e2aeac345fa45225e6def140de1788d99a8fa69ed6edd509";

describe("oaSignature", () => {
  it("is the SHA-256 of app id + raw body + timestamp + OA secret key, in hex", () => {
    expect(oaSignature("1234567890", BODY, "1700000000000", "oa-secret-key")).toBe(MAC);
  });
});

describe("verifyOaSignature", () => {
  it("accepts Zalo's header for the exact body, in either case", () => {
    expect(verifyOaSignature(`mac=${MAC}`, "1234567890", BODY, "1700000000000", "oa-secret-key")).toBe(true);
    expect(verifyOaSignature(`mac=${MAC.toUpperCase()}`, "1234567890", BODY, "1700000000000", "oa-secret-key")).toBe(true);
  });

  it("refuses another body, timestamp, key or app, and headers not of the form mac=<64 hex>", () => {
    expect(verifyOaSignature(`mac=${MAC}`, "1234567890", BODY.replace("chào", "chao"), "1700000000000", "oa-secret-key")).toBe(false);
    expect(verifyOaSignature(`mac=${MAC}`, "1234567890", BODY, "1700000000001", "oa-secret-key")).toBe(false);
    expect(verifyOaSignature(`mac=${MAC}`, "1234567890", BODY, "1700000000000", "app-secret")).toBe(false);
    expect(verifyOaSignature(`mac=${MAC}`, "1234567891", BODY, "1700000000000", "oa-secret-key")).toBe(false);
    for (const header of [MAC, `sha256=${MAC}`, `mac=${MAC.slice(1)}`, "", "mac="]) expect(verifyOaSignature(header, "1234567890", BODY, "1700000000000", "oa-secret-key")).toBe(false);
  });
});
