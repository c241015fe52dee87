import { KIND_LABELS, PLAN_ITEM_KINDS } from "@/components/growth/plan-kinds";
import ui from "@/components/growth/ui/ui.module.css";
import type { PlanItem, PlanItemChoices } from "./plan-item.fragments";

/** The inputs of the add and edit forms; `error(field)` is the API's message for `input.<field>`. */
export const PLAN_ITEM_FIELDS = ["kind", "title", "link", "skillId", "goalId", "dueDate"] as const;

export interface PlanItemValues {
  kind: PlanItem["kind"];
  title: string;
  link: string;
  skillId: string;
  goalId: string;
  dueDate: string;
}

export function readPlanItemValues(form: HTMLFormElement): PlanItemValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "").trim();
  return {
    kind: text("kind") as PlanItem["kind"],
    title: text("title"),
    link: text("link"),
    skillId: text("skillId"),
    goalId: text("goalId"),
    dueDate: text("dueDate"),
  };
}

function groupByCategory(skills: PlanItemChoices["skills"]) {
  const groups = new Map<string, PlanItemChoices["skills"]>();
  for (const skill of skills) {
    const category = skill.category || "Other";
    groups.set(category, [...(groups.get(category) ?? []), skill]);
  }
  return [...groups];
}

export function PlanItemFields({
  idPrefix,
  item,
  choices,
  error,
}: {
  idPrefix: string;
  item?: PlanItem;
  choices: PlanItemChoices;
  error: (field: string) => string | undefined;
}) {
  const field = (name: (typeof PLAN_ITEM_FIELDS)[number]) => {
    const message = error(`input.${name}`);
    const errorId = `${idPrefix}-${name}-error`;
    return {
      input: {
        id: `${idPrefix}-${name}`,
        name,
        className: ui.control,
        "aria-invalid": message ? true : undefined,
        "aria-describedby": message ? errorId : undefined,
      },
      message: message ? (
        <p id={errorId} className="field-error">
          {message}
        </p>
      ) : null,
    };
  };
  const kind = field("kind");
  const title = field("title");
  const link = field("link");
  const skill = field("skillId");
  const goal = field("goalId");
  const due = field("dueDate");
  // A goal the item serves stays choosable even when it is not among the listed ones.
  const goals =
    item?.goal && !choices.goals.some((g) => g.id === item.goal?.id)
      ? [item.goal, ...choices.goals]
      : choices.goals;
  return (
    <div className={ui.formGrid}>
      <div className="field">
        <label htmlFor={kind.input.id}>Kind</label>
        <select {...kind.input} defaultValue={item?.kind ?? "COURSE"}>
          {PLAN_ITEM_KINDS.map((value) => (
            <option key={value} value={value}>
              {KIND_LABELS[value]}
            </option>
          ))}
        </select>
        {kind.message}
      </div>
      <div className="field">
        <label htmlFor={due.input.id}>Due date (optional)</label>
        <input {...due.input} type="date" defaultValue={item?.dueDate ?? ""} />
        {due.message}
      </div>
      <div className={`field ${ui.span2}`}>
        <label htmlFor={title.input.id}>Title</label>
        <input
          {...title.input}
          defaultValue={item?.title ?? ""}
          maxLength={200}
          placeholder="e.g. Read “Designing Data-Intensive Applications”"
        />
        {title.message}
      </div>
      <div className={`field ${ui.span2}`}>
        <label htmlFor={link.input.id}>Link (optional)</label>
        <input
          {...link.input}
          type="url"
          inputMode="url"
          defaultValue={item?.link ?? ""}
          placeholder="https://"
        />
        {link.message}
      </div>
      <div className="field">
        <label htmlFor={skill.input.id}>Skill it develops (optional)</label>
        <select {...skill.input} defaultValue={item?.skill?.id ?? ""}>
          <option value="">No skill</option>
          {groupByCategory(choices.skills).map(([category, skills]) => (
            <optgroup key={category} label={category}>
              {skills.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {skill.message}
      </div>
      <div className="field">
        <label htmlFor={goal.input.id}>Goal it serves (optional)</label>
        <select {...goal.input} defaultValue={item?.goal?.id ?? ""}>
          <option value="">No goal</option>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </select>
        {goal.message}
      </div>
    </div>
  );
}
