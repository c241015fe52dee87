import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createGoal, createSkill, GOAL_FIELDS, SMART_GOAL } from "./goal.test-helpers";

let api: TestApi;
let vp: TestEmployee;
let lead: TestEmployee;
let dev: TestEmployee;
let peer: TestEmployee;
const tokens: Record<string, string> = {};
let skillId: string;

beforeAll(async () => {
  api = await startTestApi();
  vp = await createEmployee(api.dataSource, { name: "Goal VP" });
  lead = await createEmployee(api.dataSource, { name: "Goal Lead", managerId: vp.id });
  dev = await createEmployee(api.dataSource, { name: "Goal Dev", managerId: lead.id });
  peer = await createEmployee(api.dataSource, { name: "Goal Peer", managerId: lead.id });
  for (const [key, person] of Object.entries({ vp, lead, dev, peer }))
    tokens[key] = await signIn(api, person.email);
  skillId = (await createSkill(api.dataSource)).id;
});
afterAll(() => api.close());

const UPDATE = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { ${GOAL_FIELDS} } }`;
const step = (name: string, input = "GoalTransitionInput") =>
  `mutation($input: ${input}!) { ${name}(input: $input) { ${GOAL_FIELDS} approvedBy { id } } }`;
const SUBMIT = step("submitGoal");
const APPROVE = step("approveGoal", "ApproveGoalInput");
const SEND_BACK = step("sendBackGoal", "SendBackGoalInput");

type GoalResult = {
  id: string;
  version: number;
  status: string;
  approvalComment: string | null;
  approvedBy: { id: string } | null;
  smart: Record<string, boolean> & { hints: { criterion: string; message: string }[] };
};

async function submittedGoal(): Promise<{ id: string; version: number }> {
  const goal = await createGoal(api, tokens.dev, { ...SMART_GOAL, skillIds: [skillId] });
  const result = await api.gql<{ submitGoal: GoalResult }>(
    SUBMIT,
    { input: { id: goal.id, version: 1 } },
    tokens.dev,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.submitGoal.status).toBe("PENDING_APPROVAL");
  const { id, version } = result.data!.submitGoal;
  return { id, version };
}

describe("the SMART assessment", () => {
  it("changes its hints as the goal is filled in, and gates submitting", async () => {
    const goal = await createGoal(api, tokens.dev, { title: "Be better" });
    const hintsOf = (result: { data?: { updateGoal: GoalResult } | null }) =>
      result.data!.updateGoal.smart.hints.map((hint) => hint.criterion);

    const refused = await api.gql(SUBMIT, { input: { id: goal.id, version: 1 } }, tokens.dev);
    expect(refused.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(refused.errors![0].extensions!.fields!.map((f) => f.field)).toEqual([
      "smart.specific",
      "smart.measurable",
      "smart.relevant",
      "smart.timeBound",
    ]);
    expect(refused.errors![0].extensions!.fields![1].message).toMatch(/Add a key result with a number/);

    let version = 1;
    const update = async (input: Record<string, unknown>) => {
      const result = await api.gql<{ updateGoal: GoalResult }>(
        UPDATE,
        { input: { id: goal.id, version, ...input } },
        tokens.dev,
      );
      expect(result.errors).toBeUndefined();
      version = result.data!.updateGoal.version;
      return result;
    };
    expect(hintsOf(await update({ title: SMART_GOAL.title, description: SMART_GOAL.description }))).toEqual([
      "MEASURABLE",
      "ACHIEVABLE",
      "RELEVANT",
      "TIME_BOUND",
    ]);
    const added = await api.gql<{ addKeyResult: GoalResult }>(
      `mutation($input: AddKeyResultInput!) { addKeyResult(input: $input) { ${GOAL_FIELDS} } }`,
      { input: { goalId: goal.id, goalVersion: version, ...SMART_GOAL.keyResults[0] } },
      tokens.dev,
    );
    expect(added.data!.addKeyResult.smart.measurable).toBe(true);
    version = added.data!.addKeyResult.version;
    expect(hintsOf(await update({ skillIds: [skillId] }))).toEqual(["ACHIEVABLE", "TIME_BOUND"]);
    expect(hintsOf(await update({ startDate: "2025-01-01", dueDate: "2027-01-01" }))).toEqual([
      "ACHIEVABLE",
      "TIME_BOUND",
    ]);
    expect(hintsOf(await update({ dueDate: "2025-12-31" }))).toEqual(["ACHIEVABLE"]);

    const submitted = await api.gql<{ submitGoal: GoalResult }>(
      SUBMIT,
      { input: { id: goal.id, version } },
      tokens.dev,
    );
    expect(submitted.data!.submitGoal.status).toBe("PENDING_APPROVAL");
    expect(submitted.data!.submitGoal.smart.hints[0].message).toMatch(/Waiting/);
  });
});

describe("approval", () => {
  it("by the direct manager activates the goal and makes it achievable", async () => {
    const goal = await submittedGoal();
    const result = await api.gql<{ approveGoal: GoalResult }>(APPROVE, { input: goal }, tokens.lead);
    expect(result.data!.approveGoal).toMatchObject({
      status: "ACTIVE",
      approvedBy: { id: lead.id },
      smart: { achievable: true, hints: [] },
    });
    const [event] = await api.dataSource.query(
      "SELECT actor_id, action FROM audit_events WHERE entity_id = $1 AND action = 'goal.approved'",
      [goal.id],
    );
    expect(event).toEqual({ actor_id: lead.id, action: "goal.approved" });
  });

  it("works for a skip-level manager too", async () => {
    const goal = await submittedGoal();
    const result = await api.gql<{ approveGoal: GoalResult }>(APPROVE, { input: goal }, tokens.vp);
    expect(result.data!.approveGoal).toMatchObject({ status: "ACTIVE", approvedBy: { id: vp.id } });
  });

  it("is refused to a peer and to the owner", async () => {
    const goal = await submittedGoal();
    const byPeer = await api.gql(APPROVE, { input: goal }, tokens.peer);
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(byPeer.errors![0].extensions!.code);
    const byOwner = await api.gql(APPROVE, { input: goal }, tokens.dev);
    expect(byOwner.errors![0].extensions!.code).toBe("FORBIDDEN");
    const [row] = await api.dataSource.query("SELECT status FROM goals WHERE id = $1", [goal.id]);
    expect(row.status).toBe("PENDING_APPROVAL");
  });

  it("can send the goal back to draft with a comment, which is required", async () => {
    const goal = await submittedGoal();
    const blank = await api.gql(SEND_BACK, { input: { ...goal, comment: "  " } }, tokens.lead);
    expect(blank.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.comment" }],
    });
    const result = await api.gql<{ sendBackGoal: GoalResult }>(
      SEND_BACK,
      { input: { ...goal, comment: "Aim for 400 ms first." } },
      tokens.lead,
    );
    expect(result.data!.sendBackGoal).toMatchObject({
      status: "DRAFT",
      approvalComment: "Aim for 400 ms first.",
    });
  });

  it("activates at once a goal of someone without a manager", async () => {
    const goal = await createGoal(api, tokens.vp, { ...SMART_GOAL, skillIds: [skillId] });
    const result = await api.gql<{ submitGoal: GoalResult }>(
      SUBMIT,
      { input: { id: goal.id, version: 1 } },
      tokens.vp,
    );
    expect(result.data!.submitGoal.status).toBe("ACTIVE");
  });
});

describe("goal writes", () => {
  it("refuse a stale version with CONFLICT and leave the row unchanged", async () => {
    const goal = await createGoal(api, tokens.dev, { title: "Original title" });
    const first = await api.gql(
      UPDATE,
      { input: { id: goal.id, version: 1, title: "First edit" } },
      tokens.dev,
    );
    expect(first.errors).toBeUndefined();
    const stale = await api.gql(
      UPDATE,
      { input: { id: goal.id, version: 1, title: "Second edit" } },
      tokens.dev,
    );
    expect(stale.errors![0].extensions!.code).toBe("CONFLICT");
    const [row] = await api.dataSource.query("SELECT title, version FROM goals WHERE id = $1", [goal.id]);
    expect(row).toEqual({ title: "First edit", version: 2 });
  });

  it("refuse making a goal its own ancestor", async () => {
    const top = await createGoal(api, tokens.dev, { title: "Top goal" });
    const middle = await createGoal(api, tokens.dev, { title: "Middle goal", parentGoalId: top.id });
    const bottom = await createGoal(api, tokens.dev, { title: "Bottom goal", parentGoalId: middle.id });
    for (const parentGoalId of [bottom.id, top.id]) {
      const result = await api.gql(UPDATE, { input: { id: top.id, version: 1, parentGoalId } }, tokens.dev);
      expect(result.errors![0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ field: "input.parentGoalId" }],
      });
    }
    const [row] = await api.dataSource.query("SELECT parent_goal_id FROM goals WHERE id = $1", [top.id]);
    expect(row.parent_goal_id).toBeNull();
  });

  it("are the owner's only, and each is audited", async () => {
    const goal = await createGoal(api, tokens.dev, { title: "Team goal", visibility: "TEAM" });
    const byPeer = await api.gql(
      UPDATE,
      { input: { id: goal.id, version: 1, title: "Mine now" } },
      tokens.peer,
    );
    expect(byPeer.errors![0].extensions!.code).toBe("FORBIDDEN");
    const byManager = await api.gql(
      UPDATE,
      { input: { id: goal.id, version: 1, title: "Mine now" } },
      tokens.lead,
    );
    expect(byManager.errors![0].extensions!.code).toBe("FORBIDDEN");
    const abandoned = await api.gql(step("abandonGoal"), { input: { id: goal.id, version: 1 } }, tokens.dev);
    expect(abandoned.errors).toBeUndefined();
    const events = await api.dataSource.query(
      "SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY created_at",
      [goal.id],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual(["goal.created", "goal.abandoned"]);
  });

  it("validate input with field paths", async () => {
    const result = await api.gql(
      `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }`,
      {
        input: {
          title: "",
          dueDate: "2025-02-30",
          keyResults: [{ title: "", startValue: 0, targetValue: 1 }],
        },
      },
      tokens.dev,
    );
    expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(result.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual([
      "input.dueDate",
      "input.keyResults.0.title",
      "input.title",
    ]);
  });

  it("update, complete and report progress through key results", async () => {
    const goal = await submittedGoal();
    const approved = await api.gql<{ approveGoal: GoalResult }>(APPROVE, { input: goal }, tokens.lead);
    const read = async () =>
      api.gql<{
        goal: {
          version: number;
          progress: number;
          keyResults: { id: string; version: number; progress: number }[];
        };
      }>(
        `query($id: ID!) { goal(id: $id) { version progress keyResults { id version progress } } }`,
        { id: goal.id },
        tokens.dev,
      );
    const before = (await read()).data!.goal;
    expect(before.progress).toBe(0);
    const kr = before.keyResults[0];
    const updated = await api.gql(
      `mutation($input: UpdateKeyResultInput!) { updateKeyResult(input: $input) { version progress } }`,
      { input: { id: kr.id, version: kr.version, currentValue: 550 } },
      tokens.dev,
    );
    expect(updated.data!.updateKeyResult).toEqual({
      version: approved.data!.approveGoal.version + 1,
      progress: 0.5,
    });
    const completed = await api.gql<{ completeGoal: GoalResult }>(
      step("completeGoal"),
      { input: { id: goal.id, version: approved.data!.approveGoal.version + 1 } },
      tokens.dev,
    );
    expect(completed.data!.completeGoal.status).toBe("COMPLETED");
  });
});
