// Starts the real API for the browser tests: a fresh embedded PostgreSQL seeded with the demo
// organization, so every run starts from the same data and never touches the developer's database.
// Playwright stops it by sending SIGTERM to this process group; the API then stops PostgreSQL.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "../../../..");
const dataDirName = ".data/pg-e2e";
const dataDir = path.join(repoRoot, dataDirName);

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// A run that was killed hard can leave its PostgreSQL behind, holding the port: stop it before
// deleting its directory (SIGINT is PostgreSQL's fast shutdown).
async function stopLeftoverPostgres() {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  console.warn(`stopping PostgreSQL ${pid} left over from an earlier e2e run`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; isAlive(pid) && waited < 15_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

await stopLeftoverPostgres();
fs.rmSync(dataDir, { recursive: true, force: true });

const env = {
  ...process.env,
  UPWARD_DATA_DIR: dataDirName,
  EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54330",
  SEED_DEMO: "true",
  API_PORT: process.env.E2E_API_PORT ?? "4100",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
};
delete env.DATABASE_URL;

// node directly (not `pnpm start`): signals must reach the process that owns PostgreSQL.
const api = spawn(process.execPath, ["-r", "@swc-node/register", "src/server.ts"], {
  cwd: path.join(repoRoot, "apps/api"),
  env,
  stdio: "inherit",
});

// The API receives Playwright's signal itself (same process group); this wrapper only waits for
// it to finish shutting PostgreSQL down, so Playwright does not move on while it still runs.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {});
api.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
