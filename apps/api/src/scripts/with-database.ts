import "reflect-metadata";
import type { DataSource } from "typeorm";
import { createDataSource } from "../db/data-source";
import { resolveDatabaseUrl } from "../db/database";

/** Runs `task` against the configured database (DATABASE_URL or the embedded one), then cleans up. */
export async function withDatabase(
  task: (dataSource: DataSource, url: string) => Promise<void>,
): Promise<void> {
  const database = await resolveDatabaseUrl();
  const dataSource = createDataSource({ url: database.url });
  try {
    await dataSource.initialize();
    await task(dataSource, database.url);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

export function runScript(task: () => Promise<void>): void {
  task().then(
    () => process.exit(0),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
