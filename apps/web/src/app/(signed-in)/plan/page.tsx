import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon/coming-soon";

export const metadata: Metadata = { title: "Plan" };

export default function PlanPage() {
  return (
    <ComingSoon title="Plan">
      Your development plan: courses, mentoring, reading and projects linked to the skills and goals they
      build, with a reflection when each is done.
    </ComingSoon>
  );
}
