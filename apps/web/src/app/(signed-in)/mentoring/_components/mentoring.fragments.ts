import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";

// Kept out of the client components so the server page can use the types and spread the fragments.

export const MentorshipCardFields = graphql(`
  fragment MentorshipCard on Mentorship {
    id
    version
    status
    message
    response
    createdAt
    startedAt
    endedAt
    viewerCanEnd
    viewerCanRespond
    focusSkills {
      id
      name
    }
    mentor {
      id
      name
      title
    }
    mentee {
      id
      name
      title
    }
  }
`);

export const MentorSuggestionCardFields = graphql(`
  fragment MentorSuggestionCard on MentorSuggestion {
    reason
    freeCapacity
    mentor {
      id
      name
      title
      department
    }
    skills {
      level
      skill {
        id
        name
      }
    }
  }
`);

export type Mentorship = ResultOf<typeof MentorshipCardFields>;
export type MentorSuggestion = ResultOf<typeof MentorSuggestionCardFields>;
