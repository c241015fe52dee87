import { Client } from "pg";
import { adminUrl } from "../db/urls";
import { SERVER_URL_VAR, TEMPLATE_VAR } from "./test-server";

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[SERVER_URL_VAR];
  if (serverUrl) {
    const admin = new Client({ connectionString: adminUrl(serverUrl) });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${process.env[TEMPLATE_VAR]}`);
    await admin.end();
  }
  await globalThis.__UPWARD_STOP_PG__?.();
}
