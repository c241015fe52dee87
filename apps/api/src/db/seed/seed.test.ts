import { startTestApi, type TestApi } from "../../test/test-api";
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SIGN_INS, demoEmail } from "./demo-organization";
import { seedDemo } from "./seed-demo";
import { seedLargeOrganization } from "./seed-large";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe("the demo organization", () => {
  it("has ~40 people in 4 departments, 3 levels of managers under the CEO, an HR admin and a skills catalog", async () => {
    expect(await seedDemo(api.dataSource)).not.toBeNull();
    const [stats] = await api.dataSource.query(`
      WITH RECURSIVE depth(id, level) AS (
        SELECT id, 0 FROM employees WHERE manager_id IS NULL
        UNION ALL SELECT e.id, d.level + 1 FROM employees e JOIN depth d ON e.manager_id = d.id)
      SELECT (SELECT count(*)::int FROM employees) AS people,
             (SELECT count(DISTINCT department)::int FROM employees) AS departments,
             (SELECT count(*)::int FROM employees WHERE role = 'HR_ADMIN') AS "hrAdmins",
             (SELECT count(*)::int FROM skills) AS skills,
             (SELECT max(level) FROM depth) AS "deepestLevel",
             (SELECT count(DISTINCT d.level)::int FROM depth d WHERE EXISTS (SELECT 1 FROM employees r WHERE r.manager_id = d.id)) AS "managerLevels"`);
    expect(stats).toEqual({
      people: 40,
      departments: 4,
      hrAdmins: 1,
      skills: 16,
      deepestLevel: 3,
      managerLevels: 3,
    });
  });

  it("lets every printed demo account sign in", async () => {
    for (const { key } of DEMO_SIGN_INS) {
      const person = DEMO_PEOPLE.find((p) => p.key === key)!;
      const result = await api.gql(
        `mutation($input: LoginInput!) { login(input: $input) { employee { name } } }`,
        {
          input: { email: demoEmail(person.name), password: DEMO_PASSWORD },
        },
      );
      expect(result.data).toEqual({ login: { employee: { name: person.name } } });
    }
  });

  it("is only seeded into an empty database, so a restart never duplicates it", async () => {
    expect(await seedDemo(api.dataSource)).toBeNull();
    const [{ n }] = await api.dataSource.query("SELECT count(*)::int AS n FROM employees");
    expect(n).toBe(40);
  });
});

describe("the large organization generator", () => {
  it("creates 10,000 people in a tree, well under a minute", async () => {
    const started = Date.now();
    await seedLargeOrganization(api.dataSource, 10_000);
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeLessThan(20);
    const [stats] = await api.dataSource.query(`
      SELECT count(*)::int AS people, count(*) FILTER (WHERE manager_id IS NULL)::int AS roots
      FROM employees WHERE email LIKE '%@large.upward.example'`);
    expect(stats).toEqual({ people: 10_000, roots: 1 });
  });
});
