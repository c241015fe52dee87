import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createSkill } from "../goal/goal.test-helpers";
import { insertMentorship } from "../plan/plan.test-helpers";

let api: TestApi;
let lead: TestEmployee;
let mentee: TestEmployee;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  lead = await createEmployee(api.dataSource, { name: "Mentee Lead" });
  mentee = await createEmployee(api.dataSource, { name: "Leo Mentee", managerId: lead.id });
  const hr = await createEmployee(api.dataSource, { name: "Mentoring HR", role: "HR_ADMIN" });
  const stranger = await createEmployee(api.dataSource, { name: "Mentoring Stranger" });
  for (const [key, person] of Object.entries({ lead, mentee, hr, stranger }))
    tokens[key] = await signIn(api, person.email);
});
afterAll(() => api.close());

const FIELDS = `id version status message response startedAt endedAt viewerCanRespond viewerCanEnd
  mentor { id } mentee { id } focusSkills { name }`;
type Result = {
  id: string;
  version: number;
  status: string;
  message: string;
  response: string | null;
  startedAt: string | null;
  endedAt: string | null;
  viewerCanRespond: boolean;
  viewerCanEnd: boolean;
  mentor: { id: string };
  mentee: { id: string };
  focusSkills: { name: string }[];
};
const step = (name: string, input = "MentorshipTransitionInput") =>
  `mutation($input: ${input}!) { ${name}(input: $input) { ${FIELDS} } }`;
const REQUEST = step("requestMentor", "RequestMentorInput");
const ACCEPT = step("acceptMentorship", "RespondMentorshipInput");
const DECLINE = step("declineMentorship", "RespondMentorshipInput");
const COMPLETE = step("completeMentorship");
const CANCEL = step("cancelMentorship");

async function newMentor(name: string, capacity?: number): Promise<TestEmployee & { token: string }> {
  const mentor = await createEmployee(api.dataSource, { name });
  if (capacity !== undefined) {
    await api.dataSource.query("UPDATE employees SET mentor_capacity = $2 WHERE id = $1", [
      mentor.id,
      capacity,
    ]);
  }
  return { ...mentor, token: await signIn(api, mentor.email) };
}

async function request(token: string, mentorId: string, input: Record<string, unknown> = {}) {
  return api.gql<{ requestMentor: Result }>(REQUEST, { input: { mentorId, ...input } }, token);
}

async function requested(
  token: string,
  mentorId: string,
  input: Record<string, unknown> = {},
): Promise<Result> {
  const result = await request(token, mentorId, input);
  if (!result.data?.requestMentor) throw new Error(`requestMentor failed: ${JSON.stringify(result.errors)}`);
  return result.data.requestMentor;
}

async function notificationsOf(id: string) {
  return api.dataSource.query(
    'SELECT kind, message, actor_id AS "actorId" FROM notifications WHERE recipient_id = $1 ORDER BY created_at',
    [id],
  );
}

