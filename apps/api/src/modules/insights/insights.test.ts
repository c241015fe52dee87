import { createEmployee, signIn } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createSkill } from "../goal/goal.test-helpers";

let api: TestApi;
let hrToken: string;
let employeeToken: string;
let skillIds: { sql: string; speaking: string };

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** An ACTIVE goal from 50 days ago to 50 days ahead (half the time gone) at the given progress. */
async function activeGoal(ownerId: string, progress: number, lastConfidence: number | null = null) {
  const db = api.dataSource;
  const [{ id }] = await db.query(
    `INSERT INTO goals (owner_id, title, status, start_date, due_date, last_confidence, last_check_in_at)
     VALUES ($1, 'Grow revenue in the north', 'ACTIVE', $2, $3, $4, now()) RETURNING id`,
    [ownerId, day(-50), day(49), lastConfidence],
  );
  await db.query(
    `INSERT INTO key_results (goal_id, title, start_value, target_value, current_value) VALUES ($1, 'Deals', 0, 100, $2)`,
    [id, progress * 100],
  );
  await db.query(`INSERT INTO check_ins (goal_id, author_id, confidence, progress) VALUES ($1, $2, 7, $3)`, [
    id,
    ownerId,
    progress,
  ]);
  return id as string;
}

beforeAll(async () => {
  api = await startTestApi();
  const db = api.dataSource;
  const hr = await createEmployee(db, { role: "HR_ADMIN", department: "People" });
  const seller = await createEmployee(db, { department: "Sales" });
  const seller2 = await createEmployee(db, { department: "Sales", managerId: seller.id });
  await createEmployee(db, { department: "Sales", active: false });
  const engineer = await createEmployee(db, { department: "Engineering" });
  skillIds = {
    sql: (await createSkill(db, "SQL")).id,
    speaking: (await createSkill(db, "Public speaking")).id,
  };

  await activeGoal(seller.id, 0.45); // expected ≈ 0.5: on track
  await activeGoal(seller.id, 0.45, 2); // on track by numbers, but confidence 2: at risk
  await activeGoal(seller2.id, 0.05); // off track
  await db.query(
    `INSERT INTO plan_items (employee_id, kind, title, status) VALUES
       ($1, 'COURSE', 'Negotiation', 'DONE'), ($1, 'READING', 'SPIN Selling', 'PLANNED'),
       ($1, 'OTHER', 'Dropped idea', 'DROPPED')`,
    [seller.id],
  );
  // SQL: engineer strong (5 self, 4 manager → 4.5), seller2 weak (2) → growth area; speaking: marked.
  await db.query(
    `INSERT INTO skill_ratings (employee_id, skill_id, source, level, rated_by_id) VALUES
       ($1, $3, 'SELF', 5, $1), ($1, $3, 'MANAGER', 4, NULL), ($2, $3, 'SELF', 2, $2)`,
    [engineer.id, seller2.id, skillIds.sql],
  );
  await db.query(`INSERT INTO growth_areas (employee_id, skill_id) VALUES ($1, $2), ($3, $2)`, [
    seller.id,
    skillIds.speaking,
    seller2.id,
  ]);
  await db.query(
    `INSERT INTO mentorships (mentor_id, mentee_id, status) VALUES ($1, $2, 'ACTIVE'), ($1, $3, 'PROPOSED')`,
    [engineer.id, seller.id, seller2.id],
  );
  hrToken = await signIn(api, hr.email);
  employeeToken = await signIn(api, engineer.email);
});
afterAll(() => api.close());

const QUERY = `{ organizationInsights {
  headcount goalAdoption
  departments { department headcount peopleWithActiveGoals goalAdoption activeGoals onTrack atRisk offTrack
    averageProgress checkInsLast30Days planCompletion }
  skills { skill { name } strong growthAreas rated }
  mentorship { activeMentorships proposedMentorships peopleWithGrowthAreas peopleWithGrowthAreasMentored coverage }
} }`;

