import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Avatar, PersonCard } from "@/components/person/person-card";
import { graphql } from "@/gql";
import { apiErrorCode } from "@/lib/apollo/errors";
import { readAsViewer } from "@/lib/apollo/read";
import styles from "./person.module.css";

export const metadata: Metadata = { title: "Person" };

const PersonQuery = graphql(`
  query Person($id: ID!) {
    employee(id: $id) {
      id
      name
      title
      department
      email
      active
      manager {
        id
        ...PersonCard
      }
      directReports {
        id
        ...PersonCard
      }
    }
  }
`);

async function readPerson(id: string) {
  try {
    return (await readAsViewer(PersonQuery, { id })).employee;
  } catch (error) {
    // Unknown, hidden and malformed ids all look the same: there is no such person to show.
    const code = apiErrorCode(error);
    if (code === "NOT_FOUND" || code === "BAD_USER_INPUT" || code === "FORBIDDEN") notFound();
    throw error;
  }
}

/** A colleague's place in the organization: who they are, who they report to and who reports to them. */
export default async function PersonPage({ params }: { params: Promise<{ id: string }> }) {
  const person = await readPerson((await params).id);
  return (
    <article className={styles.page} aria-labelledby="person-name">
      <header className={styles.header}>
        <Avatar name={person.name} size="lg" />
        <div>
          <h1 id="person-name" className={styles.name}>
            {person.name}
            {person.active ? null : <span className={styles.badge}>Left</span>}
          </h1>
          <p className={styles.muted}>{person.title || "No title"}</p>
        </div>
      </header>

      <div className={styles.grid}>
        <section className={styles.card} aria-labelledby="person-facts">
          <h2 id="person-facts" className={styles.cardTitle}>
            Details
          </h2>
          <dl className={styles.facts}>
            <div>
              <dt>Department</dt>
              <dd>{person.department || "No department"}</dd>
            </div>
            <div>
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${person.email}`}>{person.email}</a>
              </dd>
            </div>
          </dl>
        </section>

        <section className={styles.card} aria-labelledby="person-manager">
          <h2 id="person-manager" className={styles.cardTitle}>
            Manager
          </h2>
          {person.manager ? (
            <Link href={`/people/${person.manager.id}`} className={styles.personLink}>
              <PersonCard person={person.manager} />
            </Link>
          ) : (
            <p className={styles.muted}>No manager in Upward.</p>
          )}
        </section>

        <section className={styles.card} aria-labelledby="person-reports">
          <h2 id="person-reports" className={styles.cardTitle}>
            Direct reports
            {person.directReports.length > 0 ? (
              <span className={styles.count}>{person.directReports.length}</span>
            ) : null}
          </h2>
          {person.directReports.length > 0 ? (
            <ul className={styles.people} aria-labelledby="person-reports">
              {person.directReports.map((report) => (
                <li key={report.id}>
                  <Link href={`/people/${report.id}`} className={styles.personLink}>
                    <PersonCard person={report} />
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.muted}>No direct reports.</p>
          )}
        </section>
      </div>
    </article>
  );
}
