import { demo } from "./session";

/** The e2e API (see playwright.config.ts), for test setup that a person would do elsewhere. */
const API_URL = `http://127.0.0.1:${process.env.E2E_API_PORT ?? "4100"}/graphql`;

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string }[];
}

/** One GraphQL request to the API; throws on any error so setup failures are loud. */
export async function apiRequest<T>(query: string, variables: object = {}, token?: string): Promise<T> {
  const response = await fetch(API_URL, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (body.errors?.length || !body.data) {
    throw new Error(
      `API request failed: ${body.errors?.map((e) => e.message).join("; ") ?? response.status}`,
    );
  }
  return body.data;
}

export async function apiToken(email: string, password: string = demo.password): Promise<string> {
  const { login } = await apiRequest<{ login: { token: string } }>(
    "mutation ($input: LoginInput!) { login(input: $input) { token } }",
    { input: { email, password } },
  );
  return login.token;
}

/** The id of a person found by name in the directory. */
export async function employeeId(token: string, name: string): Promise<string> {
  const { employees } = await apiRequest<{ employees: { edges: { node: { id: string; name: string } }[] } }>(
    "query ($search: String!) { employees(filter: { search: $search }) { edges { node { id name } } } }",
    { search: name },
    token,
  );
  const match = employees.edges.find((edge) => edge.node.name === name);
  if (!match) throw new Error(`No employee named ${name}`);
  return match.node.id;
}

/**
 * Creates a SMART goal as its owner and submits it for approval, so a test has its own pending goal
 * whatever other tests (or the other viewport's run) already decided.
 */
export async function submitGoalAs(email: string, title: string): Promise<string> {
  const token = await apiToken(email);
  const { skills } = await apiRequest<{ skills: { id: string }[] }>("{ skills { id } }", {}, token);
  const { createGoal } = await apiRequest<{ createGoal: { id: string; version: number } }>(
    `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { id version } }`,
    {
      input: {
        title,
        description:
          "So on-call engineers can fix incidents without paging the team, document the ten most common failures.",
        dueDate: `${new Date().getUTCFullYear() + 1}-06-30`,
        skillIds: skills.slice(0, 1).map((skill) => skill.id),
        keyResults: [
          { title: "Failure modes documented", startValue: 0, targetValue: 10, unit: "failure modes" },
        ],
      },
    },
    token,
  );
  await apiRequest(
    "mutation ($input: GoalTransitionInput!) { submitGoal(input: $input) { id } }",
    { input: { id: createGoal.id, version: createGoal.version } },
    token,
  );
  return createGoal.id;
}
