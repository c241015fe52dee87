import { expect, test } from "@playwright/test";
import { answer, nominate, switchTo } from "./support/feedback";
import { uniqueTitle } from "./support/goals";
import { demo, signIn } from "./support/session";

const KEEP = "What should they keep doing?";
const CHANGE = "What could they do differently?";
const SKILLS = ["Negotiation", "Giving feedback"];

// Each viewport project runs its own round in the same seeded database, with its own people:
// a sales manager asks three peers (a shown group) and one direct report (under the threshold).
const CAST = {
  desktop: {
    subject: "Tom Becker",
    manager: "Marcus Johnson",
    peers: ["Rachel Green", "Jake Thompson", "Sara Lindqvist"],
    directReport: "Felix Braun",
  },
  phone: {
    subject: "Rachel Green",
    manager: "Marcus Johnson",
    peers: ["Tom Becker", "Felix Braun", "Chloe Martin"],
    directReport: "Jake Thompson",
  },
} as const;

test("journey 3: a 360 round from nomination to the closed report, with a suppressed group", async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const cast = CAST[testInfo.project.name as keyof typeof CAST] ?? CAST.desktop;
  const title = uniqueTitle("Sales 360", testInfo.project.name);
  const directReportSecret = `Only the direct report wrote this ${Date.now().toString(36)}`;

  // The subject starts a round about themself and nominates reviewers.
  await switchTo(page, cast.subject);
  await page.goto("/feedback");
  await expect(page.getByRole("heading", { name: "Feedback", level: 1 })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(title);
  for (const skill of SKILLS) await page.getByRole("checkbox", { name: skill }).check();
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page).toHaveURL(/\/feedback\/rounds\/[0-9a-f-]+\?notice=created$/);
  const roundUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  // A peer mislabelled as a direct report is refused, with the reason next to the relationship.
  const [firstPeer, ...otherPeers] = cast.peers;
  await page.getByLabel("Find a colleague").fill(firstPeer);
  await page.getByRole("button", { name: `Choose ${firstPeer}` }).click();
  await page.getByRole("radio", { name: /^Direct report/ }).check();
  await page.getByRole("button", { name: `Nominate ${firstPeer}` }).click();
  await expect(page.getByText("Only people who report to them are direct reports.")).toBeVisible();
  await page.getByRole("radio", { name: /^Peer/ }).check();
  await page.getByRole("button", { name: `Nominate ${firstPeer}` }).click();
  await expect(
    page.getByRole("list", { name: "Reviewers" }).getByText(firstPeer, { exact: true }),
  ).toBeVisible();
  for (const peer of otherPeers) await nominate(page, peer, /^Peer/);
  await nominate(page, cast.directReport, /^Direct report/);
  // The page warns that the direct reports' group is under the threshold.
  await expect(page.getByText("Direct report: 1 of at least 3")).toBeVisible();
  await expect(page.getByText("waiting for approval").first()).toBeVisible();

  // The manager approves the nominations, opens the round and answers.
  await switchTo(page, cast.manager);
  await page.goto(roundUrl);
  await page.getByRole("button", { name: "Approve nominations" }).click();
  await expect(page.getByText("Nominations approved.")).toBeVisible();
  await page.getByRole("button", { name: "Open the round" }).click();
  await expect(page.getByText("every reviewer has been asked")).toBeVisible();
  await page.getByRole("link", { name: "Give feedback" }).click();
  await expect(page.getByText("Your answers are shown with your name.")).toBeVisible();
  await answer(
    page,
    { Negotiation: 4, "Giving feedback": 3 },
    { [KEEP]: "Manager: steady pipeline reviews." },
  );

  // Each reviewer finds the request under "To answer" and answers; the direct report too.
  const reviewers = [
    ...cast.peers.map((name, index) => ({
      name,
      levels: [4, 3 + (index % 2)] as const,
      text: `Peer view ${index + 1}`,
    })),
    { name: cast.directReport, levels: [2, 2] as const, text: directReportSecret },
  ];
  for (const reviewer of reviewers) {
    await switchTo(page, reviewer.name);
    await page.goto("/feedback");
    await page.getByRole("link", { name: `Answer: ${title}`, exact: true }).click();
    await expect(page.getByText("Your ratings and comments are anonymous.")).toBeVisible();
    await answer(
      page,
      { Negotiation: reviewer.levels[0], "Giving feedback": reviewer.levels[1] },
      { [KEEP]: reviewer.text, [CHANGE]: `${reviewer.text}, more to try` },
    );
  }

  // The subject assesses themself.
  await switchTo(page, cast.subject);
  await page.goto("/feedback");
  await page.getByRole("link", { name: `Assess yourself: ${title}`, exact: true }).click();
  await answer(page, { Negotiation: 5, "Giving feedback": "can't say" }, { [KEEP]: "Self: keep closing." });

  // The manager sees who answered (never what) and closes the round.
  await switchTo(page, cast.manager);
  await page.goto(roundUrl);
  await expect(page.getByRole("heading", { name: "Answered (6)" })).toBeVisible();
  await page.getByRole("button", { name: "Close the round" }).click();
  await page.getByRole("button", { name: "Yes, close it now" }).click();
  await expect(page.getByText("The round is closed.")).toBeVisible();

  // The subject reads the report: peers shown, direct reports suppressed and said so plainly.
  await switchTo(page, cast.subject);
  await page.goto("/feedback");
  await page.getByRole("link", { name: title, exact: true }).click();
  const report = page.getByRole("region", { name: "The report" });
  await expect(report.getByText("3 people answered; shown anonymously.")).toBeVisible();
  await expect(
    report.getByText(
      "Direct reports: fewer than 3 answered, so their ratings and comments are hidden to keep them anonymous.",
    ),
  ).toBeVisible();
  await expect(
    report.getByRole("img", { name: /^Negotiation: Self 5\.0, Manager 4\.0, Peers 4\.0/ }),
  ).toBeVisible();
  // The direct report's words appear nowhere; the peers' comments carry no names.
  await expect(page.getByText(directReportSecret)).toHaveCount(0);
  const comments = report.getByTestId("anonymous-comments");
  await expect(comments.getByText("Peer view 1", { exact: true })).toBeVisible();
  for (const name of [...cast.peers, cast.directReport, cast.manager]) {
    await expect(comments.getByText(name)).toHaveCount(0);
  }
  await expect(report.getByText("Self: keep closing.")).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath("feedback-report.png"), fullPage: true });
});

