/**
 * The demo's goals, told as stories: who wants what, how it went week by week, what they learned.
 * Times are relative to the day of seeding, so the dashboards always show a living organization.
 * demo-goals.ts turns this into rows; keep each check-in's values in the key results' order
 * (null = unchanged) and its `daysAgo` inside the goal's life (after the start, before closing).
 */
export type DemoGoalStatus = "DRAFT" | "PENDING_APPROVAL" | "ACTIVE" | "COMPLETED" | "ABANDONED";
export type DemoVisibility = "PRIVATE" | "TEAM" | "ORGANIZATION";

export interface DemoCheckIn {
  daysAgo: number;
  confidence: number;
  kind?: "UPDATE" | "WIN" | "SETBACK";
  note: string;
  lesson?: string;
  values: (number | null)[];
  comments?: { by: string; body: string }[];
}

export interface DemoGoal {
  key: string;
  /** A person's key in demo-organization.ts. */
  owner: string;
  title: string;
  description: string;
  visibility: DemoVisibility;
  status: DemoGoalStatus;
  /** The start date, in days before the seeding day (negative: starts later). */
  started: number;
  /** The due date, in days after the seeding day (negative: already passed); null: none yet. */
  due: number | null;
  /** The key of a goal this one contributes to. */
  parent?: string;
  skills?: string[];
  keyResults?: { title: string; unit: string; start: number; target: number }[];
  checkIns?: DemoCheckIn[];
  /** COMPLETED or ABANDONED that many days ago. */
  closed?: number;
  /** What the manager said when sending a draft back. */
  approvalComment?: string;
}

