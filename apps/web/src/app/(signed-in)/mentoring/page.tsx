import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/growth/ui/empty-state";
import ui from "@/components/growth/ui/ui.module.css";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";
import { readViewer } from "../_components/viewer";
import type { Mentorship } from "./_components/mentoring.fragments";
import { MentorshipCard } from "./_components/mentorship-card";
import { Suggestions } from "./_components/suggestions";
import styles from "./mentoring.module.css";

export const metadata: Metadata = { title: "Mentoring" };

/** Enough for anyone's mentorships (capacity is a handful); the rest stays in the API. */
const MAX_MENTORSHIPS = 50;

const MentoringPageQuery = graphql(`
  query MentoringPage($me: ID!, $first: Int!) {
    me {
      id
      mentorCapacity
      skillProfile {
        growthAreas {
          skill {
            id
            name
          }
        }
      }
      asMentee: mentorships(role: MENTEE, first: $first) {
        totalCount
        edges {
          node {
            ...MentorshipCard
          }
        }
      }
      asMentor: mentorships(role: MENTOR, first: $first) {
        totalCount
        edges {
          node {
            ...MentorshipCard
          }
        }
      }
    }
    mentorSuggestions(for: $me, first: 6) {
      ...MentorSuggestionCard
    }
  }
`);

const isOpen = (m: Mentorship) => m.status === "ACTIVE" || m.status === "PROPOSED";

function CardList({ items, as, label }: { items: Mentorship[]; as: "mentor" | "mentee"; label: string }) {
  return (
    <ul className={ui.cardGrid} aria-label={label}>
      {items.map((mentorship) => (
        <li key={mentorship.id} className={styles.cardItem}>
          <MentorshipCard mentorship={mentorship} as={as} />
        </li>
      ))}
    </ul>
  );
}

function Past({ items, as, label }: { items: Mentorship[]; as: "mentor" | "mentee"; label: string }) {
  if (items.length === 0) return null;
  return (
    <details className={styles.past}>
      <summary>
        {label} · {items.length}
      </summary>
      <CardList items={items} as={as} label={label} />
    </details>
  );
}

export default async function MentoringPage() {
  const viewer = await readViewer();
  const { me, mentorSuggestions } = await readAsViewer(MentoringPageQuery, {
    me: viewer.id,
    first: MAX_MENTORSHIPS,
  });
  const asMentee = me.asMentee.edges.map((edge) => edge.node);
  const asMentor = me.asMentor.edges.map((edge) => edge.node);
  const requests = asMentor.filter((m) => m.status === "PROPOSED");
  const mentees = asMentor.filter((m) => m.status === "ACTIVE");
  const mentors = asMentee
    .filter(isOpen)
    .sort((a, b) => (a.status === b.status ? 0 : a.status === "ACTIVE" ? -1 : 1));
  const growthAreas = me.skillProfile?.growthAreas.map((area) => area.skill) ?? [];

  return (
    <div className={ui.page}>
      <header>
        <h1 className={ui.title}>Mentoring</h1>
        <p className={ui.lead}>
          Learn from colleagues who are strong where you want to grow, and help others grow where you are
          strong.
        </p>
      </header>

      {requests.length > 0 ? (
        <section className={`${ui.section} ${styles.requests}`} aria-labelledby="requests-title">
          <div className={ui.sectionHeader}>
            <h2 id="requests-title" className={ui.sectionTitle}>
              Requests to answer <span className={ui.count}>{requests.length}</span>
            </h2>
            <p className={ui.sectionHint}>
              You mentor {mentees.length} of {me.mentorCapacity} people at most.
            </p>
          </div>
          <CardList items={requests} as="mentor" label="Requests to answer" />
        </section>
      ) : null}

      <section className={ui.section} aria-labelledby="mentors-title">
        <h2 id="mentors-title" className={ui.sectionTitle}>
          My mentors
        </h2>
        {mentors.length > 0 ? (
          <CardList items={mentors} as="mentee" label="My mentors" />
        ) : (
          <EmptyState title="No mentor yet">
            {mentorSuggestions.length > 0
              ? "Pick one of the colleagues suggested below and ask them."
              : "Mentors are suggested from your growth areas."}
          </EmptyState>
        )}
        <Past items={asMentee.filter((m) => !isOpen(m))} as="mentee" label="Past mentors and requests" />
      </section>

      <section className={ui.section} aria-labelledby="suggestions-title">
        <div className={ui.sectionHeader}>
          <h2 id="suggestions-title" className={ui.sectionTitle}>
            Suggested mentors
          </h2>
          {growthAreas.length > 0 ? (
            <p className={ui.sectionHint}>
              Strong in your growth areas: {growthAreas.map((area) => area.name).join(", ")}
            </p>
          ) : null}
        </div>
        {growthAreas.length === 0 ? (
          <EmptyState
            title="Choose growth areas to get suggestions"
            action={
              <Link href="/skills" className="button button-primary">
                Choose growth areas
              </Link>
            }
          >
            Suggestions come from the skills you want to grow: mark them on your Skills page.
          </EmptyState>
        ) : mentorSuggestions.length === 0 ? (
          <EmptyState title="No suggestions right now">
            Nobody outside your reporting line who is strong in your growth areas has a free place at the
            moment. Check again later, or add growth areas on your <Link href="/skills">Skills page</Link>.
          </EmptyState>
        ) : (
          <Suggestions suggestions={mentorSuggestions} growthAreas={growthAreas} />
        )}
      </section>

      <section className={ui.section} aria-labelledby="mentees-title">
        <div className={ui.sectionHeader}>
          <h2 id="mentees-title" className={ui.sectionTitle}>
            My mentees
          </h2>
          <p className={ui.sectionHint}>
            {mentees.length} of {me.mentorCapacity} places taken
          </p>
        </div>
        {mentees.length > 0 ? (
          <CardList items={mentees} as="mentor" label="My mentees" />
        ) : (
          <p className={ui.muted}>
            You don&apos;t mentor anyone yet. Colleagues who want to grow in your strengths can ask you.
          </p>
        )}
        <Past items={asMentor.filter((m) => !isOpen(m))} as="mentor" label="Past mentees and requests" />
      </section>
    </div>
  );
}