// Departments per project, so the two runs don't skip each other's people.
const CYCLE = {
  desktop: { department: "Engineering", skipped: ["Jonas Weber", "Mei Tanaka"] },
  phone: { department: "Product", skipped: [] },
} as const;

test("journey 5: HR launches a feedback cycle for a department and sees the rounds", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const cycle = CYCLE[testInfo.project.name as keyof typeof CYCLE] ?? CYCLE.desktop;
  const title = uniqueTitle("Autumn 360", testInfo.project.name);
  await signIn(page, demo.hrAdmin.email);
  await page.goto("/hr");
  await page.getByRole("navigation", { name: "HR" }).getByRole("link", { name: "Feedback" }).click();
  await expect(page.getByRole("heading", { name: "Feedback cycles", level: 1 })).toBeVisible();

  // Bad input comes back next to its field.
  await page.getByRole("button", { name: /^Launch for/ }).click();
  await expect(page.getByText("Give the cycle a title")).toBeVisible();

  await page.getByLabel("Department").selectOption(cycle.department);
  await expect(page.getByText(new RegExp(`\\d+ people in ${cycle.department}\\.`))).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("checkbox", { name: "Written communication" }).check();
  await page.getByRole("button", { name: `Launch for ${cycle.department}` }).click();

  const result = page.getByRole("region", { name: /^Created \d+ rounds?$/ });
  await expect(result).toBeVisible();
  await expect(result.getByText(`“${title}” for ${cycle.department}`)).toBeVisible();
  const created = result.getByRole("list", { name: "Created" });
  await expect(created.getByRole("listitem").first()).toBeVisible();
  for (const name of cycle.skipped) {
    await expect(result.getByRole("list", { name: "Skipped" }).getByText(name)).toBeVisible();
  }
  await page.screenshot({ path: testInfo.outputPath("feedback-cycle.png"), fullPage: true });

  // A created round is a draft with the cycle's title.
  await created.getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("feedback-cycle-round.png"), fullPage: true });
});
