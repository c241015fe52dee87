import { expect, test } from "@playwright/test";
import { demo, signIn } from "./support/session";

// The browser's Apollo Client talks to /api/graphql, which adds the token from the httpOnly cookie.
test("/api/graphql forwards requests with the session from the cookie", async ({ page }) => {
  await signIn(page, demo.employee.email);
  const response = await page.request.post("/api/graphql", { data: { query: "{ me { name } }" } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ data: { me: { name: demo.employee.name } } });
});

test("/api/graphql answers UNAUTHENTICATED without a session", async ({ request }) => {
  const response = await request.post("/api/graphql", { data: { query: "{ me { name } }" } });
  const body = await response.json();
  expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
});

test("/api/graphql refuses bodies a cross-site form could send", async ({ request }) => {
  const response = await request.post("/api/graphql", {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ query: "{ me { name } }" }),
  });
  expect(response.status()).toBe(415);
});
