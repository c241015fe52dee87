import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createSkill, profileOf, rate, setGrowthArea, startMentorship } from "./skill-rating.test-helpers";

/**
 * The access matrix of DESIGN.md §3 for skill ratings: one small organization, every kind of viewer,
 * reading the profile and rating / marking growth areas.
 *
 *   vp ─ lead ─┬─ owner   (mentor: ACTIVE, proposedMentor: PROPOSED)
 *              └─ peer
 *   otherLead ─┬─ mentor, proposedMentor, stranger
 *   hr (HR admin)
 */
let api: TestApi;
const people: Record<string, TestEmployee> = {};
const tokens: Record<string, string> = {};
let skillId: string;

beforeAll(async () => {
  api = await startTestApi();
  const add = async (key: string, overrides: Parameters<typeof createEmployee>[1] = {}) => {
    people[key] = await createEmployee(api.dataSource, { name: `Access ${key}`, ...overrides });
    tokens[key] = await signIn(api, people[key].email);
  };
  await add("vp");
  await add("lead", { managerId: people.vp.id });
  await add("owner", { managerId: people.lead.id });
  await add("peer", { managerId: people.lead.id });
  await add("otherLead");
  await add("mentor", { managerId: people.otherLead.id });
  await add("proposedMentor", { managerId: people.otherLead.id });
  await add("stranger", { managerId: people.otherLead.id });
  await add("hr", { role: "HR_ADMIN" });
  await startMentorship(api.dataSource, people.mentor.id, people.owner.id, "ACTIVE");
  await startMentorship(api.dataSource, people.proposedMentor.id, people.owner.id, "PROPOSED");
  skillId = (await createSkill(api.dataSource)).id;
  await api.dataSource.query(
    "INSERT INTO skill_ratings (employee_id, skill_id, source, level, rated_by_id) VALUES ($1, $2, 'SELF', 3, $1)",
    [people.owner.id, skillId],
  );
});
afterAll(() => api.close());

const READERS = ["owner", "lead", "vp", "mentor", "hr"];
const NON_READERS = ["proposedMentor", "peer", "stranger", "otherLead"];
const RATERS: [string, string][] = [
  ["owner", "SELF"],
  ["lead", "MANAGER"],
  ["vp", "MANAGER"],
];
const NON_RATERS = ["mentor", "proposedMentor", "peer", "stranger", "hr"];

describe("reading a skill profile", () => {
  it.each(READERS)("is allowed to %s", async (who) => {
    const profile = await profileOf(api, tokens[who], people.owner.id);
    expect(profile?.entries.map((e) => e.selfLevel)).toEqual([3]);
    expect(profile?.viewerCanRate).toBe(["owner", "lead", "vp"].includes(who));
  });

  it.each(NON_READERS)("is null for %s, without an error", async (who) => {
    expect(await profileOf(api, tokens[who], people.owner.id)).toBeNull();
  });

  it("filters a list of people in SQL: a peer sees only their own profile in their team", async () => {
    const result = await api.gql<{
      employees: { edges: { node: { name: string; skillProfile: unknown } }[] };
    }>(
      `query($managerId: ID!) { employees(first: 10, filter: { managerId: $managerId }) {
        edges { node { name skillProfile { entries { selfLevel } } } } } }`,
      { managerId: people.lead.id },
      tokens.peer,
    );
    expect(result.data!.employees.edges.map((e) => [e.node.name, e.node.skillProfile !== null])).toEqual([
      ["Access owner", false],
      ["Access peer", true],
    ]);
  });
});

describe("rating and marking growth areas", () => {
  it.each(RATERS)("is allowed to %s, as %s", async (who, source) => {
    const result = await rate(api, tokens[who], { employeeId: people.owner.id, skillId, level: 4 });
    expect(result.data!.rateSkill).toMatchObject({ source, level: 4 });
    const mark = await setGrowthArea(api, tokens[who], {
      employeeId: people.owner.id,
      skillId,
      growthArea: true,
    });
    expect(mark.errors).toBeUndefined();
  });

  it.each(NON_RATERS)("is FORBIDDEN to %s, and writes nothing", async (who) => {
    const [before] = await api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM skill_ratings) AS ratings, (SELECT count(*)::int FROM audit_events) AS audit`,
    );
    const result = await rate(api, tokens[who], { employeeId: people.owner.id, skillId, level: 5 });
    expect(result.errors![0].extensions!.code).toBe("FORBIDDEN");
    const mark = await setGrowthArea(api, tokens[who], {
      employeeId: people.owner.id,
      skillId,
      growthArea: false,
    });
    expect(mark.errors![0].extensions!.code).toBe("FORBIDDEN");
    const [after] = await api.dataSource.query(
      `SELECT (SELECT count(*)::int FROM skill_ratings) AS ratings, (SELECT count(*)::int FROM audit_events) AS audit`,
    );
    expect(after).toEqual(before);
  });

  it("answers NOT_FOUND for someone the viewer can't see (a person who left), even to their old manager", async () => {
    const gone = await createEmployee(api.dataSource, { managerId: people.lead.id, active: false });
    for (const who of ["lead", "stranger"]) {
      const result = await rate(api, tokens[who], { employeeId: gone.id, skillId, level: 3 });
      expect(result.errors![0].extensions!.code).toBe("NOT_FOUND");
    }
  });
});

describe("SQL statements", () => {
  const QUERY = `query($department: String!) { employees(first: 40, filter: { department: $department }) {
    edges { node { skillProfile { entries { skill { name } history(first: 5) { level } } strengths { skill { name } } } } } } }`;

  /** A manager reads a team of `size` (the manager and their reports), each with ratings and a growth area. */
  async function statementsFor(size: number): Promise<number> {
    const department = `Skills team of ${size}`;
    const manager = await createEmployee(api.dataSource, { department });
    const token = await signIn(api, manager.email);
    const team = [manager.id];
    for (let i = 1; i < size; i++)
      team.push((await createEmployee(api.dataSource, { department, managerId: manager.id })).id);
    const skills = [await createSkill(api.dataSource), await createSkill(api.dataSource)];
    await api.dataSource.query(
      `INSERT INTO skill_ratings (employee_id, skill_id, source, level, rated_by_id)
       SELECT e, s, src::rating_source, 4, e FROM unnest($1::uuid[]) e, unnest($2::uuid[]) s, unnest(ARRAY['SELF', 'MANAGER']) src`,
      [team, skills.map((s) => s.id)],
    );
    await api.dataSource.query(
      "INSERT INTO growth_areas (employee_id, skill_id, marked_by_id) SELECT e, $2, e FROM unnest($1::uuid[]) e",
      [team, skills[0].id],
    );
    api.queries.reset();
    const result = await api.gql<{
      employees: { edges: { node: { skillProfile: { entries: unknown[]; strengths: unknown[] } | null } }[] };
    }>(QUERY, { department }, token);
    expect(result.errors).toBeUndefined();
    const profiles = result.data!.employees.edges.map((e) => e.node.skillProfile);
    expect(profiles).toHaveLength(size);
    expect(profiles.every((p) => p?.entries.length === 2 && p.strengths.length === 2)).toBe(true);
    return api.queries.count;
  }

  it("stay constant for a team's profiles with skills, history and strengths, for 5 or 40 people", async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(40);
    // session lookup, count, page, profile data (visibility in SQL), 360 levels, skills
    expect(large).toBe(6);
    expect(small).toBe(large);
  });
});
