import { env } from "../env";
import { startEmbeddedPostgres } from "./embedded-postgres";

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** DATABASE_URL set → that server. Unset → the embedded PostgreSQL in `.data/pg` (DESIGN.md §5). */
export async function resolveDatabaseUrl(): Promise<ResolvedDatabase> {
  const { databaseUrl, dataDir, embeddedPgPort } = env();
  if (databaseUrl) return { url: databaseUrl, embedded: false, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir, port: embeddedPgPort, database: "upward" });
  return { url: server.url, embedded: true, stop: server.stop };
}
