import { startTestApi, type TestApi } from "../../test/test-api";
import {
  CLOSE,
  createRound,
  createSkill,
  inDays,
  NOMINATE,
  nominate,
  OPEN,
  ok,
  openRound,
  type Person,
  person,
} from "./feedback.test-helpers";
import { sendDueReminders } from "./reminders";
import { closeDueRounds, declineRequestsOfLeavers } from "./schedule";

let api: TestApi;
let vp: Person;
let lead: Person;
let subject: Person;
let peers: Person[];
let report: Person;
let hr: Person;
let stranger: Person;
let strong: { id: string; name: string };
let weak: { id: string; name: string };
let marked: { id: string; name: string };
let middling: { id: string; name: string };

beforeAll(async () => {
  api = await startTestApi();
  vp = await person(api, "Round VP");
  lead = await person(api, "Round Lead", { managerId: vp.id });
  subject = await person(api, "Round Subject", { managerId: lead.id, department: "Rounds" });
  peers = [];
  for (let i = 1; i <= 3; i++) peers.push(await person(api, `Round Peer ${i}`, { managerId: lead.id }));
  report = await person(api, "Round Report", { managerId: subject.id });
  hr = await person(api, "Round HR", { role: "HR_ADMIN" });
  stranger = await person(api, "Round Stranger");
  [strong, weak, marked, middling] = [
    await createSkill(api, "Round strong"),
    await createSkill(api, "Round weak"),
    await createSkill(api, "Round marked"),
    await createSkill(api, "Round middling"),
  ];
  // Decision 009: combined ≥ 4 is a strength, ≤ 2.5 a growth area; marked ones are growth areas too.
  await api.dataSource.query(
    `INSERT INTO skill_ratings (employee_id, skill_id, source, level, rated_by_id) VALUES
       ($1, $2, 'SELF', 5, $1), ($1, $2, 'MANAGER', 4, $5), ($1, $3, 'SELF', 2, $1), ($1, $3, 'MANAGER', 3, $5),
       ($1, $4, 'SELF', 3, $1), ($1, $6, 'SELF', 3, $1)`,
    [subject.id, strong.id, weak.id, middling.id, lead.id, marked.id],
  );
  await api.dataSource.query("INSERT INTO growth_areas (employee_id, skill_id) VALUES ($1, $2)", [
    subject.id,
    marked.id,
  ]);
});
afterAll(() => api.close());

const REQUESTS = `query($id: ID!) { feedbackRound(id: $id) { id version status
  requests { id relationship status approved declineReason reviewer { id } } } }`;
type RequestRow = {
  id: string;
  relationship: string;
  status: string;
  approved: boolean;
  reviewer: { id: string };
};

async function requestsOf(roundId: string, token = lead.token): Promise<RequestRow[]> {
  return ok(await api.gql<{ feedbackRound: { requests: RequestRow[] } }>(REQUESTS, { id: roundId }, token))
    .feedbackRound.requests;
}

async function notificationsOf(who: Person, kind: string, roundId: string): Promise<number> {
  const [{ n }] = await api.dataSource.query(
    "SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND kind = $2 AND subject_id = $3",
    [who.id, kind, roundId],
  );
  return n;
}

async function auditActions(roundId: string): Promise<string[]> {
  const rows = await api.dataSource.query(
    "SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY created_at, action",
    [roundId],
  );
  return rows.map((row: { action: string }) => row.action);
}

