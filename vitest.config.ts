import { defineConfig } from "vitest/config";

/**
 * The first tier, `npm test`: unit and contract tests, each file in its own process against
 * in-memory or loopback fakes, with every timeout shortened (test/support/timeouts.ts). What
 * starts servers of its own (the service as a process, redis-server, Chromium), the fault runs and
 * the soak are the second tier, test/e2e/ (vitest.e2e.config.ts).
 */
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "**/node_modules/**"],
    testTimeout: 20_000,
    // Test files share their workers' module cache rather than each importing the knowledge base,
    // the bot and the adapters afresh: 31 s of CPU for the tier instead of 100 s (measured under
    // load, same tests). They keep no state in modules that another file would see.
    isolate: false,
    // The JSON report lets .ci/run print the plain "N passed, N failed" closing line.
    reporters: ["default", "json"],
    outputFile: { json: ".cache/vitest-report.json" },
  },
});
