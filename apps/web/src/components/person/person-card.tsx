import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "@/gql";
import styles from "./person.module.css";

// The fields this component renders; the query that spreads it fetches them.
export const PersonCardFields = graphql(`
  fragment PersonCard on Employee {
    id
    name
    title
  }
`);

/** Initials for the avatar; names are free text, so fall back to "?" rather than fail. */
function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? "");
  return (letters.length > 1 ? letters[0] + letters[letters.length - 1] : (letters[0] ?? "?")) || "?";
}

export function Avatar({ name, size = "md" }: { name: string; size?: "md" | "lg" }) {
  return (
    <span
      className={size === "lg" ? `${styles.avatar} ${styles.avatarLarge}` : styles.avatar}
      aria-hidden="true"
    >
      {initials(name)}
    </span>
  );
}

/** One colleague in a list: who they are at a glance. */
export function PersonCard({ person }: { person: ResultOf<typeof PersonCardFields> }) {
  return (
    <div className={styles.card}>
      <Avatar name={person.name} />
      <div className={styles.text}>
        <span className={styles.name}>{person.name}</span>
        <span className={styles.title}>{person.title}</span>
      </div>
    </div>
  );
}
