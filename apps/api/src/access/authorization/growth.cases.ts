import { createEmployee } from "../../test/factories";
import type { AccessCase, GqlResult } from "./access-case";
import { subjectGoal } from "./goal.cases";
import type { AccessOrganization } from "./organization";

/** Check-ins, the development plan, mentoring and the manager's views of the subject. */

async function checkIn(org: AccessOrganization, visibility: "PRIVATE" | "TEAM" | "ORGANIZATION") {
  const goal = await subjectGoal(org, visibility, "ACTIVE");
  const result = await org.api.gql<{ recordCheckIn: { id: string } }>(
    `mutation($input: RecordCheckInInput!) { recordCheckIn(input: $input) { id } }`,
    { input: { goalId: goal.id, confidence: 6, values: [{ keyResultId: goal.keyResultId, value: 600 }] } },
    org.tokens.employee,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { goalId: goal.id, checkInId: result.data.recordCheckIn.id };
}

async function planItem(org: AccessOrganization) {
  const result = await org.api.gql<{ createPlanItem: { id: string; version: number } }>(
    `mutation($input: CreatePlanItemInput!) { createPlanItem(input: $input) { id version } }`,
    { input: { kind: "COURSE", title: "Storytelling with data" } },
    org.tokens.employee,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createPlanItem;
}

/** Whether a list under `employee` contains the request's target (the count must not disagree). */
function listsTarget(field: string) {
  return (result: GqlResult, request: { target?: string }) => {
    type Page = { totalCount: number; edges: { node: { id: string } }[] };
    const page = (result.data as { employee?: Record<string, Page | null> } | null)?.employee?.[field];
    if (result.errors) return defaultRefusal(result);
    if (!page) return "refused" as const;
    if (page.totalCount !== page.edges.length) return "unexpected: the count and the list disagree" as const;
    return page.edges.some((edge) => edge.node.id === request.target)
      ? ("allowed" as const)
      : ("refused" as const);
  };
}

function defaultRefusal(result: GqlResult) {
  const code = result.errors?.[0].extensions?.code;
  return code === "FORBIDDEN" || code === "NOT_FOUND"
    ? ("refused" as const)
    : (`unexpected: ${code}` as const);
}

const GOAL_READERS = {
  PRIVATE: ["employee", "manager", "skipLevel", "hr"],
  ORGANIZATION: ["employee", "peer", "manager", "skipLevel", "mentor", "unrelated", "hr"],
} as const;

export const growthCases: AccessCase[] = [
  {
    name: "recordCheckIn",
    allowed: ["employee"],
    async request(org) {
      const goal = await subjectGoal(org, "ORGANIZATION", "ACTIVE");
      return {
        query: `mutation($input: RecordCheckInInput!) { recordCheckIn(input: $input) { id } }`,
        variables: {
          input: { goalId: goal.id, confidence: 7, values: [{ keyResultId: goal.keyResultId, value: 500 }] },
        },
      };
    },
  },
  ...(["PRIVATE", "ORGANIZATION"] as const).map(
    (visibility): AccessCase => ({
      name: `Goal.checkIns — ${visibility}`,
      allowed: [...GOAL_READERS[visibility]],
      async request(org) {
        const { goalId, checkInId } = await checkIn(org, visibility);
        return {
          query: `query($id: ID!) { goal(id: $id) { checkIns(first: 5) { totalCount edges { node { id } } } } }`,
          variables: { id: goalId },
          target: checkInId,
        };
      },
      outcome(result, request) {
        if (result.errors) return defaultRefusal(result);
        type Page = { edges: { node: { id: string } }[] };
        const page = (result.data as { goal: { checkIns: Page } }).goal.checkIns;
        return page.edges.some((edge) => edge.node.id === request.target) ? "allowed" : "refused";
      },
    }),
  ),
  {
    name: "Employee.wins — a win on a PRIVATE goal",
    allowed: [...GOAL_READERS.PRIVATE],
    async request(org) {
      const goal = await subjectGoal(org, "PRIVATE", "ACTIVE");
      const win = await org.api.gql<{ recordCheckIn: { id: string } }>(
        `mutation($input: RecordCheckInInput!) { recordCheckIn(input: $input) { id } }`,
        { input: { goalId: goal.id, confidence: 9, kind: "WIN", note: "Shipped it" } },
        org.tokens.employee,
      );
      return {
        query: `query($id: ID!) { employee(id: $id) { wins(first: 100) { totalCount edges { node { id } } } } }`,
        variables: { id: org.people.employee.id },
        target: win.data!.recordCheckIn.id,
      };
    },
    outcome: listsTarget("wins"),
  },
  {
    name: "addCheckInComment — ORGANIZATION goal",
    allowed: ["employee", "manager", "skipLevel", "mentor"],
    async request(org) {
      const { checkInId } = await checkIn(org, "ORGANIZATION");
      return {
        query: `mutation($input: AddCheckInCommentInput!) { addCheckInComment(input: $input) { id } }`,
        variables: { input: { checkInId, body: "Nice progress" } },
      };
    },
  },
  {
    name: "Employee.developmentPlan",
    allowed: ["employee", "manager", "skipLevel", "mentor", "hr"],
    async request(org) {
      await planItem(org);
      return {
        query: `query($id: ID!) { employee(id: $id) { developmentPlan { total } } }`,
        variables: { id: org.people.employee.id },
      };
    },
  },
  {
    name: "updatePlanItem",
    allowed: ["employee"],
    async request(org) {
      const item = await planItem(org);
      return {
        query: `mutation($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { id } }`,
        variables: { input: { id: item.id, version: item.version, title: "Changed" } },
      };
    },
  },
  {
    name: "setPlanItemStatus",
    allowed: ["employee"],
    async request(org) {
      const item = await planItem(org);
      return {
        query: `mutation($input: SetPlanItemStatusInput!) { setPlanItemStatus(input: $input) { id } }`,
        variables: { input: { id: item.id, version: item.version, status: "IN_PROGRESS" } },
      };
    },
  },
  {
    name: "deletePlanItem",
    allowed: ["employee"],
    async request(org) {
      const item = await planItem(org);
      return {
        query: `mutation($input: DeletePlanItemInput!) { deletePlanItem(input: $input) }`,
        variables: { input: { id: item.id, version: item.version } },
      };
    },
  },
  {
    name: "Employee.mentorships",
    allowed: ["employee", "manager", "skipLevel", "mentor", "hr"],
    async request(org) {
      const [{ id }] = await org.api.dataSource.query(
        "SELECT id FROM mentorships WHERE mentee_id = $1 AND status = 'ACTIVE'",
        [org.people.employee.id],
      );
      return {
        query: `query($id: ID!) { employee(id: $id) { mentorships(first: 100) { totalCount edges { node { id } } } } }`,
        variables: { id: org.people.employee.id },
        target: id,
      };
    },
    outcome: listsTarget("mentorships"),
  },
  {
    name: "acceptMentorship (a request to `unrelated`)",
    allowed: ["unrelated"],
    async request(org) {
      const mentee = await createEmployee(org.api.dataSource, { name: "Nell Newcomer" });
      const [{ id, version }] = await org.api.dataSource.query(
        `INSERT INTO mentorships (mentor_id, mentee_id, message) VALUES ($1, $2, 'Teach me') RETURNING id, version`,
        [org.people.unrelated.id, mentee.id],
      );
      return {
        query: `mutation($input: RespondMentorshipInput!) { acceptMentorship(input: $input) { id } }`,
        variables: { input: { id, version } },
      };
    },
  },
  {
    name: "mentorSuggestions(for: employee)",
    allowed: ["employee", "manager", "skipLevel", "hr"],
    async request(org) {
      return {
        query: `query($for: ID!) { mentorSuggestions(for: $for) { reason } }`,
        variables: { for: org.people.employee.id },
      };
    },
    // An empty list is an answer too: only an error counts as refused.
    outcome: (result) => (result.errors ? defaultRefusal(result) : "allowed"),
  },
  {
    name: "Employee.growthSummary",
    allowed: ["employee", "manager", "skipLevel", "hr"],
    async request(org) {
      return {
        query: `query($id: ID!) { employee(id: $id) { growthSummary { activeGoals } } }`,
        variables: { id: org.people.employee.id },
      };
    },
  },
  {
    name: "teamOverview(manager)",
    allowed: ["manager", "skipLevel", "hr"],
    async request(org) {
      return {
        query: `query($id: ID!) { teamOverview(managerId: $id) { totals { members } } }`,
        variables: { id: org.people.manager.id },
      };
    },
  },
  {
    name: "Goal.planItems — ORGANIZATION goal (the plan is read with the owner's plan rules)",
    allowed: ["employee", "manager", "skipLevel", "mentor", "hr"],
    async request(org) {
      const goal = await subjectGoal(org, "ORGANIZATION");
      const item = await org.api.gql<{ createPlanItem: { id: string } }>(
        `mutation($input: CreatePlanItemInput!) { createPlanItem(input: $input) { id } }`,
        { input: { kind: "PROJECT", title: "Shadow an on-call week", goalId: goal.id } },
        org.tokens.employee,
      );
      return {
        query: `query($id: ID!) { goal(id: $id) { planItems { id } } }`,
        variables: { id: goal.id },
        target: item.data!.createPlanItem.id,
      };
    },
    outcome(result, request) {
      if (result.errors) return defaultRefusal(result);
      const items = (result.data as { goal: { planItems: { id: string }[] } }).goal.planItems;
      return items.some((item) => item.id === request.target) ? "allowed" : "refused";
    },
  },
  {
    name: "Goal.progressHistory — PRIVATE goal",
    allowed: [...GOAL_READERS.PRIVATE],
    async request(org) {
      const goal = await subjectGoal(org, "PRIVATE", "ACTIVE");
      return {
        query: `query($id: ID!) { goal(id: $id) { progressHistory { progress } } }`,
        variables: { id: goal.id },
      };
    },
  },
  {
    name: "mentorship(id) — the subject's active mentorship",
    allowed: ["employee", "manager", "skipLevel", "mentor", "hr"],
    async request(org) {
      return {
        query: `query($id: ID!) { mentorship(id: $id) { id } }`,
        variables: { id: await activeMentorshipId(org) },
      };
    },
  },
  ...(["declineMentorship", "completeMentorship", "cancelMentorship"] as const).map(
    (mutation): AccessCase => ({
      name: `${mutation} (the subject asked \`unrelated\`)`,
      // Declining is the mentor's answer; completing and cancelling belong to either side.
      allowed: mutation === "declineMentorship" ? ["unrelated"] : ["employee", "unrelated"],
      async request(org) {
        // A fresh pair each time: only one open mentorship per pair may exist.
        await org.api.dataSource.query(
          `UPDATE mentorships SET status = 'CANCELLED' WHERE mentee_id = $1 AND mentor_id = $2
             AND status IN ('PROPOSED', 'ACTIVE')`,
          [org.people.employee.id, org.people.unrelated.id],
        );
        const status = mutation === "declineMentorship" ? "PROPOSED" : "ACTIVE";
        const [{ id, version }] = await org.api.dataSource.query(
          `INSERT INTO mentorships (mentor_id, mentee_id, status, started_at)
           VALUES ($1, $2, $3::mentorship_status, CASE WHEN $3::text = 'ACTIVE' THEN now() END) RETURNING id, version`,
          [org.people.unrelated.id, org.people.employee.id, status],
        );
        const inputType =
          mutation === "declineMentorship" ? "RespondMentorshipInput" : "MentorshipTransitionInput";
        return {
          query: `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
          variables: { input: { id, version } },
        };
      },
    }),
  ),
];

async function activeMentorshipId(org: AccessOrganization): Promise<string> {
  const [{ id }] = await org.api.dataSource.query(
    "SELECT id FROM mentorships WHERE mentee_id = $1 AND mentor_id = $2 AND status = 'ACTIVE'",
    [org.people.employee.id, org.people.mentor.id],
  );
  return id;
}
