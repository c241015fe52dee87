import type { Metadata } from "next";
import { graphql } from "@/gql";
import { readAsViewer } from "@/lib/apollo/read";
import hr from "../_components/hr.module.css";
import { requireHrAdmin } from "../_components/require-hr-admin";
import { SkillsCatalog } from "./skills-catalog";

export const metadata: Metadata = { title: "Skills catalog" };

const SkillsCatalogQuery = graphql(`
  query SkillsCatalog {
    skills {
      id
      ...CatalogSkill
    }
  }
`);

export default async function SkillsPage() {
  await requireHrAdmin();
  const { skills } = await readAsViewer(SkillsCatalogQuery);
  return (
    <div className={hr.page}>
      <header>
        <h1 className={hr.title}>Skills catalog</h1>
        <p className={hr.lead}>
          The skills people rate themselves on, set goals for and find mentors in, by category.
        </p>
      </header>
      <SkillsCatalog initialSkills={skills} />
    </div>
  );
}
