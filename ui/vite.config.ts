import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The UI is served from the app bundle only: relative asset paths, no dev server in builds.
export default defineConfig({
  plugins: [svelte()],
  base: "./",
  clearScreen: false,
  // The messages live beside the core that reads them too (`../locales`).
  server: { fs: { allow: [".", "../locales"] } },
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
