import { describe, expect, it } from "vitest";
import { comparisonQuestion } from "../../../adapters/telegram/commands.js";

describe("comparisonQuestion", () => {
  it("asks /sosanh A | B [topic] as the core's own comparison", () => {
    expect(comparisonQuestion("An Giang | Long An tỷ lệ dùng smartphone")).toBe("So sánh An Giang và Long An tỷ lệ dùng smartphone");
    expect(comparisonQuestion(" An Giang|Long An ")).toBe("So sánh An Giang và Long An");
  });

  it("asks arguments without '|' as they are, and none as nothing", () => {
    expect(comparisonQuestion("An Giang và Long An")).toBe("So sánh An Giang và Long An");
    expect(comparisonQuestion("   ")).toBeNull();
    expect(comparisonQuestion("| Long An")).toBeNull();
  });
});
