// Builds the portal into the API's web root (src/Api/wwwroot/portal, not committed): the API serves index.html at /
// and the fingerprinted files under /portal/assets/ with immutable caching (src/Api/Features/Portal).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema } from "graphql";
import { defineConfig } from "vite";

const schemaPath = fileURLToPath(new URL("../../schema.graphql", import.meta.url));
const community = buildSchema(readFileSync(schemaPath, "utf8")).getType("Community");
const communityFields = Object.keys(community.getFields());

export default defineConfig({
  base: "/portal/",
  define: {
    // Which of the fields being added to the API (practices, funding) the contract already has: the community page
    // shows their place only then (src/pages/communityExtras.ts).
    __COMMUNITY_FIELDS__: JSON.stringify(communityFields.filter((f) => f === "practices" || f === "funding")),
  },
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
