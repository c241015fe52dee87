/** Drops everything in the configured database, migrates it again and seeds the demo organization. */
import { migrate } from "../db/migrate";
import { seedDemo } from "../db/seed/seed-demo";
import { runScript, withDatabase } from "./with-database";

runScript(() =>
  withDatabase(async (dataSource) => {
    await dataSource.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await migrate(dataSource);
    await seedDemo(dataSource);
    console.log("The database was reset and the demo organization seeded.");
  }),
);