describe("the mentorship life cycle", () => {
  it("goes request → accept → complete, telling the other person and auditing each step", async () => {
    const carlos = await newMentor("Carlos Mentor");
    const skill = await createSkill(api.dataSource, "Public speaking (lifecycle)");
    const asked = await requested(tokens.mentee, carlos.id, {
      focusSkillIds: [skill.id, skill.id],
      message: "  Could you help me present at the all-hands?  ",
    });
    expect(asked).toMatchObject({
      status: "PROPOSED",
      version: 1,
      message: "Could you help me present at the all-hands?",
      mentor: { id: carlos.id },
      mentee: { id: mentee.id },
      focusSkills: [{ name: skill.name }],
      viewerCanRespond: false,
      viewerCanEnd: true,
    });
    expect(await notificationsOf(carlos.id)).toEqual([
      {
        kind: "MENTORSHIP_REQUESTED",
        message: "Leo Mentee asked you to be their mentor.",
        actorId: mentee.id,
      },
    ]);

    const accepted = await api.gql<{ acceptMentorship: Result }>(
      ACCEPT,
      { input: { id: asked.id, version: 1, response: "Happy to!" } },
      carlos.token,
    );
    expect(accepted.data!.acceptMentorship).toMatchObject({
      status: "ACTIVE",
      version: 2,
      response: "Happy to!",
    });
    expect(accepted.data!.acceptMentorship.startedAt).not.toBeNull();

    const completed = await api.gql<{ completeMentorship: Result }>(
      COMPLETE,
      { input: { id: asked.id, version: 2 } },
      tokens.mentee,
    );
    expect(completed.data!.completeMentorship).toMatchObject({ status: "COMPLETED", viewerCanEnd: false });
    expect(completed.data!.completeMentorship.endedAt).not.toBeNull();

    expect(
      (await notificationsOf(mentee.id)).filter((n: { actorId: string }) => n.actorId === carlos.id),
    ).toEqual([
      {
        kind: "MENTORSHIP_ACCEPTED",
        message: "Carlos Mentor accepted to be your mentor.",
        actorId: carlos.id,
      },
    ]);
    expect((await notificationsOf(carlos.id)).map((n: { kind: string }) => n.kind)).toEqual([
      "MENTORSHIP_REQUESTED",
      "MENTORSHIP_ENDED",
    ]);
    const events = await api.dataSource.query(
      "SELECT action, actor_id FROM audit_events WHERE entity_id = $1 ORDER BY created_at",
      [asked.id],
    );
    expect(events).toEqual([
      { action: "mentorship.requested", actor_id: mentee.id },
      { action: "mentorship.accepted", actor_id: carlos.id },
      { action: "mentorship.completed", actor_id: mentee.id },
    ]);
  });

  it("lets the mentor decline with a reason, which the mentee reads, and then allows a new request", async () => {
    const mentor = await newMentor("Dana Decliner");
    const asked = await requested(tokens.mentee, mentor.id);
    const declined = await api.gql<{ declineMentorship: Result }>(
      DECLINE,
      { input: { id: asked.id, version: 1, response: "Full this quarter" } },
      mentor.token,
    );
    expect(declined.data!.declineMentorship).toMatchObject({
      status: "DECLINED",
      response: "Full this quarter",
    });
    const told = (await notificationsOf(mentee.id)).filter(
      (n: { actorId: string }) => n.actorId === mentor.id,
    );
    expect(told).toEqual([
      {
        kind: "MENTORSHIP_DECLINED",
        message: "Dana Decliner can't be your mentor right now: Full this quarter",
        actorId: mentor.id,
      },
    ]);
    const again = await request(tokens.mentee, mentor.id);
    expect(again.errors).toBeUndefined();
    expect(again.data!.requestMentor.status).toBe("PROPOSED");
  });

  it("lets either side cancel, telling the other; a closed mentorship takes no more steps", async () => {
    const mentor = await newMentor("Cam Canceller");
    const asked = await requested(tokens.mentee, mentor.id);
    const withdrawn = await api.gql<{ cancelMentorship: Result }>(
      CANCEL,
      { input: { id: asked.id, version: 1 } },
      tokens.mentee,
    );
    expect(withdrawn.data!.cancelMentorship.status).toBe("CANCELLED");
    expect(await notificationsOf(mentor.id)).toEqual([
      expect.objectContaining({ kind: "MENTORSHIP_REQUESTED" }),
      {
        kind: "MENTORSHIP_ENDED",
        message: "Leo Mentee cancelled the mentoring request.",
        actorId: mentee.id,
      },
    ]);
    const late = await api.gql(ACCEPT, { input: { id: asked.id, version: 2 } }, mentor.token);
    expect(late.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.id" }],
    });

    const second = await requested(tokens.mentee, mentor.id);
    await api.gql(ACCEPT, { input: { id: second.id, version: 1 } }, mentor.token);
    const stopped = await api.gql<{ cancelMentorship: Result }>(
      CANCEL,
      { input: { id: second.id, version: 2 } },
      mentor.token,
    );
    expect(stopped.data!.cancelMentorship.status).toBe("CANCELLED");
    expect((await notificationsOf(mentee.id)).at(-1)).toEqual({
      kind: "MENTORSHIP_ENDED",
      message: "Cam Canceller cancelled your mentorship.",
      actorId: mentor.id,
    });
  });

  it("refuses a stale version with CONFLICT", async () => {
    const mentor = await newMentor("Stale Mentor");
    const asked = await requested(tokens.mentee, mentor.id);
    await api.gql(ACCEPT, { input: { id: asked.id, version: 1 } }, mentor.token);
    const stale = await api.gql(CANCEL, { input: { id: asked.id, version: 1 } }, tokens.mentee);
    expect(stale.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      fields: [{ field: "input.version" }],
    });
  });
});

