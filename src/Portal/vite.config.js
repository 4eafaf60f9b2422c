// Builds the portal into the API's web root (src/Api/wwwroot/portal, not committed): the API serves index.html at /
// and the fingerprinted files under /portal/assets/ with immutable caching (src/Api/Features/Portal).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  base: "/portal/",
  build: {
    outDir: fileURLToPath(new URL("../Api/wwwroot/portal", import.meta.url)),
    emptyOutDir: true,
    assetsDir: "assets",
    target: "es2022",
    sourcemap: false,
    manifest: false,
    reportCompressedSize: true,
  },
  server: { proxy: { "/graphql": "http://localhost:5080", "/downloads": "http://localhost:5080", "/feeds": "http://localhost:5080" } },
});
