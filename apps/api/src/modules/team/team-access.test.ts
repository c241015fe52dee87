import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { insertGoal, progressOf } from "./team.test-helpers";

/** vp → lead → dev and peer; otherLead → stranger; hr. The team of `lead` is dev and peer. */
let api: TestApi;
const people: Record<string, TestEmployee> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  const ds = api.dataSource;
  people.vp = await createEmployee(ds, { name: "Access VP" });
  people.lead = await createEmployee(ds, { name: "Access Lead", managerId: people.vp.id });
  people.dev = await createEmployee(ds, { name: "Access Dev", managerId: people.lead.id });
  people.peer = await createEmployee(ds, { name: "Access Peer", managerId: people.lead.id });
  people.otherLead = await createEmployee(ds, { name: "Other Lead" });
  people.stranger = await createEmployee(ds, { name: "Stranger", managerId: people.otherLead.id });
  people.hr = await createEmployee(ds, { name: "Access HR", role: "HR_ADMIN" });
  people.gone = await createEmployee(ds, { name: "Gone Lead", managerId: people.vp.id, active: false });
  for (const [key, person] of Object.entries(people)) {
    if (key !== "gone") tokens[key] = await signIn(api, person.email);
  }
  await insertGoal(ds, { ownerId: people.dev.id, title: "Private goal", keyResults: progressOf(40) });
});
afterAll(() => api.close());

const TEAM = `query($id: ID!) { teamOverview(managerId: $id) { members { employee { name } summary { activeGoals } } } }`;

async function teamCode(viewer: string, managerId: string): Promise<string> {
  const result = await api.gql<{ teamOverview: { members: unknown[] } }>(
    TEAM,
    { id: managerId },
    tokens[viewer],
  );
  if (result.errors) {
    expect(result.data ?? null).toBeNull();
    return result.errors[0].extensions!.code!;
  }
  expect(result.data!.teamOverview.members).toHaveLength(2);
  return "OK";
}

describe("teamOverview access", () => {
  it("is open to the manager, the managers above and HR", async () => {
    for (const viewer of ["lead", "vp", "hr"])
      expect([viewer, await teamCode(viewer, people.lead.id)]).toEqual([viewer, "OK"]);
  });

  it("is FORBIDDEN to a member of the team, a peer manager's report and an unrelated person", async () => {
    for (const viewer of ["dev", "peer", "stranger", "otherLead"]) {
      expect([viewer, await teamCode(viewer, people.lead.id)]).toEqual([viewer, "FORBIDDEN"]);
    }
  });

  it("lets anyone open their own (here empty) team, and not a colleague's", async () => {
    const own = await api.gql<{ teamOverview: { members: unknown[] } }>(
      TEAM,
      { id: people.dev.id },
      tokens.dev,
    );
    expect(own.data!.teamOverview.members).toEqual([]);
    expect(await teamCode("peer", people.dev.id)).toBe("FORBIDDEN");
  });

  it("hides people who left: NOT_FOUND except for HR", async () => {
    expect(await teamCode("vp", people.gone.id)).toBe("NOT_FOUND");
    const byHr = await api.gql<{ teamOverview: { members: unknown[] } }>(
      TEAM,
      { id: people.gone.id },
      tokens.hr,
    );
    expect(byHr.data!.teamOverview.members).toEqual([]);
  });

  it("needs a signed-in viewer", async () => {
    const result = await api.gql(TEAM, { id: people.lead.id });
    expect(result.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  });
});

describe("Employee.growthSummary access", () => {
  const SUMMARY = `query($id: ID!) { employee(id: $id) { name growthSummary { activeGoals } } }`;

  async function summaryOf(viewer: string, subject: string) {
    const result = await api.gql<{ employee: { growthSummary: { activeGoals: number } | null } }>(
      SUMMARY,
      { id: people[subject].id },
      tokens[viewer],
    );
    expect(result.errors).toBeUndefined();
    return result.data!.employee.growthSummary;
  }

  it("is visible to the person, their managers at any level and HR", async () => {
    for (const viewer of ["dev", "lead", "vp", "hr"]) {
      expect([viewer, await summaryOf(viewer, "dev")]).toEqual([viewer, { activeGoals: 1 }]);
    }
  });

  it("is null for a peer, an unrelated person and someone below", async () => {
    for (const viewer of ["peer", "stranger", "otherLead"]) {
      expect([viewer, await summaryOf(viewer, "dev")]).toEqual([viewer, null]);
    }
    expect(await summaryOf("dev", "lead")).toBeNull();
  });

  it("is filtered per row in a list: a peer sees only their own", async () => {
    const result = await api.gql<{ employee: { directReports: { name: string; growthSummary: unknown }[] } }>(
      `query($id: ID!) { employee(id: $id) { directReports { name growthSummary { activeGoals } } } }`,
      { id: people.lead.id },
      tokens.peer,
    );
    expect(result.data!.employee.directReports).toEqual([
      { name: "Access Dev", growthSummary: null },
      { name: "Access Peer", growthSummary: { activeGoals: 0 } },
    ]);
  });
});
