/**
 * pnpm db:seed                    the demo organization (only into an empty database)
 * pnpm db:seed --employees 10000  a large generated organization for load and benchmark work
 */
import { migrate } from "../db/migrate";
import { seedDemo } from "../db/seed/seed-demo";
import { seedLargeOrganization } from "../db/seed/seed-large";
import { runScript, withDatabase } from "./with-database";

function employeesArgument(argv: string[]): number | undefined {
  const index = argv.findIndex((arg) => arg === "--employees" || arg.startsWith("--employees="));
  if (index === -1) return undefined;
  const raw = argv[index].includes("=") ? argv[index].split("=")[1] : argv[index + 1];
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
    throw new Error("--employees takes a whole number from 1 to 1,000,000");
  }
  return count;
}

runScript(() =>
  withDatabase(async (dataSource) => {
    await migrate(dataSource);
    const count = employeesArgument(process.argv.slice(2));
    if (count) {
      const started = Date.now();
      await seedLargeOrganization(dataSource, count);
      console.log(`Seeded ${count} employees in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    } else {
      const seeded = await seedDemo(dataSource);
      console.log(
        seeded ? "Seeded the demo organization." : "People already exist: the demo seed was skipped.",
      );
    }
  }),
);
