import { migrate } from "../db/migrate";
import { runScript, withDatabase } from "./with-database";

runScript(() =>
  withDatabase(async (dataSource) => {
    const applied = await migrate(dataSource);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  }),
);
