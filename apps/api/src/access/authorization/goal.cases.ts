import { createSkill, SMART_GOAL } from "../../modules/goal/goal.test-helpers";
import type { AccessCase, GqlResult } from "./access-case";
import type { AccessOrganization } from "./organization";

type Visibility = "PRIVATE" | "TEAM" | "ORGANIZATION";
type Status = "DRAFT" | "PENDING_APPROVAL" | "ACTIVE";

/** A fresh goal of the subject (`employee`), in the given state, made through the API. */
export async function subjectGoal(
  org: AccessOrganization,
  visibility: Visibility,
  status: Status = "DRAFT",
): Promise<{ id: string; version: number; keyResultId: string; keyResultVersion: number }> {
  const { api, tokens } = org;
  const skill = await createSkill(api.dataSource);
  const created = await api.gql<{
    createGoal: { id: string; version: number; keyResults: { id: string; version: number }[] };
  }>(
    `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id version keyResults { id version } } }`,
    { input: { ...SMART_GOAL, startDate: today(), dueDate: inDays(200), visibility, skillIds: [skill.id] } },
    tokens.employee,
  );
  const goal = created.data!.createGoal;
  let version = goal.version;
  const step = async (mutation: string, token: string, inputType = "GoalTransitionInput") => {
    const result = await api.gql<Record<string, { version: number }>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { version } }`,
      { input: { id: goal.id, version } },
      token,
    );
    if (result.errors) throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
    version = result.data![mutation].version;
  };
  if (status !== "DRAFT") await step("submitGoal", tokens.employee);
  if (status === "ACTIVE") await step("approveGoal", tokens.manager, "ApproveGoalInput");
  return {
    id: goal.id,
    version,
    keyResultId: goal.keyResults[0].id,
    keyResultVersion: goal.keyResults[0].version,
  };
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const today = () => inDays(0);

const readGoal =
  (visibility: Visibility): AccessCase["request"] =>
  async (org) => ({
    query: `query($id: ID!) { goal(id: $id) { title keyResults { title } } }`,
    variables: { id: (await subjectGoal(org, visibility)).id },
  });

const GOAL_READERS: Record<Visibility, AccessCase["allowed"]> = {
  PRIVATE: ["employee", "manager", "skipLevel", "hr"],
  TEAM: ["employee", "peer", "manager", "skipLevel", "mentor", "hr"],
  ORGANIZATION: ["employee", "peer", "manager", "skipLevel", "mentor", "unrelated", "hr"],
};

/** Whether the list of the subject's goals, and its count, include a goal of this visibility. */
const listsGoal = (visibility: Visibility): AccessCase => ({
  name: `Employee.goals lists a ${visibility} goal`,
  allowed: GOAL_READERS[visibility],
  async request(org) {
    const goal = await subjectGoal(org, visibility);
    return {
      query: `query($id: ID!) { employee(id: $id) { goals(first: 100) { totalCount edges { node { id } } } } }`,
      variables: { id: org.people.employee.id },
      target: goal.id,
    };
  },
  // The list and its count must agree: a hidden goal is neither listed nor counted.
  outcome(result: GqlResult, request) {
    type Goals = { totalCount: number; edges: { node: { id: string } }[] };
    const goals = (result.data as { employee?: { goals?: Goals } } | null)?.employee?.goals;
    if (!goals) return `unexpected: ${JSON.stringify(result.errors)}`;
    if (goals.totalCount !== goals.edges.length) return "unexpected: the count and the list disagree";
    return goals.edges.some((edge) => edge.node.id === request.target) ? "allowed" : "refused";
  },
});

export const goalCases: AccessCase[] = [
  ...(["PRIVATE", "TEAM", "ORGANIZATION"] as const).flatMap((visibility) => [
    { name: `goal(id) — ${visibility}`, allowed: GOAL_READERS[visibility], request: readGoal(visibility) },
    listsGoal(visibility),
  ]),
  {
    name: "updateGoal",
    allowed: ["employee"],
    async request(org) {
      const goal = await subjectGoal(org, "TEAM");
      return {
        query: `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { id } }`,
        variables: { input: { id: goal.id, version: goal.version, title: "Changed by someone" } },
      };
    },
  },
  transition("submitGoal", "DRAFT", ["employee"]),
  transition("approveGoal", "PENDING_APPROVAL", ["manager", "skipLevel"], "ApproveGoalInput"),
  transition("sendBackGoal", "PENDING_APPROVAL", ["manager", "skipLevel"], "SendBackGoalInput", {
    comment: "Needs a number",
  }),
  transition("completeGoal", "ACTIVE", ["employee"]),
  transition("abandonGoal", "ACTIVE", ["employee"]),
  {
    name: "addKeyResult",
    allowed: ["employee"],
    async request(org) {
      const goal = await subjectGoal(org, "ORGANIZATION");
      return {
        query: `mutation($input: AddKeyResultInput!) { addKeyResult(input: $input) { id } }`,
        variables: {
          input: {
            goalId: goal.id,
            goalVersion: goal.version,
            title: "Demos",
            startValue: 0,
            targetValue: 3,
          },
        },
      };
    },
  },
  {
    name: "updateKeyResult",
    allowed: ["employee"],
    async request(org) {
      const goal = await subjectGoal(org, "ORGANIZATION");
      return {
        query: `mutation($input: UpdateKeyResultInput!) { updateKeyResult(input: $input) { id } }`,
        variables: { input: { id: goal.keyResultId, version: goal.keyResultVersion, currentValue: 500 } },
      };
    },
  },
  {
    name: "removeKeyResult",
    allowed: ["employee"],
    async request(org) {
      const goal = await subjectGoal(org, "ORGANIZATION");
      return {
        query: `mutation($input: RemoveKeyResultInput!) { removeKeyResult(input: $input) { id } }`,
        variables: { input: { id: goal.keyResultId, goalVersion: goal.version } },
      };
    },
  },
];

function transition(
  mutation: string,
  from: Status,
  allowed: AccessCase["allowed"],
  inputType = "GoalTransitionInput",
  extra: Record<string, unknown> = {},
): AccessCase {
  return {
    name: mutation,
    allowed,
    async request(org) {
      const goal = await subjectGoal(org, "TEAM", from);
      return {
        query: `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
        variables: { input: { id: goal.id, version: goal.version, ...extra } },
      };
    },
  };
}