describe("creating a round", () => {
  it("defaults to the subject's growth areas and strengths, the two questions and threshold 3, with self and manager asked", async () => {
    const round = await createRound(api, subject.token, {});
    expect(round.status).toBe("DRAFT");
    expect(round.anonymityThreshold).toBe(3);
    expect(round.questions).toEqual(["What should they keep doing?", "What could they do differently?"]);
    expect(round.skills.map((s) => s.id).sort()).toEqual([strong.id, weak.id, marked.id].sort());
    const requests = await requestsOf(round.id);
    expect(requests.map((r) => [r.relationship, r.reviewer.id, r.approved, r.status])).toEqual([
      ["SELF", subject.id, true, "PENDING"],
      ["MANAGER", lead.id, true, "PENDING"],
    ]);
    expect(await auditActions(round.id)).toEqual(["feedback_round.created"]);
  });

  it("refuses an anonymity threshold under 3, and a closing date in the past", async () => {
    const low = await api.gql(
      `mutation($input: CreateFeedbackRoundInput!) { createFeedbackRound(input: $input) { id } }`,
      { input: { closesAt: inDays(7), anonymityThreshold: 2 } },
      subject.token,
    );
    expect(low.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.anonymityThreshold" }],
    });
    const past = await api.gql(
      `mutation($input: CreateFeedbackRoundInput!) { createFeedbackRound(input: $input) { id } }`,
      { input: { closesAt: inDays(-1) } },
      subject.token,
    );
    expect(past.errors![0].extensions!.fields![0].field).toBe("input.closesAt");
  });

  it("falls back to the goal skills, and asks for a skill when there are none", async () => {
    const newcomer = await person(api, "Round Newcomer", { managerId: lead.id });
    const refused = await api.gql(
      `mutation($input: CreateFeedbackRoundInput!) { createFeedbackRound(input: $input) { id } }`,
      { input: { closesAt: inDays(7) } },
      newcomer.token,
    );
    expect(refused.errors![0].extensions!.fields![0].field).toBe("input.skillIds");
    const [{ id: goalId }] = await api.dataSource.query(
      "INSERT INTO goals (owner_id, title, start_date) VALUES ($1, 'Grow', '2025-01-01') RETURNING id",
      [newcomer.id],
    );
    await api.dataSource.query("INSERT INTO goal_skills (goal_id, skill_id) VALUES ($1, $2)", [
      goalId,
      middling.id,
    ]);
    const round = await createRound(api, newcomer.token, {});
    expect(round.skills.map((s) => s.id)).toEqual([middling.id]);
  });

  it("is allowed about yourself, someone below you or (HR) anyone — not about a peer", async () => {
    expect((await createRound(api, vp.token, { subjectId: subject.id, skillIds: [strong.id] })).status).toBe(
      "DRAFT",
    );
    expect((await createRound(api, hr.token, { subjectId: subject.id, skillIds: [strong.id] })).status).toBe(
      "DRAFT",
    );
    const byPeer = await api.gql(
      `mutation($input: CreateFeedbackRoundInput!) { createFeedbackRound(input: $input) { id } }`,
      { input: { closesAt: inDays(7), subjectId: subject.id, skillIds: [strong.id] } },
      peers[0].token,
    );
    expect(byPeer.errors![0].extensions!.code).toBe("FORBIDDEN");
  });
});

