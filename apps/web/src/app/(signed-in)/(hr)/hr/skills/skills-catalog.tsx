"use client";

import { useEffect, useRef, useState } from "react";
import { EditSkillForm } from "./edit-skill-form";
import { NewSkillForm } from "./new-skill-form";
import { type CatalogSkill, categoryLabel, sortSkills } from "./skill-fields";
import styles from "./skills.module.css";

const CATEGORIES_LIST_ID = "skill-categories";

function groupByCategory(skills: CatalogSkill[]): [string, CatalogSkill[]][] {
  const groups = new Map<string, CatalogSkill[]>();
  for (const skill of skills) groups.set(skill.category, [...(groups.get(skill.category) ?? []), skill]);
  return [...groups.entries()];
}

/**
 * The catalog as HR edits it: the list starts from the server's read and then follows what each
 * save returns, so it never needs a reload. One skill is edited at a time.
 */
export function SkillsCatalog({ initialSkills }: { initialSkills: CatalogSkill[] }) {
  const [skills, setSkills] = useState(() => sortSkills(initialSkills));
  const [editingId, setEditingId] = useState<string | undefined>();
  const [status, setStatus] = useState("");
  const editButtons = useRef(new Map<string, HTMLButtonElement>());

  const replace = (skill: CatalogSkill) =>
    setSkills((current) => sortSkills(current.map((s) => (s.id === skill.id ? skill : s))));

  // Back to the skill's Edit button, so keyboard users keep their place in the list. In an effect:
  // the button only exists once the editor's removal has been committed.
  const [returnFocusTo, setReturnFocusTo] = useState<string | undefined>();
  useEffect(() => {
    if (!returnFocusTo) return;
    editButtons.current.get(returnFocusTo)?.focus();
    setReturnFocusTo(undefined);
  }, [returnFocusTo]);
  const closeEditor = (id: string) => {
    setEditingId(undefined);
    setReturnFocusTo(id);
  };

  const categories = [...new Set(skills.map((s) => s.category).filter(Boolean))];

  return (
    <>
      <datalist id={CATEGORIES_LIST_ID}>
        {categories.map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>

      <NewSkillForm
        categoriesListId={CATEGORIES_LIST_ID}
        onCreated={(skill) => {
          setSkills((current) => sortSkills([...current, skill]));
          setStatus(`Added “${skill.name}” to the catalog.`);
        }}
      />

      <p role="status" className={styles.status}>
        {status}
      </p>

      {skills.length === 0 ? (
        <p className={styles.empty}>The catalog is empty. Add the skills your organization wants to grow.</p>
      ) : (
        groupByCategory(skills).map(([category, members], index) => (
          // Ids by position: category names are free text (spaces would break aria-labelledby).
          <section key={category} className={styles.group} aria-labelledby={`category-${index}`}>
            <h2 id={`category-${index}`} className={styles.groupTitle}>
              {categoryLabel(category)}
              <span className={styles.count}>{members.length}</span>
            </h2>
            <ul className={styles.skills}>
              {members.map((skill) => (
                <li key={skill.id} className={styles.skill}>
                  {editingId === skill.id ? (
                    <EditSkillForm
                      skill={skill}
                      categoriesListId={CATEGORIES_LIST_ID}
                      onCancel={(latest) => {
                        replace(latest);
                        closeEditor(skill.id);
                      }}
                      onSaved={(saved) => {
                        replace(saved);
                        setStatus(`Saved “${saved.name}”.`);
                        closeEditor(saved.id);
                      }}
                    />
                  ) : (
                    <div className={styles.skillView}>
                      <div className={styles.skillText}>
                        <h3 className={styles.skillName}>{skill.name}</h3>
                        <p className={styles.skillDescription}>
                          {skill.description || "No description yet."}
                        </p>
                      </div>
                      <button
                        type="button"
                        className="button"
                        aria-label={`Edit ${skill.name}`}
                        ref={(button) => {
                          if (button) editButtons.current.set(skill.id, button);
                          else editButtons.current.delete(skill.id);
                        }}
                        onClick={() => {
                          setStatus("");
                          setEditingId(skill.id);
                        }}
                      >
                        Edit
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
