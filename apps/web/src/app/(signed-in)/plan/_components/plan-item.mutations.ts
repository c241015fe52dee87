import { graphql } from "@/gql";

export const SetPlanItemStatusMutation = graphql(`
  mutation SetPlanItemStatus($input: SetPlanItemStatusInput!) {
    setPlanItemStatus(input: $input) {
      id
      version
      status
    }
  }
`);

export const UpdatePlanItemMutation = graphql(`
  mutation UpdatePlanItem($input: UpdatePlanItemInput!) {
    updatePlanItem(input: $input) {
      id
      version
    }
  }
`);

export const DeletePlanItemMutation = graphql(`
  mutation DeletePlanItem($input: DeletePlanItemInput!) {
    deletePlanItem(input: $input)
  }
`);

/** Said when `version` is stale; the page has re-read the item by the time it shows. */
export const CONFLICT_NOTICE =
  "This item changed since you opened it (in another tab or session). It now shows the latest version: check it and make your change again.";
