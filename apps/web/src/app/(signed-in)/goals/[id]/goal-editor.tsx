"use client";

import { useApolloClient } from "@apollo/client/react";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { FieldMessage } from "@/components/form/field-message";
import { VISIBILITY_LABEL } from "@/components/goal/goal-format";
import { graphql } from "@/gql";
import type { GoalVisibility } from "@/gql/graphql";
import { apiErrorCode, apiErrorMessage, apiFieldErrors } from "@/lib/apollo/errors";
import { describedBy, type FieldErrors } from "@/lib/forms/field-errors";
import form from "../_components/goal-form.module.css";
import { type ParentGoalOptions, ParentGoalSelect } from "../_components/parent-goal-select";
import { type SkillOption, SkillsPicker } from "../_components/skills-picker";
import { VisibilityField } from "../_components/visibility-field";
import styles from "./goal-page.module.css";

export const GoalEditorFields = graphql(`
  fragment GoalEditor on Goal {
    id
    version
    title
    description
    startDate
    dueDate
    visibility
    parent {
      id
      title
    }
    skills {
      id
      name
    }
  }
`);

const LatestGoalQuery = graphql(`
  query LatestGoal($id: ID!) {
    goal(id: $id) {
      ...GoalEditor
    }
  }
`);

const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      ...GoalEditor
    }
  }
