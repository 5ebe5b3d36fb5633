import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    setupFiles: ["test/support/pane-setup.ts"],
    // The tests never read the calendar years a developer added to their own data (ccr calendar add).
    env: { CCR_DATA_DIR: join(tmpdir(), "ccr-tests-no-user-data") },
  },
});
