import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { hashPassword } from "../../auth/password";
import { DEMO_PASSWORD } from "./demo-organization";
import { SKILLS_CATALOG } from "./skills-catalog";

const FIRST = [
  "Ava",
  "Ben",
  "Chen",
  "Dara",
  "Eli",
  "Fay",
  "Gus",
  "Hugo",
  "Ines",
  "Jo",
  "Kai",
  "Lia",
  "Max",
  "Nia",
  "Oto",
  "Pia",
  "Quinn",
  "Rui",
  "Sol",
  "Tia",
  "Uma",
  "Vik",
  "Wen",
  "Xan",
  "Yara",
  "Zed",
];
const LAST = [
  "Abe",
  "Brandt",
  "Costa",
  "Diaz",
  "Engel",
  "Fox",
  "Gray",
  "Hale",
  "Ito",
  "Jung",
  "Kerr",
  "Lund",
  "Moss",
  "Ngo",
  "Ortiz",
  "Park",
  "Quist",
  "Reyes",
  "Stone",
  "Toma",
  "Ueda",
  "Vance",
  "Wolfe",
  "Xu",
  "Young",
  "Zhou",
];
const DEPARTMENTS = ["Engineering", "Product", "Sales", "Marketing", "Customer Success", "Finance", "People"];
const TITLES = [
  "Engineer",
  "Senior Engineer",
  "Analyst",
  "Specialist",
  "Designer",
  "Account Executive",
  "Associate",
];
const SPAN = 7; // people per manager: a realistic span of control, giving ~5 levels for 10,000 people
const BATCH = 2000;

/**
 * A large, realistic organization for load and benchmark work (`pnpm db:seed --employees 10000`):
 * one CEO, managers with ~7 reports each, departments by subtree, deterministic names. Inserts in
 * batches of 2,000 rows with unnest, so 10,000 people take a few seconds.
 */
export async function seedLargeOrganization(dataSource: DataSource, count: number): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Tags this run's emails and external ids, so the command can run again on the same database.
  const run = randomUUID().slice(0, 6);
  const ids = Array.from({ length: count }, () => randomUUID());
  const rows = ids.map((id, i) => {
    // Breadth-first tree: person i reports to person floor((i - 1) / SPAN).
    const managerIndex = i === 0 ? null : Math.floor((i - 1) / SPAN);
    // The CEO's direct reports each head a department; their subtree inherits it.
    let top = i;
    while (top > SPAN) top = Math.floor((top - 1) / SPAN);
    const department = i === 0 ? "Executive" : DEPARTMENTS[(top - 1) % DEPARTMENTS.length];
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
    return {
      id,
      name,
      email: `person${i}.${run}@large.upward.example`,
      title: i === 0 ? "CEO" : i * SPAN + 1 < count ? "Manager" : TITLES[i % TITLES.length],
      department,
      managerId: managerIndex === null ? null : ids[managerIndex],
      externalId: `LARGE-${run}-${i}`,
    };
  });

  await dataSource.transaction(async (manager) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      await manager.query(
        `INSERT INTO employees (id, name, email, title, department, manager_id, external_id, password_hash)
         SELECT id, name, email, title, department, manager_id, external_id, $8
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::text[])
           AS t(id, name, email, title, department, manager_id, external_id)`,
        [
          batch.map((r) => r.id),
          batch.map((r) => r.name),
          batch.map((r) => r.email),
          batch.map((r) => r.title),
          batch.map((r) => r.department),
          batch.map((r) => r.managerId),
          batch.map((r) => r.externalId),
          passwordHash,
        ],
      );
    }
    await manager.query(
      `INSERT INTO skills (name, category, description)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (name) DO NOTHING`,
      [
        SKILLS_CATALOG.map((s) => s.name),
        SKILLS_CATALOG.map((s) => s.category),
        SKILLS_CATALOG.map((s) => s.description),
      ],
    );
  });
  return count;
}
