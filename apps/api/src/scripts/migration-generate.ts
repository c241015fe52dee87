/**
 * Writes a migration with the SQL that brings the database in line with the entities:
 *   pnpm --filter @upward/api migration:generate AddGoals
 * It runs the existing migrations on a scratch database first, so the file holds only the change.
 * Read the file before committing it: generated SQL is a draft, not a decision.
 */
import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { createDataSource } from "../db/data-source";
import { resolveDatabaseUrl } from "../db/database";
import { adminUrl, withDatabase } from "../db/urls";

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error("usage: migration:generate PascalCaseName");
  const { url, stop } = await resolveDatabaseUrl();
  const scratch = `upward_migration_gen_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl(url) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    const ds = createDataSource({ url: withDatabase(url, scratch) });
    await ds.initialize();
    await ds.runMigrations();
    const log = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    if (log.upQueries.length === 0) {
      console.log("No changes: the migrations already match the entities.");
      return;
    }
    const stamp = Date.now();
    const className = `${name}${stamp}`;
    const sql = (queries: { query: string }[]) =>
      queries
        .map(
          (q) =>
            `    await q.query(\`${q.query.trim().replace(/[`\\]/g, "\\$&").replace(/\$\{/g, "\\${")}\`);`,
        )
        .join("\n");
    const file = path.join(__dirname, "../db/migrations", `${stamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  async up(q: QueryRunner): Promise<void> {
${sql(log.upQueries)}
  }

  async down(q: QueryRunner): Promise<void> {
${sql([...log.downQueries].reverse())}
  }
}
`,
    );
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add ${className} to db/migrations/index.ts.`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    await admin.end();
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
