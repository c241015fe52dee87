import { GraphQLError } from "graphql";
import { formatError } from "./errors";
import { startTestApi, type TestApi } from "./test/test-api";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("HTTP endpoints", () => {
  it("GET /healthz says the process is up and /readyz that the database answers", async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(await ready.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("gives every response a request id, keeping a well-formed one the client sent", async () => {
    const given = await fetch(`${api.url}/healthz`, { headers: { "x-request-id": "trace-123" } });
    expect(given.headers.get("x-request-id")).toBe("trace-123");
    const made = await fetch(`${api.url}/healthz`, { headers: { "x-request-id": "bad id with spaces" } });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers malformed JSON with a 400 in GraphQL's error shape, no stack trace", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
    });
    expect(body).not.toMatch(/at .*\.js/);
  });

  it("refuses bodies over the limit", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { pad: "x".repeat(2 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
  });

  it("blocks cross-site simple requests (CSRF prevention)", async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ me { id } }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it("answers variables that don't fit their types with BAD_USER_INPUT, not a masked error", async () => {
    const result = await api.gql(`mutation($input: LoginInput!) { login(input: $input) { token } }`, {
      input: { email: "a@b.example", password: "x", extra: true },
    });
    expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0].message).toMatch(/extra/);
  });

  it("reports query mistakes with GraphQL's own codes", async () => {
    const result = await api.gql(`{ nope }`);
    expect(result.errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("the error translation point", () => {
  it("masks unexpected errors: no message, stack or SQL reaches the client", () => {
    const error = new GraphQLError("boom", {
      originalError: new Error('relation "secret_table" does not exist'),
    });
    const formatted = formatError({ message: "boom", path: ["me"] }, error);
    expect(formatted).toEqual({
      message: "Something went wrong on our side. It has been logged.",
      path: ["me"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("turns a unique violation from PostgreSQL into CONFLICT", () => {
    const pgError = Object.assign(new Error("duplicate key value violates unique constraint"), {
      code: "23505",
    });
    const formatted = formatError({ message: "x" }, new GraphQLError("x", { originalError: pgError }));
    expect(formatted.extensions).toEqual({ code: "CONFLICT" });
    expect(formatted.message).not.toMatch(/duplicate key/);
  });
});
