import { startTestApi, type TestApi } from "../../test/test-api";
import {
  answer,
  closeRound,
  createRound,
  createSkill,
  nominate,
  ok,
  openRound,
  type Person,
  person,
  type RoundRef,
  SUBMIT,
} from "./feedback.test-helpers";
import { loadThreeSixtyLevels } from "./three-sixty-levels";

/**
 * The anonymity promise, tested as an attacker would: over HTTP, as the subject, their manager, a
 * peer reviewer and an HR admin, with aliases, fragments, filters and provoked errors. The direct
 * report's answers are marked with unique strings and numbers that must never come back.
 */
let api: TestApi;
let lead: Person;
let subject: Person;
let peers: Person[];
let directReport: Person;
let hr: Person;
let s1: string;
let s2: string;
let round: RoundRef;

const DR_SECRET = "DR-SECRET-7f3a: the manager never listens";
const PEER_TEXTS = [
  "peer-alpha keeps the team calm",
  "peer-bravo reviews fast",
  "peer-charlie mentors juniors",
];

beforeAll(async () => {
  api = await startTestApi();
  const vp = await person(api, "Anon VP");
  lead = await person(api, "Anon Lead", { managerId: vp.id });
  subject = await person(api, "Anon Subject", { managerId: lead.id });
  peers = [];
  for (let i = 0; i < 5; i++) peers.push(await person(api, `Anon Peer ${i}`, { managerId: lead.id }));
  directReport = await person(api, "Anon Direct Report", { managerId: subject.id });
  hr = await person(api, "Anon HR", { role: "HR_ADMIN" });
  s1 = (await createSkill(api, "Anon Listening")).id;
  s2 = (await createSkill(api, "Anon Delivery")).id;

  // Round A: self, manager, 3 peers and 1 direct report all answer.
  const created = await createRound(api, lead.token, { subjectId: subject.id, skillIds: [s1, s2] });
  const nominated = await nominate(api, lead.token, created.id, [
    ...peers.slice(0, 3).map((p) => ({ employeeId: p.id, relationship: "PEER" })),
    { employeeId: directReport.id, relationship: "DIRECT_REPORT" },
  ]);
  round = await openRound(api, lead.token, nominated);
  ok(await answer(api, subject, round.id, { [s1]: 3, [s2]: 3 }, ["self keep", "self change"]));
  ok(await answer(api, lead, round.id, { [s1]: 4, [s2]: 4 }, ["manager keep", "manager change"]));
  const peerLevels = [
    [4, 3],
    [5, 3],
    [4, 3],
  ];
  for (const [i, p] of peers.slice(0, 3).entries()) {
    ok(await answer(api, p, round.id, { [s1]: peerLevels[i][0], [s2]: peerLevels[i][1] }, [PEER_TEXTS[i]]));
  }
  // The direct report's answers are deliberately far from everyone else's.
  ok(await answer(api, directReport, round.id, { [s1]: 1, [s2]: 1 }, [DR_SECRET, DR_SECRET]));
});
afterAll(() => api.close());

const REPORT_FIELDS = `threshold suppressedGroups selfSubmitted managerSubmitted
  groups { relationship shown responseCount }
  skills { skill { id } self manager groups { relationship average ratingCount } others othersCount combined
    strength growthArea blindSpot hiddenStrength }
  questions { questionIndex question self manager comments { relationship text } }
  strengths { id } growthAreas { id } blindSpots { id } hiddenStrengths { id }`;

/** Everything an attacker can ask in one document: aliases, fragments, filters, nested paths. */
const EVERYTHING = `
  query Everything($id: ID!, $subject: ID!) {
    direct: feedbackRound(id: $id) { ...Round }
    viaSubject: employee(id: $subject) { feedbackRounds { ...Round } closed: feedbackRounds(status: CLOSED) { id report { ...Report } } }
    mine: myFeedbackRequests { ...Mine }
    submitted: myFeedbackRequests(status: SUBMITTED) { ...Mine round { ...Round } }
  }
  fragment Round on FeedbackRound {
    id status version updatedAt
    requests { id relationship status approved declineReason reviewer { id name } }
    myRequest { ...Mine }
    report { ...Report }
    again: report { questions { comments { text } } }
  }
  fragment Mine on MyFeedbackRequest {
    id relationship status declineReason
    response { ratings { level skill { id } } answers { questionIndex question text } }
  }
  fragment Report on FeedbackReport { ${REPORT_FIELDS} }`;

