import type { Metadata } from "next";
import Link from "next/link";
import { RoundStatusChip } from "@/components/feedback/chips";
import styles from "@/components/feedback/feedback.module.css";
import { closingDay, closingLabel, RELATIONSHIP_LABEL } from "@/components/feedback/feedback-format";
import { formatMoment } from "@/components/goal/goal-format";
import { Nominations } from "./nominations";
import { readRoundPage } from "./read-round";
import { Report } from "./report";
import { ResponseStatus } from "./response-status";
import { RoundActions } from "./round-actions";
import page from "./round-page.module.css";

export const metadata: Metadata = { title: "360 round" };

const NOTICES: Record<string, string> = {
  created: "Your draft is ready. Nominate reviewers, then open the round.",
  approved: "Nominations approved. The round can open now.",
  opened: "The round is open: every reviewer has been asked for their feedback.",
  closed: "The round is closed. The report is ready below.",
};

export default async function FeedbackRoundPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const [{ id }, { notice }] = await Promise.all([params, searchParams]);
  const { feedbackRound: round, me } = await readRoundPage(id);
  const subjectName = round.subject?.name ?? "A former colleague";
  const viewerIsSubject = round.subject?.id === me.id;
  const requests = round.requests ?? [];
  const waitingApproval = requests.filter((r) => !r.approved).length;
  const pendingCount = requests.filter((r) => r.status === "PENDING").length;
  const mine = round.myRequest;
  const noticeText = notice ? NOTICES[notice] : undefined;

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <p className={styles.eyebrow}>
          <Link href="/feedback">Feedback</Link> · 360 round
        </p>
        <h1 className={styles.title}>{round.title}</h1>
        <div className={styles.chips}>
          <RoundStatusChip status={round.status} />
          <span className={styles.muted}>
            About {viewerIsSubject ? "you" : subjectName} ·{" "}
            {round.status === "CLOSED"
              ? `closed ${round.closedAt ? formatMoment(round.closedAt) : closingDay(round.closesAt)}`
              : `closes ${closingDay(round.closesAt)} (${closingLabel(round.closesAt, round.status)})`}
          </span>
        </div>
      </header>

      {noticeText ? (
        <p role="status" className="notice notice-info">
          {noticeText}
        </p>
      ) : null}

      {mine && round.status === "OPEN" ? (
        <div className={`${styles.card} ${page.askBanner}`}>
          <p className={styles.muted}>
            {mine.relationship === "SELF"
              ? "Your self-assessment is part of this round."
              : `You're asked for feedback here, as ${RELATIONSHIP_LABEL[mine.relationship].toLowerCase()}.`}{" "}
            {mine.status === "SUBMITTED"
              ? "You answered; you can change your answers until it closes."
              : null}
            {mine.status === "DECLINED" ? "You declined." : null}
          </p>
          {mine.viewerCanAnswer ? (
            <Link
              href={`/feedback/rounds/${round.id}/answer`}
              className={mine.status === "PENDING" ? "button button-primary" : "button"}
            >
              {mine.status === "PENDING"
                ? mine.relationship === "SELF"
                  ? "Assess yourself"
                  : "Give feedback"
                : mine.status === "SUBMITTED"
                  ? "Edit your answers"
                  : "View"}
            </Link>
          ) : null}
        </div>
      ) : null}

      {round.report ? <Report data={round.report} subjectName={subjectName} /> : null}

      <div className={page.layout}>
        <div className={page.main}>
          {round.viewerCanManage && round.status !== "CLOSED" ? (
            <RoundActions
              roundId={round.id}
              version={round.version}
              status={round.status}
              waitingApproval={waitingApproval}
              canApprove={round.viewerCanApproveNominations}
              canRemind={!viewerIsSubject}
              pendingCount={pendingCount}
            />
          ) : null}
          {round.viewerCanManage && round.status === "DRAFT" ? (
            <Nominations
              roundId={round.id}
              requests={requests}
              subject={{ id: round.subject?.id ?? "", name: subjectName }}
              viewerIsSubject={viewerIsSubject}
              threshold={round.anonymityThreshold}
            />
          ) : null}
          {round.viewerCanManage && round.status !== "DRAFT" ? (
            <ResponseStatus requests={requests} status={round.status} />
          ) : null}
          {!round.viewerCanManage ? (
            <section className={styles.card} aria-labelledby="about-round-title">
              <h2 id="about-round-title" className={styles.cardTitle}>
                About this round
              </h2>
              <p className={styles.muted}>
                {subjectName} asked colleagues how they see their skills. Only {subjectName}, their managers
                and HR see who was asked; nobody sees who said what.
              </p>
            </section>
          ) : null}
        </div>

        <aside className={page.aside} aria-label="Round details">
          <section className={styles.card} aria-labelledby="details-title">
            <h2 id="details-title" className={styles.cardTitle}>
              Details
            </h2>
            <dl className={page.facts}>
              <div>
                <dt>About</dt>
                <dd>
                  {round.subject ? (
                    <>
                      {round.subject.name}, {round.subject.title}
                    </>
                  ) : (
                    "A former colleague"
                  )}
                </dd>
              </div>
              <div>
                <dt>Closing date</dt>
                <dd>{closingDay(round.closesAt)} (end of day, UTC)</dd>
              </div>
              <div>
                <dt>Anonymity threshold</dt>
                <dd>{round.anonymityThreshold} answers per group</dd>
              </div>
              <div>
                <dt>Skills rated</dt>
                <dd>
                  <ul className={page.skillNames}>
                    {round.skills.map((skill) => (
                      <li key={skill.id}>{skill.name}</li>
                    ))}
                  </ul>
                </dd>
              </div>
              <div>
                <dt>Questions</dt>
                <dd>
                  <ol className={styles.questions}>
                    {round.questions.map((question) => (
                      <li key={question}>{question}</li>
                    ))}
                  </ol>
                </dd>
              </div>
            </dl>
          </section>
        </aside>
      </div>
    </div>
  );
}
