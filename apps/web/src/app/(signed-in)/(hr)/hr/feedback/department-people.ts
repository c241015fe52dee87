import type { ApolloClient } from "@apollo/client";
import { graphql } from "@/gql";

/** At most this many people are listed per department (the directory's page size limit). */
export const PEOPLE_LIMIT = 100;

const CyclePeopleQuery = graphql(`
  query CyclePeople($department: String, $first: Int!) {
    employees(filter: { department: $department }, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          title
          drafts: feedbackRounds(status: DRAFT) {
            id
            title
            createdAt
          }
          open: feedbackRounds(status: OPEN) {
            id
            title
            createdAt
          }
        }
      }
    }
  }
`);

export interface CyclePerson {
  id: string;
  name: string;
  title: string;
  /** Their draft and open rounds: someone with one is skipped by a cycle. */
  inProgress: { id: string; title: string; createdAt: string }[];
}

export interface DepartmentPeople {
  total: number;
  people: CyclePerson[];
}

/** The active people of a department (or everyone) with the rounds that would make a cycle skip them. */
export async function readDepartmentPeople(
  client: ApolloClient,
  department: string | null,
): Promise<DepartmentPeople> {
  const { data } = await client.query({
    query: CyclePeopleQuery,
    variables: { department, first: PEOPLE_LIMIT },
    fetchPolicy: "network-only",
  });
  if (!data) throw new Error("The API returned no data");
  return {
    total: data.employees.totalCount,
    people: data.employees.edges.map(({ node }) => ({
      id: node.id,
      name: node.name,
      title: node.title,
      inProgress: [...node.drafts, ...node.open],
    })),
  };
}
