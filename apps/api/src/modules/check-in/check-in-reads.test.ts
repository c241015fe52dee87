import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createActiveGoal, recordCheckIn } from "./check-in.test-helpers";

let api: TestApi;
let lead: TestEmployee;
let owner: TestEmployee;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  lead = await createEmployee(api.dataSource, { name: "Reads Lead" });
  owner = await createEmployee(api.dataSource, { name: "Reads Owner", managerId: lead.id });
  const peer = await createEmployee(api.dataSource, { name: "Reads Peer", managerId: lead.id });
  const stranger = await createEmployee(api.dataSource, { name: "Reads Stranger" });
  for (const [key, person] of Object.entries({ lead, owner, peer, stranger })) {
    tokens[key] = await signIn(api, person.email);
  }
});
afterAll(() => api.close());

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: {
    node: {
      id: string;
      note: string;
      values: { previousValue: number; value: number; keyResult: { title: string } }[];
    };
  }[];
};

describe("Goal.checkIns", () => {
  it("pages newest first with the values each check-in set", async () => {
    const goal = await createActiveGoal(api, tokens.owner);
    const created: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const checkIn = await recordCheckIn(api, tokens.owner, {
        goalId: goal.id,
        note: `Week ${i}`,
        values: [{ keyResultId: goal.keyResultIds[0], value: i }],
      });
      created.push(checkIn.id);
    }
    const seen: Page["edges"] = [];
    let after: string | null = null;
    do {
      const result: { data?: { goal: { checkIns: Page } } | null } = await api.gql(
        `query($id: ID!, $after: String) { goal(id: $id) { checkIns(first: 2, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { id note values { previousValue value keyResult { title } } } } } } }`,
        { id: goal.id, after },
        tokens.peer,
      );
      const page = result.data!.goal.checkIns;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((edge) => edge.node.id)).toEqual([...created].reverse());
    expect(seen[0].node).toMatchObject({
      note: "Week 5",
      values: [{ previousValue: 4, value: 5, keyResult: { title: "Reports migrated" } }],
    });
  });

  it("refuses a forged cursor", async () => {
    const goal = await createActiveGoal(api, tokens.owner);
    const result = await api.gql(
      `query($id: ID!) { goal(id: $id) { checkIns(after: "bm9wZQ") { totalCount } } }`,
      { id: goal.id },
      tokens.owner,
    );
    expect(result.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "after" }],
    });
  });
});

describe("Goal.progressHistory", () => {
  it("gives the start, one point per check-in and today's point, with the expected progress", async () => {
    const goal = await createActiveGoal(api, tokens.owner, {
      startDate: "2025-01-01",
      dueDate: "2025-12-31",
    });
    const first = await recordCheckIn(api, tokens.owner, {
      goalId: goal.id,
      values: [{ keyResultId: goal.keyResultIds[0], value: 4 }],
    });
    await recordCheckIn(api, tokens.owner, {
      goalId: goal.id,
      values: [{ keyResultId: goal.keyResultIds[1], value: 40 }],
    });
    const result = await api.gql<{
      goal: { progressHistory: { date: string; progress: number; expectedProgress: number | null }[] };
    }>(
      `query($id: ID!) { goal(id: $id) { progressHistory { date progress expectedProgress } } }`,
      { id: goal.id },
      tokens.owner,
    );
    const points = result.data!.goal.progressHistory;
    expect(points.map((p) => p.progress)).toEqual([0, 0.2, 0.5, 0.5]);
    expect(points[0]).toEqual({ date: "2025-01-01T00:00:00.000Z", progress: 0, expectedProgress: 0 });
    expect(points[1].date).toBe(first.createdAt);
    // Due last year: everything was expected by now.
    expect(points[3].expectedProgress).toBe(1);
  });
});

