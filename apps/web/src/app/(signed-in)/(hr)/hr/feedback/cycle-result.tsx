import Link from "next/link";
import styles from "@/components/feedback/feedback.module.css";
import { countOf } from "@/components/feedback/feedback-format";
import hr from "../_components/hr.module.css";
import type { CyclePerson, DepartmentPeople } from "./department-people";

export interface LaunchOutcome {
  scope: string;
  title: string;
  result: { launched: number; skipped: number };
  /** Who had a round in progress before the launch, and who has which rounds after it. */
  before: DepartmentPeople;
  after: DepartmentPeople;
}

/**
 * What a launch did: the API's counts, and by name the rounds created and the people skipped with
 * the round that made them skip (a draft or open round about them).
 */
export function CycleResult({ outcome }: { outcome: LaunchOutcome }) {
  const busyBefore = new Map(outcome.before.people.map((p) => [p.id, p.inProgress]));
  const skipped = outcome.before.people.filter((p) => p.inProgress.length > 0);
  const created = outcome.after.people
    .filter((p) => (busyBefore.get(p.id) ?? []).length === 0)
    .map((person) => ({ person, round: newestRound(person, outcome.title) }))
    .filter((entry): entry is { person: CyclePerson; round: CyclePerson["inProgress"][number] } =>
      Boolean(entry.round),
    );
  const { launched, skipped: skippedCount } = outcome.result;
  return (
    <section className={hr.card} aria-labelledby="cycle-result-title">
      <h2 id="cycle-result-title" className={hr.cardTitle}>
        {launched > 0 ? `Created ${countOf(launched, "round", "rounds")}` : "No rounds created"}
      </h2>
      <p role="status" className={launched > 0 ? "notice notice-info" : "notice notice-warning"}>
        “{outcome.title}” for {outcome.scope}: {countOf(launched, "draft round", "draft rounds")} created,{" "}
        {countOf(skippedCount, "person", "people")} skipped because a round about them is already a draft or
        open.
        {launched > 0
          ? " Each person can now nominate reviewers; their manager approves, then the round opens."
          : ""}
      </p>
      {created.length ? (
        <>
          <h3 id="created-title" className={styles.subTitle}>
            Created
          </h3>
          <ul className={styles.list} aria-labelledby="created-title">
            {created.map(({ person, round }) => (
              <li key={round.id} className={styles.item}>
                <span className={styles.itemMain}>
                  <Link href={`/feedback/rounds/${round.id}`} className={styles.itemTitle}>
                    {person.name}
                  </Link>
                  <span className={styles.itemMeta}>
                    {person.title} · {round.title}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {skipped.length ? (
        <>
          <h3 id="skipped-title" className={styles.subTitle}>
            Skipped
          </h3>
          <ul className={styles.list} aria-labelledby="skipped-title">
            {skipped.map((person) => (
              <li key={person.id} className={styles.item}>
                <span className={styles.itemMain}>
                  <span className={styles.itemTitle}>{person.name}</span>
                  <span className={styles.itemMeta}>
                    Already has a round in progress:{" "}
                    {person.inProgress.map((round, index) => (
                      <span key={round.id}>
                        {index > 0 ? ", " : ""}
                        <Link href={`/feedback/rounds/${round.id}`}>{round.title}</Link>
                      </span>
                    ))}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The round the cycle just made for someone: the newest in progress with the cycle's title. */
function newestRound(person: CyclePerson, title: string) {
  return person.inProgress
    .filter((round) => round.title === title)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}
