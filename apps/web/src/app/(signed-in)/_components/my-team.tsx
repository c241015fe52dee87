import type { ResultOf } from "@graphql-typed-document-node/core";
import { PersonCard } from "@/components/person/person-card";
import { graphql } from "@/gql";
import styles from "../home.module.css";

// The fields this component renders; the query that spreads it fetches them.
export const MyTeamFields = graphql(`
  fragment MyTeam on Employee {
    manager {
      id
      ...PersonCard
    }
    directReports {
      id
      ...PersonCard
    }
  }
`);

/** Who the person reports to and who reports to them. */
export function MyTeam({ employee }: { employee: ResultOf<typeof MyTeamFields> }) {
  const { manager, directReports } = employee;
  return (
    <>
      <section className={styles.card} aria-labelledby="manager-title">
        <h2 id="manager-title" className={styles.cardTitle}>
          Your manager
        </h2>
        {manager ? (
          <PersonCard person={manager} />
        ) : (
          <p className={styles.empty}>You have no manager in Upward.</p>
        )}
      </section>
      <section className={styles.card} aria-labelledby="reports-title">
        <h2 id="reports-title" className={styles.cardTitle}>
          Direct reports
          {directReports.length > 0 ? <span className={styles.count}>{directReports.length}</span> : null}
        </h2>
        {directReports.length > 0 ? (
          <ul className={styles.people} aria-labelledby="reports-title">
            {directReports.map((report) => (
              <li key={report.id}>
                <PersonCard person={report} />
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.empty}>No direct reports</p>
        )}
      </section>
    </>
  );
}
