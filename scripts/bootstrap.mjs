#!/usr/bin/env node
// The README's two commands land here: `npm start` and `npm test` (pnpm start / pnpm test work too).
// It installs the dependencies with the pinned pnpm when needed, then starts or tests everything.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathWithPnpm, pnpmEnv, resolvePnpm, root } from "./pnpm.mjs";

const task = process.argv[2];
const tasks = { start: "./start.mjs", dev: "./start.mjs", test: "./run-tests.mjs" };
if (!tasks[task]) {
  console.error(`usage: node scripts/bootstrap.mjs ${Object.keys(tasks).join("|")}`);
  process.exit(2);
}

function installIsCurrent() {
  const marker = path.join(root, "node_modules", ".modules.yaml");
  if (!fs.existsSync(marker)) return false;
  const installed = fs.statSync(marker).mtimeMs;
  const manifests = [
    "pnpm-lock.yaml",
    "package.json",
    "apps/api/package.json",
    "apps/web/package.json",
    "packages/schema/package.json",
  ];
  return manifests.every((file) => fs.statSync(path.join(root, file)).mtimeMs <= installed);
}

const pnpm = resolvePnpm();
process.env.PATH = pathWithPnpm(pnpm);
Object.assign(process.env, pnpmEnv());

if (!installIsCurrent()) {
  console.log("Installing dependencies (pnpm install --frozen-lockfile)…");
  const install = spawnSync(pnpm[0], [...pnpm.slice(1), "install", "--frozen-lockfile"], {
    cwd: root,
    stdio: "inherit",
  });
  if (install.status !== 0) process.exit(install.status ?? 1);
}

const { run } = await import(tasks[task]);
await run({ pnpm, dev: task === "dev" });
