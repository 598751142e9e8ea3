import { describe, expect, it } from "vitest";
import { provinceOfSlug, slugOf } from "../../../adapters/telegram/provinces.js";
import { callbackData, parseCallbackData } from "../../../adapters/telegram/suggestions.js";
import { CURRENT_PROVINCES, FORMER_PROVINCES } from "../../../knowledge/index.js";

describe("slugOf", () => {
  it("makes a short ASCII key of a province's name", () => {
    expect(slugOf("Lào Cai")).toBe("lao-cai");
    expect(slugOf("Bà Rịa - Vũng Tàu")).toBe("ba-ria-vung-tau");
    expect(slugOf("TP. Hồ Chí Minh")).toBe("tp-ho-chi-minh");
  });
});

describe("provinceOfSlug", () => {
  it("reads a key back through the gazetteer, aliases included", () => {
    expect(provinceOfSlug("long-an")).toBe("Long An");
    expect(provinceOfSlug("tp_hcm")).toBe("TP. Hồ Chí Minh");
    expect(provinceOfSlug("hue")).toBe("Thừa Thiên Huế");
    expect(provinceOfSlug("khong-co-tinh-nay")).toBeNull();
  });

  it("reads back the key of every former province", () => {
    for (const p of FORMER_PROVINCES) expect(provinceOfSlug(slugOf(p.name)), p.name).toBe(p.name);
  });
});

describe("callbackData", () => {
  it("stays within Telegram's 64 bytes for every province and a suggestion", () => {
    for (const p of [...FORMER_PROVINCES, ...CURRENT_PROVINCES]) expect(Buffer.byteLength(callbackData({ kind: "province", slug: slugOf(p.name) }))).toBeLessThanOrEqual(64);
    expect(callbackData({ kind: "suggestion", id: "AbCdEf12", index: 2 })).toBe("s:AbCdEf12:2");
  });
});

describe("parseCallbackData", () => {
  it("reads what callbackData writes and nothing else", () => {
    expect(parseCallbackData("s:AbCdEf12:2")).toEqual({ kind: "suggestion", id: "AbCdEf12", index: 2 });
    expect(parseCallbackData("p:lao-cai")).toEqual({ kind: "province", slug: "lao-cai" });
    for (const junk of ["", "s:", "s:id:x", "p:Lào Cai", "x:1", "s:AbCdEf12:2:extra"]) expect(parseCallbackData(junk), junk).toBeNull();
  });
});
