import type { EntityManager } from "typeorm";
import { DEMO_PEOPLE } from "./demo-organization";
import type { DemoIds } from "./seed-demo";

/**
 * Self and manager ratings over the last five months, so the skill profiles tell a story on first
 * start: levels that grew, blind spots (self above others), hidden strengths (others above self)
 * and growth areas, chosen or low. Mostly Maya's platform team and Omar's mobile team.
 */

/** [skill, self levels oldest → newest, manager levels oldest → newest, manager's note, own note] */
type Ratings = [string, number[], number[], string?, string?];

/** How many days ago the 1st, 2nd, 3rd rating of a skill was made (the newest ones are the last). */
const SELF_DAYS_AGO = [150, 90, 25];
const MANAGER_DAYS_AGO = [140, 75, 14];

const RATINGS: Record<string, Ratings[]> = {
  leo: [
    ["TypeScript", [2, 3, 4], [3, 4], "Strong progress this quarter; keep sharing what you learn."],
    ["Testing", [2, 3], [2, 3]],
    ["System design", [3, 4], [2, 2], "Think through failure modes before you start coding."],
    [
      "Public speaking",
      [1, 2],
      [3, 4],
      "Your demo at the all-hands was clear and calm.",
      "Presenting still scares me.",
    ],
    ["Code review", [3], [3]],
    ["SQL", [2], [2]],
  ],
  aisha: [
    ["TypeScript", [4, 5], [5, 5]],
    ["System design", [4, 4], [4, 5], "Your queue redesign is the team's reference now."],
    ["Code review", [3], [5], "Your reviews teach; people ask for you by name."],
    ["Coaching", [3, 3], [3], undefined, "I want to mentor the juniors this year."],
    ["Public speaking", [2], [2]],
  ],
  jonas: [
    ["TypeScript", [3, 3], [3]],
    ["Testing", [4], [2, 2], "Several regressions slipped through untested paths."],
    ["SQL", [3], [3]],
    ["Written communication", [2, 3], [3, 3]],
  ],
  mei: [
    ["System design", [3, 4], [4, 4]],
    ["SQL", [4], [4, 5], "The index work halved our p95."],
    ["Written communication", [2], [2]],
    ["Giving feedback", [3], [3]],
    ["Prioritization", [4], [2], "On-call work keeps crowding out the roadmap."],
  ],
  carlos: [
    ["System design", [5], [5, 5]],
    ["Coaching", [4], [5]],
    ["Stakeholder management", [3, 3], [2], "Product hears about changes too late."],
    [
      "Giving feedback",
      [2],
      [4],
      "Your feedback is direct and kind; give more of it.",
      "I avoid hard conversations.",
    ],
  ],
  fatima: [
    ["TypeScript", [1, 2, 3], [2, 2, 3], "Great first quarter."],
    ["Testing", [2, 2], [2, 3]],
    ["Code review", [2], [2]],
    ["Public speaking", [2], [1]],
  ],
  maya: [
    ["Coaching", [3, 4], [4]],
    ["Giving feedback", [4], [3]],
    ["Stakeholder management", [3], [4, 4]],
    ["Prioritization", [4], [2], "The team takes on too much at once."],
    ["Public speaking", [2], [4], "Your conference talk was one of the best rated."],
    ["System design", [4], [4]],
  ],
  omar: [
    ["Coaching", [3], [3]],
    ["Prioritization", [4], [4]],
    ["Stakeholder management", [2], [2]],
  ],
  noah: [
    ["TypeScript", [3], [3]],
    ["Testing", [4], [3]],
    ["Code review", [2], [3, 4], "Your reviews catch real bugs."],
  ],
  zoe: [
    ["Testing", [3], [4]],
    ["System design", [3, 4], [2], "Let's pair on the offline sync design."],
    ["UX writing", [2], [2]],
  ],
  ivan: [
    ["System design", [5], [4, 5]],
    ["Coaching", [3], [3]],
    ["Written communication", [2], [2]],
  ],
  lucia: [
    ["Testing", [4, 5], [5]],
    ["Data analysis", [2], [3]],
    ["Public speaking", [1], [1]],
  ],
};

/** [person, skill, who marked it] */
const GROWTH_AREAS: [string, string, string][] = [
  ["leo", "System design", "leo"],
  ["leo", "SQL", "maya"],
  ["aisha", "Coaching", "aisha"],
  ["jonas", "Testing", "maya"],
  ["mei", "Written communication", "mei"],
  ["carlos", "Stakeholder management", "carlos"],
  ["fatima", "Testing", "fatima"],
  ["fatima", "Code review", "maya"],
  ["maya", "Prioritization", "vpEng"],
  ["ivan", "Coaching", "ivan"],
  ["lucia", "Public speaking", "omar"],
];

const managerOf = (key: string) => DEMO_PEOPLE.find((person) => person.key === key)?.manager;

export async function seedDemoSkillRatings(manager: EntityManager, ids: DemoIds): Promise<void> {
  const rows: {
    employee: string;
    skill: string;
    source: string;
    level: number;
    note: string;
    by: string;
    days: number;
  }[] = [];
  for (const [person, ratings] of Object.entries(RATINGS)) {
    const raterKey = managerOf(person)!;
    for (const [skill, self, managers, managerNote = "", selfNote = ""] of ratings) {
      const add = (levels: number[], daysAgo: number[], source: string, by: string, note: string) =>
        levels.forEach((level, i) => {
          const isNewest = i === levels.length - 1;
          rows.push({
            employee: ids.employees[person],
            skill: ids.skills[skill],
            source,
            level,
            note: isNewest ? note : "",
            by: ids.employees[by],
            days: daysAgo[daysAgo.length - levels.length + i],
          });
        });
      add(self, SELF_DAYS_AGO, "SELF", person, selfNote);
      add(managers, MANAGER_DAYS_AGO, "MANAGER", raterKey, managerNote);
    }
  }
  await manager.query(
    `INSERT INTO skill_ratings (employee_id, skill_id, source, level, note, rated_by_id, created_at, updated_at)
     SELECT r.employee_id, r.skill_id, r.source, r.level, r.note, r.rated_by_id,
       now() - make_interval(days => r.days), now() - make_interval(days => r.days)
     FROM unnest($1::uuid[], $2::uuid[], $3::rating_source[], $4::int[], $5::text[], $6::uuid[], $7::int[])
       AS r(employee_id, skill_id, source, level, note, rated_by_id, days)`,
    [
      rows.map((r) => r.employee),
      rows.map((r) => r.skill),
      rows.map((r) => r.source),
      rows.map((r) => r.level),
      rows.map((r) => r.note),
      rows.map((r) => r.by),
      rows.map((r) => r.days),
    ],
  );
  await manager.query(
    `INSERT INTO growth_areas (employee_id, skill_id, marked_by_id, created_at)
     SELECT g.employee_id, g.skill_id, g.marked_by_id, now() - interval '60 days'
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS g(employee_id, skill_id, marked_by_id)`,
    [
      GROWTH_AREAS.map(([person]) => ids.employees[person]),
      GROWTH_AREAS.map(([, skill]) => ids.skills[skill]),
      GROWTH_AREAS.map(([, , by]) => ids.employees[by]),
    ],
  );
}
