import { expect, test } from "@playwright/test";
import { createDraftGoal, uniqueTitle } from "./support/goals";
import { demo, signIn } from "./support/session";

// Two tabs edit the same goal: the second save meets a newer version and must not overwrite it.
test("a conflicting edit shows the latest version and loses nothing silently", async ({
  page,
  context,
}, testInfo) => {
  await signIn(page, demo.employee.email);
  const title = uniqueTitle("Write the on-call handbook", testInfo.project.name);
  const goalId = await createDraftGoal(page, title);

  const first = page;
  const second = await context.newPage();
  for (const tab of [first, second]) {
    await tab.goto(`/goals/${goalId}`);
    await tab.getByRole("button", { name: "Edit", exact: true }).click();
  }

  await first.getByLabel("Title", { exact: true }).fill(`${title} — first tab`);
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(first.getByRole("heading", { level: 1 })).toHaveText(`${title} — first tab`);

  const newDescription = "Everyone on call knows what to do in the first ten minutes of an incident.";
  await second.getByLabel("Description", { exact: true }).fill(newDescription);
  await second.getByRole("button", { name: "Save changes" }).click();
  const alert = second.getByRole("alert").filter({ hasText: "Someone changed this goal meanwhile" });
  await expect(alert).toContainText("here is the latest version");
  await expect(alert.getByRole("list", { name: "Your unsaved changes" })).toContainText(newDescription);
  // The form now holds the latest version (the first tab's title), not the stale one.
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue(`${title} — first tab`);
  await expect(second.getByRole("heading", { level: 1 })).toHaveText(`${title} — first tab`);
  await second.screenshot({ path: testInfo.outputPath("goal-conflict.png"), fullPage: true });

  // Applying the change again on top of the latest version works.
  await second.getByLabel("Description", { exact: true }).fill(newDescription);
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(second.getByRole("heading", { level: 1 })).toHaveText(`${title} — first tab`);
  await expect(second.getByRole("region", { name: "About this goal" })).toContainText(newDescription);
});
