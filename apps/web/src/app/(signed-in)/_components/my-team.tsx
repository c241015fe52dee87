import { PersonCard } from "@/components/person/person-card";
import { type FragmentType, graphql, useFragment as readFragment } from "@/gql";
import styles from "../home.module.css";

export const MyTeamFragment = graphql(`
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
export function MyTeam(props: { employee: FragmentType<typeof MyTeamFragment> }) {
  const { manager, directReports } = readFragment(MyTeamFragment, props.employee);
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
