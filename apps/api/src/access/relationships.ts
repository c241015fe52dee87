/**
 * SQL building blocks for the relationships DESIGN.md §3 grants access by. Each takes SQL
 * expressions (a column or a bound parameter such as `$2::uuid`) and returns a boolean condition.
 * Policies in this folder combine them; nothing outside `access/` should need them.
 */

/** `viewer` is in `subject`'s management chain (any level above). */
export function isInChainOfSql(subject: string, viewer: string): string {
  return `EXISTS (
    WITH RECURSIVE up(id, depth) AS (
      SELECT e.manager_id, 1 FROM employees e WHERE e.id = ${subject}
      UNION ALL
      SELECT e.manager_id, up.depth + 1 FROM up JOIN employees e ON e.id = up.id
      WHERE up.id IS NOT NULL AND up.depth < 100
    ) SELECT 1 FROM up WHERE up.id = ${viewer})`;
}

/** `viewer` is an active mentor of `subject`. */
export function isActiveMentorOfSql(subject: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM mentorships ms
    WHERE ms.mentee_id = ${subject} AND ms.mentor_id = ${viewer} AND ms.status = 'ACTIVE')`;
}

/** `viewer` and `subject` are different people with the same manager. */
export function isSameManagerPeerSql(subject: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM employees peer JOIN employees me ON me.id = ${viewer}
    WHERE peer.id = ${subject} AND peer.id <> me.id AND peer.manager_id = me.manager_id)`;
}
