import { expect, type Page, test } from "@playwright/test";
import { demo, mainNav, signIn } from "./support/session";

// Both viewport projects run against the same seeded database, one after the other: each journey
// picks data the other project's run leaves alone (another skill, a fresh title, the next mentor).

/** The demo seed's email for a person's name (demo-organization.ts `demoEmail`). */
function demoEmailOf(name: string): string {
  const local = name
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/\s+/g, ".");
  return `${local}@upward.example`;
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/api/graphql", { data: { query, variables } });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

test("journey 4: a mentorship from suggestion to acceptance", async ({ page }, testInfo) => {
  // Leo has growth areas (System design, SQL): colleagues strong in them are suggested, with why.
  await signIn(page, demo.employee.email);
  await mainNav(page).getByRole("link", { name: "Mentoring" }).click();
  await expect(page.getByRole("heading", { name: "Mentoring", level: 1 })).toBeVisible();
  const suggestion = page.getByRole("list", { name: "Suggested mentors" }).getByRole("article").first();
  await expect(suggestion.getByText(/^Strong in .+\(\d\.\d\)/)).toBeVisible();
  const mentorName = (await suggestion.getAttribute("aria-label"))?.replace("Suggested mentor: ", "") ?? "";
  expect(mentorName).not.toBe("");

  await suggestion.getByRole("button", { name: `Ask for mentoring from ${mentorName}` }).click();
  const form = suggestion.getByRole("form", { name: `Ask ${mentorName}` });
  // The focus skills are preselected from the skills the mentor is strong in.
  await expect(form.getByRole("checkbox", { checked: true }).first()).toBeVisible();
  await form.getByLabel(`Message to ${mentorName}`).fill("I'd like to get better at designing for failure.");
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText(`Request sent to ${mentorName}.`)).toBeVisible();
  const asked = page
    .getByRole("list", { name: "My mentors" })
    .getByRole("article", { name: `Mentor: ${mentorName}` });
  await expect(asked.getByText("Waiting for an answer")).toBeVisible();
  await signOut(page);

  // The mentor is told, and answers from their mentoring page.
  await signIn(page, demoEmailOf(mentorName));
  const { me } = await graphql<{
    me: {
      unreadNotificationCount: number;
      notifications: { edges: { node: { kind: string; message: string } }[] };
    };
  }>(
    page,
    "{ me { unreadNotificationCount notifications(first: 20, unreadOnly: true) { edges { node { kind message } } } } }",
  );
  expect(me.unreadNotificationCount).toBeGreaterThan(0);
  expect(me.notifications.edges.map((edge) => edge.node)).toContainEqual({
    kind: "MENTORSHIP_REQUESTED",
    message: `${demo.employee.name} asked you to be their mentor.`,
  });
  await mainNav(page).getByRole("link", { name: "Mentoring" }).click();
  const request = page
    .getByRole("list", { name: "Requests to answer" })
    .getByRole("article", { name: `Mentee: ${demo.employee.name}` });
  await expect(request.getByText("I'd like to get better at designing for failure.")).toBeVisible();
  await request
    .getByLabel(`Your answer to ${demo.employee.name} (optional)`)
    .fill("Gladly, let's start next week.");
  await request.getByRole("button", { name: `Accept ${demo.employee.name}` }).click();
  const mentee = page
    .getByRole("list", { name: "My mentees" })
    .getByRole("article", { name: `Mentee: ${demo.employee.name}` });
  await expect(mentee.getByText("Active", { exact: true })).toBeVisible();
  await signOut(page);

  // The mentee sees the mentorship active, with the mentor's answer.
  await signIn(page, demo.employee.email);
  await page.goto("/mentoring");
  const active = page
    .getByRole("list", { name: "My mentors" })
    .getByRole("article", { name: `Mentor: ${mentorName}` });
  await expect(active.getByText("Active", { exact: true })).toBeVisible();
  await expect(active.getByText("Gladly, let's start next week.")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("mentorship-accepted.png"), fullPage: true });
});

