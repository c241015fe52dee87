"use client";

import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { graphql } from "@/gql";
import { type SkillFormErrors, skillFormErrors } from "./skill-errors";
import type { CatalogSkill } from "./skill-fields";
import { type SkillDraft, SkillFormFields } from "./skill-form-fields";
import styles from "./skills.module.css";

const CreateSkillMutation = graphql(`
  mutation CreateSkill($input: CreateSkillInput!) {
    createSkill(input: $input) {
      id
      ...CatalogSkill
    }
  }
`);

const EMPTY: SkillDraft = { name: "", category: "", description: "" };

/** Adds a skill to the catalog; the API's messages appear next to the fields they concern. */
export function NewSkillForm({
  onCreated,
  categoriesListId,
}: {
  onCreated: (skill: CatalogSkill) => void;
  categoriesListId: string;
}) {
  const [draft, setDraft] = useState<SkillDraft>(EMPTY);
  const [errors, setErrors] = useState<SkillFormErrors>({ fields: {} });
  const [createSkill, { loading }] = useMutation(CreateSkillMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const { data, error } = await createSkill({ variables: { input: draft } });
      if (error || !data) throw error ?? new Error("The API returned no data");
      setDraft(EMPTY);
      setErrors({ fields: {} });
      onCreated(data.createSkill);
    } catch (failure) {
      setErrors(skillFormErrors(failure));
    }
  }

  return (
    <section className={styles.card} aria-labelledby="new-skill-title">
      <h2 id="new-skill-title" className={styles.cardTitle}>
        Add a skill
      </h2>
      {/* noValidate: the API's messages are the ones shown, next to their fields. */}
      <form onSubmit={submit} noValidate className={styles.form}>
        <SkillFormFields
          idPrefix="new-skill"
          draft={draft}
          errors={errors.fields}
          onChange={setDraft}
          categoriesListId={categoriesListId}
        />
        <div role="alert" className={styles.formMessage}>
          {errors.message ? <p className="field-error">{errors.message}</p> : null}
        </div>
        <div className={styles.formActions}>
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? "Adding…" : "Add skill"}
          </button>
        </div>
      </form>
    </section>
  );
}
