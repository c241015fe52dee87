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
