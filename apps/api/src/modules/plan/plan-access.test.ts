import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createGoal, createSkill } from "../goal/goal.test-helpers";
import { createPlanItem, insertMentorship, type PlanItemResult } from "./plan.test-helpers";

let api: TestApi;
let owner: TestEmployee;
const tokens: Record<string, string> = {};
let item: PlanItemResult;
let goalId: string;

/** One small organization with every relationship DESIGN.md §3 names. */
beforeAll(async () => {
  api = await startTestApi();
  const vp = await createEmployee(api.dataSource, { name: "Plan VP" });
  const lead = await createEmployee(api.dataSource, { name: "Plan Lead", managerId: vp.id });
  owner = await createEmployee(api.dataSource, { name: "Plan Owner", managerId: lead.id });
  const peer = await createEmployee(api.dataSource, { name: "Plan Peer", managerId: lead.id });
  const otherLead = await createEmployee(api.dataSource, { name: "Other Lead" });
  const mentor = await createEmployee(api.dataSource, { name: "Active Mentor", managerId: otherLead.id });
  const proposed = await createEmployee(api.dataSource, { name: "Proposed Mentor", managerId: otherLead.id });
  const stranger = await createEmployee(api.dataSource, { name: "Stranger", managerId: otherLead.id });
  const hr = await createEmployee(api.dataSource, { name: "Plan HR", role: "HR_ADMIN" });
  await insertMentorship(api.dataSource, mentor.id, owner.id, "ACTIVE");
  await insertMentorship(api.dataSource, proposed.id, owner.id, "PROPOSED");
  const people = { vp, lead, owner, peer, mentor, proposed, stranger, hr };
  for (const [key, person] of Object.entries(people)) tokens[key] = await signIn(api, person.email);
  goalId = (await createGoal(api, tokens.owner, { title: "Org goal", visibility: "ORGANIZATION" })).id;
  item = await createPlanItem(api, tokens.owner, { title: "Secret plan", goalId });
});
afterAll(() => api.close());

const READERS = ["owner", "lead", "vp", "mentor", "hr"];
const NON_READERS = ["proposed", "peer", "stranger"];

describe("reading a development plan", () => {
  const PLAN = `query($id: ID!) { employee(id: $id) {
    developmentPlan { total items { totalCount edges { node { title viewerCanEdit } } } } } }`;

  it.each(READERS)("is allowed to %s", async (who) => {
    const result = await api.gql<{
      employee: {
        developmentPlan: { total: number; items: { edges: { node: { viewerCanEdit: boolean } }[] } };
      };
    }>(PLAN, { id: owner.id }, tokens[who]);
    expect(result.errors).toBeUndefined();
    expect(result.data!.employee.developmentPlan.total).toBe(1);
    expect(result.data!.employee.developmentPlan.items.edges[0].node.viewerCanEdit).toBe(who === "owner");
  });

  it.each(NON_READERS)("answers null to %s, revealing nothing", async (who) => {
    const result = await api.gql<{ employee: { developmentPlan: null } }>(
      PLAN,
      { id: owner.id },
      tokens[who],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.employee.developmentPlan).toBeNull();
  });

  it("through a goal: plan items only for those who may see the plan", async () => {
    for (const who of [...READERS, ...NON_READERS]) {
      const result = await api.gql<{ goal: { planItems: { title: string }[] } }>(
        `query($id: ID!) { goal(id: $id) { planItems { title } } }`,
        { id: goalId },
        tokens[who],
      );
      expect(result.errors).toBeUndefined();
      expect([who, result.data!.goal.planItems.length]).toEqual([who, READERS.includes(who) ? 1 : 0]);
    }
  });
});

