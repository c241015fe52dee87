const fs = require("node:fs");
const path = require("node:path");

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, ".swcrc"), "utf8"));

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { ...swcrc, swcrc: false }] },
  setupFiles: ["reflect-metadata"],
  // One PostgreSQL for the run; each test file copies a migrated template into its own database.
  globalSetup: "<rootDir>/src/test/global-setup.ts",
  globalTeardown: "<rootDir>/src/test/global-teardown.ts",
  testTimeout: 30_000,
  maxWorkers: process.env.CI ? 2 : "50%",
};
