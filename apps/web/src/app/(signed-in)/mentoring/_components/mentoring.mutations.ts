import { graphql } from "@/gql";

export const RequestMentorMutation = graphql(`
  mutation RequestMentor($input: RequestMentorInput!) {
    requestMentor(input: $input) {
      id
      status
    }
  }
`);

export const AcceptMentorshipMutation = graphql(`
  mutation AcceptMentorship($input: RespondMentorshipInput!) {
    acceptMentorship(input: $input) {
      id
      version
      status
    }
  }
`);

export const DeclineMentorshipMutation = graphql(`
  mutation DeclineMentorship($input: RespondMentorshipInput!) {
    declineMentorship(input: $input) {
      id
      version
      status
    }
  }
`);

export const CompleteMentorshipMutation = graphql(`
  mutation CompleteMentorship($input: MentorshipTransitionInput!) {
    completeMentorship(input: $input) {
      id
      version
      status
    }
  }
`);

export const CancelMentorshipMutation = graphql(`
  mutation CancelMentorship($input: MentorshipTransitionInput!) {
    cancelMentorship(input: $input) {
      id
      version
      status
    }
  }
`);
