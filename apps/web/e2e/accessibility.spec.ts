import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
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