describe("nominations and opening", () => {
  it("needs the manager's approval for the subject's nominations, then notifies every reviewer on opening", async () => {
    const created = await createRound(api, subject.token, { skillIds: [strong.id] });
    const round = await nominate(api, subject.token, created.id, [
      { employeeId: peers[0].id, relationship: "PEER" },
      { employeeId: peers[1].id, relationship: "PEER" },
      { employeeId: report.id, relationship: "DIRECT_REPORT" },
    ]);
    expect(await notificationsOf(lead, "FEEDBACK_NOMINATIONS_TO_APPROVE", round.id)).toBe(1);
    expect((await requestsOf(round.id)).filter((r) => !r.approved)).toHaveLength(3);

    const early = await api.gql(OPEN, { input: { id: round.id, version: round.version } }, subject.token);
    expect(early.errors![0]).toMatchObject({ message: "3 nominations wait for the manager's approval." });
    const selfApproval = await api.gql(
      `mutation($input: FeedbackRoundIdInput!) { approveFeedbackNominations(input: $input) { id } }`,
      { input: { roundId: round.id } },
      subject.token,
    );
    expect(selfApproval.errors![0].extensions!.code).toBe("FORBIDDEN");
    const approved = ok(
      await api.gql<{ approveFeedbackNominations: { version: number } }>(
        `mutation($input: FeedbackRoundIdInput!) { approveFeedbackNominations(input: $input) { version } }`,
        { input: { roundId: round.id } },
        lead.token,
      ),
    ).approveFeedbackNominations;
    // Reviewers don't see a draft round at all.
    const hidden = await api.gql(
      `query($id: ID!) { feedbackRound(id: $id) { title } }`,
      { id: round.id },
      peers[0].token,
    );
    expect(hidden.errors![0].extensions!.code).toBe("NOT_FOUND");

    const opened = await openRound(api, subject.token, { ...round, version: approved.version });
    expect(opened.status).toBe("OPEN");
    for (const reviewer of [peers[0], peers[1], report, lead]) {
      expect(await notificationsOf(reviewer, "FEEDBACK_REQUESTED", round.id)).toBe(1);
    }
    const seen = await api.gql<{ feedbackRound: { title: string } }>(
      `query($id: ID!) { feedbackRound(id: $id) { title } }`,
      { id: round.id },
      peers[0].token,
    );
    expect(seen.data!.feedbackRound.title).toBe("360 feedback for Round Subject");
    expect(await auditActions(round.id)).toEqual(
      expect.arrayContaining([
        "feedback_round.created",
        "feedback_round.nominated",
        "feedback_round.nominations_approved",
        "feedback_round.opened",
      ]),
    );
    // Nominations close with the draft.
    const late = await api.gql(
      NOMINATE,
      { input: { roundId: round.id, reviewers: [{ employeeId: peers[2].id, relationship: "PEER" }] } },
      lead.token,
    );
    expect(late.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("approves the manager's own nominations at once", async () => {
    const round = await createRound(api, lead.token, { subjectId: subject.id, skillIds: [strong.id] });
    await nominate(api, lead.token, round.id, [{ employeeId: peers[2].id, relationship: "PEER" }]);
    expect((await requestsOf(round.id)).every((r) => r.approved)).toBe(true);
  });

  it("refuses self as a peer, duplicates (CONFLICT), a fake direct report and SELF/MANAGER relationships", async () => {
    const round = await createRound(api, subject.token, { skillIds: [strong.id] });
    const attempt = (reviewers: { employeeId: string; relationship: string }[]) =>
      api.gql(NOMINATE, { input: { roundId: round.id, reviewers } }, subject.token);

    const self = await attempt([{ employeeId: subject.id, relationship: "PEER" }]);
    expect(self.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.reviewers.0.employeeId" }],
    });
    const twiceInOneCall = await attempt([
      { employeeId: peers[0].id, relationship: "PEER" },
      { employeeId: peers[0].id, relationship: "OTHER" },
    ]);
    expect(twiceInOneCall.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      fields: [{ field: "input.reviewers.1.employeeId" }],
    });
    const managerAgain = await attempt([{ employeeId: lead.id, relationship: "PEER" }]);
    expect(managerAgain.errors![0].extensions!.code).toBe("CONFLICT");
    await nominate(api, subject.token, round.id, [{ employeeId: peers[0].id, relationship: "PEER" }]);
    expect(
      (await attempt([{ employeeId: peers[0].id, relationship: "PEER" }])).errors![0].extensions!.code,
    ).toBe("CONFLICT");
    const fakeReport = await attempt([{ employeeId: peers[1].id, relationship: "DIRECT_REPORT" }]);
    expect(fakeReport.errors![0].extensions!.fields![0].field).toBe("input.reviewers.0.relationship");
    const asManager = await attempt([{ employeeId: peers[1].id, relationship: "MANAGER" }]);
    expect(asManager.errors![0].extensions!.fields![0].field).toBe("input.reviewers.0.relationship");
    const byStranger = await api.gql(
      NOMINATE,
      { input: { roundId: round.id, reviewers: [{ employeeId: peers[1].id, relationship: "PEER" }] } },
      stranger.token,
    );
    expect(byStranger.errors![0].extensions!.code).toBe("NOT_FOUND");
  });

  it("lets the subject withdraw a nomination and the manager refuse one, but keeps self and manager", async () => {
    const round = await createRound(api, subject.token, { skillIds: [strong.id] });
    await nominate(api, subject.token, round.id, [
      { employeeId: peers[0].id, relationship: "PEER" },
      { employeeId: peers[1].id, relationship: "PEER" },
    ]);
    const requests = await requestsOf(round.id);
    const remove = (requestId: string, token: string) =>
      api.gql(
        `mutation($input: FeedbackRequestIdInput!) { removeFeedbackNomination(input: $input) { id } }`,
        { input: { requestId } },
        token,
      );
    const byId = (id: string) => requests.find((r) => r.reviewer.id === id)!.id;
    expect((await remove(byId(peers[0].id), subject.token)).errors).toBeUndefined();
    expect((await remove(byId(peers[1].id), lead.token)).errors).toBeUndefined();
    expect((await remove(byId(subject.id), lead.token)).errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect((await remove(byId(lead.id), stranger.token)).errors![0]).toMatchObject({
      message: "This nomination was not found.",
    });
    expect((await requestsOf(round.id)).map((r) => r.relationship)).toEqual(["SELF", "MANAGER"]);
    expect(
      (await auditActions(round.id)).filter((a) => a === "feedback_round.nomination_removed"),
    ).toHaveLength(2);
  });
});

describe("closing, reminders and people leaving", () => {
  async function openRoundAbout(who: Person, reviewers: Person[]) {
    const round = await createRound(api, lead.token, { subjectId: who.id, skillIds: [strong.id] });
    await nominate(
      api,
      lead.token,
      round.id,
      reviewers.map((r) => ({ employeeId: r.id, relationship: "PEER" })),
    );
    const [{ version }] = await api.dataSource.query("SELECT version FROM feedback_rounds WHERE id = $1", [
      round.id,
    ]);
    return openRound(api, lead.token, { ...round, version });
  }

  it("closes by hand (the subject's manager), notifying the subject and manager that the report is ready", async () => {
    const round = await openRoundAbout(subject, [peers[0]]);
    const byPeer = await api.gql(CLOSE, { input: { id: round.id, version: round.version } }, peers[0].token);
    expect(byPeer.errors![0].extensions!.code).toBe("FORBIDDEN");
    const stale = await api.gql(CLOSE, { input: { id: round.id, version: round.version - 1 } }, lead.token);
    expect(stale.errors![0].extensions!.code).toBe("CONFLICT");
    const closed = ok(
      await api.gql<{ closeFeedbackRound: { status: string } }>(
        CLOSE,
        { input: { id: round.id, version: round.version } },
        lead.token,
      ),
    );
    expect(closed.closeFeedbackRound.status).toBe("CLOSED");
    expect(await notificationsOf(subject, "FEEDBACK_REPORT_READY", round.id)).toBe(1);
    expect(await auditActions(round.id)).toContain("feedback_round.closed");
  });

  it("closes rounds at their closing date, once", async () => {
    const round = await openRoundAbout(subject, [peers[1]]);
    await api.dataSource.query(
      "UPDATE feedback_rounds SET closes_at = now() - interval '1 minute' WHERE id = $1",
      [round.id],
    );
    expect(await closeDueRounds(api.dataSource)).toBeGreaterThanOrEqual(1);
    expect(await closeDueRounds(api.dataSource)).toBe(0);
    const [row] = await api.dataSource.query("SELECT status FROM feedback_rounds WHERE id = $1", [round.id]);
    expect(row.status).toBe("CLOSED");
    const [event] = await api.dataSource.query(
      "SELECT actor_id, data FROM audit_events WHERE entity_id = $1 AND action = 'feedback_round.closed'",
      [round.id],
    );
    expect(event).toEqual({ actor_id: null, data: { by: "closing date" } });
  });

  it("reminds pending reviewers once, 3 days before closing, and lets a manager nudge once a day", async () => {
    const round = await openRoundAbout(subject, [peers[0], peers[1]]);
    await api.dataSource.query(
      "UPDATE feedback_rounds SET closes_at = now() + interval '2 days', opened_at = now() - interval '10 days' WHERE id = $1",
      [round.id],
    );
    expect(await sendDueReminders(api.dataSource)).toBeGreaterThanOrEqual(3);
    await sendDueReminders(api.dataSource);
    expect(await notificationsOf(peers[0], "FEEDBACK_REMINDER", round.id)).toBe(1);

    const NUDGE = `mutation($input: FeedbackRoundIdInput!) { remindFeedbackReviewers(input: $input) }`;
    expect(
      (await api.gql(NUDGE, { input: { roundId: round.id } }, subject.token)).errors![0].extensions!.code,
    ).toBe("FORBIDDEN");
    const nudged = ok(
      await api.gql<{ remindFeedbackReviewers: number }>(NUDGE, { input: { roundId: round.id } }, vp.token),
    );
    expect(nudged.remindFeedbackReviewers).toBe(4);
    expect(await notificationsOf(peers[1], "FEEDBACK_REMINDER", round.id)).toBe(2);
    const again = await api.gql(NUDGE, { input: { roundId: round.id } }, vp.token);
    expect(again.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    expect(await auditActions(round.id)).toContain("feedback_round.reminded");
  });

  it("declines a leaver's pending request with a reason and keeps what other leavers submitted", async () => {
    const leaver = await person(api, "Round Leaver", { managerId: lead.id });
    const submitter = await person(api, "Round Submitter", { managerId: lead.id });
    const round = await openRoundAbout(subject, [leaver, submitter]);
    await api.dataSource.query(
      `UPDATE feedback_requests SET status = 'SUBMITTED' WHERE round_id = $1 AND reviewer_id = $2`,
      [round.id, submitter.id],
    );
    await api.dataSource.query("UPDATE employees SET active = FALSE WHERE id = ANY($1)", [
      [leaver.id, submitter.id],
    ]);
    await declineRequestsOfLeavers(api.dataSource);
    const requests = await api.dataSource.query(
      "SELECT reviewer_id AS id, status, decline_reason AS reason FROM feedback_requests WHERE round_id = $1",
      [round.id],
    );
    expect(requests).toEqual(
      expect.arrayContaining([
        { id: leaver.id, status: "DECLINED", reason: "Left the organization." },
        { id: submitter.id, status: "SUBMITTED", reason: null },
      ]),
    );
  });
});

describe("a feedback cycle", () => {
  it("creates a draft round per active person of a department in one go (HR only), skipping busy people", async () => {
    const dept = "Cycle Dept";
    const a = await person(api, "Cycle A", { managerId: lead.id, department: dept });
    const b = await person(api, "Cycle B", { managerId: a.id, department: dept });
    const c = await person(api, "Cycle C", { managerId: a.id, department: dept });
    await createRound(api, c.token, { skillIds: [strong.id] });
    const LAUNCH = `mutation($input: LaunchFeedbackCycleInput!) { launchFeedbackCycle(input: $input) { launched skipped } }`;
    const input = { department: dept, title: "Spring 360", closesAt: inDays(21) };
    expect((await api.gql(LAUNCH, { input }, lead.token)).errors![0].extensions!.code).toBe("FORBIDDEN");
    const noSkills = await api.gql(LAUNCH, { input }, hr.token);
    expect(noSkills.errors![0].extensions!.fields![0].field).toBe("input.fallbackSkillIds");
    const [{ n: before }] = await api.dataSource.query("SELECT count(*)::int AS n FROM feedback_rounds");
    expect(before).toBeGreaterThan(0);

    api.queries.reset();
    const launched = ok(
      await api.gql<{ launchFeedbackCycle: { launched: number; skipped: number } }>(
        LAUNCH,
        { input: { ...input, fallbackSkillIds: [weak.id] } },
        hr.token,
      ),
    );
    expect(launched.launchFeedbackCycle).toEqual({ launched: 2, skipped: 1 });
    const rounds = await api.dataSource.query(
      `SELECT r.subject_id AS "subjectId", r.title, array_agg(fr.relationship::text ORDER BY fr.relationship) AS asked
       FROM feedback_rounds r JOIN feedback_requests fr ON fr.round_id = r.id
       WHERE r.subject_id = ANY($1) AND r.title = 'Spring 360' GROUP BY r.id ORDER BY r.subject_id`,
      [[a.id, b.id]],
    );
    expect(rounds).toHaveLength(2);
    expect(rounds.every((r: { asked: string[] }) => r.asked.join() === "SELF,MANAGER")).toBe(true);
  });
});
