import { Skeleton } from "../_components/skeleton";
import teamStyles from "../_components/team.module.css";
import styles from "./_components/member.module.css";

export default function TeamMemberLoading() {
  return (
    <div className={teamStyles.page} aria-busy="true">
      <p role="status" className="visually-hidden">
        Loading…
      </p>
      <div className={styles.person}>
        <Skeleton width="4rem" height="4rem" />
        <div style={{ flex: 1 }}>
          <Skeleton width="16rem" height="2rem" />
        </div>
      </div>
      <div className={teamStyles.card}>
        <Skeleton lines={2} height="2rem" />
      </div>
      <div className={teamStyles.card}>
        <Skeleton lines={4} height="3rem" />
      </div>
      <div className={teamStyles.columns}>
        <div className={teamStyles.card}>
          <Skeleton lines={3} height="3rem" />
        </div>
        <div className={teamStyles.card}>
          <Skeleton lines={3} height="3rem" />
        </div>
      </div>
    </div>
  );
}
