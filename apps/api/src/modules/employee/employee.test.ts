import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { type GraphQLResult, startTestApi, type TestApi } from "../../test/test-api";

let api: TestApi;
let hrToken: string;
let hr: TestEmployee;
beforeAll(async () => {
  api = await startTestApi();
  hr = await createEmployee(api.dataSource, { role: "HR_ADMIN", name: "Zed HR", department: "People" });
  hrToken = await signIn(api, hr.email);
});
afterAll(() => api.close());

const UPDATE = `mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id version manager { id } } }`;
const PAGE = `query($first: Int!, $after: String, $filter: EmployeeFilter) {
  employees(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`;

async function versionOf(id: string): Promise<number> {
  const [row] = await api.dataSource.query("SELECT version FROM employees WHERE id = $1", [id]);
  return row.version;
}

describe("the directory", () => {
  it("pages through everyone without duplicates or gaps, even with equal names", async () => {
    const department = "Pagination";
    const created: string[] = [];
    for (let i = 0; i < 23; i++) {
      // Several people share a name: the id breaks the tie in the keyset.
      created.push((await createEmployee(api.dataSource, { department, name: `Sam ${i % 5}` })).id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    type Page = {
      employees: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    };
    do {
      const result: GraphQLResult<Page> = await api.gql<{
        employees: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      }>(PAGE, { first: 5, after, filter: { department } }, hrToken);
      expect(result.errors).toBeUndefined();
      const employees: Page["employees"] = result.data!.employees;
      expect(employees.totalCount).toBe(pages < 2 ? 23 : 24);
      seen.push(...employees.edges.map((e) => e.node.id));
      after = employees.pageInfo.hasNextPage ? employees.pageInfo.endCursor : null;
      pages += 1;
      if (pages === 2) {
        // Someone joins mid-way with a name sorting before the cursor: later pages neither repeat nor skip.
        created.push((await createEmployee(api.dataSource, { department, name: "Sam 0" })).id);
      }
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(5);
    expect(seen.length).toBeGreaterThanOrEqual(23);
    for (const id of created.slice(0, 23)) expect(seen).toContain(id);
  });

  it("filters by manager and by search text, and caps page size at 100", async () => {
    const boss = await createEmployee(api.dataSource, { name: "Quinn Boss" });
    await createEmployee(api.dataSource, { name: "Ada Report", managerId: boss.id });
    await createEmployee(api.dataSource, { name: "Bea Report", managerId: boss.id, title: "Designer" });
    const byManager = await api.gql<{ employees: { edges: { node: { name: string } }[] } }>(
      PAGE,
      { first: 10, filter: { managerId: boss.id } },
      hrToken,
    );
    expect(byManager.data!.employees.edges.map((e) => e.node.name)).toEqual(["Ada Report", "Bea Report"]);

    const bySearch = await api.gql<{ employees: { edges: { node: { name: string } }[] } }>(
      PAGE,
      { first: 10, filter: { search: "designer", managerId: boss.id } },
      hrToken,
    );
    expect(bySearch.data!.employees.edges.map((e) => e.node.name)).toEqual(["Bea Report"]);

    // LIKE wildcards in the search text are literal.
    const wildcard = await api.gql<{ employees: { totalCount: number } }>(
      PAGE,
      { first: 10, filter: { search: "%" } },
      hrToken,
    );
    expect(wildcard.data!.employees.totalCount).toBe(0);

    const tooMany = await api.gql(PAGE, { first: 101 }, hrToken);
    expect(tooMany.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "first" }],
    });
  });

  it("answers a forged cursor with BAD_USER_INPUT", async () => {
    const result = await api.gql(PAGE, { first: 5, after: "not-a-cursor" }, hrToken);
    expect(result.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "after" }],
    });
  });

  it("hides people who left from employees, but not from HR when asked", async () => {
    const gone = await createEmployee(api.dataSource, {
      name: "Gone Person",
      active: false,
      department: "Left",
    });
    const colleague = await createEmployee(api.dataSource);
    const token = await signIn(api, colleague.email);
    const asEmployee = await api.gql<{ employees: { totalCount: number } }>(
      PAGE,
      { first: 5, filter: { department: "Left", includeInactive: true } },
      token,
    );
    expect(asEmployee.data!.employees.totalCount).toBe(0);
    const byId = await api.gql(`query($id: ID!) { employee(id: $id) { name } }`, { id: gone.id }, token);
    expect(byId.errors![0].extensions!.code).toBe("NOT_FOUND");
    const asHr = await api.gql<{ employees: { totalCount: number } }>(
      PAGE,
      { first: 5, filter: { department: "Left", includeInactive: true } },
      hrToken,
    );
    expect(asHr.data!.employees.totalCount).toBe(1);
  });

  it("answers an unknown or malformed id with NOT_FOUND", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "nope"]) {
      const result = await api.gql(`query($id: ID!) { employee(id: $id) { name } }`, { id }, hrToken);
      expect(result.errors![0].extensions!.code).toBe("NOT_FOUND");
    }
  });
});

