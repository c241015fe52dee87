/**
 * The Upward GraphQL schema as TypeScript types, generated from ./schema.graphql.
 * HR integrations: `import type { Employee, UpdateEmployeeInput } from "@upward/schema"`.
 */
export * from "./generated/types";
