import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createGoal, createSkill } from "../goal/goal.test-helpers";
import { createPlanItem, daysFromToday, PLAN_ITEM_FIELDS, type PlanItemResult } from "./plan.test-helpers";

let api: TestApi;
let lead: TestEmployee;
let dev: TestEmployee;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  lead = await createEmployee(api.dataSource, { name: "Plan Lead" });
  dev = await createEmployee(api.dataSource, { name: "Plan Dev", managerId: lead.id });
  tokens.lead = await signIn(api, lead.email);
  tokens.dev = await signIn(api, dev.email);
});
afterAll(() => api.close());

const UPDATE = `mutation($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { ${PLAN_ITEM_FIELDS} } }`;
const SET_STATUS = `mutation($input: SetPlanItemStatusInput!) { setPlanItemStatus(input: $input) { ${PLAN_ITEM_FIELDS} } }`;
const DELETE = `mutation($input: DeletePlanItemInput!) { deletePlanItem(input: $input) }`;
const PLAN = `query($id: ID!, $status: PlanItemStatus, $first: Int, $after: String) { employee(id: $id) {
  developmentPlan { total planned inProgress done dropped completion overdueCount
    items(status: $status, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${PLAN_ITEM_FIELDS} } } } } } }`;

type Plan = {
  total: number;
  planned: number;
  inProgress: number;
  done: number;
  dropped: number;
  completion: number | null;
  overdueCount: number;
  items: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: PlanItemResult }[];
  };
};