describe("reporting lines", () => {
  it("give the management chain and the whole team through recursive queries", async () => {
    const ceo = await createEmployee(api.dataSource, { name: "Chain CEO" });
    const vp = await createEmployee(api.dataSource, { name: "Chain VP", managerId: ceo.id });
    const lead = await createEmployee(api.dataSource, { name: "Chain Lead", managerId: vp.id });
    const dev = await createEmployee(api.dataSource, { name: "Chain Dev", managerId: lead.id });
    const result = await api.gql<{
      a: { managementChain: { name: string }[] };
      b: { team: { name: string }[] };
    }>(
      `query($dev: ID!, $ceo: ID!) { a: employee(id: $dev) { managementChain { name } }
        b: employee(id: $ceo) { team { name } } }`,
      { dev: dev.id, ceo: ceo.id },
      hrToken,
    );
    expect(result.data!.a.managementChain.map((e) => e.name)).toEqual([
      "Chain Lead",
      "Chain VP",
      "Chain CEO",
    ]);
    expect(result.data!.b.team.map((e) => e.name)).toEqual(["Chain Dev", "Chain Lead", "Chain VP"]);
  });

  it("can't form a cycle: nobody becomes their own (indirect) manager", async () => {
    const top = await createEmployee(api.dataSource, { name: "Cycle Top" });
    const middle = await createEmployee(api.dataSource, { name: "Cycle Middle", managerId: top.id });
    const bottom = await createEmployee(api.dataSource, { name: "Cycle Bottom", managerId: middle.id });

    const indirect = await api.gql(
      UPDATE,
      { input: { id: top.id, version: await versionOf(top.id), managerId: bottom.id } },
      hrToken,
    );
    expect(indirect.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.managerId" }],
    });
    const self = await api.gql(
      UPDATE,
      { input: { id: top.id, version: await versionOf(top.id), managerId: top.id } },
      hrToken,
    );
    expect(self.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const [row] = await api.dataSource.query("SELECT manager_id FROM employees WHERE id = $1", [top.id]);
    expect(row.manager_id).toBeNull();

    // Concurrent moves that would each be fine alone but form a loop together: one must lose.
    const a = await createEmployee(api.dataSource, { name: "Loop A" });
    const b = await createEmployee(api.dataSource, { name: "Loop B" });
    const results = await Promise.all([
      api.gql(UPDATE, { input: { id: a.id, version: 1, managerId: b.id } }, hrToken),
      api.gql(UPDATE, { input: { id: b.id, version: 1, managerId: a.id } }, hrToken),
    ]);
    expect(results.filter((r) => r.errors).length).toBe(1);
  });

  it("changes are audited with the previous manager", async () => {
    const oldBoss = await createEmployee(api.dataSource);
    const newBoss = await createEmployee(api.dataSource);
    const person = await createEmployee(api.dataSource, { managerId: oldBoss.id });
    const result = await api.gql(
      UPDATE,
      { input: { id: person.id, version: 1, managerId: newBoss.id } },
      hrToken,
    );
    expect(result.data!.updateEmployee).toEqual({ id: person.id, version: 2, manager: { id: newBoss.id } });
    const [event] = await api.dataSource.query(
      "SELECT actor_id, action, data FROM audit_events WHERE entity_id = $1",
      [person.id],
    );
    expect(event).toMatchObject({
      actor_id: hr.id,
      action: "employee.updated",
      data: { previousManagerId: oldBoss.id },
    });
  });
});

