import { createEmployee, signIn, type TestEmployee } from "../../test/factories";
import type { TestApi } from "../../test/test-api";

/** The seven people every authorization case is checked for (issue 3, "Access"). */
export const ROLES = ["employee", "peer", "manager", "skipLevel", "mentor", "unrelated", "hr"] as const;
export type AccessRole = (typeof ROLES)[number];

export interface AccessOrganization {
  api: TestApi;
  people: Record<AccessRole, TestEmployee>;
  tokens: Record<AccessRole, string>;
}

/**
 * skipLevel → manager → { employee, peer }; mentor and unrelated work elsewhere (under otherLead);
 * mentor has an ACTIVE mentorship with employee; hr is an HR admin outside both trees.
 * `employee` is the subject whose data every case reads or writes.
 */
export async function buildAccessOrganization(api: TestApi): Promise<AccessOrganization> {
  const db = api.dataSource;
  const skipLevel = await createEmployee(db, { name: "Sam Skip" });
  const manager = await createEmployee(db, { name: "Mia Manager", managerId: skipLevel.id });
  const employee = await createEmployee(db, { name: "Eve Employee", managerId: manager.id });
  const peer = await createEmployee(db, { name: "Pat Peer", managerId: manager.id });
  const otherLead = await createEmployee(db, { name: "Olga Otherlead", department: "Sales" });
  const mentor = await createEmployee(db, {
    name: "Mo Mentor",
    managerId: otherLead.id,
    department: "Sales",
  });
  const unrelated = await createEmployee(db, {
    name: "Uma Unrelated",
    managerId: otherLead.id,
    department: "Sales",
  });
  const hr = await createEmployee(db, { name: "Hal HR", role: "HR_ADMIN", department: "People" });
  await db.query(
    `INSERT INTO mentorships (mentor_id, mentee_id, status, message, started_at)
     VALUES ($1, $2, 'ACTIVE', 'Help me present', now())`,
    [mentor.id, employee.id],
  );
  const people = { employee, peer, manager, skipLevel, mentor, unrelated, hr };
  const tokens = {} as Record<AccessRole, string>;
  for (const role of ROLES) tokens[role] = await signIn(api, people[role].email);
  return { api, people, tokens };
}
