import type { ResultOf } from "@graphql-typed-document-node/core";
import styles from "@/components/feedback/feedback.module.css";
import { countOf, GROUP_LABEL } from "@/components/feedback/feedback-format";
import { graphql } from "@/gql";
import report from "./report.module.css";
import { ReportComments } from "./report-comments";
import { SkillChart } from "./skill-chart";

export const FeedbackReportViewFields = graphql(`
  fragment FeedbackReportView on FeedbackReport {
    threshold
    selfSubmitted
    managerSubmitted
    suppressedGroups
    groups {
      relationship
      shown
      responseCount
    }
    skills {
      skill {
        id
        name
      }
      self
      manager
      others
      othersCount
      combined
      strength
      growthArea
      blindSpot
      hiddenStrength
      groups {
        relationship
        average
        ratingCount
      }
    }
    questions {
      questionIndex
      question
      self
      manager
      comments {
        relationship
        text
      }
    }
    strengths {
      id
      name
    }
    growthAreas {
      id
      name
    }
    blindSpots {
      id
      name
    }
    hiddenStrengths {
      id
      name
    }
  }
`);

export type ReportData = ResultOf<typeof FeedbackReportViewFields>;

/**
 * The report of a closed round. Self and manager are named; every other group is shown only with
 * enough answers, and a group with too few is said plainly — never counted, never folded into
 * "all others", and none of its comments appear.
 */
export function Report({ data, subjectName }: { data: ReportData; subjectName: string }) {
  const shown = data.groups.filter((group) => group.shown);
  return (
    <section id="report" className={report.report} aria-labelledby="report-title">
      <div className={styles.sectionHead}>
        <h2 id="report-title" className={styles.sectionTitle}>
          The report
        </h2>
        <p className={`${styles.muted} ${styles.small}`}>
          Self and manager are named. Other groups are anonymous and shown only with at least {data.threshold}{" "}
          answers.
        </p>
      </div>

      <div className={styles.card}>
        <h3 className={styles.cardTitle}>Who is in this report</h3>
        <ul className={report.groups}>
          <li className={report.group}>
            <span className={report.groupName}>Self</span>
            <span>
              {data.selfSubmitted ? `${subjectName}'s self-assessment` : "No self-assessment was submitted."}
            </span>
          </li>
          <li className={report.group}>
            <span className={report.groupName}>Manager</span>
            <span>{data.managerSubmitted ? "The manager answered." : "The manager didn't answer."}</span>
          </li>
          {shown.map((group) => (
            <li key={group.relationship} className={report.group}>
              <span className={report.groupName}>{GROUP_LABEL[group.relationship]}</span>
              <span>
                {countOf(group.responseCount ?? 0, "person answered", "people answered")}; shown anonymously.
              </span>
            </li>
          ))}
          {data.suppressedGroups.map((relationship) => (
            <li
              key={relationship}
              className={`${report.group} ${report.suppressed}`}
              data-testid="suppressed-group"
            >
              <span className={report.groupName}>{GROUP_LABEL[relationship]}</span>
              <span>
                {GROUP_LABEL[relationship]}: fewer than {data.threshold} answered, so their ratings and
                comments are hidden to keep them anonymous.
              </span>
            </li>
          ))}
        </ul>
      </div>

      <SkillChart data={data} />

      <Insights data={data} />

      <ReportComments data={data} subjectName={subjectName} />
    </section>
  );
}

const INSIGHTS = [
  { key: "strengths", title: "Strengths", help: "Rated highest overall." },
  { key: "growthAreas", title: "Growth areas", help: "Rated lowest overall: good candidates for goals." },
  {
    key: "blindSpots",
    title: "Blind spots",
    help: "Rated at least a level higher by themself than by others.",
  },
  {
    key: "hiddenStrengths",
    title: "Hidden strengths",
    help: "Others rate at least a level higher than they rate themself.",
  },
] as const;

function Insights({ data }: { data: ReportData }) {
  return (
    <div className={report.insights}>
      {INSIGHTS.map(({ key, title, help }) => {
        const skills = data[key];
        const id = `insight-${key}`;
        return (
          <section key={key} className={`${styles.card} ${report.insight}`} aria-labelledby={id}>
            <h3 id={id} className={styles.cardTitle}>
              {title}
            </h3>
            <p className={`${styles.muted} ${styles.small}`}>{help}</p>
            {skills.length ? (
              <ul className={styles.chipList} aria-labelledby={id}>
                {skills.map((skill) => (
                  <li key={skill.id} className={report.skillChip}>
                    {skill.name}
                  </li>
                ))}
              </ul>
            ) : (
              <p className={`${styles.muted} ${styles.small}`}>None in this round.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
