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

  it("has goals in every status, visibility and health, with drafts that aren't SMART yet", async () => {
    const hr = DEMO_PEOPLE.find((p) => p.hrAdmin)!;
    const login = await api.gql<{ login: { token: string } }>(
      `mutation($input: LoginInput!) { login(input: $input) { token } }`,
      { input: { email: demoEmail(hr.name), password: DEMO_PASSWORD } },
    );
    const result = await api.gql<{
      employees: { edges: { node: { goals: { edges: { node: DemoGoalView }[] } } }[] };
    }>(
      `{ employees(first: 100) { edges { node { goals(first: 20) { edges { node {
        status visibility health overdue stale parent { id } skills { id } smart { hints { criterion } }
        checkIns(first: 100) { edges { node { kind lesson comments { id } } } } } } } } } } }`,
      {},
      login.data!.login.token,
    );
    expect(result.errors).toBeUndefined();
    const goals = result.data!.employees.edges.flatMap((e) => e.node.goals.edges.map((g) => g.node));
    const count = (test: (goal: DemoGoalView) => boolean) => goals.filter(test).length;
    for (const status of ["DRAFT", "PENDING_APPROVAL", "ACTIVE", "COMPLETED", "ABANDONED"]) {
      expect([status, count((g) => g.status === status) > 0]).toEqual([status, true]);
    }
    for (const visibility of ["PRIVATE", "TEAM", "ORGANIZATION"]) {
      expect(count((g) => g.visibility === visibility)).toBeGreaterThan(0);
    }
    for (const health of ["ON_TRACK", "AT_RISK", "OFF_TRACK"]) {
      expect(count((g) => g.health === health)).toBeGreaterThan(0);
    }
    expect(count((g) => g.overdue)).toBeGreaterThan(0);
    expect(count((g) => g.stale)).toBeGreaterThan(0);
    expect(count((g) => g.status === "DRAFT" && g.smart.hints.length > 1)).toBeGreaterThan(1);
    expect(count((g) => g.parent !== null)).toBeGreaterThan(3);
    expect(count((g) => g.skills.length > 0)).toBeGreaterThan(10);
    const checkIns = goals.flatMap((g) => g.checkIns.edges.map((e) => e.node));
    expect(checkIns.length).toBeGreaterThan(50);
    expect(checkIns.filter((c) => c.kind === "WIN").length).toBeGreaterThan(5);
    expect(checkIns.filter((c) => c.kind === "SETBACK" && c.lesson).length).toBeGreaterThan(3);
    expect(checkIns.filter((c) => c.comments.length > 0).length).toBeGreaterThan(5);
  });

  it("leaves key results, check-ins and goals as recordCheckIn would have", async () => {
    const [inconsistent] = await api.dataSource.query(`
      WITH last_value AS (
        SELECT DISTINCT ON (v.key_result_id) v.key_result_id, v.value
        FROM check_in_values v JOIN check_ins c ON c.id = v.check_in_id
        ORDER BY v.key_result_id, c.created_at DESC),
      last_check_in AS (
        SELECT DISTINCT ON (c.goal_id) c.goal_id, c.created_at, c.confidence FROM check_ins c
        ORDER BY c.goal_id, c.created_at DESC)
      SELECT
        (SELECT count(*)::int FROM key_results k JOIN last_value l ON l.key_result_id = k.id
          WHERE k.current_value <> l.value) AS "keyResults",
        (SELECT count(*)::int FROM goals g LEFT JOIN last_check_in l ON l.goal_id = g.id
          WHERE g.last_check_in_at IS DISTINCT FROM l.created_at
             OR g.last_confidence IS DISTINCT FROM l.confidence) AS goals,
        (SELECT count(*)::int FROM (
          SELECT v.previous_value, coalesce(lag(v.value) OVER (PARTITION BY v.key_result_id ORDER BY c.created_at),
            k.start_value) AS before
          FROM check_in_values v JOIN check_ins c ON c.id = v.check_in_id JOIN key_results k ON k.id = v.key_result_id
        ) chain WHERE chain.previous_value <> chain.before) AS "brokenChains",
        (SELECT count(*)::int FROM check_ins c JOIN goals g ON g.id = c.goal_id
          WHERE c.created_at < g.start_date OR g.status IN ('DRAFT', 'PENDING_APPROVAL')) AS "outOfLife"`);
    expect(inconsistent).toEqual({ keyResults: 0, goals: 0, brokenChains: 0, outOfLife: 0 });
  });

  it("is only seeded into an empty database, so a restart never duplicates it", async () => {
    expect(await seedDemo(api.dataSource)).toBeNull();
    const [{ n }] = await api.dataSource.query("SELECT count(*)::int AS n FROM employees");
    expect(n).toBe(40);
  });
});

interface DemoGoalView {
  status: string;
  visibility: string;
  health: string | null;
  overdue: boolean;
  stale: boolean;
  parent: { id: string } | null;
  skills: { id: string }[];
  smart: { hints: { criterion: string }[] };
  checkIns: { edges: { node: { kind: string; lesson: string | null; comments: { id: string }[] } }[] };
}

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
