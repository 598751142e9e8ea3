import { describe, expect, it } from "vitest";
import { sameSecret } from "../../../adapters/runtime/same-secret.js";

describe("sameSecret", () => {
  it("is true only for the same string", () => {
    expect(sameSecret("webhook-secret-0123", "webhook-secret-0123")).toBe(true);
    expect(sameSecret("webhook-secret-012", "webhook-secret-0123")).toBe(false);
    expect(sameSecret("", "webhook-secret-0123")).toBe(false);
    expect(sameSecret("Webhook-secret-0123", "webhook-secret-0123")).toBe(false);
  });
});
