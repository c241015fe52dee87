import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { createApp } from "../app";
import { createDataSource, QueryCounter } from "../db/data-source";
import { adminUrl, withDatabase } from "../db/urls";
import { SERVER_URL_VAR, TEMPLATE_VAR } from "./test-server";

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; fields?: { field: string; message: string }[] };
  }[];
}

export interface TestApi {
  url: string;
  dataSource: DataSource;
  /** Counts the SQL statements the API sends; reset it before the request you measure. */
  queries: QueryCounter;
  /** POSTs an operation over HTTP, as a client would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/**
 * A real API over HTTP on its own fresh database (a copy of the migrated template), so test files
 * run in parallel and in any order without seeing each other's rows.
 */
export async function startTestApi(): Promise<TestApi> {
  const serverUrl = process.env[SERVER_URL_VAR];
  const template = process.env[TEMPLATE_VAR];
  if (!serverUrl || !template)
    throw new Error("run the API tests with jest (global setup prepares the database)");
  const database = `upward_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: adminUrl(serverUrl) });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database} TEMPLATE ${template}`);

  const queries = new QueryCounter();
  const dataSource = createDataSource({
    url: withDatabase(serverUrl, database),
    counter: queries,
    poolSize: 5,
  });
  await dataSource.initialize();
  const { app, apollo } = await createApp(dataSource);
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    dataSource,
    queries,
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        ...((await response.json()) as Omit<GraphQLResult, "status">),
      } as never;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${database}`);
      await admin.end();
    },
  };
}
