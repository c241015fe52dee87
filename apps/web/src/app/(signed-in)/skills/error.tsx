"use client";

import { PageError } from "@/components/growth/ui/page-error";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return <PageError title="Skills" reset={reset} />;
}