`);

type EditedGoal = ResultOf<typeof GoalEditorFields>;

interface Values {
  title: string;
  description: string;
  startDate: string;
  dueDate: string;
  visibility: GoalVisibility;
  parentGoalId: string;
  skillIds: string[];
}

const valuesOf = (goal: EditedGoal): Values => ({
  title: goal.title,
  description: goal.description,
  startDate: goal.startDate,
  dueDate: goal.dueDate ?? "",
  visibility: goal.visibility,
  parentGoalId: goal.parent?.id ?? "",
  skillIds: goal.skills.map((skill) => skill.id),
});

/** What the person had typed that the latest version doesn't have, in words, so they can re-apply it. */
function unsavedChanges(mine: Values, latest: EditedGoal, skills: SkillOption[]): string[] {
  const theirs = valuesOf(latest);
  const skillNames = (ids: string[]) =>
    ids.map((id) => skills.find((skill) => skill.id === id)?.name ?? "a skill").join(", ") || "none";
  const changes: string[] = [];
  if (mine.title !== theirs.title) changes.push(`Title: “${mine.title}”`);
  if (mine.description !== theirs.description) changes.push(`Description: “${mine.description}”`);
  if (mine.startDate !== theirs.startDate) changes.push(`Start date: ${mine.startDate || "none"}`);
  if (mine.dueDate !== theirs.dueDate) changes.push(`Due date: ${mine.dueDate || "none"}`);
  if (mine.visibility !== theirs.visibility) changes.push(`Visibility: ${VISIBILITY_LABEL[mine.visibility]}`);
  if (mine.parentGoalId !== theirs.parentGoalId) changes.push("Aligned to: a different goal");
  if ([...mine.skillIds].sort().join() !== [...theirs.skillIds].sort().join())
    changes.push(`Skills: ${skillNames(mine.skillIds)}`);
  return changes;
}

const EDITOR_PATHS = new Set([
  "input.title",
  "input.description",
  "input.startDate",
  "input.dueDate",
  "input.visibility",
  "input.parentGoalId",
  "input.skillIds",
]);

/**
 * Edits the goal at the version it was read. A save that meets a newer version (CONFLICT) never
 * overwrites it: the form reloads the latest version, says so, and lists what wasn't saved.
 */
export function GoalEditor({
  goal,
  skills,
  parentOptions,
}: {
  goal: EditedGoal;
  skills: SkillOption[];
  parentOptions: ParentGoalOptions;
}) {
  const client = useApolloClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [base, setBase] = useState(goal);
  const [values, setValues] = useState(() => valuesOf(goal));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string>();
  const [conflict, setConflict] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  // A newer version from the server (after a refresh) replaces the base while nothing is being edited.
  useEffect(() => {
    if (!open && goal.version > base.version) {
      setBase(goal);
      setValues(valuesOf(goal));
    }
  }, [goal, base.version, open]);

  const change = (patch: Partial<Values>) => {
    setSaved(false);
    setValues((previous) => ({ ...previous, ...patch }));
  };

  async function showLatest(mine: Values) {
    const { data } = await client.query({
      query: LatestGoalQuery,
      variables: { id: base.id },
      fetchPolicy: "no-cache",
    });
    if (!data) return;
    setConflict(unsavedChanges(mine, data.goal, skills));
    setBase(data.goal);
    setValues(valuesOf(data.goal));
    router.refresh();
  }

  async function save() {
    setErrors({});
    setProblem(undefined);
    setConflict(null);
    if (!values.title.trim()) {
      setErrors({ "input.title": "Give your goal a title." });
      return;
    }
    setPending(true);
    try {
      const { data } = await client.mutate({
        mutation: UpdateGoalMutation,
        variables: {
          input: {
            id: base.id,
            version: base.version,
            title: values.title.trim(),
            description: values.description.trim(),
            visibility: values.visibility,
            startDate: values.startDate || null,
            ...(values.dueDate ? { dueDate: values.dueDate } : { clearDueDate: true }),
            ...(values.parentGoalId ? { parentGoalId: values.parentGoalId } : { clearParent: true }),
            skillIds: values.skillIds,
          },
        },
      });
      if (data) {
        setBase(data.updateGoal);
        setValues(valuesOf(data.updateGoal));
      }
      setOpen(false);
      setSaved(true);
      router.refresh();
    } catch (error) {
      if (apiErrorCode(error) === "CONFLICT") {
        await showLatest(values).catch(() =>
          setProblem("Someone changed this goal meanwhile. Reload the page."),
        );
        return;
      }
      const fields: FieldErrors = {};
      for (const { field, message } of apiFieldErrors(error)) {
        if (EDITOR_PATHS.has(field)) fields[field] = message;
      }
      setErrors(fields);
      if (!Object.keys(fields).length)
        setProblem(apiErrorMessage(error) ?? "Saving didn't work. Please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <section className={styles.card} aria-labelledby="edit-title">
      <div className={styles.editorHead}>
        <h2 id="edit-title" className={styles.cardTitle}>
          Edit goal
        </h2>
        {!open ? (
          <button
            type="button"
            className="button"
            aria-expanded={false}
            aria-controls="goal-editor"
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            Edit
          </button>
        ) : null}
      </div>
      <div role="status">{saved ? <p className="notice notice-info">Saved.</p> : null}</div>
      <div role="alert">
        {conflict ? (
          <div className="notice notice-warning">
            <strong>Someone changed this goal meanwhile — here is the latest version.</strong> Your changes
            were not saved. Check the latest version below and apply them again.
            {conflict.length ? (
              <ul className={styles.diff} aria-label="Your unsaved changes">
                {conflict.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {problem ? <p className="notice notice-error">{problem}</p> : null}
      </div>
      {open ? (
        <form
          id="goal-editor"
          className={form.form}
          noValidate
          aria-label="Edit goal"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="field">
            <label htmlFor="edit-goal-title">Title</label>
            <input
              id="edit-goal-title"
              value={values.title}
              maxLength={200}
              onChange={(event) => change({ title: event.target.value })}
              {...describedBy("edit-goal-title", errors["input.title"])}
            />
            <FieldMessage id="edit-goal-title" error={errors["input.title"]} />
          </div>
          <div className="field">
            <label htmlFor="edit-goal-description">Description</label>
            <textarea
              id="edit-goal-description"
              value={values.description}
              maxLength={4000}
              onChange={(event) => change({ description: event.target.value })}
              {...describedBy("edit-goal-description", errors["input.description"])}
            />
            <FieldMessage id="edit-goal-description" error={errors["input.description"]} />
          </div>
          <div className={form.row}>
            <div className="field">
              <label htmlFor="edit-startDate">Start date</label>
              <input
                id="edit-startDate"
                type="date"
                value={values.startDate}
                onChange={(event) => change({ startDate: event.target.value })}
                {...describedBy("edit-startDate", errors["input.startDate"])}
              />
              <FieldMessage id="edit-startDate" error={errors["input.startDate"]} />
            </div>
            <div className="field">
              <label htmlFor="edit-dueDate">Due date</label>
              <input
                id="edit-dueDate"
                type="date"
                value={values.dueDate}
                onChange={(event) => change({ dueDate: event.target.value })}
                {...describedBy("edit-dueDate", errors["input.dueDate"])}
              />
              <FieldMessage id="edit-dueDate" error={errors["input.dueDate"]} />
            </div>
          </div>
          <SkillsPicker
            id="edit-skills"
            skills={skills}
            selected={values.skillIds}
            onChange={(skillIds) => change({ skillIds })}
            error={errors["input.skillIds"]}
          />
          <ParentGoalSelect
            id="edit-parentGoal"
            options={parentOptions}
            value={values.parentGoalId}
            excludeId={base.id}
            current={base.parent}
            onChange={(parentGoalId) => change({ parentGoalId })}
            error={errors["input.parentGoalId"]}
          />
          <VisibilityField
            name="edit-visibility"
            value={values.visibility}
            onChange={(visibility) => change({ visibility })}
            error={errors["input.visibility"]}
          />
          <div className={form.actions}>
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() => {
                setOpen(false);
                setErrors({});
                setValues(valuesOf(base));
              }}
            >
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={pending}>
              {pending ? "Saving…" : "Save changes"}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
