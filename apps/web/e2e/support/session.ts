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

/** Signs out through the header's button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** A calendar day `days` from today, as the API and date inputs write it (YYYY-MM-DD). */
export function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
