import fs from "node:fs";
import path from "node:path";
import { getMetadataStorage } from "type-graphql";
import { PUBLIC } from "./auth/rules";
import { repoRoot } from "./env";
import { printSortedSchema, resolvers } from "./schema";
import { startTestApi, type TestApi } from "./test/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("the committed schema", () => {
  it("matches what the resolvers emit (run `pnpm codegen` when this fails)", async () => {
    const committed = fs.readFileSync(path.join(repoRoot, "packages/schema/schema.graphql"), "utf8");
    expect(committed).toBe(await printSortedSchema());
  });
});

describe("the database schema", () => {
  it("has no drift between entities and migrations (run `pnpm --filter @upward/api migration:generate Name`)", async () => {
    const pending = await api.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("indexes every foreign key", async () => {
    const unindexed = await api.dataSource.query(`
      SELECT c.conrelid::regclass::text AS "table", c.conname AS "constraint"
      FROM pg_constraint c
      WHERE c.contype = 'f' AND NOT EXISTS (
        SELECT 1 FROM pg_index i
        WHERE i.indrelid = c.conrelid AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] @> c.conkey
      )`);
    expect(unindexed).toEqual([]);
  });
});

describe("authorization", () => {
  it("is declared on every query and mutation (default deny; public ones say so)", () => {
    const storage = getMetadataStorage();
    const ours = new Set<unknown>(resolvers);
    const operations = [...storage.queries, ...storage.mutations].filter((op) => ours.has(op.target));
    expect(operations.length).toBeGreaterThan(5);
    const undeclared = operations.filter(
      (op) =>
        !storage.authorizedFields.some((a) => a.target === op.target && a.fieldName === op.methodName) &&
        !storage.authorizedResolver.some((a) => a.target === op.target),
    );
    expect(undeclared.map((op) => op.methodName)).toEqual([]);
    const publicOperations = storage.authorizedFields
      .filter((a) => ours.has(a.target) && a.roles.includes(PUBLIC))
      .map((a) => a.fieldName);
    expect([...new Set(publicOperations)]).toEqual(["login"]);
  });
});
