import styles from "@/components/goal/chips.module.css";
import type { FeedbackRequestStatus, FeedbackRoundStatus } from "@/gql/graphql";
import { REQUEST_STATUS_LABEL, ROUND_STATUS_LABEL } from "./feedback-format";

const ROUND_CLASS: Record<FeedbackRoundStatus, string> = {
  DRAFT: styles.neutral,
  OPEN: styles.brand,
  CLOSED: styles.success,
};

const REQUEST_CLASS: Record<FeedbackRequestStatus, string> = {
  PENDING: styles.warning,
  SUBMITTED: styles.success,
  DECLINED: styles.neutral,
};

export function RoundStatusChip({ status }: { status: FeedbackRoundStatus }) {
  return <span className={`${styles.chip} ${ROUND_CLASS[status]}`}>{ROUND_STATUS_LABEL[status]}</span>;
}

export function RequestStatusChip({ status }: { status: FeedbackRequestStatus }) {
  return <span className={`${styles.chip} ${REQUEST_CLASS[status]}`}>{REQUEST_STATUS_LABEL[status]}</span>;
}
