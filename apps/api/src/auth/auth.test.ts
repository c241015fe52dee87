import { createEmployee, signIn, TEST_PASSWORD } from "../test/factories";
import { startTestApi, type TestApi } from "../test/test-api";

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token expiresAt employee { email manager { name } } } }`;
const ME = `{ me { id name } }`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("sign-in", () => {
  it("returns an opaque token that authenticates later requests, with the payload as the new viewer", async () => {
    const boss = await createEmployee(api.dataSource, { name: "Boss" });
    const person = await createEmployee(api.dataSource, { managerId: boss.id });
    const result = await api.gql(LOGIN, {
      input: { email: person.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    const login = result.data!.login as {
      token: string;
      employee: { email: string; manager: { name: string } };
    };
    expect(login.token).toMatch(/^upw_s_[A-Za-z0-9_-]{43}$/);
    expect(login.employee).toEqual({ email: person.email, manager: { name: "Boss" } });

    const me = await api.gql(ME, {}, login.token);
    expect(me.data).toEqual({ me: { id: person.id, name: person.name } });

    // Only the SHA-256 of the token is stored.
    const [row] = await api.dataSource.query(
      "SELECT encode(token_hash, 'hex') AS hash FROM sessions WHERE employee_id = $1",
      [person.id],
    );
    expect(row.hash).toHaveLength(64);
    expect(JSON.stringify(row)).not.toContain(login.token);
  });

  it("gives the same UNAUTHENTICATED answer for a wrong password and an unknown email", async () => {
    const person = await createEmployee(api.dataSource);
    const wrongPassword = await api.gql(LOGIN, { input: { email: person.email, password: "nope" } });
    const unknownEmail = await api.gql(LOGIN, { input: { email: "nobody@test.example", password: "nope" } });
    expect(wrongPassword.data).toBeNull();
    expect(wrongPassword.errors).toEqual(unknownEmail.errors);
    expect(wrongPassword.errors![0]).toMatchObject({
      message: "Email or password is incorrect.",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("refuses people who left", async () => {
    const person = await createEmployee(api.dataSource, { active: false });
    const result = await api.gql(LOGIN, { input: { email: person.email, password: TEST_PASSWORD } });
    expect(result.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  });

  it("writes an audit event for each sign-in", async () => {
    const person = await createEmployee(api.dataSource);
    await signIn(api, person.email);
    const events = await api.dataSource.query("SELECT action FROM audit_events WHERE actor_id = $1", [
      person.id,
    ]);
    expect(events).toEqual([{ action: "session.created" }]);
  });
});

describe("sessions", () => {
  it("stop working when they expire", async () => {
    const person = await createEmployee(api.dataSource);
    const token = await signIn(api, person.email);
    await api.dataSource.query(
      "UPDATE sessions SET expires_at = now() - interval '1 second' WHERE employee_id = $1",
      [person.id],
    );
    const result = await api.gql(ME, {}, token);
    expect(result.errors![0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    expect(result.errors![0].message).toMatch(/expired or was revoked/);
  });

  it("are revoked by logout, and only that session", async () => {
    const person = await createEmployee(api.dataSource);
    const first = await signIn(api, person.email);
    const second = await signIn(api, person.email);
    expect((await api.gql(`mutation { logout }`, {}, first)).data).toEqual({ logout: true });
    expect((await api.gql(ME, {}, first)).errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    expect((await api.gql(ME, {}, second)).data).toEqual({ me: { id: person.id, name: person.name } });
  });

  it("stop working when the person is deactivated", async () => {
    const person = await createEmployee(api.dataSource);
    const token = await signIn(api, person.email);
    await api.dataSource.query("UPDATE employees SET active = false WHERE id = $1", [person.id]);
    expect((await api.gql(ME, {}, token)).errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  });
});

describe("unauthenticated and forbidden access", () => {
  it.each([
    ["me", ME],
    ["employees", `{ employees { totalCount } }`],
    ["skills", `{ skills { id } }`],
    ["logout", `mutation { logout }`],
  ])("%s needs a sign-in", async (_name, query) => {
    const result = await api.gql(query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors![0]).toMatchObject({
      message: "Sign in to continue.",
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("rejects a malformed bearer token like a missing one", async () => {
    const result = await api.gql(ME, {}, "upw_s_not-a-real-token");
    expect(result.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  });

  it("keeps HR operations from employees", async () => {
    const person = await createEmployee(api.dataSource);
    const token = await signIn(api, person.email);
    const result = await api.gql(
      `mutation { createApiToken(input: { name: "x", scopes: [EMPLOYEES_READ] }) { token } }`,
      {},
      token,
    );
    expect(result.errors![0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    const tokens = await api.dataSource.query("SELECT count(*)::int AS n FROM api_tokens");
    expect(tokens[0].n).toBe(0);
  });
});

describe("API tokens for HR integrations", () => {
  const CREATE = `mutation($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { token apiToken { id name scopes revokedAt } } }`;

  async function hrToken(): Promise<{ hr: { id: string }; session: string }> {
    const hr = await createEmployee(api.dataSource, { role: "HR_ADMIN" });
    return { hr, session: await signIn(api, hr.email) };
  }

  it("are shown once, work with the same header, and are limited to their scopes", async () => {
    const { hr, session } = await hrToken();
    const created = await api.gql(
      CREATE,
      { input: { name: "HRIS sync", scopes: ["EMPLOYEES_READ"] } },
      session,
    );
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = created.data!.createApiToken as { token: string; apiToken: { id: string } };
    expect(token).toMatch(/^upw_t_/);

    // The token is nowhere to be read again.
    const listed = await api.gql(`{ apiTokens { id name scopes } }`, {}, session);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(listed.data!.apiTokens).toEqual([
      { id: apiToken.id, name: "HRIS sync", scopes: ["EMPLOYEES_READ"] },
    ]);

    const read = await api.gql(
      `{ employees(first: 5) { totalCount edges { node { manager { id } } } } }`,
      {},
      token,
    );
    expect(read.errors).toBeUndefined();
    // Outside its scopes: skills, writes, and session-only operations are refused.
    for (const query of [`{ skills { id } }`, `{ me { id } }`, `{ apiTokens { id } }`]) {
      expect((await api.gql(query, {}, token)).errors![0].extensions!.code).toBe("FORBIDDEN");
    }
    const write = await api.gql(
      `mutation { createEmployee(input: { name: "X", email: "x@test.example" }) { id } }`,
      {},
      token,
    );
    expect(write.errors![0].extensions!.code).toBe("FORBIDDEN");

    const audit = await api.dataSource.query(
      "SELECT action FROM audit_events WHERE actor_id = $1 AND entity_type = 'ApiToken'",
      [hr.id],
    );
    expect(audit).toEqual([{ action: "apiToken.created" }]);
  });

  it("stop working when revoked, and the revocation is audited", async () => {
    const { session } = await hrToken();
    const created = await api.gql(CREATE, { input: { name: "Old sync", scopes: ["SKILLS_READ"] } }, session);
    const { token, apiToken } = created.data!.createApiToken as { token: string; apiToken: { id: string } };
    expect((await api.gql(`{ skills { id } }`, {}, token)).errors).toBeUndefined();

    const revoked = await api.gql(
      `mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`,
      { id: apiToken.id },
      session,
    );
    expect(revoked.data!.revokeApiToken).toEqual({ revokedAt: expect.any(String) });
    expect((await api.gql(`{ skills { id } }`, {}, token)).errors![0].extensions!.code).toBe(
      "UNAUTHENTICATED",
    );
    const audit = await api.dataSource.query(
      "SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY created_at",
      [apiToken.id],
    );
    expect(audit.map((e: { action: string }) => e.action)).toEqual(["apiToken.created", "apiToken.revoked"]);
  });

  it("stop working when they expire", async () => {
    const { session } = await hrToken();
    const created = await api.gql(CREATE, { input: { name: "Short", scopes: ["SKILLS_READ"] } }, session);
    const { token, apiToken } = created.data!.createApiToken as { token: string; apiToken: { id: string } };
    await api.dataSource.query(
      "UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1",
      [apiToken.id],
    );
    expect((await api.gql(`{ skills { id } }`, {}, token)).errors![0].extensions!.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("validate their input", async () => {
    const { session } = await hrToken();
    const result = await api.gql(CREATE, { input: { name: "", scopes: [] } }, session);
    expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual([
      "input.name",
      "input.scopes",
    ]);
  });
});
