/**
 * SQL building blocks for the relationships DESIGN.md §3 grants access by. Each takes SQL
 * expressions (a column or a bound parameter such as `$2::uuid`) and returns a boolean condition.
 * Policies in this folder combine them; nothing outside `access/` should need them.
 * Their own aliases all start with `rel_`: a plain `e` would shadow the caller's `e`, and
 * `subject = e.id` would then compare a row with itself (true for everyone).
 */

/** `viewer` is in `subject`'s management chain (any level above). */
export function isInChainOfSql(subject: string, viewer: string): string {
  return `EXISTS (
    WITH RECURSIVE rel_up(id, depth) AS (
      SELECT rel_e.manager_id, 1 FROM employees rel_e WHERE rel_e.id = ${subject}
      UNION ALL
      SELECT rel_e.manager_id, rel_up.depth + 1 FROM rel_up JOIN employees rel_e ON rel_e.id = rel_up.id
      WHERE rel_up.id IS NOT NULL AND rel_up.depth < 100
    ) SELECT 1 FROM rel_up WHERE rel_up.id = ${viewer})`;
}

/** `viewer` is an active mentor of `subject`. */
export function isActiveMentorOfSql(subject: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM mentorships rel_ms
    WHERE rel_ms.mentee_id = ${subject} AND rel_ms.mentor_id = ${viewer} AND rel_ms.status = 'ACTIVE')`;
}

/** `viewer` and `subject` are different people with the same manager. */
export function isSameManagerPeerSql(subject: string, viewer: string): string {
  return `EXISTS (SELECT 1 FROM employees rel_peer JOIN employees rel_me ON rel_me.id = ${viewer}
    WHERE rel_peer.id = ${subject} AND rel_peer.id <> rel_me.id AND rel_peer.manager_id = rel_me.manager_id)`;
}
