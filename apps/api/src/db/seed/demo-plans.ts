import type { EntityManager } from "typeorm";
import { NotificationKind } from "../../modules/notification/notification.entity";
import { NotificationService } from "../../modules/notification/notification.service";
import { DEMO_PEOPLE } from "./demo-organization";
import { DEMO_MENTORSHIPS, DEMO_PLANS } from "./demo-plans-data";
import type { DemoIds } from "./seed-demo";

/**
 * Development plans and mentorships of the demo organization. Dates are relative to the day of
 * seeding, so overdue items are overdue and due ones are ahead whenever the demo starts.
 */
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Each owner's goals (oldest first) with the skills they develop; none when goals aren't seeded. */
async function goalsByOwner(manager: EntityManager, ownerIds: string[]) {
  const rows: { id: string; ownerId: string; skillIds: string[] }[] = await manager.query(
    `SELECT g.id, g.owner_id AS "ownerId",
       COALESCE(array_agg(gs.skill_id) FILTER (WHERE gs.skill_id IS NOT NULL), '{}') AS "skillIds"
     FROM goals g LEFT JOIN goal_skills gs ON gs.goal_id = g.id
     WHERE g.owner_id = ANY($1) AND g.status <> 'ABANDONED'
     GROUP BY g.id ORDER BY g.created_at, g.id`,
    [ownerIds],
  );
  const byOwner = new Map<string, typeof rows>();
  for (const row of rows) byOwner.set(row.ownerId, [...(byOwner.get(row.ownerId) ?? []), row]);
  return byOwner;
}

export async function seedDemoPlansAndMentorships(manager: EntityManager, ids: DemoIds): Promise<void> {
  const person = (key: string) => ids.employees[key];
  const skill = (name: string | undefined) => (name ? ids.skills[name] : undefined) ?? null;
  const goals = await goalsByOwner(manager, Object.keys(DEMO_PLANS).map(person));

  const rows = Object.entries(DEMO_PLANS).flatMap(([owner, items]) =>
    items.map((planItem, index) => {
      const skillId = skill(planItem.skill);
      const ownGoals = goals.get(person(owner)) ?? [];
      const goal = planItem.forGoal
        ? (ownGoals.find((g) => skillId && g.skillIds.includes(skillId)) ?? ownGoals[0])
        : undefined;
      const due = planItem.due === undefined ? null : daysFromToday(planItem.due);
      return {
        employeeId: person(owner),
        kind: planItem.kind,
        title: planItem.title,
        link: planItem.link ?? null,
        skillId,
        goalId: goal?.id ?? null,
        dueDate: due,
        status: planItem.status,
        reflection: planItem.reflection ?? null,
        completedAt:
          planItem.status === "DONE" ? `${daysFromToday((planItem.due ?? 0) - 1)}T16:00:00Z` : null,
        createdAt: `${daysFromToday(-90 + index * 3)}T09:00:00Z`,
      };
    }),
  );
  await manager.query(
    `INSERT INTO plan_items (employee_id, kind, title, link, skill_id, goal_id, due_date, status, reflection,
       completed_at, created_at, updated_at)
     SELECT q.*, q.created_at FROM unnest($1::uuid[], $2::plan_item_kind[], $3::text[], $4::text[], $5::uuid[],
       $6::uuid[], $7::date[], $8::plan_item_status[], $9::text[], $10::timestamptz[], $11::timestamptz[])
       AS q(employee_id, kind, title, link, skill_id, goal_id, due_date, status, reflection, completed_at, created_at)`,
    [
      rows.map((r) => r.employeeId),
      rows.map((r) => r.kind),
      rows.map((r) => r.title),
      rows.map((r) => r.link),
      rows.map((r) => r.skillId),
      rows.map((r) => r.goalId),
      rows.map((r) => r.dueDate),
      rows.map((r) => r.status),
      rows.map((r) => r.reflection),
      rows.map((r) => r.completedAt),
      rows.map((r) => r.createdAt),
    ],
  );

  for (const m of DEMO_MENTORSHIPS) {
    const at = (daysAgo: number | undefined) =>
      daysAgo === undefined ? null : `${daysFromToday(-daysAgo)}T10:00:00Z`;
    const started = m.status === "ACTIVE" || m.status === "COMPLETED" ? at(m.askedDaysAgo - 2) : null;
    const [{ id }] = await manager.query(
      `INSERT INTO mentorships (mentor_id, mentee_id, status, message, response, started_at, ended_at, created_at,
         updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [
        person(m.mentor),
        person(m.mentee),
        m.status,
        m.message,
        m.response ?? null,
        started,
        at(m.endedDaysAgo),
        at(m.askedDaysAgo),
      ],
    );
    const focus = m.focus.map((name) => skill(name)).filter((skillId): skillId is string => skillId !== null);
    await manager.query(
      "INSERT INTO mentorship_focus_skills (mentorship_id, skill_id) SELECT $1, unnest($2::uuid[])",
      [id, focus],
    );
    // The open requests wait for an answer: their mentors find them among their notifications.
    if (m.status === "PROPOSED") {
      const menteeName = DEMO_PEOPLE.find((p) => p.key === m.mentee)?.name;
      await NotificationService.notify(manager, [
        {
          recipientId: person(m.mentor),
          actorId: person(m.mentee),
          kind: NotificationKind.MENTORSHIP_REQUESTED,
          message: `${menteeName} asked you to be their mentor.`,
          subjectType: "mentorship",
          subjectId: id,
        },
      ]);
    }
  }
}
