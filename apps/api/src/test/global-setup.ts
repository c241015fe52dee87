import "reflect-metadata";
import path from "node:path";
import { Client } from "pg";
import { createDataSource } from "../db/data-source";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { adminUrl, withDatabase } from "../db/urls";
import { repoRoot } from "../env";
import { SERVER_URL_VAR, TEMPLATE_VAR } from "./test-server";

declare global {
  // eslint-disable-next-line no-var
  var __UPWARD_STOP_PG__: (() => Promise<void>) | undefined;
}

/** Starts (or finds) PostgreSQL and builds a migrated template database once for the whole run. */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(repoRoot, ".data/pg-test"),
      port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54340),
      database: "postgres",
    });
    serverUrl = server.url;
    globalThis.__UPWARD_STOP_PG__ = server.stop;
  }
  const template = `upward_test_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl(serverUrl) });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const dataSource = createDataSource({ url: withDatabase(serverUrl, template) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  await dataSource.destroy();

  process.env[SERVER_URL_VAR] = serverUrl;
  process.env[TEMPLATE_VAR] = template;
}