describe("Employee.wins and Employee.setbacks", () => {
  const QUERY = `query($id: ID!) { employee(id: $id) {
    wins(first: 10) { totalCount edges { node { note goal { title } } } }
    setbacks(first: 10) { totalCount edges { node { lesson goal { title } } } } } }`;

  it("list the check-ins of that kind on the person's goals the viewer may see, newest first", async () => {
    const org = await createActiveGoal(api, tokens.owner, { title: "Org goal", visibility: "ORGANIZATION" });
    const team = await createActiveGoal(api, tokens.owner, { title: "Team goal", visibility: "TEAM" });
    const hidden = await createActiveGoal(api, tokens.owner, {
      title: "Private goal",
      visibility: "PRIVATE",
    });
    await recordCheckIn(api, tokens.owner, { goalId: org.id, kind: "WIN", note: "Shipped v1" });
    await recordCheckIn(api, tokens.owner, { goalId: hidden.id, kind: "WIN", note: "Private win" });
    await recordCheckIn(api, tokens.owner, { goalId: team.id, kind: "UPDATE", note: "Just an update" });
    await recordCheckIn(api, tokens.owner, { goalId: team.id, kind: "WIN", note: "Team win" });
    await recordCheckIn(api, tokens.owner, {
      goalId: team.id,
      kind: "SETBACK",
      lesson: "Agree on the schema before building",
    });
    const view = async (who: string) => {
      const result = await api.gql<{
        employee: {
          wins: { totalCount: number; edges: { node: { note: string; goal: { title: string } } }[] };
          setbacks: { totalCount: number; edges: { node: { lesson: string; goal: { title: string } } }[] };
        };
      }>(QUERY, { id: owner.id }, tokens[who]);
      expect(result.errors).toBeUndefined();
      const { wins, setbacks } = result.data!.employee;
      return {
        wins: [wins.totalCount, ...wins.edges.map((e) => `${e.node.note} (${e.node.goal.title})`)],
        setbacks: [
          setbacks.totalCount,
          ...setbacks.edges.map((e) => `${e.node.lesson} (${e.node.goal.title})`),
        ],
      };
    };
    const all = {
      wins: [3, "Team win (Team goal)", "Private win (Private goal)", "Shipped v1 (Org goal)"],
      setbacks: [1, "Agree on the schema before building (Team goal)"],
    };
    expect(await view("owner")).toEqual(all);
    expect(await view("lead")).toEqual(all);
    expect(await view("peer")).toEqual({
      wins: [2, "Team win (Team goal)", "Shipped v1 (Org goal)"],
      setbacks: all.setbacks,
    });
    expect(await view("stranger")).toEqual({ wins: [1, "Shipped v1 (Org goal)"], setbacks: [0] });
  });
});

describe("SQL statements", () => {
  const QUERY = `query($id: ID!) { employee(id: $id) {
    goals(first: 20) { edges { node {
      checkIns(first: 5) { edges { node {
        author { name } values { keyResult { title } } comments { author { name } } } } }
      progressHistory { progress } } } }
    wins(first: 5) { edges { node { goal { title } } } } } }`;

  async function statementsFor(goals: number): Promise<number> {
    const person = await createEmployee(api.dataSource, { managerId: lead.id });
    const token = await signIn(api, person.email);
    for (let i = 0; i < goals; i++) {
      const goal = await createActiveGoal(api, token, { title: `Goal ${i}` });
      for (const kind of ["UPDATE", "WIN"]) {
        const { id } = await recordCheckIn(api, token, {
          goalId: goal.id,
          kind,
          values: [{ keyResultId: goal.keyResultIds[0], value: i }],
        });
        await api.gql(
          `mutation($input: AddCheckInCommentInput!) { addCheckInComment(input: $input) { id } }`,
          { input: { checkInId: id, body: "Nice" } },
          tokens.lead,
        );
      }
    }
    api.queries.reset();
    const result = await api.gql<{ employee: { goals: { edges: unknown[] }; wins: { edges: unknown[] } } }>(
      QUERY,
      { id: person.id },
      tokens.lead,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.employee.goals.edges).toHaveLength(goals);
    expect(result.data!.employee.wins.edges).toHaveLength(Math.min(goals, 5));
    return api.queries.count;
  }

  it("stay constant with check-ins, values, comments, history and wins, for 2 or 20 goals", async () => {
    const small = await statementsFor(2);
    const large = await statementsFor(20);
    expect(small).toBe(large);
    // Session, employee, goals page, wins page, key results, check-in points, check-in pages, wins'
    // goals, values (with their key results), comments, authors (check-ins' and comments' together).
    expect(large).toBe(11);
  });
});
