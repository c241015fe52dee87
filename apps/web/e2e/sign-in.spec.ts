import { expect, test } from "@playwright/test";
import { demo, mainNav, signIn } from "./support/session";

test("an unauthenticated visit to a signed-in page goes to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("a wrong password shows why sign-in failed and keeps the email", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(demo.manager.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Announced (role=alert), not just shown. Next.js has its own empty route-announcer alert.
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel("Email")).toHaveValue(demo.manager.email);
});

test("empty fields are explained next to each field", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter your password.")).toBeVisible();
});

test("a manager signs in, sees their team and signs out", async ({ page, context }, testInfo) => {
  await signIn(page, demo.manager.email);

  const cookie = (await context.cookies()).find((c) => c.name === "upward_session");
  expect(cookie, "session cookie").toBeDefined();
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  expect(cookie?.expires ?? 0).toBeGreaterThan(Date.now() / 1000);

  await expect(page.getByRole("heading", { name: "Welcome back, Maya" })).toBeVisible();
  await expect(page.getByText("Engineering Manager, Platform").first()).toBeVisible();
  await expect(page.getByText(demo.manager.email)).toBeVisible();
  const reports = page.getByRole("list", { name: /Direct reports/ });
  await expect(reports.getByText(demo.employee.name)).toBeVisible();
  await expect(reports.getByRole("listitem")).toHaveCount(6);
  await expect(page.getByRole("region", { name: "Your manager" }).getByText("Sofia Alvarez")).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Team" })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "HR" })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("home-manager.png"), fullPage: true });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect((await context.cookies()).some((c) => c.name === "upward_session")).toBe(false);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await page.screenshot({ path: testInfo.outputPath("signed-out.png"), fullPage: true });
});
