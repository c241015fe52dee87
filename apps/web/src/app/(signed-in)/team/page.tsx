import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComingSoon } from "@/components/coming-soon/coming-soon";
import { readViewer } from "../_components/viewer";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  // Hidden from the navigation as well; the API applies the same rule to the data itself.
  if (!(await readViewer()).isManager) notFound();
  return (
    <ComingSoon title="Team">
      A dashboard of your direct reports: who needs attention, goal health, feedback status and the team's
      skill map.
    </ComingSoon>
  );
}