describe("employee writes", () => {
  const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id email version } }`;

  it("refuse a stale version with CONFLICT instead of overwriting", async () => {
    const person = await createEmployee(api.dataSource);
    const first = await api.gql(UPDATE, { input: { id: person.id, version: 1, title: "Lead" } }, hrToken);
    expect(first.errors).toBeUndefined();
    const stale = await api.gql(
      UPDATE,
      { input: { id: person.id, version: 1, title: "Principal" } },
      hrToken,
    );
    expect(stale.errors![0].extensions!.code).toBe("CONFLICT");
    const [row] = await api.dataSource.query("SELECT title, version FROM employees WHERE id = $1", [
      person.id,
    ]);
    expect(row).toEqual({ title: "Lead", version: 2 });
  });

  it("validate input with field details, writing nothing", async () => {
    const result = await api.gql(CREATE, { input: { name: "", email: "not-an-email" } }, hrToken);
    expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual([
      "input.email",
      "input.name",
    ]);
    const [{ n }] = await api.dataSource.query(
      "SELECT count(*)::int AS n FROM employees WHERE email = 'not-an-email'",
    );
    expect(n).toBe(0);
  });

  it("treat emails case-insensitively: a duplicate in other case is a CONFLICT", async () => {
    const created = await api.gql(
      CREATE,
      { input: { name: "Case Person", email: "Case.Person@Test.example" } },
      hrToken,
    );
    expect(created.data!.createEmployee).toMatchObject({ email: "case.person@test.example", version: 1 });
    const duplicate = await api.gql(
      CREATE,
      { input: { name: "Other", email: "CASE.person@test.EXAMPLE" } },
      hrToken,
    );
    expect(duplicate.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      fields: [{ field: "input.email" }],
    });
  });

  it("refuse an unknown manager", async () => {
    const result = await api.gql(
      CREATE,
      {
        input: {
          name: "Orphan",
          email: "orphan@test.example",
          managerId: "00000000-0000-4000-8000-000000000000",
        },
      },
      hrToken,
    );
    expect(result.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.managerId" }],
    });
  });

  it("are for HR admins only", async () => {
    const person = await createEmployee(api.dataSource);
    const token = await signIn(api, person.email);
    const result = await api.gql(UPDATE, { input: { id: person.id, version: 1, role: "HR_ADMIN" } }, token);
    expect(result.errors![0].extensions!.code).toBe("FORBIDDEN");
    const [row] = await api.dataSource.query("SELECT role FROM employees WHERE id = $1", [person.id]);
    expect(row.role).toBe("EMPLOYEE");
  });
});

describe("SQL statements", () => {
  const QUERY = `query($department: String!) { employees(first: 100, filter: { department: $department }) {
    edges { node { id manager { name } directReports { name } managementChain { id } } } } }`;

  async function statementsFor(size: number): Promise<number> {
    const department = `Team of ${size}`;
    const lead = await createEmployee(api.dataSource, { department, name: `Lead ${size}` });
    for (let i = 1; i < size; i++) await createEmployee(api.dataSource, { department, managerId: lead.id });
    api.queries.reset();
    const result = await api.gql<{ employees: { edges: unknown[] } }>(QUERY, { department }, hrToken);
    expect(result.data!.employees.edges).toHaveLength(size);
    return api.queries.count;
  }

  it("stay constant for `employees { manager directReports managementChain }`, for 5 or 40 people", async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(40);
    // session lookup, count, page, managers, direct reports, management chains
    expect(large).toBe(6);
    expect(small).toBe(large);
  });
});