async function everything(
  token: string,
): Promise<{ body: string; data: Record<string, unknown> | null | undefined; codes: string[] }> {
  const result = await api.gql(EVERYTHING, { id: round.id, subject: subject.id }, token);
  return {
    body: JSON.stringify(result),
    data: result.data,
    codes: (result.errors ?? []).map((e) => e.extensions?.code ?? ""),
  };
}

type Report = {
  groups: { relationship: string; shown: boolean; responseCount: number | null }[];
  suppressedGroups: string[];
  skills: {
    skill: { id: string };
    self: number;
    manager: number;
    groups: { relationship: string; average: number | null; ratingCount: number | null }[];
    others: number | null;
    othersCount: number | null;
    combined: number | null;
  }[];
  questions: {
    self: string | null;
    manager: string | null;
    comments: { relationship: string; text: string }[];
  }[];
};

async function readReport(token: string, roundId = round.id): Promise<Report> {
  return ok(
    await api.gql<{ feedbackRound: { report: Report } }>(
      `query($id: ID!) { feedbackRound(id: $id) { report { ${REPORT_FIELDS} } } }`,
      { id: roundId },
      token,
    ),
  ).feedbackRound.report;
}

/** The report with comments in a canonical order (they are shuffled on every read). */
const canonical = (report: Report) => ({
  ...report,
  questions: report.questions.map((q) => ({
    ...q,
    comments: [...q.comments].sort((a, b) => a.text.localeCompare(b.text)),
  })),
});

describe("while the round is open", () => {
  it("the report can't be read by anyone, and nothing of the answers leaks", async () => {
    for (const who of [subject, lead, hr, peers[0]]) {
      const result = await api.gql<{ feedbackRound: { status: string; report: unknown } }>(
        `query($id: ID!) { feedbackRound(id: $id) { status report { skills { others } } } }`,
        { id: round.id },
        who.token,
      );
      expect(result.data!.feedbackRound).toEqual({ status: "OPEN", report: null });
      expect(result.errors![0].extensions!.code).toBe("FORBIDDEN");
      const body = JSON.stringify(result);
      expect(body).not.toContain("DR-SECRET");
      expect(body).not.toContain("peer-alpha");
    }
  });
});

