import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/session";

test("sign-in page has no detectable accessibility violations", async ({ page }) => {
  await page.goto("/login");
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("home page has no detectable accessibility violations", async ({ page }) => {
  await signIn(page, demo.manager.email);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

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
