"use client";

import { useMutation } from "@apollo/client/react";
import Link from "next/link";
import { useCallback, useState } from "react";
import { KIND_LABELS, KindIcon } from "@/components/growth/plan-kinds";
import { ConfirmBar } from "@/components/growth/ui/confirm-bar";
import { formatDate } from "@/components/growth/ui/dates";
import ui from "@/components/growth/ui/ui.module.css";
import { useApiAction } from "@/components/growth/ui/use-api-action";
import type { PlanItemStatus } from "@/gql/graphql";
import styles from "../plan.module.css";
import { CompleteForm } from "./complete-form";
import { EditPlanItemForm } from "./edit-plan-item-form";
import type { PlanItem, PlanItemChoices } from "./plan-item.fragments";
import { CONFLICT_NOTICE, DeletePlanItemMutation, SetPlanItemStatusMutation } from "./plan-item.mutations";

type Mode = "view" | "edit" | "complete" | "delete";

/** The status moves offered from each status (any move is allowed; these are the useful ones). */
const MOVES: Record<PlanItemStatus, { to: PlanItemStatus; label: string }[]> = {
  PLANNED: [{ to: "IN_PROGRESS", label: "Start" }],
  IN_PROGRESS: [{ to: "PLANNED", label: "Back to planned" }],
  DONE: [{ to: "IN_PROGRESS", label: "Reopen" }],
  DROPPED: [{ to: "PLANNED", label: "Pick up again" }],
};

/** The API's CONFLICT says "reload"; the page has already re-read the item, so say that instead. */
function conflictAware(message: string | undefined, code: string | undefined) {
  return code === "CONFLICT" ? CONFLICT_NOTICE : message;
}

/** One plan item with what can be done to it: start, complete (with a reflection), edit, drop, delete. */
export function PlanItemCard({ item, choices }: { item: PlanItem; choices: PlanItemChoices }) {
  const [mode, setMode] = useState<Mode>("view");
  const [notice, setNotice] = useState<string>();
  const action = useApiAction();
  const [setStatus] = useMutation(SetPlanItemStatusMutation);
  const [deletePlanItem] = useMutation(DeletePlanItemMutation);

  const showError = useCallback(
    (message: string, code?: string) => setNotice(conflictAware(message, code)),
    [],
  );

  async function move(status: PlanItemStatus) {
    setNotice(undefined);
    await action.run(() =>
      setStatus({ variables: { input: { id: item.id, version: item.version, status } } }),
    );
  }

  async function remove() {
    setNotice(undefined);
    const ok = await action.run(() =>
      deletePlanItem({ variables: { input: { id: item.id, version: item.version } } }),
    );
    if (!ok) setMode("view");
  }

  const error = notice ?? conflictAware(action.message, action.code);
  // The next step is the primary button: starting a planned item, completing one in progress.
  const completeButton = (
    <button
      type="button"
      className={`button ${item.status === "IN_PROGRESS" ? "button-primary" : ""} ${ui.buttonSmall}`}
      onClick={() => {
        setNotice(undefined);
        setMode("complete");
      }}
    >
      Complete<span className="visually-hidden"> {item.title}</span>
    </button>
  );
  const canAct = item.viewerCanEdit && mode === "view";
  return (
    <article className={`${styles.item} ${item.overdue ? styles.itemOverdue : ""}`} aria-label={item.title}>
      <div className={styles.itemMain}>
        <span className={styles.kindIcon}>
          <KindIcon kind={item.kind} />
        </span>
        <div className={styles.itemBody}>
          <div className={styles.itemMeta}>
            <span className={styles.kindLabel}>{KIND_LABELS[item.kind]}</span>
            {item.overdue ? <span className={`${ui.badge} ${ui.badgeDanger}`}>Overdue</span> : null}
          </div>
          <h3 className={styles.itemTitle}>
            {item.link ? (
              <a href={item.link} target="_blank" rel="noopener noreferrer">
                {item.title}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              item.title
            )}
          </h3>
          <ul className={styles.facts}>
            {item.skill ? <li>Skill: {item.skill.name}</li> : null}
            {item.goal ? (
              <li>
                Goal: <Link href={`/goals/${item.goal.id}`}>{item.goal.title}</Link>
              </li>
            ) : null}
            {item.dueDate ? (
              <li className={item.overdue ? styles.overdueText : undefined}>
                Due {formatDate(item.dueDate)}
              </li>
            ) : null}
            {item.completedAt ? <li>Done {formatDate(item.completedAt)}</li> : null}
          </ul>
          {item.status === "DONE" && item.reflection ? (
            <blockquote className={styles.reflection}>
              <span className="visually-hidden">Reflection: </span>
              {item.reflection}
            </blockquote>
          ) : null}
        </div>
      </div>

      <div className={ui.live} role="alert">
        {error ? <p className={ui.alert}>{error}</p> : null}
      </div>

      {mode === "complete" ? (
        <CompleteForm
          item={item}
          onDone={() => setMode("view")}
          onCancel={() => setMode("view")}
          onOtherError={showError}
        />
      ) : null}
      {mode === "edit" ? (
        <EditPlanItemForm
          key={item.version}
          item={item}
          choices={choices}
          onSaved={() => {
            setNotice(undefined);
            setMode("view");
          }}
          onCancel={() => {
            setNotice(undefined);
            setMode("view");
          }}
          onOtherError={showError}
        />
      ) : null}
      {mode === "delete" ? (
        <ConfirmBar
          className={styles.confirm}
          question="Delete this item for good?"
          confirmLabel={action.pending ? "Deleting…" : "Delete"}
          pending={action.pending}
          danger
          onConfirm={remove}
          onCancel={() => setMode("view")}
        />
      ) : null}

      {canAct ? (
        <div className={`${ui.actions} ${styles.itemActions}`}>
          {item.status === "IN_PROGRESS" ? completeButton : null}
          {MOVES[item.status].map((m) => (
            <button
              key={m.to}
              type="button"
              className={`button ${m.label === "Start" ? "button-primary" : ""} ${ui.buttonSmall}`}
              disabled={action.pending}
              onClick={() => move(m.to)}
            >
              {m.label}
              <span className="visually-hidden"> {item.title}</span>
            </button>
          ))}
          {item.status === "PLANNED" ? completeButton : null}
          {item.status !== "DROPPED" ? (
            <button
              type="button"
              className={`button ${ui.buttonSmall}`}
              onClick={() => {
                setNotice(undefined);
                setMode("edit");
              }}
            >
              Edit<span className="visually-hidden"> {item.title}</span>
            </button>
          ) : null}
          {item.status === "PLANNED" || item.status === "IN_PROGRESS" ? (
            <button
              type="button"
              className={`button ${ui.buttonSmall}`}
              disabled={action.pending}
              onClick={() => move("DROPPED")}
            >
              Drop<span className="visually-hidden"> {item.title}</span>
            </button>
          ) : null}
          <button
            type="button"
            className={`button ${ui.buttonSmall} ${ui.buttonDanger}`}
            onClick={() => setMode("delete")}
          >
            Delete<span className="visually-hidden"> {item.title}</span>
          </button>
        </div>
      ) : null}
    </article>
  );
}
