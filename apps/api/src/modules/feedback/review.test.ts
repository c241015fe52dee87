import { startTestApi, type TestApi } from "../../test/test-api";
import {
  answer,
  createRound,
  createSkill,
  DECLINE,
  myRequest,
  nominate,
  ok,
  openRound,
  type Person,
  person,
  type RoundRef,
  SUBMIT,
} from "./feedback.test-helpers";

let api: TestApi;
let lead: Person;
let subject: Person;
let peer: Person;
let other: Person;
let skills: string[];
let round: RoundRef;

beforeAll(async () => {
  api = await startTestApi();
  lead = await person(api, "Review Lead");
  subject = await person(api, "Review Subject", { managerId: lead.id });
  peer = await person(api, "Review Peer", { managerId: lead.id });
  other = await person(api, "Review Other", { managerId: lead.id });
  skills = [(await createSkill(api, "Review A")).id, (await createSkill(api, "Review B")).id];
  const created = await createRound(api, lead.token, { subjectId: subject.id, skillIds: skills });
  const nominated = await nominate(api, lead.token, created.id, [
    { employeeId: peer.id, relationship: "PEER" },
    { employeeId: other.id, relationship: "OTHER" },
  ]);
  round = await openRound(api, lead.token, nominated);
});
afterAll(() => api.close());

const MINE = `query($status: FeedbackRequestStatus) { myFeedbackRequests(status: $status) {
  id relationship status viewerCanAnswer round { id title subject { id } skills { id } questions }
  response { ratings { level skill { id } } answers { questionIndex question text } } } }`;

type Mine = {
  id: string;
  relationship: string;
  status: string;
  viewerCanAnswer: boolean;
  round: { id: string; subject: { id: string } };
  response: {
    ratings: { level: number | null; skill: { id: string } }[];
    answers: { text: string }[];
  } | null;
};

describe("reviewing", () => {
  it("lists the reviewer's pending requests with what to answer", async () => {
    const mine = ok(
      await api.gql<{ myFeedbackRequests: Mine[] }>(MINE, { status: "PENDING" }, peer.token),
    ).myFeedbackRequests;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      relationship: "PEER",
      status: "PENDING",
      viewerCanAnswer: true,
      round: { id: round.id, subject: { id: subject.id } },
      response: null,
    });
  });

  it("submits ratings (with “can't say”) and answers, and edits them until closing", async () => {
    ok(await answer(api, peer, round.id, { [skills[0]]: 4 }, ["Keep pairing", ""]));
    let mine = ok(await api.gql<{ myFeedbackRequests: Mine[] }>(MINE, {}, peer.token)).myFeedbackRequests[0];
    expect(mine.status).toBe("SUBMITTED");
    // The skill left out is stored as "can't say".
    expect(mine.response!.ratings.map((r) => [r.skill.id, r.level]).sort()).toEqual(
      [
        [skills[0], 4],
        [skills[1], null],
      ].sort(),
    );
    expect(mine.response!.answers.map((a) => a.text)).toEqual(["Keep pairing"]);

    ok(
      await answer(api, peer, round.id, { [skills[0]]: 5, [skills[1]]: 2 }, [
        "Keep pairing more",
        "Write docs",
      ]),
    );
    mine = ok(await api.gql<{ myFeedbackRequests: Mine[] }>(MINE, {}, peer.token)).myFeedbackRequests[0];
    expect(mine.response!.answers.map((a) => a.text)).toEqual(["Keep pairing more", "Write docs"]);
    const [{ n }] = await api.dataSource.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'feedback_request.submitted'",
      [round.id],
    );
    expect(n).toBe(2);
    const [event] = await api.dataSource.query(
      "SELECT data FROM audit_events WHERE entity_id = $1 AND action = 'feedback_request.submitted' LIMIT 1",
      [round.id],
    );
    expect(event.data).toEqual({}); // the audit trail never holds what was said
  });

  it("refuses a stale version, a skill or question the round doesn't have, and an empty response", async () => {
    const request = await myRequest(api, other.token, round.id);
    const submit = (input: Record<string, unknown>) =>
      api.gql(
        SUBMIT,
        { input: { requestId: request.id, version: request.version, ratings: [], answers: [], ...input } },
        other.token,
      );
    const stale = await submit({ version: request.version + 5, ratings: [{ skillId: skills[0], level: 3 }] });
    expect(stale.errors![0].extensions!.code).toBe("CONFLICT");
    const unknownSkill = await submit({
      ratings: [{ skillId: "00000000-0000-4000-8000-000000000000", level: 3 }],
    });
    expect(unknownSkill.errors![0].extensions!.fields![0].field).toBe("input.ratings.0.skillId");
    const badLevel = await submit({ ratings: [{ skillId: skills[0], level: 6 }] });
    expect(badLevel.errors![0].extensions!.fields![0].field).toBe("input.ratings.0.level");
    const badQuestion = await submit({ answers: [{ questionIndex: 7, text: "Hi" }] });
    expect(badQuestion.errors![0].extensions!.fields![0].field).toBe("input.answers.0.questionIndex");
    const empty = await submit({ ratings: [{ skillId: skills[0], level: null }] });
    expect(empty.errors![0].extensions!.fields![0].field).toBe("input.ratings");
  });

  it("declines with a reason the manager sees in the status list, without content", async () => {
    const request = await myRequest(api, other.token, round.id);
    const declined = ok(
      await api.gql<{ declineFeedbackRequest: { status: string } }>(
        DECLINE,
        { input: { requestId: request.id, reason: "We haven't worked together" } },
        other.token,
      ),
    );
    expect(declined.declineFeedbackRequest.status).toBe("DECLINED");
    const again = await api.gql(DECLINE, { input: { requestId: request.id, reason: "again" } }, other.token);
    expect(again.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const status = ok(
      await api.gql<{
        feedbackRound: { requests: { relationship: string; status: string; declineReason: string | null }[] };
      }>(
        `query($id: ID!) { feedbackRound(id: $id) { requests { relationship status declineReason } } }`,
        { id: round.id },
        lead.token,
      ),
    ).feedbackRound.requests;
    expect(status).toEqual([
      { relationship: "SELF", status: "PENDING", declineReason: null },
      { relationship: "MANAGER", status: "PENDING", declineReason: null },
      { relationship: "PEER", status: "SUBMITTED", declineReason: null },
      { relationship: "OTHER", status: "DECLINED", declineReason: "We haven't worked together" },
    ]);
  });

  it("treats a round past its closing date as closed before the schedule closes it", async () => {
    await api.dataSource.query(
      "UPDATE feedback_rounds SET closes_at = now() - interval '1 second' WHERE id = $1",
      [round.id],
    );
    const late = await answer(api, peer, round.id, { [skills[0]]: 1 });
    expect(late.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const mine = ok(await api.gql<{ myFeedbackRequests: Mine[] }>(MINE, {}, peer.token))
      .myFeedbackRequests[0];
    expect(mine.viewerCanAnswer).toBe(false);
    // Still not a report: only closing makes one.
    const report = await api.gql(
      `query($id: ID!) { feedbackRound(id: $id) { report { threshold } } }`,
      { id: round.id },
      lead.token,
    );
    expect(report.errors![0].extensions!.code).toBe("FORBIDDEN");
  });
});
