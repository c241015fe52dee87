import { defineConfig, devices } from "@playwright/test";

// Ports of their own, so a developer's `pnpm dev` (3000/4000) can keep running during the tests.
// E2E_WEB_PORT / E2E_API_PORT / E2E_PG_PORT move a run aside so two checkouts can test at once.
const WEB_PORT = process.env.E2E_WEB_PORT ?? "3100";
const API_PORT = process.env.E2E_API_PORT ?? "4100";
const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;
const API_URL = `http://127.0.0.1:${API_PORT}`;

// Stop servers by signalling their process group and waiting, never by a hard kill: a killed
// API would leave its embedded PostgreSQL running.
const gracefulShutdown = { signal: "SIGTERM", timeout: 20_000 } as const;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "test-results/artifacts",
  // Two cores: one browser at a time next to the API, PostgreSQL and Next.js.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL: WEB_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's chromium (apt-get install chromium); `playwright install` is not used here.
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        // Without these chromium floods the closed network with background requests.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 } } },
  ],
  webServer: [
    {
      name: "api",
      command: "node e2e/servers/start-api.mjs",
      url: `${API_URL}/readyz`,
      timeout: 120_000,
      reuseExistingServer: false,
      gracefulShutdown,
    },
    {
      name: "web",
      // Build, then run node itself (`exec`) so the stop signal reaches the server.
      command: `node node_modules/next/dist/bin/next build && exec node node_modules/next/dist/bin/next start -p ${WEB_PORT} -H 127.0.0.1`,
      url: `${WEB_URL}/login`,
      timeout: 240_000,
      reuseExistingServer: false,
      env: { API_URL: `${API_URL}/graphql`, NEXT_TELEMETRY_DISABLED: "1" },
      gracefulShutdown,
    },
  ],
});
