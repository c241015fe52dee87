"use client";

import { useMutation } from "@apollo/client/react";
import { useId, useRef, useState } from "react";
import ui from "@/components/growth/ui/ui.module.css";
import { formLevelMessage, useApiAction } from "@/components/growth/ui/use-api-action";
import { graphql } from "@/gql";
import styles from "../plan.module.css";
import type { PlanItemChoices } from "./plan-item.fragments";
import { PLAN_ITEM_FIELDS, PlanItemFields, readPlanItemValues } from "./plan-item-fields";

const CreatePlanItemMutation = graphql(`
  mutation CreatePlanItem($input: CreatePlanItemInput!) {
    createPlanItem(input: $input) {
      id
      title
    }
  }
`);

const FIELDS = PLAN_ITEM_FIELDS.map((name) => `input.${name}`);

/** "Add item": a button that opens the form; the new item lands in Planned. */
export function AddPlanItem({
  choices,
  startOpen = false,
}: {
  choices: PlanItemChoices;
  startOpen?: boolean;
}) {
  const id = useId();
  const [open, setOpen] = useState(startOpen);
  const [added, setAdded] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);
  const action = useApiAction();
  const [createPlanItem] = useMutation(CreatePlanItemMutation);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readPlanItemValues(event.currentTarget);
    const ok = await action.run(() =>
      createPlanItem({
        variables: {
          input: {
            kind: values.kind,
            title: values.title,
            link: values.link || null,
            skillId: values.skillId || null,
            goalId: values.goalId || null,
            dueDate: values.dueDate || null,
          },
        },
      }),
    );
    if (ok) {
      setAdded(values.title);
      formRef.current?.reset();
      setOpen(false);
    }
  }

  const message = formLevelMessage(action, FIELDS);
  return (
    <div className={styles.add}>
      <div className={ui.actions}>
        <button
          type="button"
          className="button button-primary"
          aria-expanded={open}
          aria-controls={`${id}-form`}
          onClick={() => {
            setOpen(!open);
            setAdded(undefined);
          }}
        >
          {open ? "Close the form" : "Add item"}
        </button>
        <span className={ui.live} role="status">
          {added ? `Added “${added}” to Planned.` : ""}
        </span>
      </div>
      <form
        id={`${id}-form`}
        ref={formRef}
        hidden={!open}
        className={`${ui.card} ${ui.form}`}
        onSubmit={submit}
        noValidate
        aria-labelledby={`${id}-title`}
      >
        <h2 id={`${id}-title`} className={ui.sectionTitle}>
          New plan item
        </h2>
        <PlanItemFields idPrefix={`${id}-new`} choices={choices} error={action.fieldError} />
        <div className={ui.live} role="alert">
          {message ? <p className={ui.alert}>{message}</p> : null}
        </div>
        <div className={ui.actions}>
          <button type="submit" className="button button-primary" disabled={action.pending}>
            {action.pending ? "Adding…" : "Add to plan"}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setOpen(false);
              action.reset();
            }}
          >
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
