import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createGoal } from "../goal/goal.test-helpers";
import { insertMentorship } from "../plan/plan.test-helpers";

let api: TestApi;
let mentee: TestEmployee;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
let mentorshipId: string;

beforeAll(async () => {
  api = await startTestApi();
  const lead = await createEmployee(api.dataSource, { name: "Mentee's Lead" });
  mentee = await createEmployee(api.dataSource, { name: "Goal Mentee", managerId: lead.id });
  const otherLead = await createEmployee(api.dataSource, { name: "Mentors' Lead" });
  const mentor = await createEmployee(api.dataSource, { name: "Goal Mentor", managerId: otherLead.id });
  const proposed = await createEmployee(api.dataSource, { name: "Asked Mentor", managerId: otherLead.id });
  const former = await createEmployee(api.dataSource, { name: "Former Mentor", managerId: otherLead.id });
  for (const [key, person] of Object.entries({ mentee, mentor, proposed, former }))
    tokens[key] = await signIn(api, person.email);
  mentorshipId = await insertMentorship(api.dataSource, mentor.id, mentee.id, "ACTIVE");
  await insertMentorship(api.dataSource, proposed.id, mentee.id, "PROPOSED");
  await insertMentorship(api.dataSource, former.id, mentee.id, "COMPLETED");
  for (const visibility of ["PRIVATE", "TEAM", "ORGANIZATION"]) {
    ids[visibility] = (await createGoal(api, tokens.mentee, { title: `${visibility} goal`, visibility })).id;
  }
});
afterAll(() => api.close());

async function visibleTitles(who: string): Promise<{ count: number; titles: string[] }> {
  const result = await api.gql<{
    employee: { goals: { totalCount: number; edges: { node: { title: string } }[] } };
  }>(
    `query($id: ID!) { employee(id: $id) { goals(first: 10) { totalCount edges { node { title } } } } }`,
    { id: mentee.id },
    tokens[who],
  );
  expect(result.errors).toBeUndefined();
  const goals = result.data!.employee.goals;
  return { count: goals.totalCount, titles: goals.edges.map((e) => e.node.title).sort() };
}

describe("goals an active mentor reads", () => {
  it("are the mentee's TEAM and ORGANIZATION goals, in lists, counts and by id, never PRIVATE ones", async () => {
    expect(await visibleTitles("mentor")).toEqual({ count: 2, titles: ["ORGANIZATION goal", "TEAM goal"] });
    const team = await api.gql(
      `query($id: ID!) { goal(id: $id) { title } }`,
      { id: ids.TEAM },
      tokens.mentor,
    );
    expect(team.data).toEqual({ goal: { title: "TEAM goal" } });
    const hidden = await api.gql(
      `query($id: ID!) { goal(id: $id) { title } }`,
      { id: ids.PRIVATE },
      tokens.mentor,
    );
    expect(hidden.errors![0].extensions!.code).toBe("NOT_FOUND");
  });

  it("are only ORGANIZATION goals for a mentor who was asked but hasn't accepted, or whose mentorship ended", async () => {
    expect(await visibleTitles("proposed")).toEqual({ count: 1, titles: ["ORGANIZATION goal"] });
    expect(await visibleTitles("former")).toEqual({ count: 1, titles: ["ORGANIZATION goal"] });
  });

  it("shrink back to ORGANIZATION goals once the mentorship ends", async () => {
    await api.dataSource.query("UPDATE mentorships SET status = 'COMPLETED' WHERE id = $1", [mentorshipId]);
    expect(await visibleTitles("mentor")).toEqual({ count: 1, titles: ["ORGANIZATION goal"] });
  });
});
