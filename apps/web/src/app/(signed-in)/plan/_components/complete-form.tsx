"use client";

import { useMutation } from "@apollo/client/react";
import { useEffect, useId, useRef } from "react";
import ui from "@/components/growth/ui/ui.module.css";
import { useApiAction } from "@/components/growth/ui/use-api-action";
import styles from "../plan.module.css";
import type { PlanItem } from "./plan-item.fragments";
import { SetPlanItemStatusMutation } from "./plan-item.mutations";

/** Marking an item done asks what the person took from it; the API refuses an empty reflection. */
export function CompleteForm({
  item,
  onDone,
  onCancel,
  onOtherError,
}: {
  item: PlanItem;
  onDone: () => void;
  onCancel: () => void;
  onOtherError: (message: string, code?: string) => void;
}) {
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const action = useApiAction();
  const [setStatus] = useMutation(SetPlanItemStatusMutation);
  useEffect(() => textarea.current?.focus(), []);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reflection = String(new FormData(event.currentTarget).get("reflection") ?? "");
    const ok = await action.run(() =>
      setStatus({ variables: { input: { id: item.id, version: item.version, status: "DONE", reflection } } }),
    );
    if (ok) onDone();
  }

  const reflectionError = action.fieldError("input.reflection");
  useEffect(() => {
    if (action.message && !reflectionError) onOtherError(action.message, action.code);
  }, [action.message, action.code, reflectionError, onOtherError]);

  return (
    <form className={`${ui.form} ${styles.inlineForm}`} onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-reflection`}>What did you take from it?</label>
        <textarea
          ref={textarea}
          id={`${id}-reflection`}
          name="reflection"
          className={ui.control}
          defaultValue={item.reflection ?? ""}
          maxLength={4000}
          required
          aria-invalid={reflectionError ? true : undefined}
          aria-describedby={reflectionError ? `${id}-reflection-error` : `${id}-reflection-hint`}
        />
        {reflectionError ? (
          <p id={`${id}-reflection-error`} className="field-error" role="alert">
            {reflectionError}
          </p>
        ) : (
          <p id={`${id}-reflection-hint`} className={`${ui.muted} ${ui.small}`}>
            A sentence or two: what you learned, what you now do differently.
          </p>
        )}
      </div>
      <div className={ui.actions}>
        <button type="submit" className={`button button-primary ${ui.buttonSmall}`} disabled={action.pending}>
          {action.pending ? "Saving…" : "Mark done"}
        </button>
        <button type="button" className={`button ${ui.buttonSmall}`} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
