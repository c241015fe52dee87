import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";
import styles from "./charts/charts.module.css";
import { count, percent } from "./charts/format";
import hr from "./hr.module.css";
import card from "./mentorship-coverage.module.css";

export const MentorshipCoverageFields = graphql(`
  fragment MentorshipCoverageCard on MentorshipCoverage {
    activeMentorships
    proposedMentorships
    peopleWithGrowthAreas
    peopleWithGrowthAreasMentored
    coverage
  }
`);

type Coverage = ResultOf<typeof MentorshipCoverageFields>;

const RADIUS = 42;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A ring filled to the share of people with growth areas who have a mentor. */
function CoverageRing({ coverage, label }: { coverage: number; label: string }) {
  return (
    <svg viewBox="0 0 100 100" className={styles.ring} role="img" aria-label={label}>
      <circle cx="50" cy="50" r={RADIUS} fill="none" strokeWidth="10" className={styles.ringTrack} />
      <circle
        cx="50"
        cy="50"
        r={RADIUS}
        fill="none"
        strokeWidth="10"
        strokeLinecap="round"
        className={styles.ringValue}
        strokeDasharray={`${coverage * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
        transform="rotate(-90 50 50)"
      />
      <text x="50" y="50" textAnchor="middle" dominantBaseline="central" className={styles.ringText}>
        {percent(coverage)}
      </text>
    </svg>
  );
}

/** How well mentoring reaches the people who want to grow. */
export function MentorshipCoverageCard({ mentorship }: { mentorship: Coverage }) {
  const { coverage } = mentorship;
  return (
    <div className={card.layout}>
      {coverage === null ? (
        <p className={hr.empty}>
          Nobody has marked a growth area yet, so there is no one to match with a mentor.
        </p>
      ) : (
        <CoverageRing
          coverage={coverage}
          label={`Mentoring coverage ${percent(coverage)}: ${mentorship.peopleWithGrowthAreasMentored} of ${count(
            mentorship.peopleWithGrowthAreas,
            "person",
            "people",
          )} with growth areas have a mentor.`}
        />
      )}
      <dl className={card.facts}>
        <div>
          <dt>People with growth areas</dt>
          <dd>{mentorship.peopleWithGrowthAreas}</dd>
        </div>
        <div>
          <dt>…of whom have a mentor</dt>
          <dd>{mentorship.peopleWithGrowthAreasMentored}</dd>
        </div>
        <div>
          <dt>Active mentorships</dt>
          <dd>{mentorship.activeMentorships}</dd>
        </div>
        <div>
          <dt>Requests waiting for an answer</dt>
          <dd>{mentorship.proposedMentorships}</dd>
        </div>
      </dl>
    </div>
  );
}
