import type { ReactNode } from "react";
import { ApolloProvider } from "@/lib/apollo/apollo-provider";
import { AppHeader } from "./_components/app-header";
import styles from "./_components/shell.module.css";
import { readViewer } from "./_components/viewer";

/** Every page in this group needs a session: readViewer redirects to /login without one. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await readViewer();
  return (
    <ApolloProvider>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <AppHeader viewer={viewer} />
      <main id="main" className={styles.main}>
        {children}
      </main>
    </ApolloProvider>
  );
}
