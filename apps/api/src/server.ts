import "reflect-metadata";
import type { Server } from "node:http";
import { createApp } from "./app";
import { createDataSource } from "./db/data-source";
import { resolveDatabaseUrl } from "./db/database";
import { migrate } from "./db/migrate";
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SIGN_INS, demoEmail } from "./db/seed/demo-organization";
import { seedDemo } from "./db/seed/seed-demo";
import { env } from "./env";
import { logger } from "./logger";
import { startFeedbackSchedule } from "./modules/feedback/schedule";

function printDemoSignIns(): void {
  const lines = DEMO_SIGN_INS.map(({ who, key }) => {
    const person = DEMO_PEOPLE.find((p) => p.key === key)!;
    return `    ${who.padEnd(9)} ${demoEmail(person.name).padEnd(30)} (${person.name}, ${person.title})`;
  });
  console.log(`\n  Demo sign-ins (password: ${DEMO_PASSWORD}):\n${lines.join("\n")}\n`);
}

/** Boot: env → database (embedded or DATABASE_URL) → migrations → demo seed → Apollo → listen. */
async function main(): Promise<void> {
  const config = env();
  const database = await resolveDatabaseUrl();
  const dataSource = createDataSource({ url: database.url });
  await dataSource.initialize();
  await migrate(dataSource);
  if (config.seedDemo && (await seedDemo(dataSource))) logger.info("seeded the demo organization");

  const { app, apollo } = await createApp(dataSource);
  // Closes rounds at their closing date and sends reminders: at start, then every minute.
  const stopFeedbackSchedule = startFeedbackSchedule(dataSource, logger);
  const server: Server = app.listen(config.port, config.host, () => {
    logger.info({ port: config.port, embeddedDatabase: database.embedded }, "API ready");
    console.log(`\n  Upward API: http://localhost:${config.port}/graphql`);
    if (config.seedDemo) printDemoSignIns();
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    stopFeedbackSchedule();
    server.close();
    server.closeAllConnections();
    await apollo.stop();
    await dataSource.destroy();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  logger.fatal({ err: error }, "the API failed to start");
  console.error(error);
  process.exit(1);
});
