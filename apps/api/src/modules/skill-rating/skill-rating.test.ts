import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import {
  backdate,
  createSkill,
  PROFILE,
  type Profile,
  type ProfileEntry,
  profileOf,
  rate,
  rateOk,
  setGrowthArea,
} from "./skill-rating.test-helpers";

let api: TestApi;
let vp: TestEmployee;
let lead: TestEmployee;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  vp = await createEmployee(api.dataSource, { name: "Rating VP" });
  lead = await createEmployee(api.dataSource, { name: "Rating Lead", managerId: vp.id });
  tokens.vp = await signIn(api, vp.email);
  tokens.lead = await signIn(api, lead.email);
});
afterAll(() => api.close());

/** A fresh report of `lead` for each test, so tests don't share ratings. */
async function newReport(name: string) {
  const person = await createEmployee(api.dataSource, { name, managerId: lead.id });
  return { ...person, token: await signIn(api, person.email) };
}

const entryFor = (profile: Profile | null, name: string): ProfileEntry => {
  const entry = profile?.entries.find((candidate) => candidate.skill.name === name);
  if (!entry) throw new Error(`no profile entry for ${name}`);
  return entry;
};

describe("ratings", () => {
  it("keep their history, and the current level per source is the newest rating", async () => {
    const dev = await newReport("History Dev");
    const skill = await createSkill(api.dataSource);
    const first = await rateOk(api, dev.token, { employeeId: dev.id, skillId: skill.id, level: 2 });
    await backdate(api.dataSource, first.id, 60);
    const second = await rateOk(api, dev.token, { employeeId: dev.id, skillId: skill.id, level: 3 });
    await backdate(api.dataSource, second.id, 30);
    const own = await rate(api, dev.token, {
      employeeId: dev.id,
      skillId: skill.id,
      level: 4,
      note: "  Led the migration to strict mode.  ",
    });
    expect(own.data!.rateSkill).toMatchObject({
      source: "SELF",
      level: 4,
      note: "Led the migration to strict mode.",
      ratedBy: { name: "History Dev" },
      employee: { name: "History Dev" },
    });
    const managers = await rate(api, tokens.lead, {
      employeeId: dev.id,
      skillId: skill.id,
      level: 3,
      note: "Solid; next step is reviewing others' types.",
    });
    expect(managers.data!.rateSkill).toMatchObject({
      source: "MANAGER",
      level: 3,
      ratedBy: { name: "Rating Lead" },
    });

    const entry = entryFor(await profileOf(api, dev.token, dev.id), skill.name);
    expect(entry).toMatchObject({
      selfLevel: 4,
      managerLevel: 3,
      threeSixtyLevel: null,
      othersLevel: 3,
      combinedLevel: 3.5,
    });
    expect(entry.history.map((h) => [h.source, h.level, h.ratedBy?.name])).toEqual([
      ["MANAGER", 3, "Rating Lead"],
      ["SELF", 4, "History Dev"],
      ["SELF", 3, "History Dev"],
      ["SELF", 2, "History Dev"],
    ]);
    const times = entry.history.map((h) => Date.parse(h.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(entry.lastRatedAt).toBe(entry.history[0].createdAt);
    expect(entry.notes).toEqual([
      { source: "SELF", note: "Led the migration to strict mode." },
      { source: "MANAGER", note: "Solid; next step is reviewing others' types." },
    ]);

    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events a JOIN skill_ratings r ON r.id = a.entity_id
       WHERE a.action = 'skill_rating.created' AND r.employee_id = $1`,
      [dev.id],
    );
    expect(n).toBe(4);
  });

  it("take the manager level from the newest rating by anyone in the chain, skip-level too", async () => {
    const dev = await newReport("Skip Dev");
    const skill = await createSkill(api.dataSource);
    const direct = await rateOk(api, tokens.lead, { employeeId: dev.id, skillId: skill.id, level: 2 });
    await backdate(api.dataSource, direct.id, 10);
    const skip = await rateOk(api, tokens.vp, { employeeId: dev.id, skillId: skill.id, level: 4 });
    expect(skip.source).toBe("MANAGER");
    const entry = entryFor(await profileOf(api, dev.token, dev.id), skill.name);
    expect(entry).toMatchObject({ selfLevel: null, managerLevel: 4, othersLevel: 4, combinedLevel: 4 });
    expect(entry.history.map((h) => h.ratedBy?.name)).toEqual(["Rating VP", "Rating Lead"]);
  });

  it("limit history to `first` and refuse a page size out of range", async () => {
    const dev = await newReport("Paged Dev");
    const skill = await createSkill(api.dataSource);
    for (const level of [1, 2, 3])
      await rateOk(api, dev.token, { employeeId: dev.id, skillId: skill.id, level });
    const query = (first: number) =>
      api.gql<{ employee: { skillProfile: { entries: { history: { level: number }[] }[] } } }>(
        `query($id: ID!, $first: Int!) { employee(id: $id) { skillProfile { entries { history(first: $first) { level } } } } }`,
        { id: dev.id, first },
        dev.token,
      );
    expect((await query(2)).data!.employee.skillProfile.entries[0].history).toHaveLength(2);
    const refused = await query(0);
    expect(refused.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });
});

describe("derived lists", () => {
  it("name strengths, growth areas, blind spots and hidden strengths, explained and ordered", async () => {
    const dev = await newReport("Lists Dev");
    const tag = dev.id.slice(0, 6);
    const levels: [string, number | null, number | null][] = [
      // name, self, manager
      ["Expert", 5, null], // combined 5: strength; nothing to compare with, so no blind spot
      ["Strong", 4, 4], // combined 4: strength, no gap
      ["Overrated", 5, 2], // gap 3: blind spot; combined 3.5
      ["Optimistic", 4, 3], // gap 1: blind spot, smaller
      ["Modest", 2, 4], // gap 2: hidden strength; combined 3
      ["Weak", 2, 2], // combined 2: growth area by level
      ["Even", 3, 3], // in no list
    ];
    for (const [name, self, manager] of levels) {
      const skill = await createSkill(api.dataSource, `${name} ${tag}`);
      if (self) await rateOk(api, dev.token, { employeeId: dev.id, skillId: skill.id, level: self });
      if (manager) await rateOk(api, tokens.lead, { employeeId: dev.id, skillId: skill.id, level: manager });
    }
    const names = (list: { skill: { name: string } }[]) => list.map((item) => item.skill.name.split(" ")[0]);

    const own = (await profileOf(api, dev.token, dev.id))!;
    expect(names(own.entries)).toEqual([
      "Even",
      "Expert",
      "Modest",
      "Optimistic",
      "Overrated",
      "Strong",
      "Weak",
    ]);
    expect(names(own.strengths)).toEqual(["Expert", "Strong"]);
    expect(names(own.growthAreas)).toEqual(["Weak"]);
    expect(names(own.blindSpots)).toEqual(["Overrated", "Optimistic"]);
    expect(names(own.hiddenStrengths)).toEqual(["Modest"]);
    expect(own.blindSpots[0].explanation).toBe(
      "You rate yourself 5, others 2: a blind spot to talk about with your manager.",
    );
    expect(own.hiddenStrengths[0].explanation).toBe(
      "Others rate you 4, you rate yourself 2: a hidden strength, you may be better at this than you think.",
    );
    expect(own.strengths[1].explanation).toBe(
      "Combined level 4 (you 4, your manager 4): a strength to build on and to share with others.",
    );
    expect(own.growthAreas[0].explanation).toBe(
      "Combined level 2 (you 2, your manager 2): a skill worth growing next.",
    );

    // The manager reads the same lists, phrased in the third person.
    const managers = (await profileOf(api, tokens.lead, dev.id))!;
    expect(names(managers.blindSpots)).toEqual(["Overrated", "Optimistic"]);
    expect(managers.blindSpots[0].explanation).toBe(
      "Self 5 vs others 2: rates themself higher than others do.",
    );
    expect(managers.hiddenStrengths[0].explanation).toBe(
      "Others 4 vs self 2: a hidden strength to encourage.",
    );
    expect(managers.strengths[1].explanation).toBe("Combined level 4 (self 4, manager 4): a strength.");
  });

  it("count a skill as a growth area when marked by the person or a manager, or when its level is low", async () => {
    const dev = await newReport("Growth Dev");
    const tag = dev.id.slice(0, 6);
    const chosen = await createSkill(api.dataSource, `Chosen ${tag}`);
    const assigned = await createSkill(api.dataSource, `Assigned ${tag}`);
    const low = await createSkill(api.dataSource, `Low ${tag}`);
    await rateOk(api, dev.token, { employeeId: dev.id, skillId: chosen.id, level: 4 });
    await rateOk(api, tokens.lead, { employeeId: dev.id, skillId: low.id, level: 1 });

    const mark = await setGrowthArea(api, dev.token, {
      employeeId: dev.id,
      skillId: chosen.id,
      growthArea: true,
    });
    expect(mark.data).toEqual({ setGrowthArea: { id: dev.id } });
    // Marking twice is harmless.
    expect(
      (await setGrowthArea(api, dev.token, { employeeId: dev.id, skillId: chosen.id, growthArea: true }))
        .errors,
    ).toBeUndefined();
    expect(
      (await setGrowthArea(api, tokens.vp, { employeeId: dev.id, skillId: assigned.id, growthArea: true }))
        .errors,
    ).toBeUndefined();

    const own = (await profileOf(api, dev.token, dev.id))!;
    expect(own.growthAreas.map((g) => [g.skill.name.split(" ")[0], g.explanation])).toEqual([
      ["Low", "Combined level 1 (your manager 1): a skill worth growing next."],
      ["Chosen", "Marked as a growth area by you; combined level 4 (you 4)."],
      ["Assigned", "Marked as a growth area by your manager; not rated yet."],
    ]);
    expect(entryFor(own, assigned.name)).toMatchObject({
      markedAsGrowthArea: true,
      combinedLevel: null,
      history: [],
    });
    const managers = (await profileOf(api, tokens.lead, dev.id))!;
    expect(managers.growthAreas[1].explanation).toBe(
      "Marked as a growth area by Growth Dev; combined level 4 (self 4).",
    );
    expect(managers.growthAreas[2].explanation).toBe("Marked as a growth area by a manager; not rated yet.");

    await setGrowthArea(api, tokens.lead, { employeeId: dev.id, skillId: chosen.id, growthArea: false });
    const after = (await profileOf(api, dev.token, dev.id))!;
    expect(after.growthAreas.map((g) => g.skill.name)).toEqual([low.name, assigned.name]);
    expect(entryFor(after, chosen.name).markedAsGrowthArea).toBe(false);

    const audit = await api.dataSource.query(
      "SELECT action FROM audit_events WHERE entity_type = 'employee' AND entity_id = $1 ORDER BY created_at, action",
      [dev.id],
    );
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual([
      "growth_area.marked",
      "growth_area.marked",
      "growth_area.marked",
      "growth_area.unmarked",
    ]);
  });
});

describe("bad input", () => {
  let dev: Awaited<ReturnType<typeof newReport>>;
  let skillId: string;
  beforeAll(async () => {
    dev = await newReport("Input Dev");
    skillId = (await createSkill(api.dataSource)).id;
  });

  const fieldsOf = (result: {
    errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[];
  }) => ({
    code: result.errors?.[0].extensions?.code,
    fields: result.errors?.[0].extensions?.fields?.map((f) => f.field),
  });

  it.each([
    ["a level below 1", { level: 0 }, "input.level"],
    ["a level above 5", { level: 6 }, "input.level"],
    ["a note that is too long", { note: "x".repeat(2001) }, "input.note"],
    ["a malformed employee id", { employeeId: "not-an-id" }, "input.employeeId"],
    ["a malformed skill id", { skillId: "42" }, "input.skillId"],
    ["a skill not in the catalog", { skillId: "00000000-0000-4000-8000-000000000000" }, "input.skillId"],
  ])("refuses %s as BAD_USER_INPUT with its field path", async (_, change, field) => {
    const result = await rate(api, dev.token, { employeeId: dev.id, skillId, level: 3, ...change });
    expect(fieldsOf(result)).toEqual({ code: "BAD_USER_INPUT", fields: [field] });
  });

  it("refuses bad growth-area input the same way", async () => {
    const malformed = await setGrowthArea(api, dev.token, { employeeId: "x", skillId, growthArea: true });
    expect(fieldsOf(malformed)).toEqual({ code: "BAD_USER_INPUT", fields: ["input.employeeId"] });
    const unknown = await setGrowthArea(api, dev.token, {
      employeeId: dev.id,
      skillId: "00000000-0000-4000-8000-000000000000",
      growthArea: true,
    });
    expect(fieldsOf(unknown)).toEqual({ code: "BAD_USER_INPUT", fields: ["input.skillId"] });
  });

  it("answers NOT_FOUND for an employee that doesn't exist, and writes nothing on any refusal", async () => {
    const result = await rate(api, dev.token, {
      employeeId: "00000000-0000-4000-8000-000000000000",
      skillId,
      level: 3,
    });
    expect(result.errors![0].extensions!.code).toBe("NOT_FOUND");
    const [{ n }] = await api.dataSource.query(
      "SELECT count(*)::int AS n FROM skill_ratings WHERE employee_id = $1",
      [dev.id],
    );
    expect(n).toBe(0);
    const profile = await api.gql(PROFILE, { id: dev.id }, dev.token);
    expect(profile.data).toMatchObject({
      employee: { skillProfile: { entries: [], strengths: [], growthAreas: [], viewerCanRate: true } },
    });
  });
});
