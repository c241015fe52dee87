import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { createDraftGoal, uniqueTitle } from "./support/goals";
import { demo, signIn, signOut } from "./support/session";

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual(
    [],
  );
}

test("sign-in page has no detectable accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expectNoViolations(page);
});

test("home page has no detectable accessibility violations", async ({ page }, testInfo) => {
  await signIn(page, demo.manager.email);
  await expectNoViolations(page);
  await page.screenshot({ path: testInfo.outputPath("home.png"), fullPage: true });
});

test("goal pages have no detectable accessibility violations", async ({ page }, testInfo) => {
  // Six pages, each analysed and screenshotted: more than the default 30 s on a busy 2-core machine.
  test.slow();
  await signIn(page, demo.employee.email);
  const goalId = await createDraftGoal(page, uniqueTitle("Pair on code reviews", testInfo.project.name));
  for (const path of ["/goals", "/goals/new", `/goals/${goalId}`, "/notifications"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await test.step(path, () => expectNoViolations(page));
    // Nothing wider than the screen: at 390 px a page must not scroll sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    const name =
      path === "/goals"
        ? "goals"
        : path
            .replace(/^\//, "")
            .replace(/[^a-z]+/g, "-")
            .slice(0, 12);
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  }
  // The open editor and a form with errors are part of the page too.
  await page.goto(`/goals/${goalId}`);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expectNoViolations(page);
  await page.goto("/goals/new");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Give your goal a title.").first()).toBeVisible();
  await expectNoViolations(page);
});

// A goal with a history: the chart with its table open, the check-in form asking for a lesson,
// older check-ins loaded, comments, and the key results editor open (Leo's seeded goal).
test("a goal page with check-ins has no detectable accessibility violations", async ({ page }, testInfo) => {
  await signIn(page, demo.employee.email);
  await page.goto("/goals");
  await page.getByRole("link", { name: "Cut the checkout API latency in half" }).first().click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Cut the checkout API latency in half" }),
  ).toBeVisible();
  const history = page.getByRole("region", { name: /^Check-ins/ });
  await expect(history.getByRole("article").first()).toBeVisible();
  await history.getByRole("button", { name: /^Show older/ }).click();
  await expect(history.getByText("Profiled the slowest endpoints.")).toBeVisible();
  await page.getByRole("region", { name: "Progress over time" }).getByText("Show the numbers").click();
  const form = page.getByRole("region", { name: "Check in", exact: true });
  await form.getByRole("radio", { name: /^Setback/ }).check();
  await form.getByRole("button", { name: "Record check-in" }).click();
  await expect(form.getByLabel("What did you learn?")).toHaveAttribute("aria-invalid", "true");
  await history.getByRole("button", { name: "Add a comment" }).first().click();
  await history.getByRole("button", { name: "Post comment" }).click();
  await expect(history.getByText("Write a comment first.")).toBeVisible();
  await page.getByRole("button", { name: "Edit key results" }).click();
  await expectNoViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "the goal page scrolls sideways").toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("goal-with-check-ins.png"), fullPage: true });
});

// The HR pages, with every chart's table opened and a skill in edit mode, so those are checked too.
for (const path of ["/hr", "/hr/employees", "/hr/skills"]) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await signIn(page, demo.hrAdmin.email);
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "HR" })).toBeVisible();
    for (const toggle of await page.getByText("Show the numbers").all()) await toggle.click();
    if (path === "/hr/skills") await page.getByRole("button", { name: "Edit TypeScript" }).click();
    await expectNoSeriousViolations(page);
  });
}

test("a person's page has no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, demo.hrAdmin.email);
  await page.goto("/hr/employees?q=Maya");
  await page.getByRole("link", { name: demo.manager.name }).click();
  await expect(page.getByRole("heading", { name: demo.manager.name, level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the HR admins only page has no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, demo.employee.email);
  await page.goto("/hr");
  await expect(page.getByRole("heading", { name: "HR admins only" })).toBeVisible();
  await expectNoSeriousViolations(page);
});

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}
for (const path of ["/skills", "/plan", "/mentoring"]) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await signIn(page, demo.employee.email);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test("team dashboard has no detectable accessibility violations", async ({ page }) => {
  await signIn(page, demo.manager.email);
  await page.goto("/team");
  await expect(page.getByTestId("member-row").first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("a team member's page has no detectable accessibility violations", async ({ page }) => {
  await signIn(page, demo.manager.email);
  await page.goto("/team");
  await page
    .getByTestId("member-row")
    .filter({ hasText: demo.employee.name })
    .getByRole("link", { name: demo.employee.name })
    .click();
  await expect(page.getByRole("heading", { name: demo.employee.name, level: 1 })).toBeVisible();
  // With the rating form open too: its radio chips and labels are part of the page.
  await page.getByRole("button", { name: "Rate Testing" }).click();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("the team page of someone without reports has no detectable accessibility violations", async ({
  page,
}) => {
  await signIn(page, demo.employee.email);
  await page.goto("/team");
  await expect(page.getByRole("heading", { name: "No one reports to you yet" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

/** Nothing wider than the screen: at 390 px a page must not scroll sideways. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

// The feedback pages in the states the demo seed has them: a closed round's report (with a
// suppressed group), an answer form with the decline form open, and a draft waiting for approval.
test("feedback pages have no serious or critical accessibility violations", async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  await signIn(page, demo.employee.email);
  await page.goto("/feedback");
  await expect(page.getByRole("heading", { name: "Feedback", level: 1 })).toBeVisible();
  await test.step("/feedback", () => expectNoSeriousViolations(page));
  await expectNoSidewaysScroll(page, "/feedback");

  await page.getByRole("link", { name: "Leo's spring 360", exact: true }).click();
  await expect(page.getByRole("region", { name: "The report" })).toBeVisible();
  await page.getByText("Show the numbers").click();
  await test.step("report", () => expectNoSeriousViolations(page));
  await expectNoSidewaysScroll(page, "the report");
  await page.screenshot({ path: testInfo.outputPath("feedback-report-demo.png"), fullPage: true });

  await page.goto("/feedback");
  await page.getByRole("link", { name: "Answer: Jonas — mid-year 360", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Feedback for Jonas Weber", level: 1 })).toBeVisible();
  await page.getByText("Can't give feedback? Decline this request").click();
  await test.step("answer form", () => expectNoSeriousViolations(page));
  await expectNoSidewaysScroll(page, "the answer form");
  await page.screenshot({ path: testInfo.outputPath("feedback-answer.png"), fullPage: true });

  await signOut(page);
  await signIn(page, demo.manager.email);
  await page.goto("/feedback");
  await page.getByRole("link", { name: "Mei's first 360", exact: true }).click();
  await expect(page.getByRole("button", { name: "Approve nominations" })).toBeVisible();
  await page.getByLabel("Find a colleague").fill("Ivan");
  await expect(page.getByRole("list", { name: "Matching colleagues" })).toBeVisible();
  await test.step("draft round", () => expectNoSeriousViolations(page));
  await expectNoSidewaysScroll(page, "the draft round");
  await page.screenshot({ path: testInfo.outputPath("feedback-draft.png"), fullPage: true });
});

test("/hr/feedback has no serious or critical accessibility violations", async ({ page }) => {
  await signIn(page, demo.hrAdmin.email);
  await page.goto("/hr/feedback");
  await expect(page.getByRole("heading", { name: "Feedback cycles", level: 1 })).toBeVisible();
  await expect(page.getByText(/people in /)).toBeVisible();
  await expectNoSeriousViolations(page);
  await expectNoSidewaysScroll(page, "/hr/feedback");
});