test("rating a skill changes the skill profile", async ({ page }, testInfo) => {
  const skill = testInfo.project.name === "phone" ? "Customer empathy" : "Negotiation";
  await signIn(page, demo.employee.email);
  await mainNav(page).getByRole("link", { name: "Skills" }).click();
  const strengths = page.getByRole("region", { name: /^Strengths/ });
  await expect(strengths.getByText("TypeScript").first()).toBeVisible();
  await expect(strengths.getByText(skill)).toHaveCount(0);

  await page
    .getByRole("group", { name: new RegExp(`Your level in ${skill}`) })
    .getByRole("radio", { name: "5, Expert" })
    .check();
  await page.getByLabel(`Note on ${skill} (optional)`).fill("Closed the two hardest renewals this quarter.");
  await page.getByRole("button", { name: `Save ${skill}` }).click();

  // Rated 5 by themself only: a strength, explained, and a new line in the skill's history.
  const strength = strengths.getByRole("listitem").filter({ hasText: skill });
  await expect(
    strength.getByText("Combined level 5 (you 5): a strength to build on and to share with others."),
  ).toBeVisible();
  await expect(
    page.getByRole("img", { name: `${skill}: you 5, manager not rated, 360 feedback not rated` }),
  ).toBeVisible();
  const history = page.locator("details").filter({ hasText: `History of ${skill}` });
  await history.getByText(`History of ${skill}`).click();
  await expect(history.getByRole("listitem").first()).toContainText("You rated 5 · Expert");
  await expect(history.getByText("Closed the two hardest renewals this quarter.")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("skill-rated.png"), fullPage: true });
});

