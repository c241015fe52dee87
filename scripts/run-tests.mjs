// The whole test suite: API integration tests (real PostgreSQL), the schema-package check, and the
// browser tests (real chromium). Ends with one plain line `N passed, N failed` that CI reads.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "./pnpm.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const tally = { passed: 0, failed: 0 };
const lines = [];

function record(label, passed, failed, note = "") {
  tally.passed += passed;
  tally.failed += failed;
  lines.push(`${failed ? "✗" : "✓"} ${label}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ""}`);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function jest(label, env = {}) {
  const report = path.join(os.tmpdir(), `upward-jest-${process.pid}-${lines.length}.json`);
  const result = spawnSync(
    "pnpm",
    ["--filter", "@upward/api", "exec", "jest", "--json", `--outputFile=${report}`],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, ...env },
    },
  );
  const json = readJson(report);
  if (!json) return record(label, 0, 1, `jest exited with ${result.status} before reporting`);
  const crashed = json.numRuntimeErrorTestSuites ?? 0;
  record(
    label,
    json.numPassedTests,
    json.numFailedTests + crashed,
    crashed ? `${crashed} suites failed to run` : "",
  );
}

function schemaCheck() {
  const result = spawnSync("pnpm", ["--filter", "@upward/schema", "check"], { cwd: root, stdio: "inherit" });
  record("generated types are current", result.status === 0 ? 1 : 0, result.status === 0 ? 0 : 1);
}

/** Debian's chromium: installed with apt when missing and we may (root on Debian/Ubuntu). */
function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return true;
  const canApt = process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (!canApt) return false;
  console.log("Installing chromium from the Debian packages for the browser tests…");
  const install = spawnSync(
    "sh",
    ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"],
    {
      stdio: "inherit",
    },
  );
  return install.status === 0 && fs.existsSync(CHROMIUM);
}

function browserTests() {
  if (!ensureChromium())
    return record("browser tests", 0, 1, `no chromium at ${CHROMIUM}: install it (apt-get install chromium)`);
  const report = path.join(root, "apps/web/test-results/e2e-report.json");
  fs.rmSync(report, { force: true });
  const result = spawnSync("pnpm", ["--filter", "@upward/web", "test:e2e"], { cwd: root, stdio: "inherit" });
  const json = readJson(report);
  if (!json?.stats)
    return record("browser tests", 0, 1, `playwright exited with ${result.status} before reporting`);
  const { expected = 0, unexpected = 0, flaky = 0 } = json.stats;
  record("browser tests", expected + flaky, unexpected + (result.status !== 0 && unexpected === 0 ? 1 : 0));
}

export async function run() {
  jest("API tests");
  // CI also runs the API tests against the PostgreSQL server it provides (see .ci/run).
  if (process.env.TEST_DATABASE_URL_EXTRA) {
    jest("API tests on the PostgreSQL service", { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL_EXTRA });
  }
  schemaCheck();
  if (!process.argv.includes("--no-e2e")) browserTests();

  console.log(`\n${lines.join("\n")}\n`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  process.exit(tally.failed ? 1 : 0);
}
