import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComingSoon } from "@/components/coming-soon/coming-soon";
import { readViewer } from "../_components/viewer";

export const metadata: Metadata = { title: "HR" };

export default async function HrPage() {
  // Hidden from the navigation as well; the API applies the same rule to the data itself.
  if (!(await readViewer()).isHrAdmin) notFound();
  return (
    <ComingSoon title="HR">
      Organization-wide insights, the employee directory and the skill catalog, and API tokens for HR system
      integrations.
    </ComingSoon>
  );
}