describe("mentorship rules", () => {
  it("refuse self-mentoring, unknown or departed mentors and unknown skills, with field paths", async () => {
    const fieldOf = async (mentorId: string, input: Record<string, unknown> = {}) => {
      const result = await request(tokens.mentee, mentorId, input);
      expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      return result.errors![0].extensions!.fields![0];
    };
    expect(await fieldOf(mentee.id)).toEqual({
      field: "input.mentorId",
      message: "You can't be your own mentor.",
    });
    expect((await fieldOf("6f9619ff-8b86-4011-b42d-00cf4fc964ff")).field).toBe("input.mentorId");
    const left = await createEmployee(api.dataSource, { active: false });
    expect((await fieldOf(left.id)).field).toBe("input.mentorId");
    const mentor = await newMentor("Skill Checker");
    expect(
      (await fieldOf(mentor.id, { focusSkillIds: ["6f9619ff-8b86-4011-b42d-00cf4fc964ff"] })).field,
    ).toBe("input.focusSkillIds");
    expect((await fieldOf("not-an-id")).field).toBe("input.mentorId");
  });

  it("allow one open mentorship per pair: a second request is a CONFLICT", async () => {
    const mentor = await newMentor("Pat Pair");
    const first = await requested(tokens.mentee, mentor.id);
    const duplicate = await request(tokens.mentee, mentor.id);
    expect(duplicate.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      fields: [{ field: "input.mentorId" }],
    });
    expect(duplicate.errors![0].message).toBe(
      "You already asked Pat; wait for their answer or cancel that request.",
    );
    await api.gql(ACCEPT, { input: { id: first.id, version: 1 } }, mentor.token);
    const whileActive = await request(tokens.mentee, mentor.id);
    expect(whileActive.errors![0].message).toBe("Pat already mentors you.");
    // Concurrent duplicates: the mentor-row lock and the unique index let exactly one through.
    const other = await newMentor("Quinn Race");
    const results = await Promise.all([1, 2, 3].map(() => request(tokens.mentee, other.id)));
    expect(results.filter((r) => r.data?.requestMentor).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === "CONFLICT").length).toBe(2);
  });

  it("refuse a request to a mentor at capacity with a clear message", async () => {
    const carlos = await newMentor("Carlos Full");
    for (let i = 0; i < 3; i++) {
      const someone = await createEmployee(api.dataSource);
      await insertMentorship(api.dataSource, carlos.id, someone.id, "ACTIVE");
    }
    const result = await request(tokens.mentee, carlos.id);
    expect(result.errors![0]).toMatchObject({
      message: "Carlos already mentors 3 people, the most they take on.",
      extensions: { code: "CONFLICT", fields: [{ field: "input.mentorId" }] },
    });
  });

  it("refuse an accept over capacity, even when several accepts race", async () => {
    const mentor = await newMentor("Rita Racer", 2);
    const existing = await createEmployee(api.dataSource);
    await insertMentorship(api.dataSource, mentor.id, existing.id, "ACTIVE");
    const asks: Result[] = [];
    for (let i = 0; i < 4; i++) {
      const person = await createEmployee(api.dataSource);
      asks.push(await requested(await signIn(api, person.email), mentor.id));
    }
    const results = await Promise.all(
      asks.map((ask) =>
        api.gql<{ acceptMentorship: Result }>(ACCEPT, { input: { id: ask.id, version: 1 } }, mentor.token),
      ),
    );
    expect(results.filter((r) => r.data?.acceptMentorship?.status === "ACTIVE")).toHaveLength(1);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(3);
    for (const r of refused) {
      expect(r.errors![0]).toMatchObject({
        message: "You already mentor 2 people, the most you take on. Complete or end a mentorship first.",
        extensions: { code: "CONFLICT", fields: [{ field: "input.id" }] },
      });
    }
    const [{ active }] = await api.dataSource.query(
      "SELECT count(*)::int AS active FROM mentorships WHERE mentor_id = $1 AND status = 'ACTIVE'",
      [mentor.id],
    );
    expect(active).toBe(2);
  });

  it("let only the mentor answer, and hide a mentorship from those who may not see it", async () => {
    const mentor = await newMentor("Only Mentor");
    const asked = await requested(tokens.mentee, mentor.id);
    for (const who of ["mentee", "lead", "hr"]) {
      const result = await api.gql(ACCEPT, { input: { id: asked.id, version: 1 } }, tokens[who]);
      expect(result.errors![0].extensions!.code).toBe("FORBIDDEN");
    }
    const byStranger = await api.gql(ACCEPT, { input: { id: asked.id, version: 1 } }, tokens.stranger);
    expect(byStranger.errors![0].extensions!.code).toBe("NOT_FOUND");
    const cancelByLead = await api.gql(CANCEL, { input: { id: asked.id, version: 1 } }, tokens.lead);
    expect(cancelByLead.errors![0].extensions!.code).toBe("FORBIDDEN");
    const [row] = await api.dataSource.query("SELECT status, version FROM mentorships WHERE id = $1", [
      asked.id,
    ]);
    expect(row).toEqual({ status: "PROPOSED", version: 1 });
  });
});

