import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { createGoal, createSkill, SMART_GOAL } from "../goal/goal.test-helpers";

let api: TestApi;
let lead: TestEmployee;
let dev: TestEmployee;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  lead = await createEmployee(api.dataSource, { name: "Nora Lead" });
  dev = await createEmployee(api.dataSource, { name: "Dan Dev", managerId: lead.id });
  tokens.lead = await signIn(api, lead.email);
  tokens.dev = await signIn(api, dev.email);
});
afterAll(() => api.close());

const NOTIFICATIONS = `query($unreadOnly: Boolean, $first: Int, $after: String) { me {
  unreadNotificationCount
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind message subjectType subjectId readAt } }
  } } }`;
type Page = {
  me: {
    unreadNotificationCount: number;
    notifications: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        node: { id: string; kind: string; message: string; subjectId: string; readAt: string | null };
      }[];
    };
  };
};

async function submitAndAnswer(answer: "approveGoal" | "sendBackGoal", title: string) {
  const skill = await createSkill(api.dataSource);
  const goal = await createGoal(api, tokens.dev, { ...SMART_GOAL, title, skillIds: [skill.id] });
  const submitted = await api.gql<{ submitGoal: { version: number } }>(
    `mutation($input: GoalTransitionInput!) { submitGoal(input: $input) { version } }`,
    { input: { id: goal.id, version: goal.version } },
    tokens.dev,
  );
  expect(submitted.errors).toBeUndefined();
  const input = {
    id: goal.id,
    version: submitted.data!.submitGoal.version,
    comment: "Make the target 250 ms",
  };
  const inputType = answer === "approveGoal" ? "ApproveGoalInput" : "SendBackGoalInput";
  const answered = await api.gql(
    `mutation($input: ${inputType}!) { ${answer}(input: $input) { id } }`,
    { input },
    tokens.lead,
  );
  expect(answered.errors).toBeUndefined();
  return goal.id;
}

describe("notifications", () => {
  it("tell the manager about a submitted goal and the owner about the answer", async () => {
    const approvedId = await submitAndAnswer("approveGoal", "Ship search version two");
    const sentBackId = await submitAndAnswer("sendBackGoal", "Learn Rust for services");

    const managers = await api.gql<Page>(NOTIFICATIONS, {}, tokens.lead);
    expect(managers.data!.me.unreadNotificationCount).toBe(2);
    const managerKinds = managers.data!.me.notifications.edges.map((e) => [e.node.kind, e.node.subjectId]);
    expect(managerKinds).toEqual(
      expect.arrayContaining([
        ["GOAL_APPROVAL_REQUESTED", approvedId],
        ["GOAL_APPROVAL_REQUESTED", sentBackId],
      ]),
    );
    expect(managers.data!.me.notifications.edges[0].node.message).toMatch(
      /Dan Dev submitted “Learn Rust for services”/,
    );

    const owners = await api.gql<Page>(NOTIFICATIONS, {}, tokens.dev);
    const ownerKinds = owners.data!.me.notifications.edges.map((e) => e.node.kind);
    expect(ownerKinds).toEqual(["GOAL_SENT_BACK", "GOAL_APPROVED"]);
    expect(owners.data!.me.notifications.edges[0].node.message).toContain("Make the target 250 ms");
  });

  it("list unread first, page without repeats, and mark read only the recipient's own", async () => {
    const before = await api.gql<Page>(NOTIFICATIONS, {}, tokens.dev);
    const [newest, older] = before.data!.me.notifications.edges.map((e) => e.node.id);

    // The manager can't mark someone else's notification read: nothing changes.
    const foreign = await api.gql<{ markNotificationsRead: number }>(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: [older] },
      tokens.lead,
    );
    expect(foreign.data!.markNotificationsRead).toBe(0);

    const mine = await api.gql<{ markNotificationsRead: number }>(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: [newest] },
      tokens.dev,
    );
    expect(mine.data!.markNotificationsRead).toBe(1);

    const first = await api.gql<Page>(NOTIFICATIONS, { first: 1 }, tokens.dev);
    expect(first.data!.me.unreadNotificationCount).toBe(1);
    expect(first.data!.me.notifications.edges.map((e) => e.node.id)).toEqual([older]);
    expect(first.data!.me.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql<Page>(
      NOTIFICATIONS,
      { first: 1, after: first.data!.me.notifications.pageInfo.endCursor },
      tokens.dev,
    );
    expect(second.data!.me.notifications.edges.map((e) => e.node.id)).toEqual([newest]);
    expect(second.data!.me.notifications.edges[0].node.readAt).not.toBeNull();
    expect(second.data!.me.notifications.pageInfo.hasNextPage).toBe(false);

    const unread = await api.gql<Page>(NOTIFICATIONS, { unreadOnly: true }, tokens.dev);
    expect(unread.data!.me.notifications.totalCount).toBe(1);

    const all = await api.gql<{ markNotificationsRead: number }>(
      `mutation { markNotificationsRead }`,
      {},
      tokens.dev,
    );
    expect(all.data!.markNotificationsRead).toBe(1);
  });

  it("are private: nobody reads another person's notifications", async () => {
    const result = await api.gql(
      `query($id: ID!) { employee(id: $id) { notifications { totalCount } } }`,
      { id: dev.id },
      tokens.lead,
    );
    expect(result.errors![0].extensions!.code).toBe("FORBIDDEN");
    const count = await api.gql(
      `query($id: ID!) { employee(id: $id) { unreadNotificationCount } }`,
      { id: dev.id },
      tokens.lead,
    );
    expect(count.errors![0].extensions!.code).toBe("FORBIDDEN");
  });

  it("refuse a malformed cursor with BAD_USER_INPUT", async () => {
    const result = await api.gql(NOTIFICATIONS, { after: "nonsense" }, tokens.dev);
    expect(result.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });
});
