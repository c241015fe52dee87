"use client";

import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { ConfirmBar } from "@/components/growth/ui/confirm-bar";
import ui from "@/components/growth/ui/ui.module.css";
import { useApiAction } from "@/components/growth/ui/use-api-action";
import styles from "../mentoring.module.css";
import type { Mentorship } from "./mentoring.fragments";
import { CancelMentorshipMutation, CompleteMentorshipMutation } from "./mentoring.mutations";

type Step = "complete" | "cancel";

/**
 * Ending a mentorship: "completed" when it ran its course, "cancelled" to stop it or to withdraw a
 * request. Both ask for a confirmation first, since neither can be undone.
 */
export function EndActions({ mentorship, otherName }: { mentorship: Mentorship; otherName: string }) {
  const [confirming, setConfirming] = useState<Step>();
  const action = useApiAction();
  const [complete] = useMutation(CompleteMentorshipMutation);
  const [cancel] = useMutation(CancelMentorshipMutation);
  const active = mentorship.status === "ACTIVE";
  const cancelLabel = active ? "Cancel" : "Withdraw request";

  async function confirm(step: Step) {
    const input = { id: mentorship.id, version: mentorship.version };
    const ok = await action.run(() => (step === "complete" ? complete : cancel)({ variables: { input } }));
    if (ok) setConfirming(undefined);
  }

  return (
    <div className={styles.endActions}>
      <div className={ui.live} role="alert">
        {action.message ? <p className={ui.alert}>{action.message}</p> : null}
      </div>
      {confirming ? (
        <ConfirmBar
          className={styles.confirm}
          question={
            confirming === "complete"
              ? `Mark the mentorship with ${otherName} as completed?`
              : active
                ? `Stop the mentorship with ${otherName}?`
                : `Withdraw your request to ${otherName}?`
          }
          confirmLabel={
            confirming === "complete" ? "Yes, completed" : active ? "Yes, cancel it" : "Yes, withdraw"
          }
          pending={action.pending}
          danger={confirming === "cancel"}
          onConfirm={() => confirm(confirming)}
          onCancel={() => setConfirming(undefined)}
        />
      ) : (
        <div className={ui.actions}>
          {active ? (
            <button
              type="button"
              className={`button ${ui.buttonSmall}`}
              onClick={() => {
                action.reset();
                setConfirming("complete");
              }}
            >
              Complete<span className="visually-hidden"> the mentorship with {otherName}</span>
            </button>
          ) : null}
          <button
            type="button"
            className={`button ${ui.buttonSmall} ${ui.buttonDanger}`}
            onClick={() => {
              action.reset();
              setConfirming("cancel");
            }}
          >
            {cancelLabel}
            <span className="visually-hidden">
              {active ? " the mentorship with " : " to "}
              {otherName}
            </span>
          </button>
        </div>
      )}
    </div>
  );
}
