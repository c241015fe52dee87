import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { hashPassword } from "../../auth/password";
import { seedDemoFeedback } from "./demo-feedback";
import { seedDemoGoals } from "./demo-goals";
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from "./demo-organization";
import { seedDemoPlansAndMentorships } from "./demo-plans";
import { seedDemoSkillRatings } from "./demo-skills";
import { SKILLS_CATALOG } from "./skills-catalog";

export interface DemoIds {
  employees: Record<string, string>;
  skills: Record<string, string>;
}

/**
 * Seeds the demo organization into an empty database and returns its ids by key. Does nothing
 * (returns null) when people already exist, so restarting never duplicates or overwrites data.
 */
export async function seedDemo(dataSource: DataSource): Promise<DemoIds | null> {
  return dataSource.transaction(async (manager) => {
    const [{ count }] = await manager.query("SELECT count(*)::int AS count FROM employees");
    if (count > 0) return null;

    // One hash for every demo account: they share the published demo password anyway, and this
    // keeps the first start fast (scrypt is deliberately slow).
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const employees: Record<string, string> = {};
    for (const person of DEMO_PEOPLE) employees[person.key] = randomUUID();
    await manager.query(
      `INSERT INTO employees (id, name, email, title, department, manager_id, role, external_id, password_hash)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[],
                            $7::employee_role[], $8::text[], $9::text[])`,
      [
        DEMO_PEOPLE.map((p) => employees[p.key]),
        DEMO_PEOPLE.map((p) => p.name),
        DEMO_PEOPLE.map((p) => demoEmail(p.name)),
        DEMO_PEOPLE.map((p) => p.title),
        DEMO_PEOPLE.map((p) => p.department),
        DEMO_PEOPLE.map((p) => (p.manager ? employees[p.manager] : null)),
        DEMO_PEOPLE.map((p) => (p.hrAdmin ? "HR_ADMIN" : "EMPLOYEE")),
        DEMO_PEOPLE.map((_, i) => `DEMO-${String(i + 1).padStart(4, "0")}`),
        DEMO_PEOPLE.map(() => passwordHash),
      ],
    );

    const skills: Record<string, string> = {};
    for (const skill of SKILLS_CATALOG) skills[skill.name] = randomUUID();
    await manager.query(
      `INSERT INTO skills (id, name, category, description)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
      [
        SKILLS_CATALOG.map((s) => skills[s.name]),
        SKILLS_CATALOG.map((s) => s.name),
        SKILLS_CATALOG.map((s) => s.category),
        SKILLS_CATALOG.map((s) => s.description),
      ],
    );
    await seedDemoGoals(manager, { employees, skills });
    await seedDemoSkillRatings(manager, { employees, skills });
    await seedDemoPlansAndMentorships(manager, { employees, skills });
    await seedDemoFeedback(manager, { employees, skills });
    return { employees, skills };
  });
}
