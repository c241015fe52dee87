import { expect, type Page } from "@playwright/test";
import { isoDay } from "./session";

/** A title no other run or project has used, so tests sharing the seeded database don't collide. */
export function uniqueTitle(base: string, project: string): string {
  return `${base} (${project} ${Date.now().toString(36)})`;
}

/**
 * Creates a draft goal of the signed-in person through the web app's own /api/graphql (the
 * session cookie of `page` goes along), for tests whose subject is not the new-goal form.
 */
export async function createDraftGoal(
  page: Page,
  title: string,
  visibility: "PRIVATE" | "TEAM" | "ORGANIZATION" = "TEAM",
): Promise<string> {
  const response = await page.request.post("/api/graphql", {
    data: {
      query: "mutation($input: CreateGoalInput!) { createGoal(input: $input) { id } }",
      variables: {
        input: {
          title,
          visibility,
          description: "Customers on mobile can pay within a second of opening the cart.",
          dueDate: isoDay(60),
          keyResults: [{ title: "p95 latency", unit: "ms", startValue: 800, targetValue: 300 }],
        },
      },
    },
  });
  const body = await response.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.createGoal.id as string;
}
