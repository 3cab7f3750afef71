import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations from the gateway's committed SDL. CODEGEN_OUT lets the staleness check
// generate into a scratch folder and compare with the committed src/generated/.
const out = process.env.CODEGEN_OUT ?? "src/generated/";

const config: CodegenConfig = {
  schema: "../gateway/schema.graphql",
  documents: ["src/operations/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: "string", DateTime: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
