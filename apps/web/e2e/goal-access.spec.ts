import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createDraftGoal, uniqueTitle } from "./support/goals";
import { demo, signIn, signOut } from "./support/session";

const peer = "aisha.bello@upward.example";

// The goal page shows what the API allows: a private goal is the owner's and their managers',
// and a hidden goal looks exactly like one that doesn't exist.
test("a private goal: the manager reads it, a peer can't tell it exists", async ({ page }, testInfo) => {
  await signIn(page, demo.employee.email);
  const title = uniqueTitle("Prepare for the staff engineer interview", testInfo.project.name);
  const goalId = await createDraftGoal(page, title, "PRIVATE");
  await signOut(page);

  await signIn(page, peer);
  await page.goto(`/goals/${goalId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Goal not found" })).toBeVisible();
  await expect(page.getByText("It doesn't exist, or it isn't shared with you.")).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  await page.goto(`/goals/${randomUUID()}`);
  await expect(page.getByText("It doesn't exist, or it isn't shared with you.")).toBeVisible();
  await page.goto("/goals/not-a-goal-id");
  await expect(page.getByText("It doesn't exist, or it isn't shared with you.")).toBeVisible();
  await signOut(page);

  await signIn(page, demo.manager.email);
  await page.goto(`/goals/${goalId}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(`${demo.employee.name}'s goal`)).toBeVisible();
  // Readers don't get the owner's tools, and a draft isn't theirs to approve yet.
  await expect(page.getByRole("button", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Waiting for your approval" })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("goal-as-manager.png"), fullPage: true });
});
