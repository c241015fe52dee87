"use client";

import { useApolloClient } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldMessage } from "@/components/form/field-message";
import { graphql } from "@/gql";
import { apiErrorCode, apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";
import { describedBy } from "@/lib/forms/field-errors";
import styles from "./goal-page.module.css";

const ApproveGoalMutation = graphql(`
  mutation ApproveGoal($input: ApproveGoalInput!) {
    approveGoal(input: $input) {
      id
      status
      version
    }
  }
`);

const SendBackGoalMutation = graphql(`
  mutation SendBackGoal($input: SendBackGoalInput!) {
    sendBackGoal(input: $input) {
      id
      status
      version
    }
  }
`);

/**
 * Shown only when the API says the viewer may approve (`viewerCanApprove`). Approving takes an
 * optional note; sending back needs a comment saying what to change. The version read with the
 * page goes along, so nobody approves a goal that changed after they read it.
 */
export function ApprovalPanel({
  goalId,
  version,
  ownerName,
}: {
  goalId: string;
  version: number;
  ownerName: string;
}) {
  const client = useApolloClient();
  const router = useRouter();
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState<"approve" | "sendBack" | null>(null);

  async function decide(decision: "approve" | "sendBack") {
    setMessage(undefined);
    setCommentError(undefined);
    if (decision === "sendBack" && !comment.trim()) {
      setCommentError("Say what should change before the goal is submitted again.");
      document.getElementById("approval-comment")?.focus();
      return;
    }
    setPending(decision);
    try {
      const input = { id: goalId, version, comment: comment.trim() || null };
      if (decision === "approve")
        await client.mutate({ mutation: ApproveGoalMutation, variables: { input } });
      else
        await client.mutate({
          mutation: SendBackGoalMutation,
          variables: { input: { ...input, comment: comment.trim() } },
        });
      router.replace(`/goals/${goalId}?notice=${decision === "approve" ? "approved" : "sent-back"}`);
      router.refresh();
    } catch (error) {
      if (apiErrorCode(error) === "CONFLICT") {
        setMessage(
          "Someone changed this goal meanwhile — here is the latest version. Review it, then decide again.",
        );
        router.refresh();
      } else {
        const field = apiFieldErrors(error).find((f) => f.field === "input.comment");
        if (field) setCommentError(field.message);
        else setMessage(apiErrorMessage(error) ?? "That didn't work. Please try again.");
      }
    } finally {
      setPending(null);
    }
  }

  return (
    <section className={styles.approval} aria-labelledby="approval-title">
      <div>
        <h2 id="approval-title" className={styles.approvalTitle}>
          Waiting for your approval
        </h2>
        <p className={styles.muted}>
          {ownerName} asked you to agree this goal. Approve it to make it active, or send it back with what to
          change.
        </p>
      </div>
      <div role="alert">{message ? <p className="notice notice-warning">{message}</p> : null}</div>
      <div className="field">
        <label htmlFor="approval-comment">Comment</label>
        <textarea
          id="approval-comment"
          value={comment}
          maxLength={2000}
          rows={3}
          onChange={(event) => setComment(event.target.value)}
          {...describedBy("approval-comment", commentError, "approval-comment-hint")}
        />
        <p id="approval-comment-hint" className="field-hint">
          Optional when approving; needed when sending back.
        </p>
        <FieldMessage id="approval-comment" error={commentError} />
      </div>
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button-primary"
          disabled={pending !== null}
          onClick={() => void decide("approve")}
        >
          {pending === "approve" ? "Approving…" : "Approve"}
        </button>
        <button
          type="button"
          className="button"
          disabled={pending !== null}
          onClick={() => void decide("sendBack")}
        >
          {pending === "sendBack" ? "Sending back…" : "Send back"}
        </button>
      </div>
    </section>
  );
}
