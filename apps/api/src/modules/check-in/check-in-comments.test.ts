import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createActiveGoal, recordCheckIn } from "./check-in.test-helpers";

let api: TestApi;
const people: Record<string, TestEmployee> = {};
const tokens: Record<string, string> = {};
const checkIns: Record<"ORGANIZATION" | "TEAM" | "PRIVATE", string> = {} as never;

beforeAll(async () => {
  api = await startTestApi();
  const ds = api.dataSource;
  people.vp = await createEmployee(ds, { name: "Comment VP" });
  people.lead = await createEmployee(ds, { name: "Comment Lead", managerId: people.vp.id });
  people.owner = await createEmployee(ds, { name: "Comment Owner", managerId: people.lead.id });
  people.peer = await createEmployee(ds, { name: "Comment Peer", managerId: people.lead.id });
  // A same-manager peer who is also the owner's mentor: sees TEAM goals as a peer, comments as a mentor.
  people.peerMentor = await createEmployee(ds, { name: "Comment Peer Mentor", managerId: people.lead.id });
  const otherLead = await createEmployee(ds, { name: "Comment Other Lead" });
  people.mentor = await createEmployee(ds, { name: "Comment Mentor", managerId: otherLead.id });
  people.exMentor = await createEmployee(ds, { name: "Comment Ex-mentor", managerId: otherLead.id });
  people.stranger = await createEmployee(ds, { name: "Comment Stranger", managerId: otherLead.id });
  people.hr = await createEmployee(ds, { name: "Comment HR", role: "HR_ADMIN" });
  await ds.query(
    `INSERT INTO mentorships (mentor_id, mentee_id, status) VALUES ($1, $4, 'ACTIVE'), ($2, $4, 'ACTIVE'),
       ($3, $4, 'COMPLETED')`,
    [people.mentor.id, people.peerMentor.id, people.exMentor.id, people.owner.id],
  );
  for (const [key, person] of Object.entries(people)) tokens[key] = await signIn(api, person.email);
  for (const visibility of ["ORGANIZATION", "TEAM", "PRIVATE"] as const) {
    const goal = await createActiveGoal(api, tokens.owner, { visibility, title: `${visibility} goal` });
    checkIns[visibility] = (await recordCheckIn(api, tokens.owner, { goalId: goal.id })).id;
  }
});
afterAll(() => api.close());

const COMMENT = `mutation($input: AddCheckInCommentInput!) { addCheckInComment(input: $input) {
  id body author { id name } } }`;
const CAN_COMMENT = `query($id: ID!) { goal(id: $id) { checkIns(first: 1) { edges { node { viewerCanComment } } } } }`;

async function comment(who: string, visibility: keyof typeof checkIns, body = `From ${who}`) {
  const result = await api.gql<{ addCheckInComment: { body: string; author: { id: string } } }>(
    COMMENT,
    { input: { checkInId: checkIns[visibility], body } },
    tokens[who],
  );
  return result.errors ? result.errors[0].extensions!.code : "OK";
}

async function canComment(who: string, visibility: keyof typeof checkIns): Promise<boolean | "HIDDEN"> {
  const [{ goalId }] = await api.dataSource.query('SELECT goal_id AS "goalId" FROM check_ins WHERE id = $1', [
    checkIns[visibility],
  ]);
  const result = await api.gql<{ goal: { checkIns: { edges: { node: { viewerCanComment: boolean } }[] } } }>(
    CAN_COMMENT,
    { id: goalId },
    tokens[who],
  );
  if (result.errors) return "HIDDEN";
  return result.data!.goal.checkIns.edges[0].node.viewerCanComment;
}

describe("addCheckInComment", () => {
  it.each([
    // Owner, management chain, active mentor: allowed on a goal they see.
    ["owner", "PRIVATE", "OK"],
    ["lead", "PRIVATE", "OK"],
    ["vp", "TEAM", "OK"],
    ["mentor", "ORGANIZATION", "OK"],
    ["peerMentor", "TEAM", "OK"],
    // They see the goal but aren't among those who comment.
    ["peer", "TEAM", "FORBIDDEN"],
    ["stranger", "ORGANIZATION", "FORBIDDEN"],
    ["exMentor", "ORGANIZATION", "FORBIDDEN"],
    ["hr", "PRIVATE", "FORBIDDEN"],
    // A mentorship never opens a goal the mentee keeps private; a hidden goal doesn't exist.
    ["mentor", "PRIVATE", "NOT_FOUND"],
    ["peerMentor", "PRIVATE", "NOT_FOUND"],
    ["stranger", "TEAM", "NOT_FOUND"],
  ] as const)("by %s on a %s goal: %s, and viewerCanComment agrees", async (who, visibility, expected) => {
    expect(await comment(who, visibility)).toBe(expected);
    expect(await canComment(who, visibility)).toBe(
      expected === "OK" ? true : expected === "FORBIDDEN" ? false : "HIDDEN",
    );
  });

  it("refuses an empty comment and an unknown check-in", async () => {
    const blank = await api.gql(COMMENT, { input: { checkInId: checkIns.TEAM, body: "   " } }, tokens.lead);
    expect(blank.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.body" }],
    });
    const unknown = await api.gql(
      COMMENT,
      { input: { checkInId: "00000000-0000-4000-8000-000000000000", body: "Hello" } },
      tokens.lead,
    );
    expect(unknown.errors![0].extensions!.code).toBe("NOT_FOUND");
  });
});

describe("CheckIn.comments", () => {
  it("lists the comments oldest first with their authors, for whoever sees the goal, and audits each", async () => {
    const goal = await createActiveGoal(api, tokens.owner, { visibility: "TEAM" });
    const { id } = await recordCheckIn(api, tokens.owner, { goalId: goal.id, kind: "WIN" });
    for (const [who, body] of [
      ["lead", "Great work!"],
      ["owner", "Thanks, the team helped."],
      ["peerMentor", "Write it up for the wiki?"],
    ]) {
      const result = await api.gql(COMMENT, { input: { checkInId: id, body: `  ${body} ` } }, tokens[who]);
      expect(result.errors).toBeUndefined();
    }
    const read = await api.gql<{
      goal: { checkIns: { edges: { node: { comments: { body: string; author: { name: string } }[] } }[] } };
    }>(
      `query($id: ID!) { goal(id: $id) { checkIns { edges { node { comments { body author { name } } } } } } }`,
      { id: goal.id },
      tokens.peer,
    );
    expect(read.data!.goal.checkIns.edges[0].node.comments).toEqual([
      { body: "Great work!", author: { name: "Comment Lead" } },
      { body: "Thanks, the team helped.", author: { name: "Comment Owner" } },
      { body: "Write it up for the wiki?", author: { name: "Comment Peer Mentor" } },
    ]);
    const events = await api.dataSource.query(
      "SELECT actor_id FROM audit_events WHERE entity_id = $1 AND action = 'check_in.commented' ORDER BY created_at",
      [id],
    );
    expect(events.map((e: { actor_id: string }) => e.actor_id)).toEqual([
      people.lead.id,
      people.owner.id,
      people.peerMentor.id,
    ]);
  });
});
