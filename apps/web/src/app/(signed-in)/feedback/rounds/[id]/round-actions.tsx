"use client";

import { useApolloClient } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "@/components/feedback/feedback.module.css";
import { formErrorsOf } from "@/components/feedback/form-errors";
import { graphql } from "@/gql";
import type { FeedbackRoundStatus } from "@/gql/graphql";

const OpenRoundMutation = graphql(`
  mutation OpenFeedbackRound($input: FeedbackRoundTransitionInput!) {
    openFeedbackRound(input: $input) {
      id
      status
      version
    }
  }
`);

const CloseRoundMutation = graphql(`
  mutation CloseFeedbackRound($input: FeedbackRoundTransitionInput!) {
    closeFeedbackRound(input: $input) {
      id
      status
      version
    }
  }
`);

const ApproveNominationsMutation = graphql(`
  mutation ApproveFeedbackNominations($input: FeedbackRoundIdInput!) {
    approveFeedbackNominations(input: $input) {
      id
    }
  }
`);

const RemindReviewersMutation = graphql(`
  mutation RemindFeedbackReviewers($input: FeedbackRoundIdInput!) {
    remindFeedbackReviewers(input: $input)
  }
`);

type Action = "open" | "close" | "approve" | "remind";

/**
 * The next step of a round for the people running it: approve the nominations (the subject's
 * manager), open it, remind reviewers, close it. Open and close send the version read with the
 * page: if the round changed meanwhile the API says CONFLICT and the page shows the fresh state.
 */
export function RoundActions({
  roundId,
  version,
  status,
  waitingApproval,
  canApprove,
  canRemind,
  pendingCount,
}: {
  roundId: string;
  version: number;
  status: FeedbackRoundStatus;
  waitingApproval: number;
  canApprove: boolean;
  canRemind: boolean;
  pendingCount: number;
}) {
  const client = useApolloClient();
  const router = useRouter();
  const [pending, setPending] = useState<Action | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "info" | "warning"; text: string }>();
  const [confirmClose, setConfirmClose] = useState(false);

  async function run(action: Action) {
    setPending(action);
    setMessage(undefined);
    try {
      if (action === "open") {
        await client.mutate({ mutation: OpenRoundMutation, variables: { input: { id: roundId, version } } });
        router.replace(`/feedback/rounds/${roundId}?notice=opened`);
      } else if (action === "close") {
        await client.mutate({ mutation: CloseRoundMutation, variables: { input: { id: roundId, version } } });
        router.replace(`/feedback/rounds/${roundId}?notice=closed`);
      } else if (action === "approve") {
        await client.mutate({ mutation: ApproveNominationsMutation, variables: { input: { roundId } } });
        router.replace(`/feedback/rounds/${roundId}?notice=approved`);
      } else {
        const { data } = await client.mutate({
          mutation: RemindReviewersMutation,
          variables: { input: { roundId } },
        });
        const count = data?.remindFeedbackReviewers ?? 0;
        setMessage({
          tone: "info",
          text:
            count === 0
              ? "Nobody needed a reminder."
              : `Reminded ${count} reviewer${count === 1 ? "" : "s"} who haven't answered yet.`,
        });
      }
      router.refresh();
    } catch (error) {
      const errors = formErrorsOf(error, () => false);
      setMessage(
        errors.stale
          ? {
              tone: "warning",
              text: "Someone changed this round meanwhile — here is its latest state. Check it, then try again.",
            }
          : { tone: "error", text: errors.message ?? "That didn't work. Please try again." },
      );
      router.refresh();
    } finally {
      setPending(null);
      setConfirmClose(false);
    }
  }

  const busy = pending !== null;
  return (
    <section className={styles.card} aria-labelledby="next-step-title">
      <h2 id="next-step-title" className={styles.cardTitle}>
        {status === "DRAFT" ? "Next step" : status === "OPEN" ? "While the round is open" : "Round closed"}
      </h2>
      <div role="status">
        {message ? <p className={`notice notice-${message.tone}`}>{message.text}</p> : null}
      </div>

      {status === "DRAFT" && canApprove && waitingApproval > 0 ? (
        <div className={styles.buttons}>
          <p className={styles.muted}>
            {waitingApproval} nomination{waitingApproval === 1 ? " waits" : "s wait"} for your approval.
            Remove anyone you'd rather not ask, then approve the rest.
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void run("approve")}
          >
            {pending === "approve" ? "Approving…" : "Approve nominations"}
          </button>
        </div>
      ) : null}

      {status === "DRAFT" ? (
        <div className={styles.buttons}>
          <p className={styles.muted}>
            {waitingApproval > 0 && !canApprove
              ? "The round can open once the manager has approved the nominations."
              : "Opening asks every reviewer for their feedback (they are notified). Reviewers can't be added afterwards."}
          </p>
          <button
            type="button"
            className={waitingApproval > 0 ? "button" : "button button-primary"}
            disabled={busy}
            onClick={() => void run("open")}
          >
            {pending === "open" ? "Opening…" : "Open the round"}
          </button>
        </div>
      ) : null}

      {status === "OPEN" ? (
        <>
          {canRemind ? (
            <div className={styles.buttons}>
              <p className={styles.muted}>
                {pendingCount > 0
                  ? `${pendingCount} reviewer${pendingCount === 1 ? " hasn't" : "s haven't"} answered yet. A reminder goes to them only (at most once a day).`
                  : "Everyone has answered or declined."}
              </p>
              <button
                type="button"
                className="button"
                disabled={busy || pendingCount === 0}
                onClick={() => void run("remind")}
              >
                {pending === "remind" ? "Reminding…" : "Remind reviewers"}
              </button>
            </div>
          ) : null}
          <div className={styles.buttons}>
            <p className={styles.muted}>
              Closing ends answering for everyone; the report becomes readable. It also closes by itself on
              the closing date.
            </p>
            {confirmClose ? (
              <>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={() => void run("close")}
                >
                  {pending === "close" ? "Closing…" : "Yes, close it now"}
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => setConfirmClose(false)}
                >
                  Keep it open
                </button>
              </>
            ) : (
              <button type="button" className="button" disabled={busy} onClick={() => setConfirmClose(true)}>
                Close the round
              </button>
            )}
          </div>
        </>
      ) : null}
    </section>
  );
}
