import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon/coming-soon";

export const metadata: Metadata = { title: "Feedback" };

export default function FeedbackPage() {
  return (
    <ComingSoon title="Feedback">
      Give the feedback colleagues asked you for, run 360° rounds about yourself and read the report once a
      round has closed.
    </ComingSoon>
  );
}
