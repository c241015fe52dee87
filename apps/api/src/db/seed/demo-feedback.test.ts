import { signIn } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from "./demo-organization";
import { seedDemo } from "./seed-demo";

let api: TestApi;
const token: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi();
  await seedDemo(api.dataSource);
  for (const key of ["maya", "leo", "hannah", "aisha"]) {
    const person = DEMO_PEOPLE.find((p) => p.key === key)!;
    token[key] = await signIn(api, demoEmail(person.name), DEMO_PASSWORD);
  }
});
afterAll(() => api.close());

describe("the demo's 360 feedback", () => {
  it("has closed rounds with full reports, each with a suppressed group", async () => {
    const suppressed: Record<string, string[]> = { leo: ["MENTOR", "OTHER"], aisha: ["MENTOR"] };
    for (const who of ["leo", "aisha"]) {
      const result = await api.gql<{
        me: {
          feedbackRounds: { report: { suppressedGroups: string[]; skills: { others: number | null }[] } }[];
        };
      }>(
        `{ me { feedbackRounds(status: CLOSED) { report { suppressedGroups skills { others } questions { comments { text } } } } } }`,
        {},
        token[who],
      );
      expect(result.errors).toBeUndefined();
      const [round] = result.data!.me.feedbackRounds;
      expect(round.report.suppressedGroups).toEqual(suppressed[who]);
      expect(round.report.skills.every((s) => s.others !== null)).toBe(true);
      expect(JSON.stringify(result)).not.toContain("(suppressed");
    }
  });

  it("gives maya, leo and hannah pending requests, and maya nominations to approve", async () => {
    for (const who of ["maya", "leo", "hannah"]) {
      const result = await api.gql<{ myFeedbackRequests: { round: { status: string } }[] }>(
        `{ myFeedbackRequests(status: PENDING) { round { status } } }`,
        {},
        token[who],
      );
      expect(result.data!.myFeedbackRequests.map((r) => r.round.status)).toContain("OPEN");
    }
    const team = await api.gql<{
      me: { directReports: { feedbackRounds: { viewerCanApproveNominations: boolean }[] }[] };
    }>(
      `{ me { directReports { feedbackRounds(status: DRAFT) { viewerCanApproveNominations } } } }`,
      {},
      token.maya,
    );
    expect(team.errors).toBeUndefined();
    expect(
      team.data!.me.directReports.flatMap((r) => r.feedbackRounds).some((r) => r.viewerCanApproveNominations),
    ).toBe(true);
  });
});
