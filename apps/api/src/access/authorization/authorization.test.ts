import { randomUUID } from "node:crypto";
import { startTestApi, type TestApi } from "../../test/test-api";
import { type AccessCase, defaultOutcome, type GqlResult, type Outcome } from "./access-case";
import { goalCases, subjectGoal } from "./goal.cases";
import { growthCases } from "./growth.cases";
import { type AccessOrganization, buildAccessOrganization, ROLES } from "./organization";
import { peopleCases } from "./people.cases";
import { skillCases } from "./skill.cases";

/**
 * Every operation of the growth core, for each of the seven people of DESIGN.md §3: who may read,
 * who may write, and that everyone else is refused (FORBIDDEN, NOT_FOUND or nothing).
 * A new operation adds its case to one of the *.cases.ts files.
 */
const cases: AccessCase[] = [...peopleCases, ...goalCases, ...skillCases, ...growthCases];

let api: TestApi;
let org: AccessOrganization;
beforeAll(async () => {
  api = await startTestApi();
  org = await buildAccessOrganization(api);
});
afterAll(() => api.close());

describe.each(cases)("$name", (accessCase) => {
  it(`is allowed to ${accessCase.allowed.join(", ") || "nobody"} and refused to everyone else`, async () => {
    const outcomes: Record<string, Outcome> = {};
    const expected: Record<string, Outcome> = {};
    for (const role of ROLES) {
      const request = await accessCase.request(org);
      const result = (await api.gql(request.query, request.variables ?? {}, org.tokens[role])) as GqlResult;
      outcomes[role] = (accessCase.outcome ?? defaultOutcome)(result, request);
      expected[role] = accessCase.allowed.includes(role) ? "allowed" : "refused";
    }
    expect(outcomes).toEqual(expected);
  });
});

describe("a refused read reveals nothing", () => {
  it("answers a hidden goal exactly like one that does not exist", async () => {
    const hidden = await subjectGoal(org, "PRIVATE");
    const query = `query($id: ID!) { goal(id: $id) { title } }`;
    for (const role of ["peer", "mentor", "unrelated"] as const) {
      const forHidden = await api.gql(query, { id: hidden.id }, org.tokens[role]);
      const forMissing = await api.gql(query, { id: randomUUID() }, org.tokens[role]);
      expect(forHidden.errors).toEqual(forMissing.errors);
      expect(forHidden.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    }
  });
});
