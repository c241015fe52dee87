import { type FragmentType, graphql, useFragment as readFragment } from "@/gql";
import styles from "./person.module.css";

export const PersonCardFragment = graphql(`
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
    <span className={size === "lg" ? `${styles.avatar} ${styles.avatarLarge}` : styles.avatar} aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/** One colleague in a list: who they are at a glance. */
export function PersonCard(props: { person: FragmentType<typeof PersonCardFragment> }) {
  const person = readFragment(PersonCardFragment, props.person);
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
