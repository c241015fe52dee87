"use client";

import { useMutation } from "@apollo/client/react";
import { useId, useState } from "react";
import ui from "@/components/growth/ui/ui.module.css";
import { formLevelMessage, useApiAction } from "@/components/growth/ui/use-api-action";
import styles from "../mentoring.module.css";
import type { Mentorship } from "./mentoring.fragments";
import { AcceptMentorshipMutation, DeclineMentorshipMutation } from "./mentoring.mutations";

/** The mentor's answer to a request: accept or decline, with an optional note for the mentee. */
export function RespondForm({ mentorship, menteeName }: { mentorship: Mentorship; menteeName: string }) {
  const id = useId();
  const [response, setResponse] = useState("");
  const action = useApiAction();
  const [accept] = useMutation(AcceptMentorshipMutation);
  const [decline] = useMutation(DeclineMentorshipMutation);
  const [answered, setAnswered] = useState<"accepted" | "declined">();

  async function answer(kind: "accept" | "decline") {
    const input = { id: mentorship.id, version: mentorship.version, response: response.trim() || null };
    const ok = await action.run(() => (kind === "accept" ? accept : decline)({ variables: { input } }));
    if (ok) setAnswered(kind === "accept" ? "accepted" : "declined");
  }

  const responseError = action.fieldError("input.response");
  const message = formLevelMessage(action, ["input.response"]);
  return (
    <form className={`${ui.form} ${styles.respond}`} onSubmit={(event) => event.preventDefault()} noValidate>
      <div className="field">
        <label htmlFor={`${id}-response`}>Your answer to {menteeName} (optional)</label>
        <textarea
          id={`${id}-response`}
          className={ui.control}
          value={response}
          maxLength={2000}
          rows={2}
          placeholder="e.g. Happy to! Shall we meet every other Thursday?"
          onChange={(event) => setResponse(event.target.value)}
          aria-invalid={responseError ? true : undefined}
          aria-describedby={responseError ? `${id}-response-error` : undefined}
        />
        {responseError ? (
          <p id={`${id}-response-error`} className="field-error">
            {responseError}
          </p>
        ) : null}
      </div>
      <div className={ui.live} role="alert">
        {message ? <p className={ui.alert}>{message}</p> : null}
      </div>
      <div className={ui.actions}>
        <button
          type="button"
          className={`button button-primary ${ui.buttonSmall}`}
          disabled={action.pending}
          onClick={() => answer("accept")}
        >
          Accept<span className="visually-hidden"> {menteeName}</span>
        </button>
        <button
          type="button"
          className={`button ${ui.buttonSmall}`}
          disabled={action.pending}
          onClick={() => answer("decline")}
        >
          Decline<span className="visually-hidden"> {menteeName}</span>
        </button>
        <span className={ui.live} role="status">
          {answered ? `You ${answered} ${menteeName}'s request.` : action.pending ? "Sending…" : ""}
        </span>
      </div>
    </form>
  );
}
