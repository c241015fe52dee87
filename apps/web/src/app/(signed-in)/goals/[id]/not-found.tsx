import Link from "next/link";
import { EmptyState } from "@/components/empty-state/empty-state";
import layout from "../goals.module.css";

/** Missing or not shared with the viewer: the same answer, so a hidden goal isn't revealed. */
export default function GoalNotFound() {
  return (
    <div className={layout.page}>
      <h1 className={layout.title}>Goal not found</h1>
      <EmptyState
        title="This goal isn't available"
        action={
          <Link href="/goals" className="button button-primary">
            Back to your goals
          </Link>
        }
      >
        It doesn't exist, or it isn't shared with you.
      </EmptyState>
    </div>
  );
}