async function planOf(person: TestEmployee, token: string, variables: Record<string, unknown> = {}) {
  const result = await api.gql<{ employee: { developmentPlan: Plan | null } }>(
    PLAN,
    { id: person.id, ...variables },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.employee.developmentPlan;
}

async function setStatus(item: { id: string; version: number }, status: string, reflection?: string) {
  return api.gql<{ setPlanItemStatus: PlanItemResult }>(
    SET_STATUS,
    { input: { id: item.id, version: item.version, status, reflection } },
    tokens.dev,
  );
}

describe("a development plan", () => {
  it("lists items by due date (undated last) then creation, with figures, overdue flags and pages", async () => {
    const person = await createEmployee(api.dataSource, { managerId: lead.id });
    const token = await signIn(api, person.email);
    const undated = await createPlanItem(api, token, { title: "Read a book", kind: "READING" });
    const late = await createPlanItem(api, token, { title: "Overdue course", dueDate: daysFromToday(-3) });
    const soon = await createPlanItem(api, token, {
      title: "Soon",
      kind: "PROJECT",
      dueDate: daysFromToday(5),
    });
    const sameDay = await createPlanItem(api, token, { title: "Same day", dueDate: daysFromToday(5) });
    const pastDone = await createPlanItem(api, token, { title: "Done late", dueDate: daysFromToday(-10) });
    const dropped = await createPlanItem(api, token, { title: "Dropped", dueDate: daysFromToday(-9) });

    const done = await api.gql<{ setPlanItemStatus: PlanItemResult }>(
      SET_STATUS,
      { input: { id: pastDone.id, version: 1, status: "DONE", reflection: "Learned a lot" } },
      token,
    );
    expect(done.data!.setPlanItemStatus).toMatchObject({ status: "DONE", overdue: false, version: 2 });
    await api.gql(SET_STATUS, { input: { id: dropped.id, version: 1, status: "DROPPED" } }, token);
    await api.gql(SET_STATUS, { input: { id: soon.id, version: 1, status: "IN_PROGRESS" } }, token);

    const plan = (await planOf(person, token, { first: 50 }))!;
    expect(plan).toMatchObject({ total: 6, planned: 3, inProgress: 1, done: 1, dropped: 1, overdueCount: 1 });
    expect(plan.completion).toBeCloseTo(1 / 5);
    expect(plan.items.edges.map((e) => e.node.title)).toEqual([
      pastDone.title,
      dropped.title,
      late.title,
      soon.title,
      sameDay.title,
      undated.title,
    ]);
    expect(plan.items.edges.map((e) => e.node.overdue)).toEqual([false, false, true, false, false, false]);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Plan = (await planOf(person, token, { first: 4, after, status: null }))!;
      seen.push(...page.items.edges.map((e) => e.node.id));
      after = page.items.pageInfo.hasNextPage ? page.items.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(plan.items.edges.map((e) => e.node.id));

    const planned = (await planOf(person, token, { status: "PLANNED" }))!;
    expect(planned.items.totalCount).toBe(3);
    expect(planned.items.edges.map((e) => e.node.id)).toEqual([late.id, sameDay.id, undated.id]);
  });

  it("has no completion without items that count", async () => {
    const person = await createEmployee(api.dataSource);
    const token = await signIn(api, person.email);
    expect(await planOf(person, token)).toMatchObject({ total: 0, completion: null, overdueCount: 0 });
    const item = await createPlanItem(api, token);
    await api.gql(SET_STATUS, { input: { id: item.id, version: 1, status: "DROPPED" } }, token);
    expect(await planOf(person, token)).toMatchObject({ total: 1, dropped: 1, completion: null });
  });

  it("refuses a malformed cursor with BAD_USER_INPUT", async () => {
    const result = await api.gql(PLAN, { id: dev.id, after: "nonsense" }, tokens.dev);
    expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });
});

describe("plan item writes", () => {
  it("create an item with its skill and the owner's goal, and edit and clear its fields", async () => {
    const skill = await createSkill(api.dataSource);
    const goal = await createGoal(api, tokens.dev, { title: "Own goal" });
    const item = await createPlanItem(api, tokens.dev, {
      kind: "MENTORING",
      title: "  Pair with a staff engineer  ",
      link: "https://example.com/pairing",
      skillId: skill.id,
      goalId: goal.id,
      dueDate: "2031-05-01",
    });
    expect(item).toMatchObject({
      version: 1,
      kind: "MENTORING",
      title: "Pair with a staff engineer",
      link: "https://example.com/pairing",
      status: "PLANNED",
      dueDate: "2031-05-01",
      overdue: false,
      viewerCanEdit: true,
      skill: { id: skill.id, name: skill.name },
      goal: { id: goal.id, title: "Own goal" },
    });
    const edited = await api.gql<{ updatePlanItem: PlanItemResult }>(
      UPDATE,
      {
        input: {
          id: item.id,
          version: 1,
          title: "Pair weekly",
          clearGoal: true,
          clearLink: true,
          kind: "COACHING",
        },
      },
      tokens.dev,
    );
    expect(edited.data!.updatePlanItem).toMatchObject({
      version: 2,
      title: "Pair weekly",
      kind: "COACHING",
      link: null,
      goal: null,
      skill: { id: skill.id },
    });
  });

  it("refuse a stale version with CONFLICT and leave the row unchanged", async () => {
    const item = await createPlanItem(api, tokens.dev, { title: "Original" });
    const first = await api.gql(UPDATE, { input: { id: item.id, version: 1, title: "First" } }, tokens.dev);
    expect(first.errors).toBeUndefined();
    const stale = await api.gql(UPDATE, { input: { id: item.id, version: 1, title: "Second" } }, tokens.dev);
    expect(stale.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      fields: [{ field: "input.version" }],
    });
    const staleStatus = await setStatus({ id: item.id, version: 1 }, "IN_PROGRESS");
    expect(staleStatus.errors![0].extensions!.code).toBe("CONFLICT");
    const staleDelete = await api.gql(DELETE, { input: { id: item.id, version: 1 } }, tokens.dev);
    expect(staleDelete.errors![0].extensions!.code).toBe("CONFLICT");
    const [row] = await api.dataSource.query("SELECT title, version, status FROM plan_items WHERE id = $1", [
      item.id,
    ]);
    expect(row).toEqual({ title: "First", version: 2, status: "PLANNED" });
  });

  it("need a reflection to mark an item done, keep it when reopened, and stamp completion", async () => {
    const item = await createPlanItem(api, tokens.dev, { title: "Finish the course" });
    for (const reflection of [undefined, "   "]) {
      const refused = await setStatus(item, "DONE", reflection);
      expect(refused.errors![0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ field: "input.reflection" }],
      });
    }
    const done = await setStatus(item, "DONE", "  Async patterns finally clicked.  ");
    expect(done.data!.setPlanItemStatus).toMatchObject({
      status: "DONE",
      reflection: "Async patterns finally clicked.",
      version: 2,
    });
    expect(done.data!.setPlanItemStatus.completedAt).not.toBeNull();
    const reopened = await setStatus({ id: item.id, version: 2 }, "IN_PROGRESS");
    expect(reopened.data!.setPlanItemStatus).toMatchObject({ status: "IN_PROGRESS", completedAt: null });
    const doneAgain = await setStatus({ id: item.id, version: 3 }, "DONE");
    expect(doneAgain.data!.setPlanItemStatus).toMatchObject({
      status: "DONE",
      reflection: "Async patterns finally clicked.",
    });
  });

  it("validate input with field paths", async () => {
    const create = (input: Record<string, unknown>) =>
      api.gql(
        `mutation($input: CreatePlanItemInput!) { createPlanItem(input: $input) { id } }`,
        { input: { kind: "COURSE", title: "Fine", ...input } },
        tokens.dev,
      );
    const fieldsOf = (result: Awaited<ReturnType<typeof create>>) => {
      expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      return [...new Set(result.errors![0].extensions!.fields!.map((f) => f.field))].sort();
    };
    expect(
      fieldsOf(await create({ title: "", link: "ftp://example.com/file", dueDate: "2025-02-30" })),
    ).toEqual(["input.dueDate", "input.link", "input.title"]);
    expect(fieldsOf(await create({ title: "x".repeat(201) }))).toEqual(["input.title"]);
    expect(fieldsOf(await create({ title: "   " }))).toEqual(["input.title"]);
    expect(fieldsOf(await create({ link: "javascript:alert(1)" }))).toEqual(["input.link"]);
    expect(fieldsOf(await create({ skillId: "6f9619ff-8b86-4011-b42d-00cf4fc964ff" }))).toEqual([
      "input.skillId",
    ]);
    expect(fieldsOf(await create({ goalId: "6f9619ff-8b86-4011-b42d-00cf4fc964ff" }))).toEqual([
      "input.goalId",
    ]);
    const othersGoal = await createGoal(api, tokens.lead, {
      title: "Lead's goal",
      visibility: "ORGANIZATION",
    });
    const refused = await create({ goalId: othersGoal.id });
    expect(fieldsOf(refused)).toEqual(["input.goalId"]);
    expect(refused.errors![0].message).toBe("Choose one of your own goals.");

    const item = await createPlanItem(api, tokens.dev);
    const update = await api.gql(
      UPDATE,
      { input: { id: item.id, version: 1, goalId: othersGoal.id, link: "not a link" } },
      tokens.dev,
    );
    expect(fieldsOf(update)).toEqual(["input.link"]);
    const updateGoal = await api.gql(
      UPDATE,
      { input: { id: item.id, version: 1, goalId: othersGoal.id } },
      tokens.dev,
    );
    expect(fieldsOf(updateGoal)).toEqual(["input.goalId"]);
  });

  it("are audited, each in its transaction, and a deleted item is gone", async () => {
    const item = await createPlanItem(api, tokens.dev, { title: "Audited" });
    await api.gql(UPDATE, { input: { id: item.id, version: 1, title: "Audited twice" } }, tokens.dev);
    await setStatus({ id: item.id, version: 2 }, "IN_PROGRESS");
    const deleted = await api.gql<{ deletePlanItem: string }>(
      DELETE,
      { input: { id: item.id, version: 3 } },
      tokens.dev,
    );
    expect(deleted.data!.deletePlanItem).toBe(item.id);
    const events = await api.dataSource.query(
      "SELECT action, actor_id FROM audit_events WHERE entity_id = $1 AND entity_type = 'PlanItem' ORDER BY created_at",
      [item.id],
    );
    expect(events).toEqual(
      ["plan_item.created", "plan_item.updated", "plan_item.status_changed", "plan_item.deleted"].map(
        (action) => ({ action, actor_id: dev.id }),
      ),
    );
    const [{ n }] = await api.dataSource.query("SELECT count(*)::int AS n FROM plan_items WHERE id = $1", [
      item.id,
    ]);
    expect(n).toBe(0);
  });
});

describe("goals and plan items", () => {
  it("list a goal's plan items, and show a goal on an item only to those who may see the goal", async () => {
    const goal = await createGoal(api, tokens.dev, { title: "Private growth goal", visibility: "PRIVATE" });
    const a = await createPlanItem(api, tokens.dev, {
      title: "Item A",
      goalId: goal.id,
      dueDate: "2031-01-01",
    });
    const b = await createPlanItem(api, tokens.dev, {
      title: "Item B",
      goalId: goal.id,
      dueDate: "2030-01-01",
    });
    const result = await api.gql<{ goal: { planItems: { id: string; goal: { id: string } }[] } }>(
      `query($id: ID!) { goal(id: $id) { planItems { id goal { id } } } }`,
      { id: goal.id },
      tokens.lead,
    );
    expect(result.data!.goal.planItems.map((item) => item.id)).toEqual([b.id, a.id]);
    expect(result.data!.goal.planItems[0].goal).toEqual({ id: goal.id });
  });
});
