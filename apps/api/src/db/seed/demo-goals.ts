import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { goalProgress } from "../../modules/goal/goal.progress";
import { DEMO_GOALS, type DemoGoal } from "./demo-goals.data";
import { DEMO_PEOPLE } from "./demo-organization";
import type { DemoIds } from "./seed-demo";

const DAY_MS = 86_400_000;

/** Rows for one table, column by column, so each table is one `INSERT … SELECT FROM unnest(…)`. */
type Columns<K extends string> = Record<K, unknown[]>;
const columns = <K extends string>(...names: K[]) =>
  Object.fromEntries(names.map((name) => [name, []])) as unknown as Columns<K>;
const push = <K extends string>(table: Columns<K>, row: Record<K, unknown>) => {
  for (const name of Object.keys(row) as K[]) table[name].push(row[name]);
};

/**
 * Seeds the demo goals (demo-goals.data.ts) with their key results, skills, check-ins, values and
 * comments: six statements whatever the size of the story. Key results end at their last
 * check-in's values, each check-in stores the progress it left, and goals.last_check_in_at /
 * last_confidence match the last check-in, exactly as recordCheckIn would have left them.
 * Returns the goal ids by key for the seeds that follow (plans can link goals).
 */
export async function seedDemoGoals(manager: EntityManager, ids: DemoIds): Promise<Record<string, string>> {
  const now = Date.now();
  const today = Date.UTC(
    new Date(now).getUTCFullYear(),
    new Date(now).getUTCMonth(),
    new Date(now).getUTCDate(),
  );
  const dateIn = (days: number) => new Date(today + days * DAY_MS).toISOString().slice(0, 10);
  const daysAgo = (days: number) => new Date(now - days * DAY_MS).toISOString();
  const managerOf = new Map(DEMO_PEOPLE.map((p) => [p.key, p.manager ?? null]));
  const person = (key: string) => {
    const id = ids.employees[key];
    if (!id) throw new Error(`demo goals: unknown person "${key}"`);
    return id;
  };

  const goalIds: Record<string, string> = Object.fromEntries(DEMO_GOALS.map((g) => [g.key, randomUUID()]));
  const goals = columns(
    "id",
    "owner",
    "title",
    "description",
    "status",
    "visibility",
    "parent",
    "startDate",
    "dueDate",
    "approvedBy",
    "approvedAt",
    "approvalComment",
    "completedAt",
    "lastCheckInAt",
    "lastConfidence",
    "createdAt",
  );
  const keyResults = columns(
    "id",
    "goal",
    "title",
    "unit",
    "start",
    "target",
    "current",
    "position",
    "createdAt",
    "updatedAt",
  );
  const goalSkills = columns("goal", "skill");
  const checkIns = columns(
    "id",
    "goal",
    "author",
    "kind",
    "confidence",
    "note",
    "lesson",
    "progress",
    "createdAt",
  );
  const values = columns("checkIn", "keyResult", "value", "previous");
  const comments = columns("checkIn", "author", "body", "createdAt");

  for (const goal of DEMO_GOALS) {
    assertStory(goal);
    const id = goalIds[goal.key];
    const createdAt = daysAgo(Math.max(goal.started, 0) + 5);
    const approved = ["ACTIVE", "COMPLETED", "ABANDONED"].includes(goal.status);
    const approvedAt = approved ? daysAgo(goal.started) : null;
    const specs = goal.keyResults ?? [];
    const krIds = specs.map(() => randomUUID());
    const current = specs.map((kr) => kr.start);
    const touched: (string | null)[] = specs.map(() => approvedAt);
    let last: { at: string; confidence: number } | null = null;

    for (const checkIn of goal.checkIns ?? []) {
      const checkInId = randomUUID();
      const at = daysAgo(checkIn.daysAgo);
      checkIn.values.forEach((value, index) => {
        if (value === null) return;
        push(values, { checkIn: checkInId, keyResult: krIds[index], value, previous: current[index] });
        current[index] = value;
        touched[index] = at;
      });
      const progress = goalProgress(
        specs.map((kr, index) => ({
          startValue: kr.start,
          targetValue: kr.target,
          currentValue: current[index],
        })),
      );
      push(checkIns, {
        id: checkInId,
        goal: id,
        author: person(goal.owner),
        kind: checkIn.kind ?? "UPDATE",
        confidence: checkIn.confidence,
        note: checkIn.note,
        lesson: checkIn.lesson ?? null,
        progress,
        createdAt: at,
      });
      (checkIn.comments ?? []).forEach((comment, index) => {
        assertMayComment(goal, comment.by, managerOf);
        const commentedAt = new Date(Date.parse(at) + (index + 1) * 3_600_000).toISOString();
        push(comments, {
          checkIn: checkInId,
          author: person(comment.by),
          body: comment.body,
          createdAt: commentedAt,
        });
      });
      last = { at, confidence: checkIn.confidence };
    }

    specs.forEach((kr, index) => {
      push(keyResults, {
        id: krIds[index],
        goal: id,
        title: kr.title,
        unit: kr.unit,
        start: kr.start,
        target: kr.target,
        current: current[index],
        position: index,
        createdAt,
        updatedAt: touched[index] ?? createdAt,
      });
    });
    for (const skill of goal.skills ?? []) {
      if (!ids.skills[skill]) throw new Error(`demo goals: unknown skill "${skill}"`);
      push(goalSkills, { goal: id, skill: ids.skills[skill] });
    }
    const ownerManager = managerOf.get(goal.owner) ?? null;
    push(goals, {
      id,
      owner: person(goal.owner),
      title: goal.title,
      description: goal.description,
      status: goal.status,
      visibility: goal.visibility,
      parent: goal.parent ? goalIds[goal.parent] : null,
      startDate: dateIn(-goal.started),
      dueDate: goal.due === null ? null : dateIn(goal.due),
      approvedBy: approved && ownerManager ? person(ownerManager) : null,
      approvedAt,
      approvalComment: goal.approvalComment ?? null,
      completedAt: goal.status === "COMPLETED" ? daysAgo(goal.closed!) : null,
      lastCheckInAt: last?.at ?? null,
      lastConfidence: last?.confidence ?? null,
      createdAt,
    });
  }

  // A goal and its parent are inserted by one statement: the foreign key is checked at its end.
  await manager.query(
    `INSERT INTO goals (id, owner_id, title, description, status, visibility, parent_goal_id, start_date,
       due_date, approved_by_id, approved_at, approval_comment, completed_at, last_check_in_at, last_confidence,
       created_at, updated_at)
     SELECT *, created_at FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::goal_status[],
       $6::goal_visibility[], $7::uuid[], $8::date[], $9::date[], $10::uuid[], $11::timestamptz[], $12::text[],
       $13::timestamptz[], $14::timestamptz[], $15::smallint[], $16::timestamptz[]) AS t(id, owner_id, title,
       description, status, visibility, parent_goal_id, start_date, due_date, approved_by_id, approved_at,
       approval_comment, completed_at, last_check_in_at, last_confidence, created_at)`,
    Object.values(goals),
  );
  await manager.query(
    `INSERT INTO key_results (id, goal_id, title, unit, start_value, target_value, current_value, position,
       created_at, updated_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::numeric[], $6::numeric[],
       $7::numeric[], $8::int[], $9::timestamptz[], $10::timestamptz[])`,
    Object.values(keyResults),
  );
  await manager.query(
    "INSERT INTO goal_skills (goal_id, skill_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])",
    Object.values(goalSkills),
  );
  await manager.query(
    `INSERT INTO check_ins (id, goal_id, author_id, kind, confidence, note, lesson, progress, created_at, updated_at)
     SELECT *, created_at FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::check_in_kind[], $5::smallint[],
       $6::text[], $7::text[], $8::numeric[], $9::timestamptz[]) AS t(id, goal_id, author_id, kind, confidence,
       note, lesson, progress, created_at)`,
    Object.values(checkIns),
  );
  await manager.query(
    `INSERT INTO check_in_values (check_in_id, key_result_id, value, previous_value)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::numeric[], $4::numeric[])`,
    Object.values(values),
  );
  await manager.query(
    `INSERT INTO check_in_comments (check_in_id, author_id, body, created_at, updated_at)
     SELECT *, created_at FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])
       AS t(check_in_id, author_id, body, created_at)`,
    Object.values(comments),
  );
  return goalIds;
}

