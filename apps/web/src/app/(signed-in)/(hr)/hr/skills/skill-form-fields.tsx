"use client";

import type { SkillField, SkillFormErrors } from "./skill-errors";
import styles from "./skills.module.css";

export interface SkillDraft {
  name: string;
  category: string;
  description: string;
}

interface SkillFormFieldsProps {
  /** Makes the ids unique when several forms are on the page. */
  idPrefix: string;
  draft: SkillDraft;
  errors: SkillFormErrors["fields"];
  onChange: (draft: SkillDraft) => void;
  /** The id of the page's <datalist> of existing categories. */
  categoriesListId: string;
}

/** Name, category and description, each with its error (from the API) right under it. */
export function SkillFormFields({
  idPrefix,
  draft,
  errors,
  onChange,
  categoriesListId,
}: SkillFormFieldsProps) {
  const field = (name: SkillField) => {
    const id = `${idPrefix}-${name}`;
    const error = errors[name];
    return {
      id,
      name,
      value: draft[name],
      onChange: (event: { target: { value: string } }) => onChange({ ...draft, [name]: event.target.value }),
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${id}-error` : undefined,
    } as const;
  };
  const error = (name: SkillField) =>
    errors[name] ? (
      <p id={`${idPrefix}-${name}-error`} className="field-error">
        {errors[name]}
      </p>
    ) : null;

  return (
    <div className={styles.fields}>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>Name</label>
        <input {...field("name")} required maxLength={80} autoComplete="off" />
        {error("name")}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-category`}>Category</label>
        <input {...field("category")} list={categoriesListId} maxLength={60} autoComplete="off" />
        {error("category")}
      </div>
      <div className={`field ${styles.descriptionField}`}>
        <label htmlFor={`${idPrefix}-description`}>Description</label>
        <textarea {...field("description")} rows={2} maxLength={500} className={styles.textarea} />
        {error("description")}
      </div>
    </div>
  );
}