describe("after closing", () => {
  beforeAll(async () => {
    round = await closeRound(api, lead.token, round);
  });

  it("refuses answers and edits", async () => {
    const late = await answer(api, peers[0], round.id, { [s1]: 1 }, ["changed my mind"]);
    expect(late.errors![0]).toMatchObject({
      message: "This feedback round is closed: answers can no longer be given or changed.",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("shows self and manager attributed, peers as a group, and the lone direct report nowhere", async () => {
    const report = await readReport(subject.token);
    expect(report.groups).toEqual([
      { relationship: "PEER", shown: true, responseCount: 3 },
      { relationship: "DIRECT_REPORT", shown: false, responseCount: null },
    ]);
    expect(report.suppressedGroups).toEqual(["DIRECT_REPORT"]);
    const listening = report.skills.find((s) => s.skill.id === s1)!;
    expect(listening).toMatchObject({
      self: 3,
      manager: 4,
      groups: [{ relationship: "PEER", average: 4.33, ratingCount: 3 }],
      others: 4.33,
      othersCount: 3,
    });
    expect(report.questions[0].self).toBe("self keep");
    expect(report.questions[0].manager).toBe("manager keep");
    expect(report.questions[0].comments.map((c) => c.text).sort()).toEqual([...PEER_TEXTS].sort());
    expect(report.questions[1].comments).toEqual([]);
  });

  it("doesn't depend on the direct report's answers at all: changing them changes no figure (no subtraction)", async () => {
    const before = canonical(await readReport(hr.token));
    await api.dataSource.query(
      `UPDATE feedback_ratings SET level = 5 WHERE request_id IN
         (SELECT id FROM feedback_requests WHERE round_id = $1 AND reviewer_id = $2)`,
      [round.id, directReport.id],
    );
    await api.dataSource.query(
      `UPDATE feedback_answers SET text = 'something else entirely' WHERE request_id IN
         (SELECT id FROM feedback_requests WHERE round_id = $1 AND reviewer_id = $2)`,
      [round.id, directReport.id],
    );
    const after = canonical(await readReport(hr.token));
    expect(after).toEqual(before);
    await api.dataSource.query(
      `UPDATE feedback_ratings SET level = 1 WHERE request_id IN
         (SELECT id FROM feedback_requests WHERE round_id = $1 AND reviewer_id = $2)`,
      [round.id, directReport.id],
    );
  });

  it("gives the subject, the manager, a peer reviewer and HR no path to the direct report's content", async () => {
    for (const who of [subject, lead, peers[0], hr]) {
      const { body } = await everything(who.token);
      expect(body).not.toContain("DR-SECRET");
      // The 4-answer means that would include the direct report's 1s: (4+5+4+1)/4 and (3·3+1)/4.
      expect(body).not.toMatch(/"(average|others)":3\.5\b/);
      expect(body).not.toMatch(/"(average|others)":2\.5\b/);
    }
  });

  it("returns content with its reviewer to nobody but that reviewer", async () => {
    // The peer sees their own answers, and nobody else's, nor the report or the status list.
    const peer = await everything(peers[0].token);
    expect(peer.body).toContain(PEER_TEXTS[0]);
    expect(peer.body).not.toContain(PEER_TEXTS[1]);
    expect(peer.codes).toContain("FORBIDDEN");
    const peerData = peer.data as { direct: { requests: unknown; report: unknown } };
    expect(peerData.direct.requests).toBeNull();
    expect(peerData.direct.report).toBeNull();

    // The manager sees who answered (names, statuses) and the report, and only their own response.
    const manager = await everything(lead.token);
    const managerData = manager.data as {
      direct: {
        requests: { reviewer: { id: string }; status: string }[];
        myRequest: { response: { answers: { text: string }[] } };
      };
      mine: { response: { answers: { text: string }[] } }[];
    };
    expect(managerData.direct.requests.map((r) => r.reviewer.id)).toContain(directReport.id);
    expect(managerData.direct.myRequest.response.answers.map((a) => a.text)).toEqual([
      "manager keep",
      "manager change",
    ]);
    expect(managerData.mine.flatMap((m) => m.response?.answers.map((a) => a.text) ?? [])).toEqual([
      "manager keep",
      "manager change",
    ]);
    // HR reads the report but has no response of anyone's: HR wasn't asked.
    const hrView = await everything(hr.token);
    expect((hrView.data as { mine: unknown[] }).mine).toEqual([]);
    expect(hrView.body).not.toContain('manager keep","questionIndex'); // no attributed response object
  });

  it("answers NOT_FOUND for someone else's request, exactly as for one that doesn't exist", async () => {
    const [{ id: drRequestId }] = await api.dataSource.query(
      "SELECT id FROM feedback_requests WHERE round_id = $1 AND reviewer_id = $2",
      [round.id, directReport.id],
    );
    for (const who of [subject, lead, peers[0], hr]) {
      for (const requestId of [drRequestId, "00000000-0000-4000-8000-000000000000"]) {
        const submitted = await api.gql(
          SUBMIT,
          { input: { requestId, version: 1, ratings: [], answers: [] } },
          who.token,
        );
        expect(submitted.errors![0]).toMatchObject({
          message: "This feedback request was not found.",
          extensions: { code: "NOT_FOUND" },
        });
        const declined = await api.gql(
          `mutation($input: DeclineFeedbackRequestInput!) { declineFeedbackRequest(input: $input) { id } }`,
          { input: { requestId, reason: "x" } },
          who.token,
        );
        expect(declined.errors![0].message).toBe("This feedback request was not found.");
      }
    }
  });

  it("has no GraphQL type that carries content next to a reviewer", async () => {
    const result = await api.gql<{
      __schema: { types: { name: string; fields: { name: string; type: unknown }[] | null }[] };
    }>(
      `{ __schema { types { name fields { name type { name kind ofType { name kind ofType { name kind ofType { name } } } } } } } }`,
      {},
      hr.token,
    );
    const types = result.data!.__schema.types.filter((t) => t.fields);
    const typeNames = (type: unknown): string[] => {
      const t = type as { name: string | null; ofType?: unknown };
      return t ? [t.name ?? "", ...typeNames(t.ofType)].filter(Boolean) : [];
    };
    const refs = (name: string) =>
      types.filter((t) => t.fields!.some((f) => typeNames(f.type).includes(name))).map((t) => t.name);
    // Content is reachable through exactly one type, and that type names no person.
    expect(refs("FeedbackResponseContent")).toEqual(["MyFeedbackRequest"]);
    const mine = types.find((t) => t.name === "MyFeedbackRequest")!;
    expect(mine.fields!.filter((f) => typeNames(f.type).includes("Employee"))).toEqual([]);
    // The status type names the reviewer and has no content, time or path to it.
    const request = types.find((t) => t.name === "FeedbackRequest")!;
    expect(request.fields!.map((f) => f.name).sort()).toEqual([
      "approved",
      "declineReason",
      "id",
      "relationship",
      "reviewer",
      "status",
    ]);
    // Nothing in the report names a person or a time.
    for (const name of [
      "FeedbackReport",
      "FeedbackSkillResult",
      "FeedbackGroupScore",
      "FeedbackQuestionResult",
      "FeedbackComment",
      "FeedbackGroupSummary",
    ]) {
      const type = types.find((t) => t.name === name)!;
      const named = type.fields!.flatMap((f) => typeNames(f.type));
      expect(named).not.toContain("Employee");
      expect(named).not.toContain("DateTimeISO");
      expect(named).not.toContain("ID");
    }
  });

  it("audits every report read", async () => {
    const [{ n: before }] = await api.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'feedback_round.report_read'",
      [round.id],
    );
    await readReport(lead.token);
    const [{ n, actor }] = await api.dataSource.query(
      `SELECT count(*)::int AS n, (array_agg(actor_id ORDER BY created_at DESC))[1] AS actor FROM audit_events
       WHERE entity_id = $1 AND action = 'feedback_round.report_read'`,
      [round.id],
    );
    expect(n).toBe(before + 1);
    expect(actor).toBe(lead.id);
  });

  it("feeds the skill profile the same all-others figure, in one statement", async () => {
    api.queries.reset();
    const levels = await loadThreeSixtyLevels(api.dataSource, [subject.id, peers[0].id]);
    expect(api.queries.count).toBe(1);
    expect(Object.fromEntries(levels.get(subject.id)!)).toEqual({ [s1]: 4.33, [s2]: 3 });
    expect(levels.has(peers[0].id)).toBe(false);
  });

  it("shows that figure as the 360 level of the subject's skill profile", async () => {
    const result = await api.gql<{
      employee: { skillProfile: { entries: { skill: { id: string }; threeSixtyLevel: number | null }[] } };
    }>(
      `query($id: ID!) { employee(id: $id) { skillProfile { entries { skill { id } threeSixtyLevel } } } }`,
      { id: subject.id },
      subject.token,
    );
    const levels = Object.fromEntries(
      ok(result).employee.skillProfile.entries.map((entry) => [entry.skill.id, entry.threeSixtyLevel]),
    );
    expect(levels).toMatchObject({ [s1]: 4.33, [s2]: 3 });
  });
});

describe("with 2 of 5 peers answering", () => {
  let small: RoundRef;
  beforeAll(async () => {
    const created = await createRound(api, lead.token, { subjectId: peers[4].id, skillIds: [s1] });
    const nominated = await nominate(
      api,
      lead.token,
      created.id,
      [subject, ...peers.slice(0, 4)].map((p) => ({ employeeId: p.id, relationship: "PEER" })),
    );
    small = await openRound(api, lead.token, nominated);
    ok(await answer(api, peers[0], small.id, { [s1]: 5 }, ["SMALL-SECRET-one"]));
    ok(await answer(api, peers[1], small.id, { [s1]: 1 }, ["SMALL-SECRET-two"]));
    const request = await api.gql<{ feedbackRound: { myRequest: { id: string } } }>(
      `query($id: ID!) { feedbackRound(id: $id) { myRequest { id } } }`,
      { id: small.id },
      peers[2].token,
    );
    ok(
      await api.gql(
        `mutation($input: DeclineFeedbackRequestInput!) { declineFeedbackRequest(input: $input) { id } }`,
        { input: { requestId: request.data!.feedbackRound.myRequest.id, reason: "Too new here" } },
        peers[2].token,
      ),
    );
    small = await closeRound(api, lead.token, small);
  });

  it("shows no peer figure and no peer comment", async () => {
    const report = await readReport(peers[4].token, small.id);
    expect(report.groups).toEqual([{ relationship: "PEER", shown: false, responseCount: null }]);
    expect(report.suppressedGroups).toEqual(["PEER"]);
    expect(report.skills[0]).toMatchObject({ groups: [], others: null, othersCount: null });
    expect(report.questions.every((q) => q.comments.length === 0)).toBe(true);
    for (const who of [peers[4], lead, hr]) {
      const body = JSON.stringify(
        await api.gql(
          `query($id: ID!) { feedbackRound(id: $id) { report { ${REPORT_FIELDS} } } }`,
          { id: small.id },
          who.token,
        ),
      );
      expect(body).not.toContain("SMALL-SECRET");
    }
    const levels = await loadThreeSixtyLevels(api.dataSource, [peers[4].id]);
    expect(levels.size).toBe(0);
  });
});

describe("the report's cost", () => {
  /** A closed round about a new person with `n` submitted peer responses, written directly. */
  async function closedRoundWith(n: number): Promise<string> {
    const target = await person(api, `Cost Subject ${n}`, { managerId: lead.id });
    const created = await createRound(api, lead.token, { subjectId: target.id, skillIds: [s1, s2] });
    for (let i = 0; i < n; i++) {
      const reviewer = await api.dataSource.query(
        `INSERT INTO employees (name, email, manager_id) VALUES ($1, $2, $3) RETURNING id`,
        [`Cost Reviewer ${n}-${i}`, `cost.${n}.${i}.${created.id.slice(0, 8)}@test.example`, lead.id],
      );
      const [{ id }] = await api.dataSource.query(
        `INSERT INTO feedback_requests (round_id, reviewer_id, relationship, status)
         VALUES ($1, $2, $3, 'SUBMITTED') RETURNING id`,
        [created.id, reviewer[0].id, n > 4 && i % 2 ? "DIRECT_REPORT" : "PEER"],
      );
      await api.dataSource.query(
        `INSERT INTO feedback_ratings (request_id, skill_id, level) VALUES ($1, $2, 4), ($1, $3, 3)`,
        [id, s1, s2],
      );
      await api.dataSource.query(
        `INSERT INTO feedback_answers (request_id, question_index, text) VALUES ($1, 0, 'fine'), ($1, 1, 'more')`,
        [id],
      );
    }
    await api.dataSource.query(
      "UPDATE feedback_rounds SET status = 'CLOSED', closed_at = now() WHERE id = $1",
      [created.id],
    );
    return created.id;
  }

  it("runs a constant number of SQL statements: the same for 4 and for 12 reviewers", async () => {
    const counts: number[] = [];
    for (const n of [4, 12]) {
      const id = await closedRoundWith(n);
      await readReport(lead.token, id); // warm up (prepared metadata, first audit row)
      api.queries.reset();
      const report = await readReport(lead.token, id);
      counts.push(api.queries.count);
      expect(report.groups.every((g) => g.shown)).toBe(true);
    }
    // The session, the round, its skills, the report's rows, the audit event.
    expect(counts).toEqual([5, 5]);
  });
});
