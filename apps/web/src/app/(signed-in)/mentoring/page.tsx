import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon/coming-soon";

export const metadata: Metadata = { title: "Mentoring" };

export default function MentoringPage() {
  return (
    <ComingSoon title="Mentoring">
      Find a mentor who is strong where you want to grow, follow your mentorships and answer mentoring
      requests.
    </ComingSoon>
  );
}