describe("changing a development plan", () => {
  const UPDATE = `mutation($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { title } }`;

  it.each([...READERS.filter((who) => who !== "owner")])(
    "is FORBIDDEN to %s, who may read it",
    async (who) => {
      const result = await api.gql(
        UPDATE,
        { input: { id: item.id, version: 1, title: "Taken over" } },
        tokens[who],
      );
      expect(result.errors![0].extensions!.code).toBe("FORBIDDEN");
    },
  );

  it.each(NON_READERS)("is NOT_FOUND for %s, who may not see it", async (who) => {
    for (const [mutation, input] of [
      [UPDATE, { id: item.id, version: 1, title: "Taken over" }],
      [
        `mutation($input: SetPlanItemStatusInput!) { setPlanItemStatus(input: $input) { id } }`,
        { id: item.id, version: 1, status: "DROPPED" },
      ],
      [
        `mutation($input: DeletePlanItemInput!) { deletePlanItem(input: $input) }`,
        { id: item.id, version: 1 },
      ],
    ] as const) {
      const result = await api.gql(mutation, { input }, tokens[who]);
      expect(result.errors![0].extensions!.code).toBe("NOT_FOUND");
    }
  });

  it("is the owner's: a manager adds items to their own plan only", async () => {
    const created = await createPlanItem(api, tokens.lead, { title: "Lead's own item" });
    const [row] = await api.dataSource.query("SELECT employee_id FROM plan_items WHERE id = $1", [
      created.id,
    ]);
    const [lead] = await api.dataSource.query("SELECT id FROM employees WHERE name = 'Plan Lead'");
    expect(row.employee_id).toBe(lead.id);
    const [unchanged] = await api.dataSource.query("SELECT title, version FROM plan_items WHERE id = $1", [
      item.id,
    ]);
    expect(unchanged).toEqual({ title: "Secret plan", version: 1 });
  });

  it("shows a mentor the item but not a PRIVATE goal it serves", async () => {
    const privateGoal = await createGoal(api, tokens.owner, { title: "Private goal", visibility: "PRIVATE" });
    const linked = await createPlanItem(api, tokens.owner, { title: "Linked", goalId: privateGoal.id });
    const read = async (who: string) => {
      const result = await api.gql<{
        employee: {
          developmentPlan: { items: { edges: { node: { id: string; goal: { title: string } | null } }[] } };
        };
      }>(
        `query($id: ID!) { employee(id: $id) { developmentPlan { items { edges { node { id goal { title } } } } } } }`,
        { id: owner.id },
        tokens[who],
      );
      return result.data!.employee.developmentPlan.items.edges.find((e) => e.node.id === linked.id)!.node
        .goal;
    };
    expect(await read("mentor")).toBeNull();
    expect(await read("lead")).toEqual({ title: "Private goal" });
  });
});

describe("SQL statements", () => {
  const QUERY = `query($department: String!) { employees(first: 30, filter: { department: $department }) {
    edges { node { developmentPlan { completion items(first: 10) { edges { node {
      skill { name } goal { title } } } } } } } } }`;

  async function statementsFor(size: number): Promise<number> {
    const department = `Plan stmt ${size}`;
    const skill = await createSkill(api.dataSource);
    for (let i = 0; i < size; i++) {
      const person = await createEmployee(api.dataSource, { department });
      const token = await signIn(api, person.email);
      const goal = await createGoal(api, token, { title: `Goal ${i}` });
      await createPlanItem(api, token, { title: "With skill and goal", skillId: skill.id, goalId: goal.id });
      await createPlanItem(api, token, { title: "Plain", dueDate: "2030-01-01" });
    }
    api.queries.reset();
    const result = await api.gql<{ employees: { edges: { node: { developmentPlan: unknown } }[] } }>(
      QUERY,
      { department },
      tokens.hr,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.employees.edges).toHaveLength(size);
    expect(result.data!.employees.edges.every((e) => e.node.developmentPlan !== null)).toBe(true);
    return api.queries.count;
  }

  it("stay constant for plans with items, skills and goals, for 5 or 30 people", async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(30);
    // session lookup, count, page, plans, item pages, skills, goals
    expect(large).toBe(7);
    expect(small).toBe(large);
  });
});
