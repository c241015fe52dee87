/**
 * The one place that decides who may see or change what (DESIGN.md §3). Resolvers, services and
 * loaders ask these policies; lists use their SQL conditions so that counts never reveal hidden rows.
 * Default deny: a policy that has no rule for a case answers no.
 */
export { checkInAccess } from "./check-in.access";
export { employeeAccess } from "./employee.access";
export { feedbackAccess } from "./feedback.access";
export { goalAccess } from "./goal.access";
export { mentorshipAccess } from "./mentorship.access";
export { planAccess } from "./plan.access";
export { skillProfileAccess } from "./skill-profile.access";
export { teamAccess } from "./team.access";
