import { describe, expect, it } from "vitest";
import { pickedNumber } from "../../../adapters/zalo/conversation.js";

describe("pickedNumber", () => {
  it("reads the number a reply picks a follow-up question by", () => {
    expect(pickedNumber("3")).toBe(3);
    expect(pickedNumber(" 2. ")).toBe(2);
    expect(pickedNumber("2)")).toBe(2);
    expect(pickedNumber("số 1")).toBe(1);
    expect(pickedNumber("Số 12")).toBe(12);
  });

  it("is null for a figure or a question", () => {
    for (const reply of ["1.480", "123", "2 tỉnh", "còn Lào Cai?", ""]) expect(pickedNumber(reply), reply).toBeNull();
  });
});