describe("listing mentorships", () => {
  const LIST = `query($id: ID!, $role: MentorshipRole, $status: MentorshipStatus, $after: String) { employee(id: $id) {
    mentorships(role: $role, status: $status, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id status mentor { id } mentee { id } } } } } }`;
  type Page = {
    employee: {
      mentorships: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string; status: string; mentor: { id: string }; mentee: { id: string } } }[];
      };
    };
  };

  it("filters by role and status, pages newest first, and shows only what the viewer may see", async () => {
    const person = await createEmployee(api.dataSource, { managerId: lead.id });
    const personToken = await signIn(api, person.email);
    const mentorBoss = await createEmployee(api.dataSource, { name: "Mentor's Boss" });
    const bossToken = await signIn(api, mentorBoss.email);
    const mentor = await createEmployee(api.dataSource, { managerId: mentorBoss.id });
    const mentorToken = await signIn(api, mentor.email);
    const mentee1 = await createEmployee(api.dataSource);
    const asMentor = await insertMentorship(api.dataSource, person.id, mentee1.id, "ACTIVE");
    const asMentee = await insertMentorship(api.dataSource, mentor.id, person.id, "PROPOSED");
    const old = await insertMentorship(api.dataSource, mentor.id, person.id, "COMPLETED");

    const list = async (token: string, variables: Record<string, unknown> = {}) => {
      const result = await api.gql<Page>(LIST, { id: person.id, ...variables }, token);
      expect(result.errors).toBeUndefined();
      return result.data!.employee.mentorships;
    };
    const all: string[] = [];
    let after: string | null = null;
    do {
      const page: Page["employee"]["mentorships"] = await list(personToken, { after });
      expect(page.totalCount).toBe(3);
      all.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(all).toEqual([old, asMentee, asMentor]);
    expect((await list(personToken, { role: "MENTOR" })).edges.map((e) => e.node.id)).toEqual([asMentor]);
    expect(
      (await list(personToken, { role: "MENTEE", status: "PROPOSED" })).edges.map((e) => e.node.id),
    ).toEqual([asMentee]);
    // The person's manager sees those where the person is the mentee (not whom they mentor: that
    // is the other mentee's business); HR sees all three; the mentor the two they are part of.
    expect((await list(tokens.lead)).edges.map((e) => e.node.id)).toEqual([old, asMentee]);
    expect((await list(tokens.hr)).totalCount).toBe(3);
    expect((await list(mentorToken)).totalCount).toBe(2);
    // The mentor's manager is not the mentee's: they see none of the person's mentorships.
    expect((await list(bossToken)).totalCount).toBe(0);
    expect((await list(tokens.stranger)).totalCount).toBe(0);
    const byId = await api.gql(
      `query($id: ID!) { mentorship(id: $id) { id } }`,
      { id: asMentee },
      tokens.stranger,
    );
    expect(byId.errors![0].extensions!.code).toBe("NOT_FOUND");
    const own = await api.gql(
      `query($id: ID!) { mentorship(id: $id) { id } }`,
      { id: asMentee },
      mentorToken,
    );
    expect(own.data).toEqual({ mentorship: { id: asMentee } });
  });
});
