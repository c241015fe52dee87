/**
 * What the demo organization's development plans and mentorships contain (seeded by demo-plans.ts).
 * People are named by their key in demo-organization.ts, skills by their catalog name.
 */
export type Kind = "COURSE" | "MENTORING" | "COACHING" | "READING" | "PROJECT" | "OTHER";
export type Status = "PLANNED" | "IN_PROGRESS" | "DONE" | "DROPPED";

export interface DemoPlanItem {
  kind: Kind;
  title: string;
  status: Status;
  skill?: string;
  link?: string;
  /** Days from today; negative is in the past. None: no due date. */
  due?: number;
  reflection?: string;
  /** Link to the owner's goal that develops the same skill (or their oldest goal), if they have goals. */
  forGoal?: boolean;
}

const item = (
  kind: Kind,
  title: string,
  status: Status,
  extra: Partial<DemoPlanItem> = {},
): DemoPlanItem => ({
  kind,
  title,
  status,
  ...extra,
});

export const DEMO_PLANS: Record<string, DemoPlanItem[]> = {
  maya: [
    item("COACHING", "Monthly sessions with an executive coach", "IN_PROGRESS", {
      skill: "Coaching",
      due: 60,
    }),
    item("READING", "Read “The Manager's Path”", "DONE", {
      skill: "Giving feedback",
      due: -30,
      reflection: "The chapter on managing managers changed how I run my skip-levels.",
    }),
    item("PROJECT", "Run the Q3 planning offsite for Platform", "PLANNED", {
      skill: "Prioritization",
      due: 45,
      forGoal: true,
    }),
    item("COURSE", "Difficult conversations workshop", "PLANNED", { skill: "Giving feedback", due: -5 }),
  ],
  leo: [
    item("COURSE", "Designing Data-Intensive Applications study group", "IN_PROGRESS", {
      skill: "System design",
      link: "https://dataintensive.net/",
      due: 30,
      forGoal: true,
    }),
    item("MENTORING", "Fortnightly design reviews with Carlos", "IN_PROGRESS", {
      skill: "System design",
      due: 90,
    }),
    item("READING", "Read “Refactoring” (2nd edition)", "DONE", {
      skill: "Code review",
      due: -40,
      reflection: "Small, named steps make my pull requests far easier to review.",
    }),
    item("PROJECT", "Present the caching redesign at the tech talk", "PLANNED", {
      skill: "Public speaking",
      due: -7,
    }),
    item("OTHER", "Shadow the on-call rotation", "DROPPED", { skill: "Testing" }),
  ],
  aisha: [
    item("COACHING", "Leadership coaching programme", "IN_PROGRESS", { skill: "Coaching", due: 75 }),
    item("PROJECT", "Lead the search relevance initiative", "IN_PROGRESS", {
      skill: "Stakeholder management",
      due: 50,
      forGoal: true,
    }),
    item("COURSE", "Advanced PostgreSQL performance", "DONE", {
      skill: "SQL",
      link: "https://www.postgresql.org/docs/current/performance-tips.html",
      due: -60,
      reflection: "EXPLAIN ANALYZE first, indexes second: cut our slowest report from 9 s to 300 ms.",
    }),
  ],
  jonas: [
    item("COURSE", "Testing JavaScript applications", "IN_PROGRESS", {
      skill: "Testing",
      link: "https://testingjavascript.com/",
      due: -10,
      forGoal: true,
    }),
    item("MENTORING", "Mentoring with Aisha on code review", "DONE", {
      skill: "Code review",
      due: -20,
      reflection: "I now review for intent first and style last; my comments got shorter and kinder.",
    }),
    item("READING", "Read “Working Effectively with Legacy Code”", "PLANNED", { skill: "Testing", due: 40 }),
  ],
  mei: [
    item("COURSE", "Site Reliability Engineering workbook", "IN_PROGRESS", {
      skill: "System design",
      due: 20,
    }),
    item("PROJECT", "Write the incident review guide", "PLANNED", {
      skill: "Written communication",
      due: -3,
      forGoal: true,
    }),
    item("OTHER", "Give a lightning talk at the SRE meetup", "DROPPED", { skill: "Public speaking" }),
  ],
  carlos: [
    item("MENTORING", "Mentor Leo on system design", "IN_PROGRESS", { skill: "Coaching", due: 90 }),
    item("READING", "Read “Staff Engineer” by Will Larson", "DONE", {
      skill: "Stakeholder management",
      due: -50,
      reflection: "Writing down the technical strategy got more alignment than any meeting did.",
    }),
    item("PROJECT", "Architecture decision records for Platform", "IN_PROGRESS", {
      skill: "Written communication",
      due: 25,
      forGoal: true,
    }),
  ],
  fatima: [
    item("COURSE", "TypeScript deep dive", "IN_PROGRESS", {
      skill: "TypeScript",
      link: "https://www.typescriptlang.org/docs/handbook/intro.html",
      due: 14,
      forGoal: true,
    }),
    item("MENTORING", "Weekly pairing with Aisha", "IN_PROGRESS", { skill: "Testing", due: 60 }),
    item("READING", "Read “The Pragmatic Programmer”", "DONE", {
      skill: "Code review",
      due: -15,
      reflection: "“Don't live with broken windows” — I fix small things as soon as I see them now.",
    }),
    item("COURSE", "SQL for developers", "PLANNED", { skill: "SQL", due: -12 }),
  ],
  noah: [
    item("COURSE", "SwiftUI concurrency course", "IN_PROGRESS", {
      skill: "System design",
      due: 21,
      forGoal: true,
    }),
    item("PROJECT", "Demo the offline mode at the all-hands", "PLANNED", {
      skill: "Public speaking",
      due: 35,
    }),
  ],
  zoe: [
    item("COURSE", "Kotlin coroutines in depth", "DONE", {
      skill: "TypeScript",
      due: -25,
      reflection: "Structured concurrency removed a whole class of leaks from our sync code.",
    }),
    item("MENTORING", "Code review sessions with Ivan", "IN_PROGRESS", { skill: "Code review", due: 45 }),
  ],
  ivan: [
    item("COACHING", "Tech lead coaching", "PLANNED", { skill: "Giving feedback", due: 30, forGoal: true }),
    item("READING", "Read “An Elegant Puzzle”", "IN_PROGRESS", { skill: "Prioritization", due: -2 }),
  ],
  lucia: [
    item("COURSE", "Test automation with Appium", "IN_PROGRESS", {
      skill: "Testing",
      due: 28,
      forGoal: true,
    }),
    item("OTHER", "ISTQB advanced certification", "DROPPED", { skill: "Testing" }),
  ],
  omar: [
    item("COURSE", "Managing remote teams", "DONE", {
      skill: "Coaching",
      due: -35,
      reflection: "Written weekly updates replaced two status meetings.",
    }),
    item("PROJECT", "Mobile hiring plan for next year", "IN_PROGRESS", { skill: "Prioritization", due: 15 }),
  ],
};

