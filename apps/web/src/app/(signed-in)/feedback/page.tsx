import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state/empty-state";
import styles from "@/components/feedback/feedback.module.css";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";
import { RequestsToAnswer } from "./_components/requests-to-answer";
import { RoundList } from "./_components/round-list";
import { StartRoundForm } from "./_components/start-round-form";

export const metadata: Metadata = { title: "Feedback" };

// One request: the requests addressed to me, rounds about me and about my direct reports (the
// API batches each list into one statement), and the skills catalog for a new round.
const FeedbackHomeQuery = graphql(`
  query FeedbackHome {
    myFeedbackRequests {
      id
      ...RequestToAnswer
    }
    me {
      id
      name
      feedbackRounds {
        id
        ...RoundSummary
      }
      directReports {
        id
        name
        feedbackRounds {
          id
          ...RoundSummary
        }
      }
    }
    skills {
      id
      name
      category
    }
  }
`);

export default async function FeedbackPage({ searchParams }: PageProps<"/feedback">) {
  // `?subject=` (from a team member's page) opens the start form with that report chosen.
  const { subject } = await searchParams;
  const { myFeedbackRequests, me, skills } = await readAsViewer(FeedbackHomeQuery);
  const teamRounds = me.directReports.flatMap((report) => report.feedbackRounds);
  const waiting = myFeedbackRequests.filter((r) => r.viewerCanAnswer && r.status === "PENDING").length;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1 className={styles.title}>Feedback</h1>
        <p className={styles.lead}>
          Give the feedback colleagues asked you for, run 360° rounds and read their reports once they close.
          Colleagues' answers stay anonymous: a group is shown only when enough of them answer.
        </p>
      </header>

      <nav aria-label="Feedback sections" className={styles.tabs}>
        <ul className={styles.tabList}>
          <li>
            <a href="#to-answer" className={styles.tab}>
              To answer{waiting ? <span className={styles.count}>{waiting}</span> : null}
            </a>
          </li>
          <li>
            <a href="#rounds" className={styles.tab}>
              {teamRounds.length ? "Rounds" : "My rounds"}
            </a>
          </li>
          <li>
            <a href="#start" className={styles.tab}>
              Start a round
            </a>
          </li>
        </ul>
      </nav>

      <RequestsToAnswer requests={myFeedbackRequests} />

      <section id="rounds" className={styles.section} aria-labelledby="my-rounds-title">
        <div className={styles.sectionHead}>
          <h2 id="my-rounds-title" className={styles.sectionTitle}>
            My rounds
            {me.feedbackRounds.length ? (
              <span className={styles.count}>{me.feedbackRounds.length}</span>
            ) : null}
          </h2>
          <p className={`${styles.muted} ${styles.small}`}>
            360 rounds about you: who answered, and the reports.
          </p>
        </div>
        {me.feedbackRounds.length ? (
          <RoundList rounds={me.feedbackRounds} labelledBy="my-rounds-title" showSubject={false} />
        ) : (
          <EmptyState
            title="No rounds about you yet"
            action={
              <a href="#start" className="button button-primary">
                Start your first round
              </a>
            }
          >
            A 360 round asks your manager, peers and others how they see your skills.
          </EmptyState>
        )}
        {me.directReports.length ? (
          <>
            <h2 id="team-rounds-title" className={styles.sectionTitle}>
              Your team's rounds
              {teamRounds.length ? <span className={styles.count}>{teamRounds.length}</span> : null}
            </h2>
            {teamRounds.length ? (
              <RoundList rounds={teamRounds} labelledBy="team-rounds-title" showSubject />
            ) : (
              <p className={styles.muted}>No rounds about your direct reports yet. Start one below.</p>
            )}
          </>
        ) : null}
      </section>

      <StartRoundForm
        me={{ id: me.id, name: me.name }}
        reports={me.directReports}
        skills={skills}
        initialSubjectId={typeof subject === "string" ? subject : null}
      />
    </div>
  );
}