describe("organizationInsights", () => {
  it("adds up goal adoption and health by department, skills and mentoring", async () => {
    const result = await api.gql<{
      organizationInsights: Record<string, unknown> & { departments: object[] };
    }>(QUERY, {}, hrToken);
    expect(result.errors).toBeUndefined();
    const insights = result.data!.organizationInsights;
    expect(insights.headcount).toBe(4); // the inactive seller doesn't count
    expect(insights.goalAdoption).toBe(0.5);
    expect(insights.departments).toEqual([
      expect.objectContaining({
        department: "Engineering",
        headcount: 1,
        activeGoals: 0,
        averageProgress: null,
      }),
      expect.objectContaining({
        department: "People",
        headcount: 1,
        peopleWithActiveGoals: 0,
        goalAdoption: 0,
      }),
      {
        department: "Sales",
        headcount: 2,
        peopleWithActiveGoals: 2,
        goalAdoption: 1,
        activeGoals: 3,
        onTrack: 1,
        atRisk: 1,
        offTrack: 1,
        averageProgress: expect.closeTo((0.45 + 0.45 + 0.05) / 3, 6),
        checkInsLast30Days: 3,
        planCompletion: 0.5,
      },
    ]);
    expect(insights.skills).toEqual(
      expect.arrayContaining([
        { skill: { name: "SQL" }, strong: 1, growthAreas: 1, rated: 2 },
        { skill: { name: "Public speaking" }, strong: 0, growthAreas: 2, rated: 0 },
      ]),
    );
    expect(insights.mentorship).toEqual({
      activeMentorships: 1,
      proposedMentorships: 1,
      peopleWithGrowthAreas: 2,
      peopleWithGrowthAreasMentored: 1,
      coverage: 0.5,
    });
  });

  it("runs a fixed number of statements", async () => {
    api.queries.reset();
    await api.gql(QUERY, {}, hrToken);
    const small = api.queries.count;
    for (let i = 0; i < 20; i++) {
      const person = await createEmployee(api.dataSource, { department: `Dept ${i % 4}` });
      await activeGoal(person.id, 0.3);
    }
    api.queries.reset();
    await api.gql(QUERY, {}, hrToken);
    expect(api.queries.count).toBe(small);
    expect(small).toBeLessThanOrEqual(8);
  });

  it("is for HR admins only", async () => {
    const result = await api.gql(QUERY, {}, employeeToken);
    expect(result.errors![0].extensions!.code).toBe("FORBIDDEN");
  });
});

describe("the skills catalog", () => {
  const CREATE = `mutation($input: CreateSkillInput!) { createSkill(input: $input) { id name category version } }`;
  const UPDATE = `mutation($input: UpdateSkillInput!) { updateSkill(input: $input) { id name description version } }`;

  it("is edited by HR admins, with versions and unique names", async () => {
    const created = await api.gql<{ createSkill: { id: string; version: number } }>(
      CREATE,
      { input: { name: "Negotiation", category: "Business" } },
      hrToken,
    );
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createSkill;

    const updated = await api.gql<{ updateSkill: { description: string; version: number } }>(
      UPDATE,
      { input: { id, version, description: "Reaching agreements that last." } },
      hrToken,
    );
    expect(updated.data!.updateSkill).toMatchObject({
      description: "Reaching agreements that last.",
      version: version + 1,
    });

    const stale = await api.gql(UPDATE, { input: { id, version, name: "Haggling" } }, hrToken);
    expect(stale.errors![0].extensions).toMatchObject({ code: "CONFLICT" });

    const duplicate = await api.gql(CREATE, { input: { name: "SQL" } }, hrToken);
    expect(duplicate.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      fields: [{ field: "input.name", message: expect.any(String) }],
    });
    const [{ count }] = await api.dataSource.query(
      "SELECT count(*)::int AS count FROM audit_events WHERE entity_id = $1",
      [id],
    );
    expect(count).toBe(2);
  });

  it("refuses bad input and non-HR editors", async () => {
    const short = await api.gql(CREATE, { input: { name: "x" } }, hrToken);
    expect(short.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const forbidden = await api.gql(CREATE, { input: { name: "Juggling" } }, employeeToken);
    expect(forbidden.errors![0].extensions!.code).toBe("FORBIDDEN");
  });
});
