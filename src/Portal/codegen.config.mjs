// GraphQL Code Generator: typed operations from the API's contract (../../schema.graphql), and the persisted-operations
// manifest src/gql/persisted-documents.json in the API's format ("sha256:<hex of the document>" -> document), which the
// API builds in (src/Api/Api.csproj) and `persisted-operations push` accepts as it is. Each generated document carries
// the same ID in __meta__.hash; the portal sends it as `documentId`.
import { createHash } from "node:crypto";

/** @type {import("@graphql-codegen/cli").CodegenConfig} */
export default {
  schema: "../../schema.graphql",
  documents: ["src/**/*.ts", "!src/gql/**/*"],
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: {
          hashAlgorithm: (document) => "sha256:" + createHash("sha256").update(document, "utf8").digest("hex"),
        },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: "string", DateTime: "string" },
      },
    },
  },
};
