import { expect, test } from "@playwright/test";
import { demo, mainNav, signIn } from "./support/session";

test("an employee without reports sees the empty state and no Team area", async ({ page }) => {
  await signIn(page, demo.employee.email);
  await expect(page.getByText("No direct reports")).toBeVisible();
  await expect(page.getByRole("region", { name: "Your manager" }).getByText(demo.manager.name)).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Team" })).toHaveCount(0);
  await expect(mainNav(page).getByRole("link", { name: "HR" })).toHaveCount(0);

  // Opening /team anyway (an old link) explains the page instead of failing.
  await page.goto("/team");
  await expect(page.getByRole("heading", { name: "No one reports to you yet" })).toBeVisible();
});

test("an HR admin sees the HR area", async ({ page }) => {
  await signIn(page, demo.hrAdmin.email);
  await mainNav(page).getByRole("link", { name: "HR" }).click();
  await expect(page).toHaveURL(/\/hr$/);
  await expect(page.getByRole("heading", { name: "Organization insights", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "HR" })).toBeVisible();
});

test("a session the API no longer accepts sends the person back to sign-in", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([{ name: "upward_session", value: "not-a-real-token", url: baseURL }]);
  await page.goto("/goals");
  await expect(page).toHaveURL(/\/login\?expired=1$/);
  await expect(page.getByText("Your session has ended. Please sign in again.")).toBeVisible();
  expect((await context.cookies()).some((c) => c.name === "upward_session")).toBe(false);
});
