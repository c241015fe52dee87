import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";

// Kept out of the client components so the server page can use the types and spread the fragments.

export const PlanItemCardFields = graphql(`
  fragment PlanItemCard on PlanItem {
    id
    version
    kind
    title
    link
    status
    dueDate
    overdue
    reflection
    completedAt
    viewerCanEdit
    skill {
      id
      name
    }
    goal {
      id
      title
    }
  }
`);

export const PlanItemPageFields = graphql(`
  fragment PlanItemPage on PlanItemConnection {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...PlanItemCard
      }
    }
  }
`);

export type PlanItem = ResultOf<typeof PlanItemCardFields>;
export type PlanItemPage = ResultOf<typeof PlanItemPageFields>;

/** What the item form offers to link: catalog skills and the person's own goals. */
export interface PlanItemChoices {
  skills: { id: string; name: string; category: string }[];
  goals: { id: string; title: string }[];
}