export const DEMO_GOALS: DemoGoal[] = [
  // ── Engineering leadership: the goals the teams align to ──────────────────────────────────────
  {
    key: "engDelivery",
    owner: "vpEng",
    title: "Ship faster with fewer incidents",
    description:
      "Engineering delivers small changes every day without waking people up at night: more deploys, fewer incidents.",
    visibility: "ORGANIZATION",
    status: "ACTIVE",
    started: 120,
    due: 245,
    skills: ["System design", "Prioritization"],
    keyResults: [
      { title: "Deploys per week", unit: "deploys", start: 5, target: 20 },
      { title: "Incidents per month", unit: "incidents", start: 12, target: 4 },
    ],
    checkIns: [
      { daysAgo: 90, confidence: 7, note: "Trunk-based development agreed with all teams.", values: [7, 11] },
      { daysAgo: 60, confidence: 7, note: "Feature flags in every service.", values: [8, 10] },
      {
        daysAgo: 30,
        confidence: 8,
        kind: "WIN",
        note: "First week with 10 deploys and no incident.",
        values: [10, 9],
      },
      { daysAgo: 5, confidence: 7, note: "Holding steady through the holidays.", values: [10, 9] },
    ],
  },
  {
    key: "platformReliability",
    owner: "maya",
    title: "Make the Platform services reliable and fast",
    description:
      "Product teams can rely on our APIs: they meet their SLOs every month and answer quickly under peak load.",
    visibility: "ORGANIZATION",
    status: "ACTIVE",
    started: 100,
    due: 82,
    parent: "engDelivery",
    skills: ["System design", "Stakeholder management"],
    keyResults: [
      { title: "Monthly SLO compliance", unit: "%", start: 97, target: 99.9 },
      { title: "p95 latency of public APIs", unit: "ms", start: 450, target: 250 },
    ],
    checkIns: [
      { daysAgo: 80, confidence: 7, note: "SLO dashboards live for every service.", values: [97.4, 430] },
      { daysAgo: 55, confidence: 6, note: "Latency work split across Leo and Aisha.", values: [97.9, 400] },
      {
        daysAgo: 28,
        confidence: 7,
        kind: "WIN",
        note: "First month above 98.5 % SLO compliance.",
        values: [98.5, 360],
      },
      { daysAgo: 7, confidence: 8, note: "Checkout latency work is paying off.", values: [98.6, 340] },
    ],
  },
  {
    key: "mayaCoaching",
    owner: "maya",
    title: "Coach every report through a written growth plan",
    description:
      "Each person on the Platform team has a growth plan they wrote themselves and a monthly career conversation.",
    visibility: "TEAM",
    status: "ACTIVE",
    started: 60,
    due: 120,
    skills: ["Coaching", "Giving feedback"],
    keyResults: [
      { title: "Reports with a written plan", unit: "people", start: 0, target: 6 },
      { title: "Career conversations held", unit: "conversations", start: 0, target: 18 },
    ],
    checkIns: [
      { daysAgo: 40, confidence: 7, note: "Template agreed with the team.", values: [1, 3] },
      { daysAgo: 12, confidence: 8, note: "Aisha and Fatima wrote theirs.", values: [2, 6] },
    ],
  },
  {
    key: "mayaHiring",
    owner: "maya",
    title: "Hire two backend engineers for the Platform team",
    description:
      "Two experienced backend engineers join the Platform team and are on call within their first quarter.",
    visibility: "TEAM",
    status: "COMPLETED",
    started: 200,
    due: -60,
    closed: 70,
    skills: ["Stakeholder management"],
    keyResults: [{ title: "Engineers hired", unit: "people", start: 0, target: 2 }],
    checkIns: [
      { daysAgo: 150, confidence: 6, kind: "WIN", note: "First offer accepted.", values: [1] },
      { daysAgo: 75, confidence: 9, kind: "WIN", note: "Second offer accepted. Done!", values: [2] },
    ],
  },

  // ── Leo: the employee of the demo sign-in ─────────────────────────────────────────────────────
  {
    key: "leoLatency",
    owner: "leo",
    title: "Cut the checkout API latency in half",
    description:
      "Customers on mobile can pay within a second of opening the cart, so fewer carts are abandoned at checkout.",
    visibility: "TEAM",
    status: "ACTIVE",
    started: 110,
    due: 70,
    parent: "platformReliability",
    skills: ["System design", "SQL"],
    keyResults: [
      { title: "p95 latency of checkout", unit: "ms", start: 800, target: 300 },
      { title: "Checkout error rate", unit: "%", start: 2, target: 0.5 },
    ],
    checkIns: [
      { daysAgo: 100, confidence: 7, note: "Profiled the slowest endpoints.", values: [760, 1.9] },
      {
        daysAgo: 85,
        confidence: 8,
        kind: "WIN",
        note: "The query cache landed: 110 ms off the p95 overnight.",
        values: [650, 1.6],
        comments: [{ by: "maya", body: "Customers noticed, support tickets are down. Great work!" }],
      },
      {
        daysAgo: 62,
        confidence: 5,
        kind: "SETBACK",
        note: "Rolled back the connection-pool change: it overloaded the database at peak.",
        lesson: "Load test with production-sized data before rolling out a pool change.",
        values: [700, 1.8],
        comments: [
          {
            by: "maya",
            body: "Good call rolling back fast. Let's add the load test to the release checklist.",
          },
          { by: "leo", body: "Added it, and Mei will pair with me on the next try." },
        ],
      },
      {
        daysAgo: 40,
        confidence: 7,
        note: "Pool change re-done behind a flag, load-tested.",
        values: [610, 1.4],
      },
      {
        daysAgo: 21,
        confidence: 8,
        kind: "WIN",
        note: "Payment provider calls now run in parallel.",
        values: [540, 1.2],
        comments: [{ by: "vpEng", body: "Nice, this one shows up on the company dashboard." }],
      },
      { daysAgo: 6, confidence: 8, note: "Steady; next up the error rate.", values: [520, 1.1] },
    ],
  },
  {
    key: "leoSpeaking",
    owner: "leo",
    title: "Present technical designs with confidence",
    description:
      "I present my own designs in the architecture review and answer questions without freezing, twice a quarter.",
    visibility: "PRIVATE",
    status: "ACTIVE",
    started: 75,
    due: 105,
    skills: ["Public speaking", "Written communication"],
    keyResults: [
      { title: "Designs presented at the architecture review", unit: "designs", start: 0, target: 4 },
      { title: "Self-rated confidence when presenting", unit: "of 5", start: 2, target: 4 },
    ],
    checkIns: [
      {
        daysAgo: 50,
        confidence: 6,
        kind: "WIN",
        note: "Presented the caching RFC. Nervous, but it went well.",
        values: [1, 2.5],
      },
      {
        daysAgo: 20,
        confidence: 3,
        kind: "SETBACK",
        note: "Froze on the capacity question at the last review.",
        lesson: "Rehearse with a colleague the day before, questions included.",
        values: [null, null],
        comments: [{ by: "maya", body: "Happy to be your rehearsal audience next time." }],
      },
    ],
  },
  {
    key: "leoRust",
    owner: "leo",
    title: "Learn Rust",
    description: "",
    visibility: "PRIVATE",
    status: "DRAFT",
    started: -10,
    due: null,
  },
  {
    key: "leoCi",
    owner: "leo",
    title: "Move every CI pipeline to GitHub Actions",
    description:
      "All our repositories build and test on GitHub Actions, and a full build takes ten minutes instead of twenty-five.",
    visibility: "ORGANIZATION",
    status: "COMPLETED",
    started: 240,
    due: -120,
    closed: 130,
    parent: "engDelivery",
    skills: ["Testing"],
    keyResults: [
      { title: "Pipelines migrated", unit: "pipelines", start: 0, target: 12 },
      { title: "Full build time", unit: "min", start: 25, target: 10 },
    ],
    checkIns: [
      { daysAgo: 200, confidence: 7, note: "The four biggest repositories are migrated.", values: [4, 18] },
      { daysAgo: 160, confidence: 8, note: "Build cache shared between jobs.", values: [9, 13] },
      { daysAgo: 131, confidence: 10, kind: "WIN", note: "Last Jenkins job switched off.", values: [12, 11] },
    ],
  },

  // ── Aisha ──────────────────────────────────────────────────────────────────────────────────────
  {
    key: "aishaUpgrade",
    owner: "aisha",
    title: "Lead the upgrade of every database to PostgreSQL 16",
    description:
      "All eight production databases run PostgreSQL 16, each upgraded with less than five minutes of downtime.",
    visibility: "ORGANIZATION",
    status: "ACTIVE",
    started: 90,
    due: 60,
    parent: "platformReliability",
    skills: ["SQL", "Stakeholder management"],
    keyResults: [
      { title: "Databases upgraded", unit: "databases", start: 0, target: 8 },
      { title: "Downtime per upgrade", unit: "min", start: 30, target: 5 },
    ],
    checkIns: [
      { daysAgo: 70, confidence: 7, note: "Runbook written, staging upgraded.", values: [1, 25] },
      {
        daysAgo: 45,
        confidence: 8,
        kind: "WIN",
        note: "Logical replication cut the downtime to 12 minutes.",
        values: [3, 12],
        comments: [{ by: "maya", body: "That's a huge improvement. Share the runbook with Omar's team?" }],
      },
      {
        daysAgo: 14,
        confidence: 9,
        kind: "WIN",
        note: "Billing database done with zero errors.",
        values: [5, 12],
      },
    ],
  },
  {
    key: "aishaMentoring",
    owner: "aisha",
    title: "Get two junior engineers ready for on-call",
    description:
      "Fatima and Jonas handle an on-call week on their own, with a runbook they helped write and me as backup.",
    visibility: "TEAM",
    status: "PENDING_APPROVAL",
    started: -7,
    due: 150,
    skills: ["Coaching"],
    keyResults: [{ title: "Juniors who completed a solo on-call week", unit: "people", start: 0, target: 2 }],
  },

  // ── Jonas ──────────────────────────────────────────────────────────────────────────────────────
  {
    key: "jonasFlaky",
    owner: "jonas",
    title: "Eliminate flaky tests from the CI pipeline",
    description:
      "A red build always means a real problem: no test fails at random, and nobody re-runs a pipeline just in case.",
    visibility: "TEAM",
    status: "ACTIVE",
    started: 100,
    due: 50,
    parent: "platformReliability",
    skills: ["Testing"],
    keyResults: [
      { title: "Known flaky tests", unit: "tests", start: 120, target: 0 },
      { title: "Pipelines re-run", unit: "%", start: 18, target: 2 },
    ],
    checkIns: [
      { daysAgo: 80, confidence: 6, note: "Flaky-test report running nightly.", values: [110, 17] },
      {
        daysAgo: 52,
        confidence: 5,
        kind: "SETBACK",
        note: "Fixing tests in place blocked the main branch for two days.",
        lesson: "Quarantine first, fix later: a quarantined test doesn't block anyone.",
        values: [100, 16],
        comments: [{ by: "maya", body: "Thanks for writing this down. Let's talk priorities on Thursday." }],
      },
      { daysAgo: 25, confidence: 4, note: "Quarantine in place; fixes are slow going.", values: [92, 15] },
      { daysAgo: 9, confidence: 4, note: "Pulled onto the incident work for a week.", values: [85, 14] },
    ],
  },
  {
    key: "jonasReviews",
    owner: "jonas",
    title: "Get better at code reviews",
    description: "Better reviews.",
    visibility: "TEAM",
    status: "DRAFT",
    started: 0,
    due: null,
    skills: ["Code review"],
  },

  // ── Mei ────────────────────────────────────────────────────────────────────────────────────────
  {
    key: "meiPages",
    owner: "mei",
    title: "Halve the on-call pages of the Platform team",
    description:
      "On-call engineers sleep through most nights: alerts page only for customer-facing problems that need a human.",
    visibility: "TEAM",
    status: "ACTIVE",
    started: 120,
    due: 60,
    parent: "platformReliability",
    skills: ["System design"],
    keyResults: [{ title: "Pages per week", unit: "pages", start: 40, target: 20 }],
    checkIns: [
      { daysAgo: 100, confidence: 7, note: "Every alert now has an owner.", values: [37] },
      { daysAgo: 70, confidence: 7, kind: "WIN", note: "Deleted 30 alerts nobody acted on.", values: [33] },
      { daysAgo: 45, confidence: 6, note: "Busy with the database upgrades.", values: [32] },
    ],
  },
  {
    key: "meiCka",
    owner: "mei",
    title: "Pass the Certified Kubernetes Administrator exam",
    description:
      "I can run and troubleshoot our clusters on my own, and prove it with the CKA certification by the end of summer.",
    visibility: "PRIVATE",
    status: "ABANDONED",
    started: 150,
    due: -30,
    closed: 60,
    skills: ["System design"],
    keyResults: [{ title: "Practice exams passed", unit: "exams", start: 0, target: 3 }],
    checkIns: [
      { daysAgo: 120, confidence: 6, note: "First practice exam passed.", values: [1] },
      {
        daysAgo: 70,
        confidence: 2,
        kind: "SETBACK",
        note: "Studying for an exam with no cluster work to apply it didn't stick.",
        lesson: "Learn on real work: pairing on the cluster upgrade teaches more than exam drills.",
        values: [null],
      },
    ],
  },

  // ── Carlos ─────────────────────────────────────────────────────────────────────────────────────
  {
    key: "carlosBilling",
    owner: "carlos",
    title: "Design the event-driven architecture for billing",
    description:
      "Billing reacts to events instead of nightly batches: an approved design, and the first services migrated to it.",
    visibility: "ORGANIZATION",
    status: "ACTIVE",
    started: 150,
    due: -10,
    parent: "platformReliability",
    skills: ["System design", "Written communication"],
    keyResults: [
      { title: "RFC sections approved", unit: "sections", start: 0, target: 5 },
      { title: "Services publishing billing events", unit: "services", start: 0, target: 3 },
    ],
    checkIns: [
      { daysAgo: 120, confidence: 7, note: "RFC draft shared with the guild.", values: [1, 0] },
      {
        daysAgo: 80,
        confidence: 8,
        kind: "WIN",
        note: "The architecture guild approved the event model.",
        values: [3, 0],
        comments: [{ by: "vpEng", body: "Well argued RFC. Let's use it as the template for others." }],
      },
      { daysAgo: 40, confidence: 7, note: "Invoices service publishes its events.", values: [3, 1] },
      {
        daysAgo: 12,
        confidence: 5,
        kind: "SETBACK",
        note: "The legal review of event retention took three weeks.",
        lesson: "Bring legal in when the RFC is drafted, not when it's done.",
        values: [4, 2],
        comments: [{ by: "maya", body: "Let's move the due date together on Monday." }],
      },
    ],
  },
  {
    key: "carlosTalk",
    owner: "carlos",
    title: "Speak about our billing architecture at an external conference",
    description:
      "I share what we learned moving billing to events with the wider community, in a talk at an engineering conference.",
    visibility: "ORGANIZATION",
    status: "PENDING_APPROVAL",
    started: 0,
    due: 200,
    skills: ["Public speaking"],
    keyResults: [
      { title: "Talk proposals submitted", unit: "proposals", start: 0, target: 3 },
      { title: "Talks given", unit: "talks", start: 0, target: 1 },
    ],
  },

  // ── Fatima ─────────────────────────────────────────────────────────────────────────────────────
  {
    key: "fatimaFeature",
    owner: "fatima",
    title: "Ship my first end-to-end feature",
    description:
      "I design, build, test and release the saved-carts feature myself, with reviews but without anyone taking over.",
    visibility: "TEAM",
    status: "ACTIVE",
    started: 45,
    due: 45,
    parent: "platformReliability",
    skills: ["TypeScript", "Testing"],
    keyResults: [
      { title: "Milestones done", unit: "milestones", start: 0, target: 5 },
      { title: "Review rounds per pull request", unit: "rounds", start: 5, target: 2 },
    ],
    checkIns: [
      {
        daysAgo: 30,
        confidence: 7,
        kind: "WIN",
        note: "My first pull request is merged!",
        values: [1, 4],
        comments: [{ by: "maya", body: "Congratulations! Clean and well tested." }],
      },
      { daysAgo: 15, confidence: 7, note: "API done; UI in review.", values: [2, 4] },
      {
        daysAgo: 3,
        confidence: 9,
        kind: "WIN",
        note: "Saved carts are live for 10 % of users.",
        values: [3, 3.5],
        comments: [{ by: "vpEng", body: "Great to see this live, Fatima." }],
      },
    ],
  },
  {
    key: "fatimaGenerics",
    owner: "fatima",
    title: "Learn TypeScript generics by refactoring our form helpers",
    description:
      "I understand generics well enough to refactor the form helpers so that every form gets typed values for free.",
    visibility: "TEAM",
    status: "DRAFT",
    started: 0,
    due: null,
    skills: ["TypeScript"],
    keyResults: [{ title: "Form helpers refactored", unit: "helpers", start: 0, target: 6 }],
    approvalComment: "Love it. Add a due date so we can plan it next to the saved-carts work.",
  },
  {
    key: "fatimaOnboarding",
    owner: "fatima",
    title: "Write the onboarding guide for new Platform engineers",
    description:
      "A new engineer sets up, deploys and goes on call with one guide, written by the last person who learned it all.",
    visibility: "TEAM",
    status: "PENDING_APPROVAL",
    started: -3,
    due: 90,
    skills: ["Written communication"],
    keyResults: [{ title: "Guide chapters reviewed", unit: "chapters", start: 0, target: 8 }],
  },

  // ── Omar's mobile team ─────────────────────────────────────────────────────────────────────────
  {
    key: "omarOffline",
    owner: "omar",
    title: "Launch offline mode in the mobile apps",
    description:
      "People keep working on the train: the main screens work offline and sync without losing anything when back online.",
    visibility: "ORGANIZATION",
    status: "ACTIVE",
    started: 80,
    due: 40,
    parent: "engDelivery",
    skills: ["System design", "Prioritization"],
    keyResults: [
      { title: "Screens working offline", unit: "screens", start: 0, target: 12 },
      { title: "Sync conflicts per 1,000 sessions", unit: "conflicts", start: 20, target: 2 },
    ],
    checkIns: [
      { daysAgo: 60, confidence: 7, note: "Sync protocol designed with the API team.", values: [2, 16] },
      { daysAgo: 30, confidence: 6, note: "iOS is ahead of Android.", values: [5, 12] },
      {
        daysAgo: 8,
        confidence: 3,
        note: "Sync conflicts on Android are harder than planned; may need more time.",
        values: [6, 10],
      },
    ],
  },
  {
    key: "noahStartup",
    owner: "noah",
    title: "Bring the iOS app's cold start under one second",
    description:
      "The iOS app opens to a usable screen in under a second on a three-year-old iPhone, so people stop waiting.",
    visibility: "TEAM",
    status: "ACTIVE",
    started: 60,
    due: 60,
    parent: "omarOffline",
    skills: ["System design"],
    keyResults: [{ title: "Cold start on iPhone 12", unit: "ms", start: 2400, target: 1000 }],
    checkIns: [
      { daysAgo: 45, confidence: 7, note: "Deferred analytics start-up.", values: [2100] },
      { daysAgo: 20, confidence: 8, kind: "WIN", note: "Lazy-loading the feed: −400 ms.", values: [1700] },
      { daysAgo: 4, confidence: 8, note: "Image decoding moved off the main thread.", values: [1650] },
    ],
  },
  {
    key: "zoeCoverage",
    owner: "zoe",
    title: "Reach 80 % unit-test coverage in the Android app",
    description:
      "We change the Android app without fear: the core modules are covered by fast unit tests that run on every commit.",
    visibility: "TEAM",
    status: "ACTIVE",
    started: 90,
    due: 30,
    skills: ["Testing"],
    keyResults: [{ title: "Unit-test coverage", unit: "%", start: 45, target: 80 }],
    checkIns: [
      { daysAgo: 70, confidence: 6, note: "Coverage report in every pull request.", values: [50] },
      {
        daysAgo: 40,
        confidence: 4,
        kind: "SETBACK",
        note: "The separate testing sprint got cancelled for the offline work.",
        lesson: "Write the tests with each feature instead of planning a separate push.",
        values: [52],
        comments: [{ by: "omar", body: "My call, sorry. Let's make tests part of our definition of done." }],
      },
      { daysAgo: 10, confidence: 5, note: "Tests now ship with each feature.", values: [58] },
    ],
  },
  {
    key: "ivanReleases",
    owner: "ivan",
    title: "Own the mobile release train",
    description:
      "Mobile releases ship every two weeks on a fixed day, with a checklist anyone on the team can run.",
    visibility: "TEAM",
    status: "PENDING_APPROVAL",
    started: 0,
    due: 120,
    skills: ["Stakeholder management"],
    keyResults: [{ title: "Releases shipped on the planned day", unit: "releases", start: 0, target: 6 }],
  },
  {
    key: "luciaRegression",
    owner: "lucia",
    title: "Automate the mobile regression suite",
    description:
      "The manual regression checklist runs as automated tests on every release candidate, in under an hour.",
    visibility: "TEAM",
    status: "ACTIVE",
    started: 100,
    due: 80,
    skills: ["Testing"],
    keyResults: [{ title: "Regression cases automated", unit: "cases", start: 0, target: 200 }],
    checkIns: [
      { daysAgo: 80, confidence: 7, note: "Device farm set up.", values: [30] },
      { daysAgo: 38, confidence: 6, note: "Login and checkout flows automated.", values: [90] },
    ],
  },
  {
    key: "luciaA11y",
    owner: "lucia",
    title: "Accessibility testing",
    description: "Learn how to test the apps for accessibility.",
    visibility: "PRIVATE",
    status: "DRAFT",
    started: 0,
    due: 90,
  },

  // ── Other departments ──────────────────────────────────────────────────────────────────────────
  {
    key: "hanaResearch",
    owner: "hana",
    title: "Run a usability test every sprint",
    description:
      "Every sprint, real customers try what we design before it is built, and the findings change the designs.",
    visibility: "ORGANIZATION",
    status: "ACTIVE",
    started: 70,
    due: 110,
    skills: ["Product discovery", "Customer empathy"],
    keyResults: [{ title: "Usability tests run", unit: "tests", start: 0, target: 12 }],
    checkIns: [
      {
        daysAgo: 50,
        confidence: 8,
        kind: "WIN",
        note: "Testing saved carts with customers changed the whole flow.",
        values: [3],
        comments: [{ by: "grace", body: "Please present this at the design critique!" }],
      },
      { daysAgo: 20, confidence: 8, note: "Recruiting panel in place.", values: [5] },
    ],
  },
  {
    key: "samirDashboard",
    owner: "samir",
    title: "Build a self-serve metrics dashboard",
    description:
      "Product teams answer their own everyday questions about usage without waiting for an analyst to write a query.",
    visibility: "PRIVATE",
    status: "ACTIVE",
    started: 40,
    due: 50,
    skills: ["Data analysis", "SQL"],
    keyResults: [{ title: "Teams using it weekly", unit: "teams", start: 0, target: 6 }],
    checkIns: [
      { daysAgo: 25, confidence: 7, note: "First version with the core funnels.", values: [1] },
      { daysAgo: 6, confidence: 7, note: "Mobile team on board.", values: [2] },
    ],
  },
  {
    key: "felixAccounts",
    owner: "felix",
    title: "Close twelve new enterprise accounts this half",
    description:
      "Twelve new enterprise customers sign this half, each with a champion who uses the product every week.",
    visibility: "TEAM",
    status: "ACTIVE",
    started: 120,
    due: 60,
    skills: ["Negotiation", "Customer empathy"],
    keyResults: [{ title: "Enterprise accounts closed", unit: "accounts", start: 0, target: 12 }],
    checkIns: [
      {
        daysAgo: 90,
        confidence: 7,
        kind: "WIN",
        note: "First account closed: a logistics company.",
        values: [1],
      },
      {
        daysAgo: 60,
        confidence: 5,
        kind: "SETBACK",
        note: "Two deals stalled at procurement after months of demos.",
        lesson: "Qualify the budget and the buying process in the first call.",
        values: [null],
        comments: [{ by: "tom", body: "Let's role-play the first call together next week." }],
      },
      { daysAgo: 30, confidence: 5, note: "Second account closed.", values: [2] },
      { daysAgo: 7, confidence: 4, note: "Third closed; the pipeline is thin for the rest.", values: [3] },
    ],
  },
  {
    key: "kofiHiring",
    owner: "kofi",
    title: "Cut the time to hire to thirty days",
    description:
      "Candidates hear back within a week and get an offer within thirty days of applying, for every role we open.",
    visibility: "ORGANIZATION",
    status: "COMPLETED",
    started: 200,
    due: -20,
    closed: 25,
    skills: ["Stakeholder management"],
    keyResults: [{ title: "Median days from application to offer", unit: "days", start: 48, target: 30 }],
    checkIns: [
      { daysAgo: 150, confidence: 6, note: "Interview loops shortened to three steps.", values: [42] },
      { daysAgo: 90, confidence: 7, note: "Hiring managers commit to 48-hour feedback.", values: [35] },
      { daysAgo: 30, confidence: 10, kind: "WIN", note: "Median is 29 days this quarter.", values: [29] },
    ],
  },
];