/** Catches a story that recordCheckIn would have refused, or that contradicts itself. */
function assertStory(goal: DemoGoal): void {
  const fail = (why: string) => {
    throw new Error(`demo goal "${goal.key}": ${why}`);
  };
  const closed = goal.closed ?? 0;
  for (const checkIn of goal.checkIns ?? []) {
    if (checkIn.daysAgo >= goal.started || checkIn.daysAgo <= closed)
      fail("a check-in outside the goal's life");
    if (checkIn.values.length !== (goal.keyResults ?? []).length) fail("one value (or null) per key result");
    if (checkIn.kind === "SETBACK" && !checkIn.lesson) fail("a setback needs its lesson");
  }
  const times = (goal.checkIns ?? []).map((c) => c.daysAgo);
  if (times.some((t, i) => i > 0 && t >= times[i - 1])) fail("check-ins oldest first");
  if ((goal.checkIns ?? []).length && goal.status === "DRAFT") fail("a draft has no check-ins");
  if ((goal.status === "COMPLETED" || goal.status === "ABANDONED") !== (goal.closed !== undefined)) {
    fail("`closed` is for completed and abandoned goals");
  }
}

/** Comments follow the access rule: the owner or someone in their management chain (no mentors yet). */
function assertMayComment(goal: DemoGoal, by: string, managerOf: Map<string, string | null>): void {
  let current: string | null = goal.owner;
  while (current) {
    if (current === by) return;
    current = managerOf.get(current) ?? null;
  }
  throw new Error(`demo goal "${goal.key}": ${by} may not comment on ${goal.owner}'s check-ins`);
}
