import type { ResultOf } from "@graphql-typed-document-node/core";
import { Avatar } from "@/components/person/person-card";
import { graphql } from "@/gql";
import styles from "../home.module.css";

// The fields this component renders; the query that spreads it fetches them.
export const ProfileCardFields = graphql(`
  fragment ProfileCard on Employee {
    name
    title
    department
    email
  }
`);

/** The signed-in person as the organization knows them (name, title, department, email). */
export function ProfileCard({ employee }: { employee: ResultOf<typeof ProfileCardFields> }) {
  return (
    <section className={styles.card} aria-labelledby="profile-title">
      <h2 id="profile-title" className="visually-hidden">
        Your profile
      </h2>
      <div className={styles.profile}>
        <Avatar name={employee.name} size="lg" />
        <div>
          <p className={styles.profileName}>{employee.name}</p>
          <p className={styles.muted}>{employee.title}</p>
        </div>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Department</dt>
          <dd>{employee.department}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${employee.email}`}>{employee.email}</a>
          </dd>
        </div>
      </dl>
    </section>
  );
}