test("adding a plan item and completing it with a reflection", async ({ page }, testInfo) => {
  const title = `Read “Thinking in Systems” (${testInfo.project.name})`;
  await signIn(page, demo.employee.email);
  await mainNav(page).getByRole("link", { name: "Plan" }).click();
  await expect(page.getByRole("heading", { name: "Development plan" })).toBeVisible();

  await page.getByRole("button", { name: "Add item" }).click();
  const form = page.getByRole("form", { name: "New plan item" });
  await form.getByLabel("Kind").selectOption({ label: "Reading" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Link (optional)").fill("not a web address");
  await form.getByLabel("Skill it develops (optional)").selectOption({ label: "System design" });
  await form.getByLabel("Due date (optional)").fill("2031-06-30");
  await form.getByRole("button", { name: "Add to plan" }).click();
  // The API's message sits next to the field it concerns.
  await expect(form.getByText("Enter a web address starting with http:// or https://.")).toBeVisible();
  await expect(form.getByLabel("Link (optional)")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Link (optional)").fill("https://www.chelseagreen.com/product/thinking-in-systems/");
  await form.getByRole("button", { name: "Add to plan" }).click();
  await expect(page.getByText(`Added “${title}” to Planned.`)).toBeVisible();

  const planned = page.getByRole("region", { name: /^Planned/ }).getByRole("article", { name: title });
  await expect(planned.getByText("Skill: System design")).toBeVisible();
  await planned.getByRole("button", { name: `Start ${title}` }).click();
  const inProgress = page.getByRole("region", { name: /^In progress/ }).getByRole("article", { name: title });
  await expect(inProgress).toBeVisible();

  // Done needs a reflection: refused without one, with the reason next to the field.
  await inProgress.getByRole("button", { name: `Complete ${title}` }).click();
  await inProgress.getByRole("button", { name: "Mark done" }).click();
  await expect(
    inProgress.getByText("Write a few words on what you took from it to mark it done."),
  ).toBeVisible();
  const reflection = inProgress.getByLabel("What did you take from it?");
  await expect(reflection).toHaveAttribute("aria-invalid", "true");
  await reflection.fill("Feedback loops explain why our on-call load keeps growing.");
  await inProgress.getByRole("button", { name: "Mark done" }).click();

  const done = page.getByRole("region", { name: /^Done/ }).getByRole("article", { name: title });
  await expect(done.getByText("Feedback loops explain why our on-call load keeps growing.")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("plan-item-done.png"), fullPage: true });
});

test("a stale plan edit says so and shows the fresh item", async ({ page }, testInfo) => {
  const title = `Pair on the billing service (${testInfo.project.name})`;
  const renamed = `${title}, renamed elsewhere`;
  await signIn(page, demo.employee.email);
  await page.goto("/plan");
  await page.getByRole("button", { name: "Add item" }).click();
  const form = page.getByRole("form", { name: "New plan item" });
  await form.getByLabel("Kind").selectOption({ label: "Project" });
  await form.getByLabel("Title").fill(title);
  await form.getByRole("button", { name: "Add to plan" }).click();
  const item = page.getByRole("article", { name: title });
  await item.getByRole("button", { name: `Edit ${title}` }).click();

  // Meanwhile the same item is renamed in another tab.
  const { me } = await graphql<{
    me: { developmentPlan: { items: { edges: { node: { id: string; version: number; title: string } }[] } } };
  }>(
    page,
    "{ me { developmentPlan { items(first: 100, status: PLANNED) { edges { node { id version title } } } } } }",
  );
  const stored = me.developmentPlan.items.edges.map((edge) => edge.node).find((node) => node.title === title);
  expect(stored).toBeDefined();
  await graphql(page, "mutation($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { id } }", {
    input: { id: stored?.id, version: stored?.version, title: renamed },
  });

  const editForm = page.getByRole("form", { name: `Edit ${title}` });
  await editForm.getByLabel("Title").fill(`${title} (my edit)`);
  await editForm.getByRole("button", { name: "Save changes" }).click();
  const fresh = page.getByRole("article", { name: renamed });
  await expect(fresh.getByText(/This item changed since you opened it/)).toBeVisible();
  await expect(fresh.getByRole("form", { name: `Edit ${renamed}` }).getByLabel("Title")).toHaveValue(renamed);
  await page.screenshot({ path: testInfo.outputPath("plan-conflict.png"), fullPage: true });
});

test("a long plan group pages through its items", async ({ page }, testInfo) => {
  // Jonas's plan grows by eleven planned items (per project run), more than one page of ten.
  await signIn(page, "jonas.weber@upward.example");
  for (let n = 1; n <= 11; n++) {
    await graphql(page, "mutation($input: CreatePlanItemInput!) { createPlanItem(input: $input) { id } }", {
      input: { kind: "READING", title: `Chapter ${n} of the testing book (${testInfo.project.name})` },
    });
  }
  await page.goto("/plan");
  const planned = page.getByRole("region", { name: /^Planned/ });
  await expect(planned.getByRole("article")).toHaveCount(10);
  const firstPage = await planned
    .getByRole("article")
    .evaluateAll((items) => items.map((i) => i.getAttribute("aria-label")));

  await planned.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/plannedAfter=/);
  await expect(planned.getByRole("link", { name: "First page" })).toBeVisible();
  const secondPage = await planned
    .getByRole("article")
    .evaluateAll((items) => items.map((i) => i.getAttribute("aria-label")));
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
  // The other groups stay on their first page.
  await expect(
    page
      .getByRole("region", { name: /^In progress/ })
      .getByRole("article")
      .first(),
  ).toBeVisible();

  await planned.getByRole("link", { name: "First page" }).click();
  await expect(page).not.toHaveURL(/plannedAfter=/);
  await expect(planned.getByRole("article")).toHaveCount(10);
});

test("a mentee withdraws a request after confirming", async ({ page }) => {
  await signIn(page, demo.employee.email);
  await page.goto("/mentoring");
  const suggestion = page.getByRole("list", { name: "Suggested mentors" }).getByRole("article").first();
  const mentorName = (await suggestion.getAttribute("aria-label"))?.replace("Suggested mentor: ", "") ?? "";
  await suggestion.getByRole("button", { name: `Ask for mentoring from ${mentorName}` }).click();
  await suggestion.getByRole("button", { name: "Send request" }).click();

  const asked = page
    .getByRole("list", { name: "My mentors" })
    .getByRole("article", { name: `Mentor: ${mentorName}` });
  await asked.getByRole("button", { name: `Withdraw request to ${mentorName}` }).click();
  // The confirmation takes the focus; Escape backs out, the button asks again.
  await expect(asked.getByRole("button", { name: "Yes, withdraw" })).toBeFocused();
  await page.keyboard.press("Escape");
  await asked.getByRole("button", { name: `Withdraw request to ${mentorName}` }).click();
  await asked.getByRole("button", { name: "Yes, withdraw" }).click();

  await expect(
    page.getByRole("list", { name: "My mentors" }).getByRole("article", { name: `Mentor: ${mentorName}` }),
  ).toHaveCount(0);
  await page.getByText(/^Past mentors and requests/).click();
  const past = page
    .getByRole("list", { name: "Past mentors and requests" })
    .getByRole("article", { name: `Mentor: ${mentorName}` });
  await expect(past.getByText("Cancelled", { exact: true }).first()).toBeVisible();
});
