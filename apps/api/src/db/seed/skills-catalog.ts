/** The demo skills catalog: what a growing tech company would track. */
export const SKILLS_CATALOG: { name: string; category: string; description: string }[] = [
  {
    name: "TypeScript",
    category: "Engineering",
    description: "Typed JavaScript for robust front- and back-end code.",
  },
  {
    name: "System design",
    category: "Engineering",
    description: "Designing services that scale, fail well and stay simple.",
  },
  { name: "SQL", category: "Engineering", description: "Querying and modelling relational data." },
  {
    name: "Testing",
    category: "Engineering",
    description: "Automated tests that catch regressions and document intent.",
  },
  {
    name: "Code review",
    category: "Engineering",
    description: "Reviewing changes kindly, thoroughly and quickly.",
  },
  {
    name: "Product discovery",
    category: "Product",
    description: "Finding the problems worth solving with users.",
  },
  { name: "Data analysis", category: "Product", description: "Turning data into decisions." },
  { name: "UX writing", category: "Product", description: "Clear words in the interface." },
  { name: "Negotiation", category: "Sales", description: "Reaching agreements that both sides keep." },
  { name: "Customer empathy", category: "Sales", description: "Understanding what customers need and why." },
  {
    name: "Public speaking",
    category: "Communication",
    description: "Presenting ideas to a room with confidence.",
  },
  {
    name: "Written communication",
    category: "Communication",
    description: "Docs, proposals and updates people act on.",
  },
  { name: "Giving feedback", category: "Leadership", description: "Specific, timely, caring feedback." },
  { name: "Coaching", category: "Leadership", description: "Helping others grow by asking, not telling." },
  { name: "Prioritization", category: "Leadership", description: "Choosing what not to do." },
  {
    name: "Stakeholder management",
    category: "Leadership",
    description: "Keeping the people who matter aligned.",
  },
];
