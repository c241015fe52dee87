import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RequestStatusChip, RoundStatusChip } from "@/components/feedback/chips";
import styles from "@/components/feedback/feedback.module.css";
import { closingDay, closingLabel, GROUP_LABEL } from "@/components/feedback/feedback-format";
import { graphql } from "@/gql";
import { apiErrorCode } from "@/lib/apollo/errors";
import { readAsViewer } from "@/lib/apollo/read";
import { AnswerForm } from "./answer-form";
import { DeclineForm } from "./decline-form";
import { PrivacyNote } from "./privacy-note";

export const metadata: Metadata = { title: "Give feedback" };

const AnswerPageQuery = graphql(`
  query FeedbackAnswerPage($id: ID!) {
    feedbackRound(id: $id) {
      id
      title
      status
      closesAt
      anonymityThreshold
      questions
      subject {
        id
        name
        title
      }
      skills {
        id
        name
        description
      }
      myRequest {
        id
        version
        status
        relationship
        declineReason
        viewerCanAnswer
        response {
          ratings {
            level
            skill {
              id
            }
          }
          answers {
            questionIndex
            text
          }
        }
      }
    }
  }
`);

async function readAnswerPage(id: string) {
  try {
    return await readAsViewer(AnswerPageQuery, { id });
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "NOT_FOUND" || code === "BAD_USER_INPUT") notFound();
    throw error;
  }
}

const NOTICES: Record<string, string> = {
  saved: "Thank you — your answers are saved. You can change them until the round closes.",
  declined: "You declined this request. The people running the round see your reason with your name.",
};

export default async function AnswerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const [{ id }, { notice }] = await Promise.all([params, searchParams]);
  const { feedbackRound: round } = await readAnswerPage(id);
  const request = round.myRequest;
  // Not asked in this round: nothing to answer here.
  if (!request) notFound();
  const subjectName = round.subject?.name ?? "a former colleague";
  const self = request.relationship === "SELF";
  const noticeText = notice ? NOTICES[notice] : undefined;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <p className={styles.eyebrow}>
          <Link href="/feedback">Feedback</Link> · {self ? "Self-assessment" : "Feedback request"}
        </p>
        <h1 className={styles.title}>{self ? "Assess yourself" : `Feedback for ${subjectName}`}</h1>
        <div className={styles.chips}>
          <RequestStatusChip status={request.status} />
          {round.status === "CLOSED" ? <RoundStatusChip status="CLOSED" /> : null}
          <span className={styles.muted}>
            {round.title} ·{" "}
            {round.status === "OPEN"
              ? `closes ${closingDay(round.closesAt)} (${closingLabel(round.closesAt, "OPEN")})`
              : closingLabel(round.closesAt, round.status)}
          </span>
        </div>
      </header>

      {noticeText ? (
        <p role="status" className="notice notice-info">
          {noticeText}
        </p>
      ) : null}

      <PrivacyNote
        relationship={request.relationship}
        subjectName={subjectName}
        threshold={round.anonymityThreshold}
      />

      {request.status === "DECLINED" ? (
        <section className={styles.card} aria-labelledby="declined-title">
          <h2 id="declined-title" className={styles.cardTitle}>
            You declined
          </h2>
          <p className={styles.muted}>
            Your reason, shown with your name to the people running the round: “{request.declineReason}”
          </p>
        </section>
      ) : request.viewerCanAnswer ? (
        <>
          <AnswerForm
            roundId={round.id}
            requestId={request.id}
            version={request.version}
            answered={request.status === "SUBMITTED"}
            skills={round.skills}
            questions={round.questions}
            response={request.response}
            anonymousAs={
              self || request.relationship === "MANAGER" ? null : GROUP_LABEL[request.relationship]
            }
          />
          {request.status === "PENDING" ? <DeclineForm roundId={round.id} requestId={request.id} /> : null}
        </>
      ) : (
        <ClosedAnswers round={round} response={request.response} />
      )}
    </div>
  );
}

type Round = Awaited<ReturnType<typeof readAnswerPage>>["feedbackRound"];

/** After closing: what you answered, read-only (only you ever see it like this). */
function ClosedAnswers({
  round,
  response,
}: {
  round: Round;
  response: NonNullable<Round["myRequest"]>["response"];
}) {
  if (!response) {
    return <p className={styles.muted}>This round is closed; you didn't answer. Nothing more to do here.</p>;
  }
  const levelOf = (skillId: string) => response.ratings.find((r) => r.skill.id === skillId)?.level;
  return (
    <section className={styles.card} aria-labelledby="your-answers-title">
      <h2 id="your-answers-title" className={styles.cardTitle}>
        What you answered
      </h2>
      <dl className={styles.facts}>
        {round.skills.map((skill) => (
          <div key={skill.id}>
            <dt>{skill.name}</dt>
            <dd>{levelOf(skill.id) ?? "Can't say"}</dd>
          </div>
        ))}
      </dl>
      {round.questions.map((question, index) => (
        <div key={question}>
          <p className={styles.subTitle}>{question}</p>
          <p className={styles.muted}>
            {response.answers.find((a) => a.questionIndex === index)?.text || "No answer."}
          </p>
        </div>
      ))}
    </section>
  );
}
