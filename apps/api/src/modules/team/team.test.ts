import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createSkill } from "../goal/goal.test-helpers";
import { day, daysAgo, insertGoal, insertPlanItem, insertRating, progressOf } from "./team.test-helpers";

/**
 * A team with hand-computed figures. vp → lead → Ana (→ Ben → Cy) and Dee; Eve left.
 * Ana's active goals (1,000 days long, half gone, so 50 % expected unless said otherwise):
 *   On track        45 % (two key results: 50 % and 40 %)        on track
 *   Low confidence  45 %, last check-in confidence 2/10           at risk (confidence)
 *   At risk         25 %                                          at risk (gap 25 points)
 *   Off track        5 %                                          off track (gap 45 points)
 *   Overdue         95 %, due 11 days ago (100 % expected)        on track by pace, overdue
 *   Stale           50 %, last activity 35 days ago               on track, stale
 * plus one goal waiting for approval (submitted 3 days ago), one completed, one draft.
 */
let api: TestApi;
let vp: TestEmployee;
let lead: TestEmployee;
let ana: TestEmployee;
let ben: TestEmployee;
let cy: TestEmployee;
let dee: TestEmployee;
let peer: TestEmployee;
const tokens: Record<string, string> = {};
const skills: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  const ds = api.dataSource;
  vp = await createEmployee(ds, { name: "Team VP" });
  lead = await createEmployee(ds, { name: "Team Lead", managerId: vp.id });
  ana = await createEmployee(ds, { name: "Ana Team", managerId: lead.id, title: "Senior engineer" });
  ben = await createEmployee(ds, { name: "Ben Team", managerId: ana.id });
  cy = await createEmployee(ds, { name: "Cy Team", managerId: ben.id });
  dee = await createEmployee(ds, { name: "Dee Team", managerId: lead.id });
  peer = await createEmployee(ds, { name: "Team Peer", managerId: vp.id });
  await createEmployee(ds, { name: "Eve Left", managerId: lead.id, active: false });
  for (const [key, person] of Object.entries({ vp, lead, ana }))
    tokens[key] = await signIn(api, person.email);

  await insertGoal(ds, {
    ownerId: ana.id,
    title: "On track",
    keyResults: [
      { start: 0, target: 10, current: 5 },
      { start: 100, target: 0, current: 60 },
    ],
  });
  await insertGoal(ds, {
    ownerId: ana.id,
    title: "Low confidence",
    keyResults: progressOf(45),
    lastConfidence: 2,
    lastCheckInAt: daysAgo(1),
  });
  await insertGoal(ds, { ownerId: ana.id, title: "At risk", keyResults: progressOf(25) });
  await insertGoal(ds, { ownerId: ana.id, title: "Off track", keyResults: progressOf(5) });
  await insertGoal(ds, {
    ownerId: ana.id,
    title: "Overdue",
    startDate: day(-100),
    dueDate: day(-11),
    keyResults: progressOf(95),
    lastCheckInAt: daysAgo(3),
    lastConfidence: 8,
  });
  await insertGoal(ds, {
    ownerId: ana.id,
    title: "Stale",
    approvedAt: daysAgo(60),
    keyResults: progressOf(50, daysAgo(40)),
    lastCheckInAt: daysAgo(35),
  });
  await insertGoal(ds, {
    ownerId: ana.id,
    title: "Waiting",
    status: "PENDING_APPROVAL",
    keyResults: progressOf(0),
    submittedAt: daysAgo(3),
  });
  // The latest check-in of all is on a completed goal: the summary's lastCheckInAt counts every goal.
  await insertGoal(ds, {
    ownerId: ana.id,
    title: "Done",
    status: "COMPLETED",
    lastCheckInAt: daysAgo(0.5),
  });
  await insertGoal(ds, { ownerId: ana.id, title: "Draft", status: "DRAFT" });
  // Below Ana: three goals waiting for approval (Ben's two, Cy's one), Ben's submitted longest ago.
  await insertGoal(ds, {
    ownerId: ben.id,
    title: "Ben first",
    status: "PENDING_APPROVAL",
    submittedAt: daysAgo(9),
  });
  await insertGoal(ds, {
    ownerId: ben.id,
    title: "Ben second",
    status: "PENDING_APPROVAL",
    submittedAt: daysAgo(1),
  });
  await insertGoal(ds, {
    ownerId: cy.id,
    title: "Cy only",
    status: "PENDING_APPROVAL",
    submittedAt: daysAgo(5),
  });

  // Ana's plan: 2 done of 4 not dropped; one overdue (the done and dropped ones never are).
  await insertPlanItem(ds, ana.id, "DONE", day(-10));
  await insertPlanItem(ds, ana.id, "DONE");
  await insertPlanItem(ds, ana.id, "IN_PROGRESS", day(-5));
  await insertPlanItem(ds, ana.id, "PLANNED", day(10));
  await insertPlanItem(ds, ana.id, "DROPPED", day(-20));
  await insertPlanItem(ds, ben.id, "DROPPED");

  skills.sql = (await createSkill(ds, "Team SQL")).id;
  skills.speaking = (await createSkill(ds, "Team Speaking")).id;
  skills.unrated = (await createSkill(ds, "Team Unrated")).id;
  await ds.query("UPDATE skills SET category = 'Data' WHERE id = $1", [skills.sql]);
  await ds.query("UPDATE skills SET category = 'Communication' WHERE id = $1", [skills.speaking]);
  const rate = (
    employee: TestEmployee,
    skill: string,
    source: "SELF" | "MANAGER",
    level: number,
    by: TestEmployee,
    ago: number,
  ) =>
    insertRating(ds, {
      employeeId: employee.id,
      skillId: skills[skill],
      source,
      level,
      ratedById: by.id,
      at: daysAgo(ago),
    });
  await rate(ana, "sql", "SELF", 2, ana, 30);
  await rate(ana, "sql", "SELF", 4, ana, 5);
  await rate(ana, "sql", "MANAGER", 3, lead, 20);
  await rate(ana, "sql", "MANAGER", 5, vp, 10); // skip-level, newer: counts
  await rate(ana, "sql", "MANAGER", 1, peer, 1); // not in Ana's chain: ignored, though newest
  await rate(ana, "speaking", "SELF", 3, ana, 4);
  await rate(dee, "speaking", "MANAGER", 2, lead, 3);
  await rate(peer, "sql", "SELF", 5, peer, 3); // not a member of lead's team
});
afterAll(() => api.close());

