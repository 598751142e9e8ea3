import { describe, expect, it } from "vitest";
import { replaceMarked } from "../../bench/results-file.js";

describe("replaceMarked", () => {
  it("appends the section with its markers to a file without them", () => {
    expect(replaceMarked("# Benchmark results\n", "scale", "## Scale\nfigures")).toBe(
      "# Benchmark results\n\n<!-- scale:begin -->\n## Scale\nfigures\n<!-- scale:end -->\n",
    );
    expect(replaceMarked("", "http", "x")).toBe("<!-- http:begin -->\nx\n<!-- http:end -->\n");
  });

  it("replaces only what stands between its own markers", () => {
    const before = "# Results\n\n<!-- http:begin -->\nrps\n<!-- http:end -->\n\n<!-- scale:begin -->\nold\n<!-- scale:end -->\n\n## Notes\nkept\n";
    expect(replaceMarked(before, "scale", "new")).toBe(
      "# Results\n\n<!-- http:begin -->\nrps\n<!-- http:end -->\n\n<!-- scale:begin -->\nnew\n<!-- scale:end -->\n\n## Notes\nkept\n",
    );
  });
});
