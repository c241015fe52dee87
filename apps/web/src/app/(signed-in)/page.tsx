import type { Metadata } from "next";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";
import { MyTeam } from "./_components/my-team";
import { ProfileCard } from "./_components/profile-card";
import styles from "./home.module.css";

export const metadata: Metadata = { title: "My growth" };

const MyGrowthQuery = graphql(`
  query MyGrowth {
    me {
      id
      name
      ...ProfileCard
      ...MyTeam
    }
  }
`);

export default async function MyGrowthPage() {
  const { me } = await readAsViewer(MyGrowthQuery);
  const firstName = me.name.split(/\s+/)[0] || me.name;
  return (
    <div className={styles.page}>
      <header>
        <h1 className={styles.title}>Welcome back, {firstName}</h1>
        <p className={styles.lead}>
          This is your growth space. Goals, your plan and feedback will appear here as they are set up.
        </p>
      </header>
      <div className={styles.grid}>
        <ProfileCard employee={me} />
        <MyTeam employee={me} />
      </div>
    </div>
  );
}
