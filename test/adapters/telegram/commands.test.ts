import { describe, expect, it } from "vitest";
import { comparisonText } from "../../../adapters/telegram/commands.js";

describe("comparisonText", () => {
  it("sends /sosanh A | B [topic] as the provinces and the topic, no UI words", () => {
    expect(comparisonText("An Giang | Long An tỷ lệ dùng smartphone")).toBe("An Giang, Long An tỷ lệ dùng smartphone");
    expect(comparisonText(" An Giang|Long An ")).toBe("An Giang, Long An");
  });

  it("sends arguments without '|' as they are, and none as nothing", () => {
    expect(comparisonText("An Giang và Long An")).toBe("An Giang và Long An");
    expect(comparisonText("   ")).toBeNull();
    expect(comparisonText("| Long An")).toBeNull();
  });
});
