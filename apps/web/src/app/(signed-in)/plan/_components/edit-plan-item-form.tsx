"use client";

import { useMutation } from "@apollo/client/react";
import { useEffect, useId } from "react";
import ui from "@/components/growth/ui/ui.module.css";
import { formLevelMessage, useApiAction } from "@/components/growth/ui/use-api-action";
import type { UpdatePlanItemInput } from "@/gql/graphql";
import styles from "../plan.module.css";
import type { PlanItem, PlanItemChoices } from "./plan-item.fragments";
import { UpdatePlanItemMutation } from "./plan-item.mutations";
import {
  PLAN_ITEM_FIELDS,
  PlanItemFields,
  type PlanItemValues,
  readPlanItemValues,
} from "./plan-item-fields";

const FIELDS = PLAN_ITEM_FIELDS.map((name) => `input.${name}`);

/** Only what changed is sent; an emptied optional field is cleared (`clearLink`…). */
function changes(item: PlanItem, values: PlanItemValues): Omit<UpdatePlanItemInput, "id" | "version"> {
  const input: Omit<UpdatePlanItemInput, "id" | "version"> = {};
  if (values.kind !== item.kind) input.kind = values.kind;
  if (values.title !== item.title) input.title = values.title;
  const optional = [
    ["link", item.link ?? "", values.link, "clearLink"],
    ["skillId", item.skill?.id ?? "", values.skillId, "clearSkill"],
    ["goalId", item.goal?.id ?? "", values.goalId, "clearGoal"],
    ["dueDate", item.dueDate ?? "", values.dueDate, "clearDueDate"],
  ] as const;
  for (const [name, before, after, clear] of optional) {
    if (after === before) continue;
    if (after === "") input[clear] = true;
    else input[name] = after;
  }
  return input;
}

/**
 * Edits an item at the version it was read. The card remounts this form when the version changes,
 * so after a CONFLICT it shows the fresh item (the card keeps the message).
 */
export function EditPlanItemForm({
  item,
  choices,
  onSaved,
  onCancel,
  onOtherError,
}: {
  item: PlanItem;
  choices: PlanItemChoices;
  onSaved: () => void;
  onCancel: () => void;
  onOtherError: (message: string, code?: string) => void;
}) {
  const id = useId();
  const action = useApiAction();
  const [updatePlanItem] = useMutation(UpdatePlanItemMutation);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = changes(item, readPlanItemValues(event.currentTarget));
    if (Object.keys(input).length === 0) return onSaved();
    const ok = await action.run(() =>
      updatePlanItem({ variables: { input: { id: item.id, version: item.version, ...input } } }),
    );
    if (ok) onSaved();
  }

  const message = formLevelMessage(action, FIELDS);
  useEffect(() => {
    if (message) onOtherError(message, action.code);
  }, [message, action.code, onOtherError]);

  return (
    <form
      className={`${ui.form} ${styles.inlineForm}`}
      onSubmit={submit}
      noValidate
      aria-label={`Edit ${item.title}`}
    >
      <PlanItemFields idPrefix={`${id}-edit`} item={item} choices={choices} error={action.fieldError} />
      <div className={ui.actions}>
        <button type="submit" className={`button button-primary ${ui.buttonSmall}`} disabled={action.pending}>
          {action.pending ? "Saving…" : "Save changes"}
        </button>
        <button type="button" className={`button ${ui.buttonSmall}`} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
