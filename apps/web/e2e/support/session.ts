import { expect, type Page } from "@playwright/test";

/** Demo people seeded by the API (SEED_DEMO=true); one password for all of them. */
export const demo = {
  manager: { email: "maya.patel@upward.example", name: "Maya Patel" },
  employee: { email: "leo.martin@upward.example", name: "Leo Martin" },
  hrAdmin: { email: "hannah.reed@upward.example", name: "Hannah Reed" },
  password: "upward-demo",
} as const;

/** Signs in through the real form, the way a person does, and waits for the home page. */
export async function signIn(page: Page, email: string, password: string = demo.password): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** The navigation can scroll sideways on phones, so look links up inside it, by name. */
export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Main" });
}
