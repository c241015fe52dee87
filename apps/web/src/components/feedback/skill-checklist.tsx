"use client";

import { FieldMessage } from "@/components/form/field-message";
import styles from "./feedback.module.css";

export interface SkillChoice {
  id: string;
  name: string;
  category: string;
}

/** The skills catalog as toggle chips, grouped by category; what a round asks reviewers to rate. */
export function SkillChecklist({
  id,
  legend,
  hint,
  skills,
  selected,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  hint: string;
  skills: SkillChoice[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const categories = [...new Set(skills.map((skill) => skill.category))];
  const toggle = (skillId: string, on: boolean) =>
    onChange(on ? [...selected, skillId] : selected.filter((other) => other !== skillId));
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={styles.fieldset}
      aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      aria-invalid={error ? true : undefined}
    >
      <legend className={styles.legend}>{legend}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {selected.length ? `${selected.length} selected. ` : ""}
        {hint}
      </p>
      {categories.map((category) => (
        <div key={category}>
          <p className={styles.subTitle}>{category || "Other"}</p>
          <ul className={styles.chipList}>
            {skills
              .filter((skill) => skill.category === category)
              .map((skill) => (
                <li key={skill.id}>
                  <label className={styles.toggle}>
                    <input
                      type="checkbox"
                      checked={selected.includes(skill.id)}
                      onChange={(event) => toggle(skill.id, event.target.checked)}
                    />
                    {skill.name}
                  </label>
                </li>
              ))}
          </ul>
        </div>
      ))}
      <FieldMessage id={id} error={error} />
    </fieldset>
  );
}
