"use client";

import { useApolloClient } from "@apollo/client/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import styles from "@/components/feedback/feedback.module.css";
import { type FormErrors, formErrorsOf, NO_ERRORS } from "@/components/feedback/form-errors";
import { NameTagIcon } from "@/components/feedback/privacy-icons";
import { FieldMessage } from "@/components/form/field-message";
import { graphql } from "@/gql";
import { describedBy } from "@/lib/forms/field-errors";

const DeclineFeedbackRequestMutation = graphql(`
  mutation DeclineFeedbackRequest($input: DeclineFeedbackRequestInput!) {
    declineFeedbackRequest(input: $input) {
      id
      status
      version
    }
  }
`);

/** Saying no, with a reason — which is NOT anonymous: the API shows it with the reviewer's name. */
export function DeclineForm({ roundId, requestId }: { roundId: string; requestId: string }) {
  const client = useApolloClient();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);

  async function decline(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors({
        fields: { "input.reason": "Say briefly why, e.g. “We haven't worked together”." },
        stale: false,
      });
      document.getElementById("decline-reason")?.focus();
      return;
    }
    setPending(true);
    setErrors(NO_ERRORS);
    try {
      await client.mutate({
        mutation: DeclineFeedbackRequestMutation,
        variables: { input: { requestId, reason: reason.trim() } },
      });
      router.replace(`/feedback/rounds/${roundId}/answer?notice=declined`);
      router.refresh();
    } catch (error) {
      setErrors(formErrorsOf(error, (field) => field === "input.reason"));
      router.refresh();
    } finally {
      setPending(false);
    }
  }

  const error = errors.fields["input.reason"];
  return (
    <details className={styles.card}>
      <summary className={styles.cardTitle}>Can't give feedback? Decline this request</summary>
      <form className={styles.form} onSubmit={decline} noValidate>
        <div
          className={`${styles.privacy} ${styles.privacyNamed}`}
          role="note"
          aria-label="Who reads your reason"
        >
          <span className={styles.privacyIcon}>
            <NameTagIcon />
          </span>
          <p>
            <strong>Your reason is not anonymous.</strong> It is shown with your name to the people running
            the round (the person it is about, their managers and HR).
          </p>
        </div>
        <div role="alert">
          {errors.message ? <p className="notice notice-error">{errors.message}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="decline-reason">Reason (shown with your name)</label>
          <textarea
            id="decline-reason"
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            {...describedBy("decline-reason", error)}
          />
          <FieldMessage id="decline-reason" error={error} />
        </div>
        <div className={styles.buttons}>
          <button type="submit" className="button button-danger" disabled={pending}>
            {pending ? "Declining…" : "Decline request"}
          </button>
        </div>
      </form>
    </details>
  );
}
