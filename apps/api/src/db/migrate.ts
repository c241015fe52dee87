import type { DataSource } from "typeorm";
import { logger } from "../logger";

/** Runs pending migrations, each in its own transaction. Safe to call on every start. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: "each" });
  for (const migration of applied) logger.info({ migration: migration.name }, "migration applied");
  return applied.map((m) => m.name);
}
