import path from "node:path";

/**
 * The only reader of process.env in the API. Parsed once, typed, and failing fast with a message
 * that names the variable, so a misconfigured deployment stops at boot rather than at first use.
 */
export interface Env {
  nodeEnv: "development" | "production" | "test";
  host: string;
  port: number;
  /** Unset means: run an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  logLevel: string;
  sessionTtlHours: number;
  bodyLimit: string;
  /** Seed the demo organization when the database is empty (default on for the embedded database). */
  seedDemo: boolean;
}

const repoRoot = path.resolve(__dirname, "../../..");

function int(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function bool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes"].includes(raw.toLowerCase())) return true;
  if (["0", "false", "no"].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const nodeEnv = (source.NODE_ENV ?? "development") as Env["nodeEnv"];
  if (!["development", "production", "test"].includes(nodeEnv)) {
    throw new Error(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  const databaseUrl = source.DATABASE_URL || undefined;
  return {
    nodeEnv,
    host: source.HOST ?? "0.0.0.0",
    port: int("PORT", source.API_PORT ?? source.PORT, 4000),
    databaseUrl,
    dataDir: path.resolve(repoRoot, source.UPWARD_DATA_DIR ?? ".data/pg"),
    embeddedPgPort: int("EMBEDDED_PG_PORT", source.EMBEDDED_PG_PORT, 54320),
    logLevel: source.LOG_LEVEL ?? (nodeEnv === "test" ? "silent" : "info"),
    sessionTtlHours: int("SESSION_TTL_HOURS", source.SESSION_TTL_HOURS, 24 * 14),
    bodyLimit: source.BODY_LIMIT ?? "1mb",
    seedDemo: bool("SEED_DEMO", source.SEED_DEMO, databaseUrl === undefined),
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

export { repoRoot };
