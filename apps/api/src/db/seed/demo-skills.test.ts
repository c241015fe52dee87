import { signIn } from "../../test/factories";
import { startTestApi, type TestApi } from "../../test/test-api";
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from "./demo-organization";
import { seedDemo } from "./seed-demo";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await seedDemo(api.dataSource);
});
afterAll(() => api.close());

const PROFILE = `query($id: ID!) { employee(id: $id) { skillProfile {
  entries { skill { name } history(first: 10) { createdAt } }
  strengths { skill { name } } growthAreas { skill { name } }
  blindSpots { skill { name } explanation } hiddenStrengths { skill { name } } } } }`;

interface DemoProfile {
  entries: { skill: { name: string }; history: { createdAt: string }[] }[];
  strengths: { skill: { name: string } }[];
  growthAreas: { skill: { name: string } }[];
  blindSpots: { skill: { name: string }; explanation: string }[];
  hiddenStrengths: { skill: { name: string } }[];
}

async function profileAs(viewerKey: string, subjectKey: string): Promise<DemoProfile> {
  const person = (key: string) => DEMO_PEOPLE.find((p) => p.key === key)!;
  const token = await signIn(api, demoEmail(person(viewerKey).name), DEMO_PASSWORD);
  const [{ id }] = await api.dataSource.query("SELECT id FROM employees WHERE email = $1", [
    demoEmail(person(subjectKey).name),
  ]);
  const result = await api.gql<{ employee: { skillProfile: DemoProfile } }>(PROFILE, { id }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.employee.skillProfile;
}

const names = (list: { skill: { name: string } }[]) => list.map((item) => item.skill.name);

describe("the demo skill ratings", () => {
  it("give Leo a profile with months of history, a blind spot, a hidden strength and growth areas", async () => {
    const leo = await profileAs("leo", "leo");
    expect(leo.entries.length).toBeGreaterThanOrEqual(5);
    const typescript = leo.entries.find((e) => e.skill.name === "TypeScript")!;
    const oldest = Date.parse(typescript.history.at(-1)!.createdAt);
    expect(Date.now() - oldest).toBeGreaterThan(100 * 86_400_000);
    expect(names(leo.blindSpots)).toEqual(["System design"]);
    expect(leo.blindSpots[0].explanation).toBe(
      "You rate yourself 4, others 2: a blind spot to talk about with your manager.",
    );
    expect(names(leo.hiddenStrengths)).toEqual(["Public speaking"]);
    expect(names(leo.growthAreas)).toEqual(expect.arrayContaining(["SQL", "System design"]));
  });

  it("show Maya's whole team with strengths and growth areas", async () => {
    for (const key of ["aisha", "jonas", "mei", "carlos", "fatima", "maya"]) {
      const profile = await profileAs(key === "maya" ? "vpEng" : "maya", key);
      expect(profile.entries.length).toBeGreaterThanOrEqual(3);
      expect(profile.strengths.length + profile.growthAreas.length).toBeGreaterThan(0);
    }
  });
});
