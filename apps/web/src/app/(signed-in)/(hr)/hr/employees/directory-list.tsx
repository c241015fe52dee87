import type { ResultOf } from "@graphql-typed-document-node/core";
import Link from "next/link";
import { Avatar } from "@/components/person/person-card";
import { graphql } from "@/gql";
import { departmentLabel } from "../_components/charts/format";
import styles from "./employees.module.css";

export const DirectoryRowFields = graphql(`
  fragment DirectoryRow on Employee {
    id
    name
    title
    email
    department
    role
    active
    manager {
      id
      name
    }
  }
`);

type Person = ResultOf<typeof DirectoryRowFields>;

/** One line per person; on phones each line becomes a small card. */
export function DirectoryList({ people }: { people: Person[] }) {
  return (
    <div className={styles.list}>
      <div className={styles.head} aria-hidden="true">
        <span>Name</span>
        <span>Department</span>
        <span>Manager</span>
        <span>Email</span>
      </div>
      <ul className={styles.rows} aria-label="Employees">
        {people.map((person) => (
          <li key={person.id} className={styles.row}>
            <div className={styles.who}>
              <Avatar name={person.name} />
              <div className={styles.whoText}>
                <Link href={`/people/${person.id}`} className={styles.name}>
                  {person.name}
                </Link>
                <span className={styles.title}>{person.title || "No title"}</span>
                <span className={styles.badges}>
                  {person.role === "HR_ADMIN" ? <span className={styles.badge}>HR admin</span> : null}
                  {person.active ? null : <span className={`${styles.badge} ${styles.badgeLeft}`}>Left</span>}
                </span>
              </div>
            </div>
            <div className={styles.cell}>
              <span className={styles.cellLabel}>Department: </span>
              {departmentLabel(person.department)}
            </div>
            <div className={styles.cell}>
              <span className={styles.cellLabel}>Manager: </span>
              {person.manager ? (
                <Link href={`/people/${person.manager.id}`}>{person.manager.name}</Link>
              ) : (
                "—"
              )}
            </div>
            <div className={`${styles.cell} ${styles.email}`}>
              <span className={styles.cellLabel}>Email: </span>
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
