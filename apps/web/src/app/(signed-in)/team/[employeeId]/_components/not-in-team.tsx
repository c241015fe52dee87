import Link from "next/link";
import teamStyles from "../../_components/team.module.css";

/**
 * For a person the viewer doesn't manage, or an id that doesn't exist: the same page either way,
 * so it never reveals whether someone exists or what they are working on.
 */
export function NotInTeam() {
  return (
    <section aria-labelledby="page-title" className={teamStyles.page}>
      <h1 id="page-title" className={teamStyles.title}>
        Not in your team
      </h1>
      <div className={teamStyles.emptyState}>
        <h2 className={teamStyles.emptyTitle}>You can only open the pages of people you manage</h2>
        <p className={teamStyles.emptyText}>
          This person doesn&apos;t report to you, directly or through someone else, or the link is no longer
          valid. Their goals and growth stay between them and their managers.
        </p>
        <Link href="/team" className="button">
          Back to your team
        </Link>
      </div>
    </section>
  );
}
