import { randomUUID } from "node:crypto";
import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createGoal, createSkill, GOAL_FIELDS, SMART_GOAL } from "./goal.test-helpers";

let api: TestApi;
let lead: TestEmployee;
let dev: TestEmployee;
let outsider: TestEmployee;
const tokens: Record<string, string> = {};
let skillId: string;

beforeAll(async () => {
  api = await startTestApi();
  lead = await createEmployee(api.dataSource, { name: "Draft Lead" });
  dev = await createEmployee(api.dataSource, { name: "Draft Dev", managerId: lead.id });
  outsider = await createEmployee(api.dataSource, { name: "Draft Outsider" });
  for (const [key, person] of Object.entries({ lead, dev, outsider }))
    tokens[key] = await signIn(api, person.email);
  skillId = (await createSkill(api.dataSource)).id;
});
afterAll(() => api.close());

const ASSESS = `query($input: SmartDraftInput!) {
  smartAssessment(input: $input) { specific measurable achievable relevant timeBound hints { criterion message } }
}`;

type Assessment = Record<string, boolean> & { hints: { criterion: string; message: string }[] };

async function assess(input: Record<string, unknown>, token = tokens.dev): Promise<Assessment> {
  const result = await api.gql<{ smartAssessment: Assessment }>(ASSESS, { input }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.smartAssessment;
}

const criteria = (smart: Assessment) => smart.hints.map((hint) => hint.criterion);

describe("smartAssessment of an unsaved draft", () => {
  it("changes its hints as the draft is filled in, and never counts as achievable", async () => {
    expect(criteria(await assess({}))).toEqual([
      "SPECIFIC",
      "MEASURABLE",
      "ACHIEVABLE",
      "RELEVANT",
      "TIME_BOUND",
    ]);
    const specific = { title: SMART_GOAL.title, description: SMART_GOAL.description };
    expect(criteria(await assess(specific))).toEqual(["MEASURABLE", "ACHIEVABLE", "RELEVANT", "TIME_BOUND"]);

    // A key result row without its target yet is there, but not measurable.
    const typing = await assess({ ...specific, keyResults: [{ startValue: 800, targetValue: null }] });
    expect(typing.measurable).toBe(false);
    expect(typing.hints.find((h) => h.criterion === "MEASURABLE")!.message).toMatch(/target different/);

    const measurable = { ...specific, keyResults: [{ startValue: 800, targetValue: 300 }] };
    expect(criteria(await assess(measurable))).toEqual(["ACHIEVABLE", "RELEVANT", "TIME_BOUND"]);
    const relevant = { ...measurable, skillIds: [skillId] };
    expect(criteria(await assess(relevant))).toEqual(["ACHIEVABLE", "TIME_BOUND"]);
    const tooLong = await assess({ ...relevant, startDate: "2025-01-01", dueDate: "2027-01-01" });
    expect(tooLong.hints.find((h) => h.criterion === "TIME_BOUND")!.message).toMatch(/within 18 months/);

    const complete = await assess({ ...relevant, startDate: "2025-01-01", dueDate: "2025-06-30" });
    expect(complete).toMatchObject({
      specific: true,
      measurable: true,
      achievable: false,
      relevant: true,
      timeBound: true,
    });
    expect(complete.hints).toEqual([{ criterion: "ACHIEVABLE", message: expect.stringMatching(/Submit/) }]);
  });

  it("gives the same answer as Goal.smart of the same goal once saved", async () => {
    const draft = { ...SMART_GOAL, dueDate: "2024-12-01", skillIds: [] };
    const saved = await createGoal(api, tokens.dev, draft);
    const goal = await api.gql<{ goal: { smart: Assessment } }>(
      `query($id: ID!) { goal(id: $id) { ${GOAL_FIELDS} } }`,
      { id: saved.id },
      tokens.dev,
    );
    expect(await assess(draft)).toEqual(goal.data!.goal.smart);
  });

  it("only counts a parent goal the viewer may see, and skills from the catalog", async () => {
    const orgGoal = await createGoal(api, tokens.lead, { ...SMART_GOAL, visibility: "ORGANIZATION" });
    const privateGoal = await createGoal(api, tokens.lead, { ...SMART_GOAL, visibility: "PRIVATE" });
    expect((await assess({ parentGoalId: orgGoal.id })).relevant).toBe(true);
    expect((await assess({ parentGoalId: orgGoal.id }, tokens.outsider)).relevant).toBe(true);
    // A goal the viewer may not see is as good as absent (createGoal refuses it), and nothing says it exists.
    expect((await assess({ parentGoalId: privateGoal.id })).relevant).toBe(false);
    expect((await assess({ parentGoalId: privateGoal.id }, tokens.outsider)).relevant).toBe(false);
    expect((await assess({ parentGoalId: randomUUID() })).relevant).toBe(false);
    expect((await assess({ skillIds: [randomUUID()] })).relevant).toBe(false);
    expect((await assess({ skillIds: [skillId, skillId] })).relevant).toBe(true);
  });

  it("answers in three SQL statements: the session, the parent goal, the skills", async () => {
    const orgGoal = await createGoal(api, tokens.lead, { ...SMART_GOAL, visibility: "ORGANIZATION" });
    api.queries.reset();
    await assess({ ...SMART_GOAL, parentGoalId: orgGoal.id, skillIds: [skillId, randomUUID()] });
    expect(api.queries.statements).toHaveLength(3);
  });

  it("rejects malformed drafts with field paths", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ dueDate: "30/06/2025" }, "input.dueDate"],
      [{ startDate: "2025-02-30" }, "input.startDate"],
      [{ parentGoalId: "not-a-goal" }, "input.parentGoalId"],
      [{ skillIds: ["x"] }, "input.skillIds"],
      [{ title: "x".repeat(201) }, "input.title"],
      [
        { keyResults: Array.from({ length: 11 }, () => ({ startValue: 0, targetValue: 1 })) },
        "input.keyResults",
      ],
    ];
    for (const [input, field] of cases) {
      const result = await api.gql(ASSESS, { input }, tokens.dev);
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
    }
  });

  it("needs a signed-in person", async () => {
    const result = await api.gql(ASSESS, { input: { title: "Anything" } });
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
