/// <reference types="vitest" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", sourcemap: false, chunkSizeWarningLimit: 400 },
  // `npm run dev` against a running `make up`: GraphQL and the runtime config from the gateway.
  server: { proxy: { "/graphql": "http://127.0.0.1:8000", "/config.json": "http://127.0.0.1:8000" } },
  test: { environment: "jsdom", include: ["src/**/*.test.ts", "src/**/*.test.tsx"] },
});