export interface DemoMentorship {
  mentor: string;
  mentee: string;
  status: "PROPOSED" | "ACTIVE" | "COMPLETED" | "DECLINED" | "CANCELLED";
  focus: string[];
  message: string;
  response?: string;
  /** When it was asked, in days before today; accepted two days later, ended `endedDaysAgo`. */
  askedDaysAgo: number;
  endedDaysAgo?: number;
}

export const DEMO_MENTORSHIPS: DemoMentorship[] = [
  {
    mentor: "carlos",
    mentee: "leo",
    status: "ACTIVE",
    focus: ["System design", "Code review"],
    message: "I'd love your help growing into designing services end to end.",
    response: "Gladly — let's start with the caching redesign.",
    askedDaysAgo: 50,
  },
  {
    mentor: "aisha",
    mentee: "fatima",
    status: "ACTIVE",
    focus: ["Testing", "TypeScript"],
    message: "Could we pair weekly? I want to write tests I trust.",
    response: "Yes! Thursdays after stand-up?",
    askedDaysAgo: 35,
  },
  {
    mentor: "ivan",
    mentee: "zoe",
    status: "ACTIVE",
    focus: ["Code review"],
    message: "Your reviews are the ones I learn most from.",
    askedDaysAgo: 20,
  },
  // Requests waiting for the demo users: Leo (employee) and Maya (manager) have one to answer.
  {
    mentor: "leo",
    mentee: "fatima",
    status: "PROPOSED",
    focus: ["TypeScript"],
    message: "You explained generics so clearly in the guild — could you mentor me on TypeScript?",
    askedDaysAgo: 2,
  },
  {
    mentor: "maya",
    mentee: "noah",
    status: "PROPOSED",
    focus: ["Giving feedback", "Stakeholder management"],
    message: "I'm thinking about the manager track and would value your perspective.",
    askedDaysAgo: 1,
  },
  {
    mentor: "aisha",
    mentee: "jonas",
    status: "COMPLETED",
    focus: ["Code review"],
    message: "Would you help me give better code reviews?",
    response: "Of course.",
    askedDaysAgo: 120,
    endedDaysAgo: 20,
  },
  {
    mentor: "carlos",
    mentee: "mei",
    status: "DECLINED",
    focus: ["System design"],
    message: "Could you mentor me on distributed systems?",
    response: "I'm heads-down on the migration until next quarter — Aisha would be great for this.",
    askedDaysAgo: 30,
    endedDaysAgo: 28,
  },
  {
    mentor: "mei",
    mentee: "lucia",
    status: "CANCELLED",
    focus: ["Testing"],
    message: "Could you show me how you test the infrastructure?",
    askedDaysAgo: 40,
    endedDaysAgo: 38,
  },
];
