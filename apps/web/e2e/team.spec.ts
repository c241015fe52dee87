import { expect, test } from "@playwright/test";
import { apiToken, employeeId, submitGoalAs } from "./support/api";
import { demo, mainNav, signIn } from "./support/session";

/** A title no other run shares: both viewport projects run against the same database. */
const unique = (title: string, project: string) => `${title} (${project} ${Date.now().toString(36)})`;

test("journey 2: a manager opens the team dashboard, filters to at-risk goals and opens a report's page", async ({
  page,
}, testInfo) => {
  await signIn(page, demo.manager.email);
  await mainNav(page).getByRole("link", { name: "Team" }).click();
  await expect(page).toHaveURL(/\/team$/);
  await expect(page.getByRole("heading", { name: "Team", level: 1 })).toBeVisible();

  // What needs attention comes first, most urgent on top: Jonas's goal is off track.
  const attention = page.getByRole("region", { name: /Needs attention/ });
  await expect(attention.getByRole("listitem").first()).toContainText("Jonas Weber");
  await expect(attention.getByRole("listitem").first()).toContainText("Off track");

  const rows = page.getByTestId("member-row");
  await expect(rows).toHaveCount(6);
  await page.getByLabel("Show").selectOption({ label: "At risk or off track" });
  await expect(page).toHaveURL(/[?&]show=attention/);
  // Aisha and Fatima have every active goal on track: they drop out of the list.
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: "Aisha Bello" })).toHaveCount(0);
  const leo = rows.filter({ hasText: "Leo Martin" });
  await expect(leo.getByRole("link", { name: "Present technical designs with confidence" })).toBeVisible();

  // The filter is in the URL: a reload (or a shared link) shows the same view, rendered by the server.
  await page.reload();
  await expect(page.getByLabel("Show")).toHaveValue("attention");
  await expect(rows).toHaveCount(4);

  // Sorting by "At risk" puts the person with an off-track goal first.
  await page.getByRole("link", { name: "At risk" }).click();
  await expect(page).toHaveURL(/[?&]sort=risk/);
  await expect(page.getByRole("columnheader", { name: "At risk" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expect(rows.first()).toContainText("Jonas Weber");
  // The feedback column: Jonas has an open 360 round in the demo (counts only, never who said what).
  await expect(rows.first().getByRole("link", { name: /^Open · \d+\/\d+/ })).toBeVisible();

  await leo.getByRole("link", { name: "Leo Martin" }).click();
  await expect(page).toHaveURL(/\/team\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Leo Martin", level: 1 })).toBeVisible();
  const goals = page.getByRole("region", { name: "Goals" });
  const atRiskGoal = goals
    .getByRole("listitem")
    .filter({ hasText: "Present technical designs with confidence" });
  await expect(atRiskGoal.getByText("At risk")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Wins and setbacks" }).getByText("Lesson:").first(),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Development plan" })).toContainText("Refactoring");
  await expect(page.getByRole("region", { name: "360 feedback" })).toContainText(/round/);

  await page.screenshot({ path: testInfo.outputPath("journey-2-team-member.png"), fullPage: true });

  // Starting a round from the member's page opens the start form with them chosen.
  await page.getByRole("link", { name: "Start a feedback round" }).click();
  await expect(page).toHaveURL(/\/feedback\?subject=/);
  await expect(page.locator("#round-subject option:checked")).toHaveText("Leo Martin");
});

test("a manager approves a pending goal from the dashboard, and sends one back with a comment", async ({
  page,
}, testInfo) => {
  const approveTitle = unique("Write the billing runbook", testInfo.project.name);
  const sendBackTitle = unique("Document the search cluster", testInfo.project.name);
  await submitGoalAs(demo.employee.email, approveTitle);
  await submitGoalAs(demo.employee.email, sendBackTitle);

  await signIn(page, demo.manager.email);
  await page.goto("/team");
  const approvals = page.getByRole("region", { name: /Approvals waiting/ });

  await approvals.getByRole("button", { name: `Approve “${approveTitle}”` }).click();
  await expect(approvals.getByRole("status")).toHaveText(`Approved “${approveTitle}”. It is active now.`);
  await expect(approvals.getByRole("link", { name: approveTitle })).toHaveCount(0);

  // Sending back needs a comment; the error sits next to the field.
  await approvals.getByRole("button", { name: `Send back “${sendBackTitle}”` }).click();
  const comment = approvals.getByLabel("What should change?");
  await approvals.getByRole("button", { name: "Send back", exact: true }).click();
  await expect(comment).toHaveAttribute("aria-invalid", "true");
  await expect(
    approvals.getByText("Say what should change before the goal is submitted again."),
  ).toBeVisible();
  await comment.fill("Split it: one goal for the runbook, one for the alerts.");
  await approvals.getByRole("button", { name: "Send back", exact: true }).click();
  await expect(approvals.getByRole("status")).toHaveText(`Sent “${sendBackTitle}” back with your comment.`);
  await expect(approvals.getByRole("link", { name: sendBackTitle })).toHaveCount(0);

  // The approved goal is Leo's active goal now.
  await page.getByRole("link", { name: "Leo Martin" }).first().click();
  await expect(
    page.getByRole("region", { name: "Goals" }).getByRole("link", { name: approveTitle }),
  ).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath("approvals.png"), fullPage: true });
});

test("a manager rates a report's skill inline", async ({ page }, testInfo) => {
  await signIn(page, demo.manager.email);
  const leoId = await employeeId(await apiToken(demo.manager.email), demo.employee.name);
  await page.goto(`/team/${leoId}`);
  const skills = page.getByRole("region", { name: "Skills" });
  await skills.getByRole("button", { name: "Rate Testing" }).click();
  const form = skills.getByRole("form", { name: "Your rating of Testing" });
  await form.getByRole("radio", { name: /Advanced/ }).check();
  await form.getByLabel("Why this level? (optional)").fill("Wrote the contract tests for checkout.");
  await form.getByRole("button", { name: "Save rating" }).click();
  await expect(skills.getByRole("status")).toHaveText("Saved your rating of Testing: 4 (Advanced).");
  const testing = skills.getByRole("row", { name: /^Testing/ });
  await expect(testing.getByRole("cell").nth(1)).toHaveText("4");
  await page.screenshot({ path: testInfo.outputPath("rated-skill.png"), fullPage: true });
});

test("a member page of someone outside the team says so, for any id", async ({ page }) => {
  await signIn(page, demo.manager.email);
  const outsider = await employeeId(await apiToken(demo.manager.email), "Noah Williams");
  for (const id of [outsider, "00000000-0000-4000-8000-000000000000", "not-an-id"]) {
    await page.goto(`/team/${id}`);
    await expect(page.getByRole("heading", { name: "Not in your team", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to your team" })).toBeVisible();
  }
});

test("the whole-team view is linkable and shows who each person reports to", async ({ page }) => {
  await signIn(page, "sofia.alvarez@upward.example");
  await page.goto("/team?scope=all");
  await expect(page.getByRole("link", { name: "Whole team" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("member-row").filter({ hasText: "Leo Martin" })).toContainText(
    "reports to Maya Patel",
  );
  await page.getByLabel("Find a person").fill("leo");
  await expect(page).toHaveURL(/[?&]q=leo/);
  await expect(page).toHaveURL(/[?&]scope=all/);
  await expect(page.getByTestId("member-row")).toHaveCount(1);
});
