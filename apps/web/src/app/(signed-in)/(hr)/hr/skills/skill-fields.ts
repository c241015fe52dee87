import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";

// What the catalog page shows and edits of a skill; `version` goes back with every edit.
export const SkillFields = graphql(`
  fragment CatalogSkill on Skill {
    id
    name
    category
    description
    version
    updatedAt
  }
`);

export type CatalogSkill = ResultOf<typeof SkillFields>;

/** The catalog's order: by category (uncategorized last), then by name. */
export function sortSkills(skills: CatalogSkill[]): CatalogSkill[] {
  return [...skills].sort(
    (a, b) =>
      Number(a.category === "") - Number(b.category === "") ||
      a.category.localeCompare(b.category) ||
      a.name.localeCompare(b.name),
  );
}

export const categoryLabel = (category: string) => category || "Uncategorized";