const SUMMARY = `activeGoals averageProgress onTrack atRisk offTrack overdueGoals staleGoals lastCheckInAt
  planCompletion overduePlanItems goalsAwaitingApproval approvalsToGive`;

const OVERVIEW = `query($id: ID!, $scope: TeamScope) {
  teamOverview(managerId: $id, scope: $scope) {
    manager { name } scope
    members { employee { name title } summary { ${SUMMARY} }
      goals { title status dueDate progress health overdue stale owner { name } } }
    needsAttention { employee { name } goal { title } reason reasons detail }
    skillMatrix { skills { name category } rows { employee { name } cells { skill { name } selfLevel managerLevel combinedLevel } } }
    approvalsWaiting { title owner { name } goal { viewerCanApprove } }
    totals { members activeGoals averageProgress onTrack atRisk offTrack overdueGoals staleGoals pendingApprovals }
  } }`;

interface Overview {
  manager: { name: string };
  scope: string;
  members: {
    employee: { name: string; title: string };
    summary: Record<string, unknown>;
    goals: {
      title: string;
      status: string;
      progress: number;
      health: string | null;
      overdue: boolean;
      stale: boolean;
    }[];
  }[];
  needsAttention: {
    employee: { name: string };
    goal: { title: string } | null;
    reason: string;
    reasons: string[];
    detail: string;
  }[];
  skillMatrix: {
    skills: { name: string; category: string }[];
    rows: {
      employee: { name: string };
      cells: {
        skill: { name: string };
        selfLevel: number | null;
        managerLevel: number | null;
        combinedLevel: number | null;
      }[];
    }[];
  };
  approvalsWaiting: { title: string; owner: { name: string }; goal: { viewerCanApprove: boolean } }[];
  totals: Record<string, number | null>;
}

