/**
 * The demo organization seeded on first start: 40 people in 4 departments, 3 levels of managers
 * under the CEO. `key` names people for later seeds (goals, check-ins…) and for tests.
 */
export interface DemoPerson {
  key: string;
  name: string;
  title: string;
  department: string;
  manager?: string;
  hrAdmin?: boolean;
}

export const DEMO_PASSWORD = "upward-demo";
export const DEMO_EMAIL_DOMAIN = "upward.example";

export const demoEmail = (name: string) =>
  `${name
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/\s+/g, ".")}@${DEMO_EMAIL_DOMAIN}`;

const ENG = "Engineering";
const PRODUCT = "Product";
const SALES = "Sales";
const PEOPLE = "People & Operations";

export const DEMO_PEOPLE: DemoPerson[] = [
  { key: "ceo", name: "Elena Rossi", title: "Chief Executive Officer", department: PEOPLE },
  // Level 1 under the CEO: department heads.
  { key: "vpEng", name: "Sofia Alvarez", title: "VP of Engineering", department: ENG, manager: "ceo" },
  { key: "headProduct", name: "Daniel Kim", title: "Head of Product", department: PRODUCT, manager: "ceo" },
  { key: "vpSales", name: "Marcus Johnson", title: "VP of Sales", department: SALES, manager: "ceo" },
  { key: "headPeople", name: "Priya Sharma", title: "Head of People", department: PEOPLE, manager: "ceo" },
  // Level 2: team managers.
  {
    key: "maya",
    name: "Maya Patel",
    title: "Engineering Manager, Platform",
    department: ENG,
    manager: "vpEng",
  },
  {
    key: "omar",
    name: "Omar Haddad",
    title: "Engineering Manager, Mobile",
    department: ENG,
    manager: "vpEng",
  },
  { key: "grace", name: "Grace Liu", title: "Design Lead", department: PRODUCT, manager: "headProduct" },
  { key: "tom", name: "Tom Becker", title: "Sales Manager, EMEA", department: SALES, manager: "vpSales" },
  {
    key: "rachel",
    name: "Rachel Green",
    title: "Sales Manager, Americas",
    department: SALES,
    manager: "vpSales",
  },
  // Level 3: individual contributors.
  { key: "leo", name: "Leo Martin", title: "Software Engineer", department: ENG, manager: "maya" },
  { key: "aisha", name: "Aisha Bello", title: "Senior Software Engineer", department: ENG, manager: "maya" },
  { key: "jonas", name: "Jonas Weber", title: "Software Engineer", department: ENG, manager: "maya" },
  { key: "mei", name: "Mei Tanaka", title: "Site Reliability Engineer", department: ENG, manager: "maya" },
  { key: "carlos", name: "Carlos Mendes", title: "Staff Engineer", department: ENG, manager: "maya" },
  {
    key: "fatima",
    name: "Fatima Zahra",
    title: "Junior Software Engineer",
    department: ENG,
    manager: "maya",
  },
  { key: "noah", name: "Noah Williams", title: "iOS Engineer", department: ENG, manager: "omar" },
  { key: "zoe", name: "Zoe Dubois", title: "Android Engineer", department: ENG, manager: "omar" },
  { key: "ivan", name: "Ivan Petrov", title: "Senior Mobile Engineer", department: ENG, manager: "omar" },
  { key: "lucia", name: "Lucía Romero", title: "QA Engineer", department: ENG, manager: "omar" },
  {
    key: "ethan",
    name: "Ethan Brooks",
    title: "Product Manager",
    department: PRODUCT,
    manager: "headProduct",
  },
  {
    key: "nina",
    name: "Nina Kowalski",
    title: "Senior Product Manager",
    department: PRODUCT,
    manager: "headProduct",
  },
  { key: "samir", name: "Samir Khan", title: "Data Analyst", department: PRODUCT, manager: "headProduct" },
  { key: "hana", name: "Hana Sato", title: "Product Designer", department: PRODUCT, manager: "grace" },
  { key: "oliver", name: "Oliver Smith", title: "UX Researcher", department: PRODUCT, manager: "grace" },
  { key: "amara", name: "Amara Okafor", title: "Product Designer", department: PRODUCT, manager: "grace" },
  { key: "felix", name: "Felix Braun", title: "Account Executive", department: SALES, manager: "tom" },
  { key: "chloe", name: "Chloe Martin", title: "Account Executive", department: SALES, manager: "tom" },
  { key: "yusuf", name: "Yusuf Demir", title: "Sales Development Rep", department: SALES, manager: "tom" },
  { key: "isabel", name: "Isabel Costa", title: "Solutions Engineer", department: SALES, manager: "tom" },
  { key: "jake", name: "Jake Thompson", title: "Account Executive", department: SALES, manager: "rachel" },
  {
    key: "sara",
    name: "Sara Lindqvist",
    title: "Customer Success Manager",
    department: SALES,
    manager: "rachel",
  },
  {
    key: "diego",
    name: "Diego Ramírez",
    title: "Sales Development Rep",
    department: SALES,
    manager: "rachel",
  },
  { key: "emma", name: "Emma Wilson", title: "Account Executive", department: SALES, manager: "rachel" },
  {
    key: "hannah",
    name: "Hannah Reed",
    title: "HR Business Partner",
    department: PEOPLE,
    manager: "headPeople",
    hrAdmin: true,
  },
  { key: "kofi", name: "Kofi Mensah", title: "Recruiter", department: PEOPLE, manager: "headPeople" },
  {
    key: "anna",
    name: "Anna Nowak",
    title: "People Operations Specialist",
    department: PEOPLE,
    manager: "headPeople",
  },
  { key: "ben", name: "Ben Carter", title: "Finance Manager", department: PEOPLE, manager: "headPeople" },
  { key: "lena", name: "Lena Fischer", title: "Office Manager", department: PEOPLE, manager: "headPeople" },
  { key: "raj", name: "Raj Mehta", title: "IT Administrator", department: PEOPLE, manager: "headPeople" },
];

/** The sign-ins printed at start: one per kind of user. */
export const DEMO_SIGN_INS = [
  { who: "Manager", key: "maya" },
  { who: "Employee", key: "leo" },
  { who: "HR admin", key: "hannah" },
] as const;
