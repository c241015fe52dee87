import { expect, type Page, test } from "@playwright/test";
import { createDraftGoal, uniqueTitle } from "./support/goals";
import { demo, signIn } from "./support/session";

const editor = (page: Page) => page.getByRole("region", { name: "Key results", exact: true });
const progress = (page: Page) => page.getByRole("region", { name: "Progress", exact: true });

// The owner changes the key results of an existing goal: edit, add (with a field error), remove.
test("key results of an existing goal can be changed, added and removed", async ({ page }, testInfo) => {
  await signIn(page, demo.employee.email);
  const goalId = await createDraftGoal(
    page,
    uniqueTitle("Make search results instant", testInfo.project.name),
  );
  await page.goto(`/goals/${goalId}`);
  await editor(page).getByRole("button", { name: "Edit key results" }).click();

  const first = editor(page).getByRole("form", { name: "Key result 1" });
  await expect(first.getByRole("button", { name: "Save" })).toBeDisabled();
  await first.getByLabel("Target").fill("250");
  await first.getByRole("button", { name: "Save" }).click();
  await expect(editor(page).getByRole("status")).toContainText("Saved “p95 latency”.");
  await expect(progress(page)).toContainText("of 800 → 250 ms");

  const added = editor(page).getByRole("form", { name: "New key result" });
  await added.getByLabel("What you will measure").fill("Search error rate");
  await added.getByLabel("Unit").fill("%");
  await added.getByLabel("Start").fill("2");
  await added.getByLabel("Target").fill("half");
  await added.getByRole("button", { name: "+ Add key result" }).click();
  await expect(added.getByLabel("Target")).toHaveAttribute("aria-invalid", "true");
  await expect(added.getByText("Enter a number.")).toBeVisible();
  await added.getByLabel("Target").fill("0.5");
  await added.getByRole("button", { name: "+ Add key result" }).click();
  await expect(editor(page).getByRole("status")).toContainText("Added “Search error rate”.");
  await expect(progress(page)).toContainText("Search error rate");
  await expect(added.getByLabel("What you will measure")).toHaveValue("");

  const second = editor(page).getByRole("form", { name: "Key result 2" });
  await second.getByRole("button", { name: "Remove" }).click();
  await expect(second).toContainText("Remove it?");
  await second.getByRole("button", { name: "Yes, remove" }).click();
  await expect(editor(page).getByRole("status")).toContainText("Removed “Search error rate”.");
  await expect(progress(page)).not.toContainText("Search error rate");
  await expect(editor(page).getByRole("form", { name: "Key result 2" })).toHaveCount(0);
});

// Two tabs change the same key result: the second save meets a newer version and overwrites nothing.
test("a conflicting key result edit shows the latest values and what wasn't saved", async ({
  page,
  context,
}, testInfo) => {
  await signIn(page, demo.employee.email);
  const goalId = await createDraftGoal(page, uniqueTitle("Halve the build time", testInfo.project.name));
  const second = await context.newPage();
  for (const tab of [page, second]) {
    await tab.goto(`/goals/${goalId}`);
    await editor(tab).getByRole("button", { name: "Edit key results" }).click();
  }

  const row = (tab: Page) => editor(tab).getByRole("form", { name: "Key result 1" });
  await row(page).getByLabel("Target").fill("200");
  await row(page).getByRole("button", { name: "Save" }).click();
  await expect(editor(page).getByRole("status")).toContainText("Saved");

  await row(second).getByLabel("What you will measure").fill("p95 search latency");
  await row(second).getByRole("button", { name: "Save" }).click();
  const alert = editor(second).getByRole("alert");
  await expect(alert).toContainText("Someone changed this goal meanwhile — here are the latest key results");
  await expect(alert.getByRole("list", { name: "Your unsaved change" })).toContainText("p95 search latency");
  // The row now holds the latest version: the other tab's target, the old title.
  await expect(row(second).getByLabel("Target")).toHaveValue("200");
  await expect(row(second).getByLabel("What you will measure")).toHaveValue("p95 latency");
  await expect(progress(second)).toContainText("of 800 → 200 ms");
  await second.screenshot({ path: testInfo.outputPath("key-result-conflict.png"), fullPage: true });

  // Applying it again on top of the latest version works.
  await row(second).getByLabel("What you will measure").fill("p95 search latency");
  await row(second).getByRole("button", { name: "Save" }).click();
  await expect(editor(second).getByRole("status")).toContainText("Saved “p95 search latency”.");
  await expect(progress(second)).toContainText("p95 search latency");
});
