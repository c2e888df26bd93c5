import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    environment: "node",
    // Unit tests sit next to the code they cover; Playwright owns tests/e2e.
    include: ["src/**/*.test.ts"],
    restoreMocks: true,
  },
});
