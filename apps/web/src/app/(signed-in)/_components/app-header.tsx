import Link from "next/link";
import { NavLinks } from "./nav-links";
import { navigationFor } from "./navigation";
import { NotificationsLink } from "./notifications-link";
import styles from "./shell.module.css";
import { signOut } from "./sign-out";
import type { Viewer } from "./viewer";

export function AppHeader({ viewer }: { viewer: Viewer }) {
  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <Link href="/" className={styles.brand}>
          <span className={styles.logo} aria-hidden="true">
            ↑
          </span>
          Upward
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <NavLinks items={navigationFor(viewer)} />
        </nav>
        <div className={styles.account}>
          <NotificationsLink unread={viewer.unreadNotifications} />
          <span className={styles.person}>
            <span className="visually-hidden">Signed in as </span>
            {viewer.name}
          </span>
          <form action={signOut}>
            <button type="submit" className="button">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
