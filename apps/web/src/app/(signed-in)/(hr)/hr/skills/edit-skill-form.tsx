"use client";

import { useApolloClient, useMutation } from "@apollo/client/react";
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { graphql } from "@/gql";
import { type SkillFormErrors, skillFormErrors } from "./skill-errors";
import { type CatalogSkill, categoryLabel } from "./skill-fields";
import { type SkillDraft, SkillFormFields } from "./skill-form-fields";
import styles from "./skills.module.css";

const UpdateSkillMutation = graphql(`
  mutation UpdateSkill($input: UpdateSkillInput!) {
    updateSkill(input: $input) {
      id
      ...CatalogSkill
    }
  }
`);

// After a stale edit: the catalog as saved now (there is no single-skill query; the catalog is small).
const CurrentSkillsQuery = graphql(`
  query CurrentSkills {
    skills {
      id
      ...CatalogSkill
    }
  }
`);

const FIELDS = ["name", "category", "description"] as const;

function draftOf(skill: SkillDraft): SkillDraft {
  return { name: skill.name, category: skill.category, description: skill.description };
}

/** The person's changes on top of the saved skill: fields they did not touch take the saved value. */
function rebase(draft: SkillDraft, base: SkillDraft, saved: SkillDraft): SkillDraft {
  const next = { ...draft };
  for (const field of FIELDS) if (draft[field] === base[field]) next[field] = saved[field];
  return next;
}

interface EditSkillFormProps {
  skill: CatalogSkill;
  categoriesListId: string;
  onSaved: (skill: CatalogSkill) => void;
  /** With the skill as last read: after a stale edit, the catalog shows the fresh one. */
  onCancel: (skill: CatalogSkill) => void;
}

/**
 * Edits one skill at the version it was read. If someone saved it meanwhile, the API answers
 * CONFLICT: the form then shows what is saved now; fields the person did not touch take the saved
 * values and their own changes stay, so the next save applies exactly their changes to the version
 * just shown. Nothing is overwritten unseen.
 */
export function EditSkillForm({ skill, categoriesListId, onSaved, onCancel }: EditSkillFormProps) {
  const client = useApolloClient();
  const [draft, setDraft] = useState<SkillDraft>(() => draftOf(skill));
  // The skill as this form last read it: what "unchanged" means when the saved one moves on.
  const [base, setBase] = useState<SkillDraft>(() => draftOf(skill));
  const [errors, setErrors] = useState<SkillFormErrors>({ fields: {} });
  // Shown after a stale edit; its version is the one the next save is checked against.
  const [fresh, setFresh] = useState<CatalogSkill | undefined>();
  const current = fresh ?? skill;
  const [updateSkill, { loading }] = useMutation(UpdateSkillMutation);
  const nameRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    nameRef.current?.querySelector("input")?.focus();
  }, []);

  async function showCurrentVersion() {
    try {
      const { data } = await client.query({ query: CurrentSkillsQuery, fetchPolicy: "network-only" });
      const saved = data?.skills.find((candidate) => candidate.id === skill.id);
      if (saved) {
        setFresh(saved);
        setDraft((mine) => rebase(mine, base, saved));
        setBase(draftOf(saved));
      }
    } catch {
      // The conflict message still stands; reloading the page shows the fresh data too.
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const { data, error } = await updateSkill({
        variables: { input: { id: skill.id, version: current.version, ...draft } },
      });
      if (error || !data) throw error ?? new Error("The API returned no data");
      onSaved(data.updateSkill);
    } catch (failure) {
      const next = skillFormErrors(failure);
      setErrors(next);
      if (next.stale) await showCurrentVersion();
    }
  }

  function cancelOnEscape(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Escape") onCancel(current);
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={cancelOnEscape}
      noValidate
      className={styles.form}
      aria-label={`Edit ${skill.name}`}
    >
      <div ref={nameRef}>
        <SkillFormFields
          idPrefix={`skill-${skill.id}`}
          draft={draft}
          errors={errors.fields}
          onChange={setDraft}
          categoriesListId={categoriesListId}
        />
      </div>
      <div role="alert" className={styles.formMessage}>
        {errors.stale ? (
          <div className={styles.conflict}>
            <p className={styles.conflictTitle}>Someone else changed this skill while you were editing it.</p>
            <p>
              Your changes were not saved. Below is the skill as it is saved now. The form keeps your changes
              and shows the saved values everywhere else: save again to apply your changes to this version, or
              cancel to keep it as it is.
            </p>
            {fresh ? (
              <dl className={styles.freshFacts} aria-label="Saved now">
                <div>
                  <dt>Name</dt>
                  <dd>{fresh.name}</dd>
                </div>
                <div>
                  <dt>Category</dt>
                  <dd>{categoryLabel(fresh.category)}</dd>
                </div>
                <div>
                  <dt>Description</dt>
                  <dd>{fresh.description || "—"}</dd>
                </div>
              </dl>
            ) : null}
          </div>
        ) : errors.message ? (
          <p className="field-error">{errors.message}</p>
        ) : null}
      </div>
      <div className={styles.formActions}>
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? "Saving…" : "Save"}
        </button>
        <button type="button" className="button" onClick={() => onCancel(current)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
