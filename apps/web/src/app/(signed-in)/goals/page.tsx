import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon/coming-soon";

export const metadata: Metadata = { title: "Goals" };

export default function GoalsPage() {
  return (
    <ComingSoon title="Goals">
      Set SMART goals with key results, align them with your team and track their progress and health with
      regular check-ins.
    </ComingSoon>
  );
}
