import "server-only";
import { notFound } from "next/navigation";
import { graphql } from "@/gql";
import { apiErrorCode } from "@/lib/apollo/errors";
import { readAsViewer } from "@/lib/apollo/read";

// What the viewer may do decides what the page asks for: `requests` and `report` answer
// FORBIDDEN to anyone who may not see them, so they are only requested when allowed.
const RoundAccessQuery = graphql(`
  query FeedbackRoundAccess($id: ID!) {
    feedbackRound(id: $id) {
      id
      viewerCanManage
      viewerCanReadReport
    }
  }
`);

const RoundPageQuery = graphql(`
  query FeedbackRoundPage($id: ID!, $manage: Boolean!, $report: Boolean!) {
    me {
      id
    }
    feedbackRound(id: $id) {
      id
      version
      title
      status
      closesAt
      openedAt
      closedAt
      anonymityThreshold
      questions
      viewerCanManage
      viewerCanApproveNominations
      viewerCanReadReport
      subject {
        id
        name
        title
      }
      skills {
        id
        name
      }
      myRequest {
        id
        status
        relationship
        viewerCanAnswer
      }
      requests @include(if: $manage) {
        id
        ...RequestStatusRow
      }
      report @include(if: $report) {
        ...FeedbackReportView
      }
    }
  }
`);

/** The round with what this viewer may see of it; missing and hidden both answer 404 content. */
export async function readRoundPage(id: string) {
  try {
    const { feedbackRound: access } = await readAsViewer(RoundAccessQuery, { id });
    return await readAsViewer(RoundPageQuery, {
      id,
      manage: access.viewerCanManage,
      report: access.viewerCanReadReport,
    });
  } catch (error) {
    // A malformed id is BAD_USER_INPUT; a hidden round NOT_FOUND: the page says the same for both.
    const code = apiErrorCode(error);
    if (code === "NOT_FOUND" || code === "BAD_USER_INPUT") notFound();
    throw error;
  }
}