async function overview(managerId: string, scope?: string, token = tokens.lead): Promise<Overview> {
  const result = await api.gql<{ teamOverview: Overview }>(OVERVIEW, { id: managerId, scope }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.teamOverview;
}

describe("Employee.growthSummary", () => {
  it("adds up goals, check-ins, the plan and approvals as computed by hand", async () => {
    const result = await api.gql<{ employee: { growthSummary: Record<string, unknown> } }>(
      `query($id: ID!) { employee(id: $id) { growthSummary { ${SUMMARY} } } }`,
      { id: ana.id },
      tokens.lead,
    );
    expect(result.errors).toBeUndefined();
    const { averageProgress, lastCheckInAt, ...summary } = result.data!.employee.growthSummary;
    expect(summary).toEqual({
      activeGoals: 6,
      onTrack: 3, // On track, Overdue (95 % of 100 %), Stale (50 % of 50 %)
      atRisk: 2, // Low confidence, At risk
      offTrack: 1,
      overdueGoals: 1,
      staleGoals: 1,
      planCompletion: 0.5,
      overduePlanItems: 1,
      goalsAwaitingApproval: 1,
      approvalsToGive: 3, // Ben's two and Cy's one
    });
    expect(averageProgress).toBeCloseTo((0.45 + 0.45 + 0.25 + 0.05 + 0.95 + 0.5) / 6, 9);
    expect(Date.now() - Date.parse(lastCheckInAt as string)).toBeCloseTo(0.5 * 86_400_000, -5);
  });

  it("is empty, not missing, for someone without goals or plan", async () => {
    const result = await api.gql<{ employee: { growthSummary: Record<string, unknown> } }>(
      `query($id: ID!) { employee(id: $id) { growthSummary { ${SUMMARY} } } }`,
      { id: ben.id },
      tokens.lead,
    );
    expect(result.data!.employee.growthSummary).toEqual({
      activeGoals: 0,
      averageProgress: null,
      onTrack: 0,
      atRisk: 0,
      offTrack: 0,
      overdueGoals: 0,
      staleGoals: 0,
      lastCheckInAt: null,
      planCompletion: null, // only a dropped item: nothing left to complete
      overduePlanItems: 0,
      goalsAwaitingApproval: 2,
      approvalsToGive: 1,
    });
  });
});

describe("teamOverview", () => {
  it("lists the direct reports who are still here, with their summaries and goals", async () => {
    const team = await overview(lead.id);
    expect(team.manager.name).toBe("Team Lead");
    expect(team.scope).toBe("DIRECT");
    expect(team.members.map((m) => m.employee.name)).toEqual(["Ana Team", "Dee Team"]);
    const [anaRow] = team.members;
    expect(anaRow.employee.title).toBe("Senior engineer");
    expect(anaRow.summary).toMatchObject({ activeGoals: 6, offTrack: 1, approvalsToGive: 3 });
    const goals = Object.fromEntries(anaRow.goals.map((g) => [g.title, g]));
    expect(Object.keys(goals).sort()).toEqual(
      ["At risk", "Low confidence", "Off track", "On track", "Overdue", "Stale", "Waiting"].sort(),
    );
    expect(goals["Low confidence"]).toMatchObject({ health: "AT_RISK", progress: 0.45, overdue: false });
    expect(goals.Overdue).toMatchObject({ health: "ON_TRACK", overdue: true, stale: false });
    expect(goals.Stale).toMatchObject({ health: "ON_TRACK", stale: true });
    expect(goals.Waiting).toMatchObject({ status: "PENDING_APPROVAL", health: null });
    expect(anaRow.goals[0].title).toBe("Overdue"); // by due date
  });

  it("orders what needs attention by urgency, each with a sentence for a person", async () => {
    const team = await overview(lead.id);
    expect(
      team.needsAttention.map((item) => [item.employee.name, item.goal?.title ?? null, item.reason]),
    ).toEqual([
      ["Ana Team", "Off track", "OFF_TRACK"],
      ["Ana Team", "Overdue", "OVERDUE"],
      ["Ana Team", "Stale", "STALE"],
      ["Ana Team", "Waiting", "PENDING_APPROVAL"],
      ["Ana Team", "At risk", "AT_RISK"], // 25 points behind before
      ["Ana Team", "Low confidence", "AT_RISK"], // on pace, low confidence
      ["Dee Team", null, "NO_ACTIVE_GOALS"],
    ]);
    expect(team.needsAttention.map((item) => item.detail)).toEqual([
      "“Off track” is 5 % done with 50 % of the time gone.",
      "“Overdue” was due 11 days ago and is 95 % done.",
      "“Stale” has had no check-in or update for 35 days.",
      "“Waiting” was submitted for approval 3 days ago and is waiting for a decision.",
      "“At risk” is 25 % done with 50 % of the time gone.",
      "“Low confidence” is on pace, but the last check-in's confidence was 2/10.",
      "Dee Team has no active goal and none waiting for approval.",
    ]);
  });

  it("with scope ALL takes in everyone below, and their approvals, longest waiting first", async () => {
    const direct = await overview(lead.id, "DIRECT");
    const all = await overview(lead.id, "ALL");
    expect(all.scope).toBe("ALL");
    expect(all.members.map((m) => m.employee.name)).toEqual(["Ana Team", "Ben Team", "Cy Team", "Dee Team"]);
    expect(direct.approvalsWaiting.map((g) => g.title)).toEqual(["Waiting"]);
    expect(all.approvalsWaiting.map((g) => [g.title, g.owner.name, g.goal.viewerCanApprove])).toEqual([
      ["Ben first", "Ben Team", true],
      ["Cy only", "Cy Team", true],
      ["Waiting", "Ana Team", true],
      ["Ben second", "Ben Team", true],
    ]);
    expect(
      all.needsAttention.filter((i) => i.reason === "PENDING_APPROVAL").map((i) => i.goal!.title),
    ).toEqual(["Ben first", "Cy only", "Waiting", "Ben second"]);
    expect(direct.totals).toEqual({
      members: 2,
      activeGoals: 6,
      averageProgress: expect.closeTo(2.65 / 6, 9),
      onTrack: 3,
      atRisk: 2,
      offTrack: 1,
      overdueGoals: 1,
      staleGoals: 1,
      pendingApprovals: 1,
    });
    expect(all.totals).toMatchObject({ members: 4, activeGoals: 6, pendingApprovals: 4 });
  });

  it("gives a skill matrix of the newest self rating and the newest rating by the chain", async () => {
    const { skillMatrix } = await overview(lead.id);
    expect(skillMatrix.skills).toEqual([
      { name: "Team Speaking", category: "Communication" },
      { name: "Team SQL", category: "Data" },
    ]);
    const cells = skillMatrix.rows.map((row) => [
      row.employee.name,
      row.cells.map((c) => [c.skill.name, c.selfLevel, c.managerLevel, c.combinedLevel]),
    ]);
    expect(cells).toEqual([
      [
        "Ana Team",
        [
          ["Team Speaking", 3, null, 3],
          ["Team SQL", 4, 5, 4.5],
        ],
      ],
      [
        "Dee Team",
        [
          ["Team Speaking", null, 2, 2],
          ["Team SQL", null, null, null],
        ],
      ],
    ]);
  });

  it("is empty for someone without reports", async () => {
    const team = await overview(dee.id, "ALL");
    expect(team.members).toEqual([]);
    expect(team.needsAttention).toEqual([]);
    expect(team.skillMatrix).toEqual({ skills: [], rows: [] });
    expect(team.totals).toMatchObject({ members: 0, activeGoals: 0, averageProgress: null });
  });

  it("answers BAD_USER_INPUT for a malformed id and NOT_FOUND for an unknown one", async () => {
    const malformed = await api.gql(OVERVIEW, { id: "not-an-id" }, tokens.lead);
    expect(malformed.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "managerId" }],
    });
    const unknown = await api.gql(OVERVIEW, { id: "00000000-0000-4000-8000-000000000000" }, tokens.lead);
    expect(unknown.errors![0].extensions!.code).toBe("NOT_FOUND");
    const badScope = await api.gql(OVERVIEW, { id: lead.id, scope: "EVERYONE" }, tokens.lead);
    expect(badScope.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(malformed.data ?? null).toBeNull();
  });
});
