import { randomUUID } from "node:crypto";
import { Client } from "pg";

/**
 * The e2e API's embedded PostgreSQL (e2e/servers/start-api.mjs; user and password as the API's
 * embedded server sets them up). Tests write to it directly only to build data in bulk that no
 * person would create through the UI, such as a team of 50.
 */
const DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${process.env.E2E_PG_PORT ?? "54330"}/upward`;
const DAY_MS = 86_400_000;

export interface SeededTeam {
  managerEmail: string;
  size: number;
  /** Takes everyone out of the organization again (inactive people appear in no view). */
  retire: () => Promise<void>;
}

/**
 * A manager with `size` direct reports, each with two active goals (key results, recent check-in,
 * a mix of health), every fifth with a goal waiting for approval, and self and manager ratings on
 * six skills: the shape of a real team, in a handful of statements.
 */
export async function seedTeam(size: number): Promise<SeededTeam> {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const tag = randomUUID().slice(0, 8);
    const [{ password_hash: passwordHash }] = (
      await client.query("SELECT password_hash FROM employees WHERE email = 'maya.patel@upward.example'")
    ).rows;
    const skills: string[] = (await client.query("SELECT id FROM skills ORDER BY name LIMIT 6")).rows.map(
      (row) => row.id,
    );
    const managerId = randomUUID();
    const managerEmail = `perf.manager.${tag}@load.upward.example`;
    const reports = Array.from({ length: size }, (_, i) => ({
      id: randomUUID(),
      name: `Perf Person ${String(i + 1).padStart(2, "0")} ${tag}`,
      email: `perf.${i + 1}.${tag}@load.upward.example`,
    }));

    await client.query("BEGIN");
    await client.query(
      `INSERT INTO employees (id, name, email, title, department, password_hash)
       VALUES ($1, $2, $3, 'Engineering Manager', 'Load test', $4)`,
      [managerId, `Perf Manager ${tag}`, managerEmail, passwordHash],
    );
    await client.query(
      `INSERT INTO employees (id, name, email, title, department, manager_id)
       SELECT id, name, email, 'Engineer', 'Load test', $4 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, name, email)`,
      [reports.map((r) => r.id), reports.map((r) => r.name), reports.map((r) => r.email), managerId],
    );

    const now = Date.now();
    const day = (offset: number) => new Date(now + offset * DAY_MS).toISOString().slice(0, 10);
    const goals = {
      id: [] as string[],
      owner: [] as string[],
      title: [] as string[],
      status: [] as string[],
    };
    const dates = { start: [] as string[], due: [] as string[], checkIn: [] as (string | null)[] };
    const keyResults = { goal: [] as string[], current: [] as number[] };
    reports.forEach((report, i) => {
      const owned = [
        { status: "ACTIVE", progress: [0.2, 0.5, 0.8][i % 3] },
        { status: "ACTIVE", progress: [0.6, 0.1, 0.4][i % 3] },
        ...(i % 5 === 0 ? [{ status: "PENDING_APPROVAL", progress: 0 }] : []),
      ];
      owned.forEach((goal, g) => {
        const id = randomUUID();
        goals.id.push(id);
        goals.owner.push(report.id);
        goals.title.push(`Goal ${g + 1} of ${report.name}`);
        goals.status.push(goal.status);
        dates.start.push(day(-60));
        dates.due.push(day(60));
        dates.checkIn.push(
          goal.status === "ACTIVE" ? new Date(now - ((i % 20) + 1) * DAY_MS).toISOString() : null,
        );
        keyResults.goal.push(id);
        keyResults.current.push(goal.progress * 10);
      });
    });
    await client.query(
      `INSERT INTO goals (id, owner_id, title, status, start_date, due_date, last_check_in_at, last_confidence,
         approved_by_id, approved_at)
       SELECT id, owner_id, title, status, start_date, due_date, last_check_in_at,
              CASE WHEN status = 'ACTIVE' THEN 6 END, CASE WHEN status = 'ACTIVE' THEN $8::uuid END,
              CASE WHEN status = 'ACTIVE' THEN start_date::timestamptz END
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::goal_status[], $5::date[], $6::date[], $7::timestamptz[])
         AS t(id, owner_id, title, status, start_date, due_date, last_check_in_at)`,
      [goals.id, goals.owner, goals.title, goals.status, dates.start, dates.due, dates.checkIn, managerId],
    );
    await client.query(
      `INSERT INTO key_results (goal_id, title, unit, start_value, target_value, current_value)
       SELECT goal_id, 'Milestones', 'milestones', 0, 10, current_value
       FROM unnest($1::uuid[], $2::numeric[]) AS t(goal_id, current_value)`,
      [keyResults.goal, keyResults.current],
    );
    const ratings = reports.flatMap((report, i) =>
      skills.flatMap((skill, s) => [
        { employee: report.id, skill, source: "SELF", level: ((i + s) % 5) + 1, by: report.id },
        { employee: report.id, skill, source: "MANAGER", level: ((i + 2 * s) % 5) + 1, by: managerId },
      ]),
    );
    await client.query(
      `INSERT INTO skill_ratings (employee_id, skill_id, source, level, rated_by_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::rating_source[], $4::smallint[], $5::uuid[])`,
      [
        ratings.map((r) => r.employee),
        ratings.map((r) => r.skill),
        ratings.map((r) => r.source),
        ratings.map((r) => r.level),
        ratings.map((r) => r.by),
      ],
    );
    await client.query("COMMIT");

    return {
      managerEmail,
      size,
      retire: async () => {
        const cleanup = new Client({ connectionString: DATABASE_URL });
        await cleanup.connect();
        try {
          await cleanup.query("UPDATE employees SET active = false WHERE email LIKE $1", [
            `%.${tag}@load.upward.example`,
          ]);
        } finally {
          await cleanup.end();
        }
      },
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
