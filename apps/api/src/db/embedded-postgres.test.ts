import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// Runs the embedded server in a child process (the library is ESM-only and can't load inside jest's
// module sandbox), the way `npm start` does, so a SIGKILL can leave a real orphaned PostgreSQL.
const script = `
  const { startEmbeddedPostgres } = require("./src/db/embedded-postgres");
  startEmbeddedPostgres({ dataDir: process.argv[1], port: Number(process.argv[2]), database: "upward" })
    .then((server) => { console.log("READY " + server.url); process.on("SIGTERM", () => server.stop().then(() => process.exit(0))); })
    .catch((error) => { console.error("FAILED", error); process.exit(1); });`;

function start(dataDir: string, port: number): Promise<{ child: ChildProcess; output: string }> {
  const child = spawn(process.execPath, ["-r", "@swc-node/register", "-e", script, dataDir, String(port)], {
    cwd: path.resolve(__dirname, "../.."),
    env: { ...process.env, LOG_LEVEL: "silent" },
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("READY")) resolve({ child, output });
      if (output.includes("FAILED")) reject(new Error(output));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

const postmasterPid = (dataDir: string) =>
  Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("the embedded PostgreSQL", () => {
  it("starts again after the previous run was SIGKILLed, stopping the orphaned server first", async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "upward-pg-"));
    fs.chmodSync(base, 0o755); // as root, the server runs as `postgres`, which must reach the directory
    const dataDir = path.join(base, "pg");
    const port = 54000 + (process.pid % 900);

    const first = await start(dataDir, port);
    const orphan = postmasterPid(dataDir);
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));
    expect(alive(orphan)).toBe(true); // the library's exit hook never ran

    const second = await start(dataDir, port);
    expect(second.output).toContain(`127.0.0.1:${port}/upward`);
    expect(alive(orphan)).toBe(false);
    const replacement = postmasterPid(dataDir);
    second.child.kill("SIGTERM");
    await new Promise((resolve) => second.child.once("exit", resolve));
    expect(alive(replacement)).toBe(false);
    fs.rmSync(base, { recursive: true, force: true });
  }, 60_000);
});
