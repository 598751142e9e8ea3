import { defineConfig } from "vitest/config";

/**
 * The second tier, `npm run test:e2e`: real processes (the service started as `npm start` would,
 * the CLIs), redis-server, Chromium, faults of the platforms' APIs and the soak (its size:
 * SOAK_DELIVERIES, a few thousand unless set; `npm run soak` sets 20 000).
 */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One file at a time: each starts servers, browsers and load of its own, and timing-sensitive
    // runs (the soak, the faults) sharing two cores with another file's were the flaky ones.
    fileParallelism: false,
    reporters: ["default", "json"],
    outputFile: { json: ".cache/vitest-e2e-report.json" },
  },
});
