// Finds the pinned pnpm on a machine that may have only Node.js: corepack (bundled with Node 20–24)
// reads the `packageManager` pin from package.json; without corepack, npx fetches the same version.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");
const pinned = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).packageManager.split(
  "+",
)[0];

function works(command, args) {
  try {
    execFileSync(command, [...args, "--version"], { stdio: "ignore", env: pnpmEnv() });
    return true;
  } catch {
    return false;
  }
}

export function pnpmEnv(extra = {}) {
  return { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: "0", NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

/** The command (and leading arguments) that runs the pinned pnpm. */
export function resolvePnpm() {
  if (works("corepack", ["pnpm"])) return ["corepack", "pnpm"];
  return ["npx", "--yes", pinned];
}

/**
 * A `pnpm` on PATH for child processes (root scripts call `pnpm --filter …`), pointing at the
 * pinned one even where nobody ran `corepack enable`.
 */
export function pathWithPnpm(pnpm) {
  const dir = path.join(root, "node_modules", ".upward-bin");
  fs.mkdirSync(dir, { recursive: true });
  const shim = path.join(dir, "pnpm");
  fs.writeFileSync(shim, `#!/bin/sh\nexec ${pnpm.map((a) => `'${a}'`).join(" ")} "$@"\n`, { mode: 0o755 });
  return `${dir}${path.delimiter}${process.env.PATH}`;
}
