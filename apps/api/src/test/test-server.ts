/**
 * Where the test PostgreSQL lives: TEST_DATABASE_URL (any server, e.g. the service at
 * 127.0.0.1:5432 in CI) or else an embedded PostgreSQL in `.data/pg-test` started by global setup.
 * Global setup writes what it resolved into these variables for the test workers.
 */
export const SERVER_URL_VAR = "UPWARD_TEST_SERVER_URL";
export const TEMPLATE_VAR = "UPWARD_TEST_TEMPLATE";
