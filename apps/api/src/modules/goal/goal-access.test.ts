import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createGoal, createSkill } from "./goal.test-helpers";

let api: TestApi;
let lead: TestEmployee;
let owner: TestEmployee;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  const vp = await createEmployee(api.dataSource, { name: "Access VP" });
  lead = await createEmployee(api.dataSource, { name: "Access Lead", managerId: vp.id });
  owner = await createEmployee(api.dataSource, { name: "Access Owner", managerId: lead.id });
  const peer = await createEmployee(api.dataSource, { name: "Access Peer", managerId: lead.id });
  const otherLead = await createEmployee(api.dataSource, { name: "Other Lead" });
  const stranger = await createEmployee(api.dataSource, { name: "Stranger", managerId: otherLead.id });
  const hr = await createEmployee(api.dataSource, { name: "Access HR", role: "HR_ADMIN" });
  for (const [key, person] of Object.entries({ vp, lead, owner, peer, stranger, hr })) {
    tokens[key] = await signIn(api, person.email);
  }
});
afterAll(() => api.close());

const LIST = `query($id: ID!) { employee(id: $id) { goals(first: 50) { totalCount edges { node { title } } } } }`;
const ONE = `query($id: ID!) { goal(id: $id) { title viewerCanEdit viewerCanApprove } }`;

async function visibleTitles(token: string): Promise<{ count: number; titles: string[] }> {
  const result = await api.gql<{
    employee: { goals: { totalCount: number; edges: { node: { title: string } }[] } };
  }>(LIST, { id: owner.id }, token);
  expect(result.errors).toBeUndefined();
  const goals = result.data!.employee.goals;
  return { count: goals.totalCount, titles: goals.edges.map((e) => e.node.title).sort() };
}

describe("goal visibility", () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = {
      PRIVATE: (await createGoal(api, tokens.owner, { title: "Private goal", visibility: "PRIVATE" })).id,
      TEAM: (await createGoal(api, tokens.owner, { title: "Team goal", visibility: "TEAM" })).id,
      ORGANIZATION: (await createGoal(api, tokens.owner, { title: "Org goal", visibility: "ORGANIZATION" }))
        .id,
    };
  });

  it("lets the owner, the management chain and HR see every goal", async () => {
    for (const who of ["owner", "lead", "vp", "hr"]) {
      expect(await visibleTitles(tokens[who])).toEqual({
        count: 3,
        titles: ["Org goal", "Private goal", "Team goal"],
      });
    }
  });

  it("shows a same-manager peer TEAM and ORGANIZATION goals, in the list, the count and by id", async () => {
    expect(await visibleTitles(tokens.peer)).toEqual({ count: 2, titles: ["Org goal", "Team goal"] });
    const hidden = await api.gql(ONE, { id: ids.PRIVATE }, tokens.peer);
    expect(hidden.errors![0].extensions!.code).toBe("NOT_FOUND");
    const team = await api.gql(ONE, { id: ids.TEAM }, tokens.peer);
    expect(team.data!.goal).toEqual({ title: "Team goal", viewerCanEdit: false, viewerCanApprove: false });
  });

  it("shows an unrelated colleague ORGANIZATION goals only", async () => {
    expect(await visibleTitles(tokens.stranger)).toEqual({ count: 1, titles: ["Org goal"] });
    for (const hiddenId of [ids.PRIVATE, ids.TEAM]) {
      const result = await api.gql(ONE, { id: hiddenId }, tokens.stranger);
      expect(result.errors![0].extensions!.code).toBe("NOT_FOUND");
    }
  });

  it("tells the viewer what they may do", async () => {
    const own = await api.gql(ONE, { id: ids.PRIVATE }, tokens.owner);
    expect(own.data!.goal).toMatchObject({ viewerCanEdit: true, viewerCanApprove: false });
  });

  it("hides a hidden goal from writes as NOT_FOUND", async () => {
    const result = await api.gql(
      `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { id } }`,
      { input: { id: ids.PRIVATE, version: 1, title: "Taken over" } },
      tokens.stranger,
    );
    expect(result.errors![0].extensions!.code).toBe("NOT_FOUND");
  });
});

describe("SQL statements", () => {
  const QUERY = `query($id: ID!) { employee(id: $id) { goals(first: 50) { edges { node {
    owner { name } keyResults { progress } skills { name } parent { title } smart { specific } } } } } }`;

  async function statementsFor(size: number): Promise<number> {
    const person = await createEmployee(api.dataSource, { managerId: lead.id });
    const token = await signIn(api, person.email);
    const skill = await createSkill(api.dataSource);
    const parent = await createGoal(api, token, { title: "Parent goal" });
    for (let i = 1; i < size; i++) {
      await createGoal(api, token, {
        title: `Goal ${i}`,
        parentGoalId: parent.id,
        skillIds: [skill.id],
        keyResults: [{ title: "Count", startValue: 0, targetValue: 10 }],
      });
    }
    api.queries.reset();
    const result = await api.gql<{ employee: { goals: { edges: unknown[] } } }>(
      QUERY,
      { id: person.id },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.employee.goals.edges).toHaveLength(size);
    return api.queries.count;
  }

  it("stay constant for goals with owner, key results, skills, parent and smart, for 5 or 40 goals", async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(40);
    // session lookup, employee, goals page with count, key results, skills, parents (owner is cached)
    expect(large).toBe(6);
    expect(small).toBe(large);
  });
});

describe("pagination", () => {
  it("pages through an owner's goals newest first without gaps, filtered by status", async () => {
    const person = await createEmployee(api.dataSource);
    const token = await signIn(api, person.email);
    const created: string[] = [];
    for (let i = 0; i < 7; i++) created.push((await createGoal(api, token, { title: `Paged ${i}` })).id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: {
        data?: {
          employee: {
            goals: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string };
              edges: { node: { id: string } }[];
            };
          };
        } | null;
      } = await api.gql(
        `query($id: ID!, $after: String) { employee(id: $id) { goals(first: 3, after: $after, status: DRAFT) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`,
        { id: person.id, after },
        token,
      );
      const goals = result.data!.employee.goals;
      expect(goals.totalCount).toBe(7);
      seen.push(...goals.edges.map((e) => e.node.id));
      after = goals.pageInfo.hasNextPage ? goals.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...created].reverse());
    const active = await api.gql<{ employee: { goals: { totalCount: number } } }>(
      `query($id: ID!) { employee(id: $id) { goals(status: ACTIVE) { totalCount } } }`,
      { id: person.id },
      token,
    );
    expect(active.data!.employee.goals.totalCount).toBe(0);
  });
});

describe("a manager's TEAM goals", () => {
  it("are read by their direct reports (to align to them), not by other teams or deeper levels", async () => {
    const teamGoal = await createGoal(api, tokens.lead, { title: "Lead team goal", visibility: "TEAM" });
    const privateGoal = await createGoal(api, tokens.lead, {
      title: "Lead private goal",
      visibility: "PRIVATE",
    });
    const read = (id: string, who: string) =>
      api.gql<{ goal: { title: string } }>(
        `query($id: ID!) { goal(id: $id) { title } }`,
        { id },
        tokens[who],
      );

    expect((await read(teamGoal.id, "owner")).data?.goal.title).toBe("Lead team goal");
    expect((await read(privateGoal.id, "owner")).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect((await read(teamGoal.id, "stranger")).errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});
