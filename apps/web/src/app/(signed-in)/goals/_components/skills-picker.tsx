import type { ResultOf } from "@graphql-typed-document-node/core";
import { FieldMessage } from "@/components/form/field-message";
import { graphql } from "@/gql";
import styles from "./goal-form.module.css";

export const SkillOptionFields = graphql(`
  fragment SkillOption on Skill {
    id
    name
    category
  }
`);

export type SkillOption = ResultOf<typeof SkillOptionFields>;

/**
 * The catalog as toggle chips grouped by category: native checkboxes (so Tab, Space and screen
 * readers work as everywhere), styled as chips.
 */
export function SkillsPicker({
  skills,
  selected,
  onChange,
  error,
  id = "skills",
}: {
  skills: SkillOption[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  id?: string;
}) {
  const categories = [...new Set(skills.map((skill) => skill.category))];
  const toggle = (skillId: string, on: boolean) =>
    onChange(on ? [...selected, skillId] : selected.filter((other) => other !== skillId));
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={styles.fieldset}
      aria-describedby={error ? `${id}-error` : `${id}-hint`}
      aria-invalid={error ? true : undefined}
    >
      <legend className={styles.legend}>Skills this goal develops</legend>
      <p id={`${id}-hint`} className="field-hint">
        {selected.length ? `${selected.length} selected.` : "Pick one or more from the catalog."}
      </p>
      {skills.length === 0 ? (
        <p className="field-hint">The skills catalog is empty; HR fills it in.</p>
      ) : null}
      {categories.map((category) => (
        <div key={category} className={styles.skillGroup}>
          <p className={styles.skillCategory}>{category}</p>
          <ul className={styles.chips}>
            {skills
              .filter((skill) => skill.category === category)
              .map((skill) => {
                const checked = selected.includes(skill.id);
                return (
                  <li key={skill.id}>
                    <label className={checked ? `${styles.chip} ${styles.chipOn}` : styles.chip}>
                      <input
                        type="checkbox"
                        className={styles.chipInput}
                        checked={checked}
                        onChange={(event) => toggle(skill.id, event.target.checked)}
                      />
                      {skill.name}
                    </label>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
      <FieldMessage id={id} error={error} />
    </fieldset>
  );
}
