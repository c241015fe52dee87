import { startTestApi, type TestApi } from "../../test/test-api";
import { DEMO_PASSWORD, demoEmail } from "./demo-organization";
import { seedDemoPlansAndMentorships } from "./demo-plans";
import { type DemoIds, seedDemo } from "./seed-demo";

let api: TestApi;
let ids: DemoIds;
beforeAll(async () => {
  api = await startTestApi();
  ids = (await seedDemo(api.dataSource))!;
});
afterAll(() => api.close());

describe("the demo plans and mentorships", () => {
  it("cover every kind and status of plan item, with reflections on done ones and a few overdue", async () => {
    const [stats] = await api.dataSource.query(`
      SELECT count(DISTINCT kind)::int AS kinds, count(DISTINCT status)::int AS statuses,
        count(DISTINCT employee_id)::int AS people,
        count(*) FILTER (WHERE status = 'DONE' AND (reflection IS NULL OR completed_at IS NULL))::int AS "doneWithout",
        count(*) FILTER (WHERE due_date < CURRENT_DATE AND status NOT IN ('DONE', 'DROPPED'))::int AS overdue
      FROM plan_items`);
    expect(stats).toMatchObject({ kinds: 6, statuses: 4, people: 12, doneWithout: 0 });
    expect(stats.overdue).toBeGreaterThanOrEqual(3);
  });

  it("have mentorships in every state, within capacity, and a request waiting for Leo and for Maya", async () => {
    const statuses = await api.dataSource.query("SELECT DISTINCT status::text FROM mentorships ORDER BY 1");
    expect(statuses.map((s: { status: string }) => s.status)).toEqual([
      "ACTIVE",
      "CANCELLED",
      "COMPLETED",
      "DECLINED",
      "PROPOSED",
    ]);
    const [{ over }] = await api.dataSource.query(`
      SELECT count(*)::int AS over FROM employees e
      WHERE (SELECT count(*) FROM mentorships m WHERE m.mentor_id = e.id AND m.status = 'ACTIVE') > e.mentor_capacity`);
    expect(over).toBe(0);
    for (const key of ["leo", "maya"]) {
      const login = await api.gql<{ login: { token: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { token } }`,
        { input: { email: demoEmail(key === "leo" ? "Leo Martin" : "Maya Patel"), password: DEMO_PASSWORD } },
      );
      const token = login.data!.login.token;
      const result = await api.gql<{
        me: {
          unreadNotificationCount: number;
          mentorships: { edges: { node: { viewerCanRespond: boolean; focusSkills: unknown[] } }[] };
        };
      }>(
        `{ me { unreadNotificationCount mentorships(role: MENTOR, status: PROPOSED) {
          edges { node { viewerCanRespond focusSkills { name } } } } } }`,
        {},
        token,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.me.unreadNotificationCount).toBeGreaterThanOrEqual(1);
      expect(result.data!.me.mentorships.edges).toHaveLength(1);
      expect(result.data!.me.mentorships.edges[0].node.viewerCanRespond).toBe(true);
    }
  });

  it("link plan items to the owner's goals when goals were seeded first", async () => {
    const [{ linked }] = await api.dataSource.query(
      "SELECT count(*)::int AS linked FROM plan_items WHERE goal_id IS NOT NULL",
    );
    const [{ goals }] = await api.dataSource.query("SELECT count(*)::int AS goals FROM goals");
    if (goals === 0) expect(linked).toBe(0);

    // Again, now with Leo's only goal developing System design.
    await api.dataSource.query("DELETE FROM notifications; DELETE FROM mentorships; DELETE FROM plan_items");
    await api.dataSource.query("DELETE FROM goals WHERE owner_id = $1", [ids.employees.leo]);
    const [{ id: goalId }] = await api.dataSource.query(
      `INSERT INTO goals (owner_id, title, start_date) VALUES ($1, 'Design the caching layer', CURRENT_DATE)
       RETURNING id`,
      [ids.employees.leo],
    );
    await api.dataSource.query("INSERT INTO goal_skills (goal_id, skill_id) VALUES ($1, $2)", [
      goalId,
      ids.skills["System design"],
    ]);
    await api.dataSource.transaction((manager) => seedDemoPlansAndMentorships(manager, ids));
    const leosLinked = await api.dataSource.query(
      "SELECT title FROM plan_items WHERE goal_id = $1 AND employee_id = $2",
      [goalId, ids.employees.leo],
    );
    expect(leosLinked).toEqual([{ title: "Designing Data-Intensive Applications study group" }]);
  });
});
