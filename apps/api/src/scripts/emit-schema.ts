/** Writes packages/schema/schema.graphql from the resolvers (sorted). `pnpm codegen` runs it. */
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "../env";
import { printSortedSchema } from "../schema";

export const SCHEMA_FILE = path.join(repoRoot, "packages/schema/schema.graphql");

printSortedSchema().then((sdl) => {
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
});
