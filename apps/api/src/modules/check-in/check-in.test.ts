import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createGoal } from "../goal/goal.test-helpers";
import { createActiveGoal, currentValues, RECORD, recordCheckIn } from "./check-in.test-helpers";

let api: TestApi;
let lead: TestEmployee;
let owner: TestEmployee;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  lead = await createEmployee(api.dataSource, { name: "Check-in Lead" });
  owner = await createEmployee(api.dataSource, { name: "Check-in Owner", managerId: lead.id });
  const stranger = await createEmployee(api.dataSource, { name: "Check-in Stranger" });
  for (const [key, person] of Object.entries({ lead, owner, stranger })) {
    tokens[key] = await signIn(api, person.email);
  }
});
afterAll(() => api.close());

type Errors = { extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
const failure = (errors: Errors | undefined) => ({
  code: errors?.[0].extensions?.code,
  fields: errors?.[0].extensions?.fields?.map((f) => f.field) ?? [],
});

describe("recordCheckIn", () => {
  it("sets the key results, keeps the previous values, and records progress, confidence and time on the goal", async () => {
    const goal = await createActiveGoal(api, tokens.owner);
    const [reports, incidents] = goal.keyResultIds;
    const checkIn = await recordCheckIn(api, tokens.owner, {
      goalId: goal.id,
      kind: "WIN",
      confidence: 8,
      note: "  Half the reports moved.  ",
      values: [
        { keyResultId: incidents, value: 50 },
        { keyResultId: reports, value: 5 },
      ],
    });
    expect(checkIn).toMatchObject({
      kind: "WIN",
      confidence: 8,
      note: "Half the reports moved.",
      lesson: null,
      progress: 0.5,
      author: { id: owner.id },
      goal: { id: goal.id, lastConfidence: 8 },
      // In the key results' order, whatever the order of the input.
      values: [
        { value: 5, previousValue: 0, keyResult: { id: reports, currentValue: 5 } },
        { value: 50, previousValue: 100, keyResult: { id: incidents, currentValue: 50 } },
      ],
    });
    expect(await currentValues(api, goal.id)).toEqual([5, 50]);

    const second = await recordCheckIn(api, tokens.owner, {
      goalId: goal.id,
      values: [{ keyResultId: reports, value: 10 }],
    });
    expect(second).toMatchObject({ kind: "UPDATE", progress: 0.75 });
    expect(second.values).toEqual([expect.objectContaining({ value: 10, previousValue: 5 })]);
    // Each check-in is an edit of the goal's key results: the goal's version moves.
    expect(second.goal.version).toBe(checkIn.goal.version + 1);

    const [row] = await api.dataSource.query(
      `SELECT g.last_confidence, g.last_check_in_at = c.created_at AS "sameTime"
       FROM goals g JOIN check_ins c ON c.id = $2 WHERE g.id = $1`,
      [goal.id, second.id],
    );
    expect(row).toEqual({ last_confidence: 7, sameTime: true });
    const events = await api.dataSource.query(
      "SELECT action, data->>'checkInId' AS id FROM audit_events WHERE entity_id = $1 AND action LIKE 'check_in.%' ORDER BY created_at",
      [goal.id],
    );
    expect(events).toEqual([
      { action: "check_in.recorded", id: checkIn.id },
      { action: "check_in.recorded", id: second.id },
    ]);
  });

  it("refuses a stale goal version with CONFLICT when one is given", async () => {
    const goal = await createActiveGoal(api, tokens.owner);
    const first = await recordCheckIn(api, tokens.owner, { goalId: goal.id, goalVersion: 1 });
    const stale = await api.gql(
      RECORD,
      { input: { goalId: goal.id, goalVersion: 1, confidence: 5 } },
      tokens.owner,
    );
    expect(failure(stale.errors)).toEqual({ code: "CONFLICT", fields: ["input.goalVersion"] });
    await recordCheckIn(api, tokens.owner, { goalId: goal.id, goalVersion: first.goal.version });
  });

  describe("refuses, and writes nothing,", () => {
    let goal: { id: string; keyResultIds: string[] };
    let other: { id: string; keyResultIds: string[] };
    beforeAll(async () => {
      goal = await createActiveGoal(api, tokens.owner, { visibility: "PRIVATE" });
      other = await createActiveGoal(api, tokens.owner);
    });
    afterEach(async () => {
      expect(await currentValues(api, goal.id)).toEqual([0, 100]);
      const [{ n }] = await api.dataSource.query(
        "SELECT count(*)::int AS n FROM check_ins WHERE goal_id = $1",
        [goal.id],
      );
      expect(n).toBe(0);
      const [row] = await api.dataSource.query(
        "SELECT last_check_in_at, last_confidence, version FROM goals WHERE id = $1",
        [goal.id],
      );
      expect(row).toEqual({ last_check_in_at: null, last_confidence: null, version: 1 });
    });
    const attempt = (input: Record<string, unknown>, token = tokens.owner) =>
      api.gql(
        RECORD,
        {
          input: {
            goalId: goal.id,
            confidence: 5,
            values: [{ keyResultId: goal.keyResultIds[0], value: 3 }],
            ...input,
          },
        },
        token,
      );

    it("a setback without a lesson", async () => {
      for (const lesson of [undefined, "   "]) {
        const result = await attempt({ kind: "SETBACK", lesson });
        expect(failure(result.errors)).toEqual({ code: "BAD_USER_INPUT", fields: ["input.lesson"] });
      }
    });

    it("a confidence outside 0–10", async () => {
      for (const confidence of [-1, 11]) {
        const result = await attempt({ confidence });
        expect(failure(result.errors)).toEqual({ code: "BAD_USER_INPUT", fields: ["input.confidence"] });
      }
    });

    it("a key result of another goal, or one given twice", async () => {
      const foreign = await attempt({ values: [{ keyResultId: other.keyResultIds[0], value: 1 }] });
      expect(failure(foreign.errors)).toEqual({
        code: "BAD_USER_INPUT",
        fields: ["input.values.0.keyResultId"],
      });
      const twice = await attempt({
        values: [
          { keyResultId: goal.keyResultIds[1], value: 1 },
          { keyResultId: goal.keyResultIds[0], value: 1 },
          { keyResultId: goal.keyResultIds[1], value: 2 },
        ],
      });
      expect(failure(twice.errors)).toEqual({
        code: "BAD_USER_INPUT",
        fields: ["input.values.2.keyResultId"],
      });
    });

    it("a value that isn't a finite number", async () => {
      const result = await api.gql(
        `mutation { recordCheckIn(input: { goalId: "${goal.id}", confidence: 5,
           values: [{ keyResultId: "${goal.keyResultIds[0]}", value: 1e999 }] }) { id } }`,
        {},
        tokens.owner,
      );
      expect(failure(result.errors)).toEqual({ code: "BAD_USER_INPUT", fields: ["input.values.0.value"] });
    });

    it("anyone but the owner: FORBIDDEN to the manager who sees the goal, NOT_FOUND to a stranger", async () => {
      expect(failure((await attempt({}, tokens.lead)).errors).code).toBe("FORBIDDEN");
      expect(failure((await attempt({}, tokens.stranger)).errors).code).toBe("NOT_FOUND");
    });

    it("a check-in that fails half-way (the whole transaction rolls back)", async () => {
      // Fail the last statement of the transaction, after the key results were written.
      await api.dataSource.query(`
        CREATE FUNCTION fail_check_in_audit() RETURNS trigger LANGUAGE plpgsql AS
          $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$;
        CREATE TRIGGER fail_check_in_audit BEFORE INSERT ON audit_events FOR EACH ROW
          WHEN (NEW.action = 'check_in.recorded') EXECUTE FUNCTION fail_check_in_audit();`);
      try {
        const result = await attempt({});
        expect(failure(result.errors).code).toBe("INTERNAL_SERVER_ERROR");
      } finally {
        await api.dataSource.query(
          "DROP TRIGGER fail_check_in_audit ON audit_events; DROP FUNCTION fail_check_in_audit();",
        );
      }
    });
  });

  it("is refused on a goal that isn't active, saying why", async () => {
    const draft = await createGoal(api, tokens.owner, {
      keyResults: [{ title: "Count", startValue: 0, targetValue: 10 }],
    });
    const result = await api.gql<never>(RECORD, { input: { goalId: draft.id, confidence: 5 } }, tokens.owner);
    expect(failure(result.errors)).toEqual({ code: "BAD_USER_INPUT", fields: ["input.goalId"] });
    expect(result.errors![0].message).toMatch(/draft: check-ins are for active goals only/);
  });
});

describe("concurrent check-ins on one goal", () => {
  it("all land, one after the other, and the last committed one's values are the current values", async () => {
    const goal = await createActiveGoal(api, tokens.owner);
    const [reports, incidents] = goal.keyResultIds;
    const n = 8;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        api.gql<{ recordCheckIn: { id: string } }>(
          RECORD,
          {
            input: {
              goalId: goal.id,
              confidence: i,
              values: [
                { keyResultId: reports, value: i + 1 },
                { keyResultId: incidents, value: 90 - i },
              ],
            },
          },
          tokens.owner,
        ),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual(Array(n).fill(undefined));

    const checkIns: {
      id: string;
      confidence: number;
      values: { kr: string; value: string; previous: string }[];
    }[] = await api.dataSource.query(
      `SELECT c.id, c.confidence, json_agg(json_build_object('kr', v.key_result_id, 'value', v.value::text,
           'previous', v.previous_value::text) ORDER BY k.position) AS values
         FROM check_ins c JOIN check_in_values v ON v.check_in_id = c.id JOIN key_results k ON k.id = v.key_result_id
         WHERE c.goal_id = $1 GROUP BY c.id, c.created_at ORDER BY c.created_at, c.id`,
      [goal.id],
    );
    expect(checkIns).toHaveLength(n);
    // Serialized: each check-in saw exactly the values the one before it wrote (no lost update).
    for (let i = 1; i < n; i++) {
      expect(checkIns[i].values.map((v) => v.previous)).toEqual(checkIns[i - 1].values.map((v) => v.value));
    }
    const last = checkIns[n - 1];
    expect(await currentValues(api, goal.id)).toEqual(last.values.map((v) => Number(v.value)));
    const [row] = await api.dataSource.query(
      `SELECT g.last_confidence AS confidence, g.last_check_in_at = max(c.created_at) AS "latest"
       FROM goals g JOIN check_ins c ON c.goal_id = g.id WHERE g.id = $1 GROUP BY g.id`,
      [goal.id],
    );
    expect(row).toEqual({ confidence: last.confidence, latest: true });
  });
});

describe("health and staleness", () => {
  const HEALTH = `query($id: ID!) { goal(id: $id) { health stale lastConfidence lastCheckInAt } }`;
  const read = async (id: string) =>
    (
      await api.gql<{ goal: { health: string; stale: boolean; lastConfidence: number | null } }>(
        HEALTH,
        { id },
        tokens.owner,
      )
    ).data!.goal;

  it("health takes the last check-in's confidence: low confidence makes an on-track goal at risk", async () => {
    // Started today and due in ten years: expected progress ≈ 0, so it is on track.
    const today = new Date().toISOString().slice(0, 10);
    const goal = await createActiveGoal(api, tokens.owner, { startDate: today, dueDate: "2036-01-01" });
    expect(await read(goal.id)).toMatchObject({ health: "ON_TRACK", lastConfidence: null });
    await recordCheckIn(api, tokens.owner, { goalId: goal.id, confidence: 2 });
    expect(await read(goal.id)).toMatchObject({ health: "AT_RISK", lastConfidence: 2 });
    await recordCheckIn(api, tokens.owner, { goalId: goal.id, confidence: 6 });
    expect(await read(goal.id)).toMatchObject({ health: "ON_TRACK", lastConfidence: 6 });
  });

  it("a goal is stale 30 days after its last check-in, and a check-in freshens it", async () => {
    const goal = await createActiveGoal(api, tokens.owner);
    const age = async (days: number) =>
      api.dataSource.query(
        `UPDATE goals SET approved_at = now() - make_interval(days => 60),
           last_check_in_at = CASE WHEN last_check_in_at IS NULL THEN NULL ELSE now() - make_interval(days => $2) END
         WHERE id = $1;`,
        [goal.id, days],
      );
    const ageKeyResults = () =>
      api.dataSource.query(
        "UPDATE key_results SET updated_at = now() - interval '60 days' WHERE goal_id = $1",
        [goal.id],
      );
    await age(0);
    await ageKeyResults();
    expect((await read(goal.id)).stale).toBe(true);
    await recordCheckIn(api, tokens.owner, { goalId: goal.id });
    expect((await read(goal.id)).stale).toBe(false);
    // A check-in without values leaves the key results alone: only last_check_in_at keeps it fresh.
    await ageKeyResults();
    await age(10);
    expect((await read(goal.id)).stale).toBe(false);
    await age(31);
    expect((await read(goal.id)).stale).toBe(true);
  });
});
