// Starts the API (with its embedded PostgreSQL unless DATABASE_URL is set) and the web app, waits
// until both answer, prints where to go, and stops both (and PostgreSQL) on Ctrl-C.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root } from "./pnpm.mjs";

const API_PORT = Number(process.env.API_PORT ?? 4000);
const WEB_PORT = Number(process.env.WEB_PORT ?? 3000);
const api = path.join(root, "apps/api");
const web = path.join(root, "apps/web");
const nextBin = path.join(web, "node_modules/next/dist/bin/next");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (["node_modules", ".next", "dist", "test-results"].includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function build(label, command, args, cwd) {
  console.log(`Building ${label}…`);
  const result = spawnSync(command, args, { cwd, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function waitFor(url, label, child, timeoutMs = 180_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${label} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${label} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

export async function run({ dev }) {
  if (!dev) {
    build(
      "the API",
      process.execPath,
      [path.join(api, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
      api,
    );
    const buildId = path.join(web, ".next/BUILD_ID");
    if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestMtime(web)) {
      build("the web app", process.execPath, [nextBin, "build"], web);
    }
  }

  // Each server runs in its own process group so a signal reaches it (and PostgreSQL) directly.
  const children = [];
  const launch = (args, cwd, env) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: "inherit",
      detached: true,
    });
    children.push(child);
    return child;
  };
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGTERM");
        } catch {}
      }
    }
    Promise.all(
      children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)),
    ).then(() => process.exit(code));
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));

  const apiArgs = dev ? ["--watch", "-r", "@swc-node/register", "src/server.ts"] : ["dist/server.js"];
  const apiChild = launch(apiArgs, api, {
    API_PORT: String(API_PORT),
    NODE_ENV: dev ? "development" : "production",
  });
  apiChild.on("exit", (code) => stop(code ?? 1));
  try {
    await waitFor(`http://127.0.0.1:${API_PORT}/readyz`, "The API", apiChild);
    const webChild = launch([nextBin, dev ? "dev" : "start", "-p", String(WEB_PORT)], web, {
      API_URL: `http://127.0.0.1:${API_PORT}/graphql`,
      // The quick start serves plain http (also to other machines on the LAN): a Secure cookie would
      // not be stored there. Deployments behind TLS leave COOKIE_SECURE unset (on in production).
      COOKIE_SECURE: process.env.COOKIE_SECURE ?? "false",
      NODE_ENV: dev ? "development" : "production",
    });
    webChild.on("exit", (code) => stop(code ?? 1));
    await waitFor(`http://127.0.0.1:${WEB_PORT}/login`, "The web app", webChild);
  } catch (error) {
    console.error(error.message);
    stop(1);
    return;
  }
  console.log(`
  ┌──────────────────────────────────────────────────────────────┐
    Upward is running:  http://localhost:${WEB_PORT}
    GraphQL API:        http://localhost:${API_PORT}/graphql
    Sign in with a demo account above (password: upward-demo).
    Press Ctrl-C to stop.
  └──────────────────────────────────────────────────────────────┘
`);
}
