import type { ResultOf } from "@graphql-typed-document-node/core";
import { FieldMessage } from "@/components/form/field-message";
import { graphql } from "@/gql";
import { describedBy } from "@/lib/forms/field-errors";

// The goals one may align to: the active goals of one's managers, as far as one may see them.
export const ParentGoalOptionsFields = graphql(`
  fragment ParentGoalOptions on Employee {
    managementChain {
      id
      name
      goals(status: ACTIVE, first: 20) {
        edges {
          node {
            id
            title
          }
        }
      }
    }
  }
`);

export type ParentGoalOptions = ResultOf<typeof ParentGoalOptionsFields>;

export function ParentGoalSelect({
  options,
  value,
  onChange,
  error,
  excludeId,
  current,
  id = "parentGoal",
}: {
  options: ParentGoalOptions;
  value: string;
  onChange: (id: string) => void;
  error?: string;
  /** The goal being edited: it can't be its own parent. */
  excludeId?: string;
  /** The current parent, kept selectable even when it is not among the options. */
  current?: { id: string; title: string } | null;
  id?: string;
}) {
  const groups = options.managementChain
    .map((person, index) => ({
      label: index === 0 ? `${person.name} (your manager)` : person.name,
      goals: person.goals.edges.map((edge) => edge.node).filter((goal) => goal.id !== excludeId),
    }))
    .filter((group) => group.goals.length > 0);
  const listed = groups.some((group) => group.goals.some((goal) => goal.id === current?.id));
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>Aligned to</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...describedBy(id, error, hintId)}
      >
        <option value="">No parent goal</option>
        {current && !listed ? <option value={current.id}>{current.title}</option> : null}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id={hintId} className="field-hint">
        {groups.length
          ? "A goal of your manager's (or higher up) that this one contributes to."
          : "Your managers have no active goals you can see yet; you can align this goal later."}
      </p>
      <FieldMessage id={id} error={error} />
    </div>
  );
}
