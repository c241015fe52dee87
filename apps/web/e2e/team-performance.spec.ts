import { expect, test } from "@playwright/test";
import { print } from "graphql";
import { TeamDashboardDocument } from "../src/gql/graphql";
import { apiRequest, apiToken } from "./support/api";
import { signIn } from "./support/session";
import { type SeededTeam, seedTeam } from "./support/team-of-fifty";

const TEAM_SIZE = 50;
const BUDGET_MS = 1000;
/** Measured runs after the warm-up; the median decides, so one hiccup of a shared machine doesn't. */
const RUNS = 5;

let team: SeededTeam;

test.beforeAll(async () => {
  team = await seedTeam(TEAM_SIZE);
});

test.afterAll(async () => {
  await team?.retire();
});

test(`the dashboard of a team of ${TEAM_SIZE} renders in under a second once the server is warm`, async ({
  page,
}, testInfo) => {
  await signIn(page, team.managerEmail);
  const rows = page.getByTestId("member-row");

  // Warm up: the first render compiles nothing in production, but fills connection pools and caches.
  await page.goto("/team");
  await expect(rows).toHaveCount(TEAM_SIZE);

  const timings: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto("/team", { waitUntil: "commit" });
    // Measured in the page: from navigation start (performance.now()'s origin) to the moment the
    // last member row is in the document, checked on every animation frame.
    const rendered = await page.waitForFunction(
      (size) => document.querySelectorAll('[data-testid="member-row"]').length === size && performance.now(),
      TEAM_SIZE,
      { polling: "raf" },
    );
    timings.push(Math.round(Number(await rendered.jsonValue())));
    // Where the time went, for when the budget is missed: first byte (server) and last byte.
    const navigation = await page.evaluate(() => {
      const [entry] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
      return `first byte ${Math.round(entry.responseStart)} ms, last byte ${Math.round(entry.responseEnd)} ms, ${Math.round(entry.transferSize / 1024)} kB`;
    });
    testInfo.annotations.push({ type: "navigation", description: navigation });
    console.log(navigation);
  }
  // The same query the page sends, straight to the API: how much of the time is the API's.
  const token = await apiToken(team.managerEmail);
  const { me } = await apiRequest<{ me: { id: string } }>("{ me { id } }", {}, token);
  const apiTimings: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    await apiRequest(print(TeamDashboardDocument), { managerId: me.id, scope: "DIRECT" }, token);
    apiTimings.push(Math.round(performance.now() - started));
  }
  testInfo.annotations.push({ type: "render-ms", description: timings.join(", ") });
  testInfo.annotations.push({ type: "api-ms", description: apiTimings.join(", ") });
  console.log(`team of ${TEAM_SIZE}: the dashboard query alone takes ${apiTimings.join(", ")} ms`);
  console.log(`team of ${TEAM_SIZE}: navigation to rendered in ${timings.join(", ")} ms`);

  await expect(page.getByRole("heading", { name: "Needs attention" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("team-of-fifty.png"), fullPage: true });
  const median = [...timings].sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  expect(median).toBeLessThan(BUDGET_MS);
});
