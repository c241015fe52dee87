import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * One codegen config for the whole repo, reading the committed schema file (never a running
 * server): the plain types for HR integrations here, and the web app's typed documents (client
 * preset) next to its components. `pnpm codegen` at the root emits the schema, then runs this.
 */
const scalars = { DateTimeISO: { input: "string", output: "string" } };

const config: CodegenConfig = {
  schema: "./schema.graphql",
  emitLegacyCommonJSImports: false,
  generates: {
    "./src/generated/types.ts": {
      plugins: ["typescript"],
      config: { scalars, enumsAsTypes: true, avoidOptionals: { field: true }, skipTypename: true },
    },
    "../../apps/web/src/gql/": {
      preset: "client",
      documents: ["../../apps/web/src/**/*.{ts,tsx}", "!../../apps/web/src/gql/**"],
      // Extensionless imports: Next's bundler does not map `.js` back to the generated `.ts` files.
      config: { scalars, enumsAsTypes: true, useTypeImports: true, importExtension: "" },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
