import Link from "next/link";
import { EmptyState } from "@/components/empty-state/empty-state";
import styles from "@/components/feedback/feedback.module.css";

/** Missing or not shared with the viewer: the same answer, so a hidden round isn't revealed. */
export default function FeedbackRoundNotFound() {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Round not found</h1>
      <EmptyState
        title="This feedback round isn't available"
        action={
          <Link href="/feedback" className="button button-primary">
            Back to feedback
          </Link>
        }
      >
        It doesn't exist, or it isn't shared with you.
      </EmptyState>
    </div>
  );
}
