import { expect, type Page } from "@playwright/test";
import { demo, signIn, signOut } from "./session";

/** The demo email of a seeded person, as the API's seed writes it. */
export function demoEmailOf(name: string): string {
  return `${name
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/\s+/g, ".")}@upward.example`;
}

/** Signs the current person out (if anyone) and `name` in. */
export async function switchTo(page: Page, name: string): Promise<void> {
  if (await page.getByRole("button", { name: "Sign out" }).isVisible()) await signOut(page);
  await signIn(page, demoEmailOf(name), demo.password);
}

/** Finds a colleague in the nomination search and nominates them with a relationship. */
export async function nominate(page: Page, name: string, relationship: RegExp): Promise<void> {
  await page.getByLabel("Find a colleague").fill(name);
  await page.getByRole("button", { name: `Choose ${name}` }).click();
  await page.getByRole("radio", { name: relationship }).check();
  await page.getByRole("button", { name: `Nominate ${name}` }).click();
  const reviewers = page.getByRole("list", { name: "Reviewers" });
  await expect(reviewers.getByText(name, { exact: true })).toBeVisible();
}

/** Fills the answer form: one level per skill (by skill name) and a text per question, then saves. */
export async function answer(
  page: Page,
  levels: Record<string, number | "can't say">,
  texts: Record<string, string>,
): Promise<void> {
  for (const [skill, level] of Object.entries(levels)) {
    const group = page.getByRole("group", { name: skill });
    await group
      .getByRole("radio", { name: level === "can't say" ? "Can't say" : new RegExp(`^${level} `) })
      .check();
  }
  for (const [question, text] of Object.entries(texts)) await page.getByLabel(question).fill(text);
  await page.getByRole("button", { name: /Submit feedback|Save changes/ }).click();
  await expect(page.getByText("Thank you — your answers are saved.")).toBeVisible();
}
