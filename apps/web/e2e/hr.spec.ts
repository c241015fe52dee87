import { expect, type Page, test } from "@playwright/test";
import { demo, mainNav, signIn } from "./support/session";

/** The departments of the seeded demo organization, with their active headcount. */
const DEPARTMENTS = [
  { name: "Engineering", headcount: 13 },
  { name: "People & Operations", headcount: 8 },
  { name: "Product", headcount: 8 },
  { name: "Sales", headcount: 11 },
];

const hrNav = (page: Page) => page.getByRole("navigation", { name: "HR" });

/** Works at 390 px too: nothing may widen the page beyond the viewport. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, "page width").toBeLessThanOrEqual(innerWidth);
}

test("an HR admin sees goal adoption and health by department, skill and mentoring coverage", async ({
  page,
}, testInfo) => {
  await signIn(page, demo.hrAdmin.email);
  await mainNav(page).getByRole("link", { name: "HR" }).click();
  await expect(page).toHaveURL(/\/hr$/);
  await expect(page.getByRole("heading", { name: "Organization insights", level: 1 })).toBeVisible();
  await expect(hrNav(page).getByRole("link", { name: "Insights" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("across 40 people in 4 departments")).toBeVisible();

  // The chart's drawing names every department; its table gives the figures.
  const adoption = page.getByRole("region", { name: "Goal adoption by department" });
  const drawing = adoption.getByRole("img");
  for (const { name } of DEPARTMENTS) {
    await expect(drawing).toHaveAttribute("aria-label", new RegExp(`${name} \\d+%`));
  }
  await adoption.getByText("Show the numbers").click();
  const table = adoption.getByRole("table");
  for (const { name, headcount } of DEPARTMENTS) {
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    await expect(row.getByRole("cell").first()).toHaveText(String(headcount));
  }

  // The demo seed may or may not include goals, ratings and mentorships: a chart or its empty state.
  const health = page.getByRole("region", { name: "Goal health by department" });
  await expect(health.getByRole("img").or(health.getByText("No active goals yet"))).toBeVisible();
  const skills = page.getByRole("region", { name: "Skill coverage" });
  await expect(skills.getByRole("img").or(skills.getByText("Nobody has rated a skill"))).toBeVisible();
  const mentoring = page.getByRole("region", { name: "Mentorship coverage" });
  await expect(mentoring.getByText("Active mentorships")).toBeVisible();

  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: testInfo.outputPath("hr-insights.png"), fullPage: true });
});

test("an HR admin searches the employee directory and opens a person", async ({ page }, testInfo) => {
  await signIn(page, demo.hrAdmin.email);
  await page.goto("/hr");
  await hrNav(page).getByRole("link", { name: "Employees" }).click();
  await expect(page.getByRole("heading", { name: "Employees", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "40 people" })).toBeVisible();

  // 40 people, 25 a page: the second page holds the rest.
  const people = page.getByRole("list", { name: "Employees" });
  await expect(people.getByRole("listitem")).toHaveCount(25);
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(people.getByRole("listitem")).toHaveCount(15);
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await page.getByRole("link", { name: "First page" }).click();
  await expect(people.getByRole("listitem")).toHaveCount(25);

  await page.getByLabel("Search", { exact: true }).fill("engineer");
  await page.getByLabel("Department").selectOption("Engineering");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=engineer/);
  await expect(page.getByRole("heading", { name: /people match$/ })).toBeVisible();
  await expect(people.getByRole("link", { name: demo.employee.name })).toBeVisible();
  await expect(people.getByRole("link", { name: "Noah Williams" })).toBeVisible();
  await expect(people.getByRole("link", { name: demo.hrAdmin.name })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: testInfo.outputPath("hr-employees.png"), fullPage: true });

  // A hand-edited address is explained, with a way back, rather than failing the page.
  await page.goto("/hr/employees?q=engineer&after=not-a-cursor");
  await expect(page.getByRole("alert").filter({ hasText: "This cursor is not valid" })).toBeVisible();
  await page.getByRole("link", { name: "Start again from the first page" }).click();
  await expect(page).toHaveURL(/\/hr\/employees\?q=engineer$/);
  await expect(people.getByRole("link", { name: demo.employee.name })).toBeVisible();

  await page.getByLabel("Search", { exact: true }).fill("nobody-has-this-name");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No one matches these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Show everyone" }).click();
  await expect(page.getByRole("heading", { name: "40 people" })).toBeVisible();

  await page.getByLabel("Search", { exact: true }).fill("Leo");
  await page.getByRole("button", { name: "Search" }).click();
  await people.getByRole("link", { name: demo.employee.name }).click();
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: demo.employee.name, level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Details" }).getByText("Engineering")).toBeVisible();
  const manager = page.getByRole("region", { name: "Manager" });
  await manager.getByRole("link", { name: new RegExp(demo.manager.name) }).click();
  await expect(page.getByRole("heading", { name: demo.manager.name, level: 1 })).toBeVisible();
  await expect(page.getByRole("list", { name: /Direct reports/ }).getByRole("listitem")).toHaveCount(6);

  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: testInfo.outputPath("hr-person.png"), fullPage: true });
});

test("an HR admin adds a skill, edits it, and sees a conflicting edit explained", async ({
  page,
  context,
}, testInfo) => {
  const name = `Facilitation ${testInfo.project.name} ${Date.now()}`;
  await signIn(page, demo.hrAdmin.email);
  await page.goto("/hr/skills");
  await expect(page.getByRole("heading", { name: "Skills catalog", level: 1 })).toBeVisible();
  const addForm = page.getByRole("region", { name: "Add a skill" });

  // The API's messages appear next to the field they concern.
  await addForm.getByLabel("Name").fill("X");
  await addForm.getByRole("button", { name: "Add skill" }).click();
  await expect(addForm.getByText("A skill name has 2 to 80 characters.")).toBeVisible();
  await expect(addForm.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await addForm.getByLabel("Name").fill("TypeScript");
  await addForm.getByRole("button", { name: "Add skill" }).click();
  await expect(addForm.getByText("A skill with this name is already in the catalog.")).toBeVisible();

  await addForm.getByLabel("Name").fill(name);
  await addForm.getByLabel("Category").fill("Leadership");
  await addForm.getByLabel("Description").fill("Running meetings people want to attend.");
  await addForm.getByRole("button", { name: "Add skill" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added “${name}” to the catalog.` })).toBeVisible();
  await expect(addForm.getByLabel("Name")).toHaveValue("");
  await expect(addForm.getByLabel("Name")).not.toHaveAttribute("aria-invalid");
  await expect(page.getByRole("region", { name: /Leadership/ }).getByRole("heading", { name })).toBeVisible();

  await page.getByRole("button", { name: `Edit ${name}` }).click();
  const editor = page.getByRole("form", { name: `Edit ${name}` });
  await expect(editor.getByLabel("Name")).toBeFocused();
  await editor.getByLabel("Description").fill("Workshops and meetings that end with decisions.");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved “${name}”.` })).toBeVisible();
  // Scoped to this skill: the other viewport's run shares the database.
  const skillItem = (where: Page, skillName: string) =>
    where.getByRole("listitem").filter({ has: where.getByRole("heading", { name: skillName, exact: true }) });
  await expect(skillItem(page, name)).toContainText("Workshops and meetings that end with decisions.");
  await expect(page.getByRole("button", { name: `Edit ${name}` })).toBeFocused();

  // Two pages edit the same version: the second save is refused, explained, and shown the fresh data.
  const other = await context.newPage();
  await other.goto("/hr/skills");
  await other.getByRole("button", { name: `Edit ${name}` }).click();
  await page.getByRole("button", { name: `Edit ${name}` }).click();
  await editor.getByLabel("Name").fill(`${name} (renamed)`);
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved “${name} (renamed)”.` })).toBeVisible();

  const staleEditor = other.getByRole("form", { name: `Edit ${name}` });
  await staleEditor.getByLabel("Description").fill("Facilitating retrospectives and planning.");
  await staleEditor.getByRole("button", { name: "Save" }).click();
  const conflict = staleEditor.getByRole("alert");
  await expect(conflict).toContainText("Someone else changed this skill while you were editing it.");
  await expect(conflict.getByRole("definition").first()).toHaveText(`${name} (renamed)`);
  // The untouched name now shows the saved one; the person's own change is kept.
  await expect(staleEditor.getByLabel("Name")).toHaveValue(`${name} (renamed)`);
  await expect(staleEditor.getByLabel("Description")).toHaveValue(
    "Facilitating retrospectives and planning.",
  );
  await expectNoSidewaysScroll(other);
  await other.screenshot({ path: testInfo.outputPath("hr-skill-conflict.png"), fullPage: true });

  // Saving again applies exactly that change on top of the other one.
  await staleEditor.getByRole("button", { name: "Save" }).click();
  await expect(other.getByRole("status").filter({ hasText: `Saved “${name} (renamed)”.` })).toBeVisible();
  await other.reload();
  await expect(skillItem(other, `${name} (renamed)`)).toContainText(
    "Facilitating retrospectives and planning.",
  );

  await other.screenshot({ path: testInfo.outputPath("hr-skills.png"), fullPage: true });
});

test("a person who is not an HR admin can't reach the HR area", async ({ page }, testInfo) => {
  await signIn(page, demo.employee.email);
  await expect(mainNav(page).getByRole("link", { name: "HR" })).toHaveCount(0);
  for (const path of ["/hr", "/hr/employees", "/hr/skills"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "HR admins only", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "HR" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Skills catalog" })).toHaveCount(0);
  }
  // The app around it still works.
  await page.getByRole("link", { name: "Back to My growth" }).click();
  await expect(page.getByRole("heading", { name: /Welcome back/ })).toBeVisible();
  await page.goto("/hr/skills");
  await page.screenshot({ path: testInfo.outputPath("hr-admins-only.png"), fullPage: true });
});
