"use client";

import { useMutation } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { graphql } from "@/gql";
import { apiErrorCode, apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";
import styles from "./goal-approval.module.css";

const ApproveGoalMutation = graphql(`
  mutation ApproveTeamGoal($input: ApproveGoalInput!) {
    approveGoal(input: $input) {
      id
      status
      version
    }
  }
`);

const SendBackGoalMutation = graphql(`
  mutation SendBackTeamGoal($input: SendBackGoalInput!) {
    sendBackGoal(input: $input) {
      id
      status
      version
      approvalComment
    }
  }
`);

export interface PendingGoal {
  id: string;
  version: number;
  title: string;
}

/** What went wrong, in words for the manager; CONFLICT means the page is out of date. */
function problem(error: unknown): string {
  switch (apiErrorCode(error)) {
    case "CONFLICT":
      return "This goal changed since the page loaded. The page now shows the latest version; try again.";
    case "FORBIDDEN":
    case "NOT_FOUND":
      return "You can no longer decide on this goal.";
    default:
      return apiErrorMessage(error) ?? "Something went wrong. Please try again.";
  }
}

/**
 * Approve, or send back with a comment (required), right where the goal is listed. On success the
 * server-rendered page refreshes and `onDecided` tells the list what to announce.
 */
export function GoalApproval({
  goal,
  onDecided,
}: {
  goal: PendingGoal;
  onDecided: (message: string) => void;
}) {
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<"idle" | "sendBack">("idle");
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string>();
  const [error, setError] = useState<string>();
  const [approve, approving] = useMutation(ApproveGoalMutation);
  const [sendBack, sendingBack] = useMutation(SendBackGoalMutation);
  const busy = approving.loading || sendingBack.loading;

  function fail(caught: unknown) {
    const fieldError = apiFieldErrors(caught).find((field) => field.field.endsWith("comment"));
    if (fieldError) {
      setCommentError(fieldError.message);
      return;
    }
    setError(problem(caught));
    if (apiErrorCode(caught) === "CONFLICT") router.refresh();
  }

  async function onApprove() {
    setError(undefined);
    try {
      await approve({ variables: { input: { id: goal.id, version: goal.version } } });
      onDecided(`Approved “${goal.title}”. It is active now.`);
      router.refresh();
    } catch (caught) {
      fail(caught);
    }
  }

  async function onSendBack(event: React.FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (!comment.trim()) {
      setCommentError("Say what should change before the goal is submitted again.");
      return;
    }
    setCommentError(undefined);
    try {
      await sendBack({ variables: { input: { id: goal.id, version: goal.version, comment } } });
      onDecided(`Sent “${goal.title}” back with your comment.`);
      router.refresh();
    } catch (caught) {
      fail(caught);
    }
  }

  return (
    <div className={styles.approval}>
      {mode === "idle" ? (
        <div className={styles.actions}>
          <button
            type="button"
            className="button button-primary"
            onClick={onApprove}
            disabled={busy}
            aria-label={`Approve “${goal.title}”`}
          >
            {approving.loading ? "Approving…" : "Approve"}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setMode("sendBack")}
            disabled={busy}
            aria-label={`Send back “${goal.title}”`}
          >
            Send back
          </button>
        </div>
      ) : (
        <form className={styles.sendBack} onSubmit={onSendBack} noValidate>
          <div className="field">
            <label htmlFor={`${id}-comment`}>What should change?</label>
            <textarea
              id={`${id}-comment`}
              className={styles.comment}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              rows={3}
              required
              // biome-ignore lint/a11y/noAutofocus: the person just asked to write this comment
              autoFocus
              aria-invalid={commentError ? true : undefined}
              aria-describedby={commentError ? `${id}-comment-error` : undefined}
            />
            {commentError ? (
              <p id={`${id}-comment-error`} className="field-error">
                {commentError}
              </p>
            ) : null}
          </div>
          <div className={styles.actions}>
            <button type="submit" className="button button-primary" disabled={busy}>
              {sendingBack.loading ? "Sending back…" : "Send back"}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                setMode("idle");
                setCommentError(undefined);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
