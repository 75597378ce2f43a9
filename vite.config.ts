// One config for the web view (vite) and the tests (vitest). Browser tests drive Debian's Chromium
// themselves through playwright-core, so vitest runs everything in node.
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: ".",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
