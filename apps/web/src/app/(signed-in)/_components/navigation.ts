import type { NavItem } from "./nav-links";
import type { Viewer } from "./viewer";

/** The areas a person sees; Team and HR only for those who can use them. */
export function navigationFor(viewer: Viewer): NavItem[] {
  return [
    { href: "/", label: "My growth" },
    { href: "/goals", label: "Goals" },
    { href: "/skills", label: "Skills" },
    { href: "/plan", label: "Plan" },
    { href: "/feedback", label: "Feedback" },
    { href: "/mentoring", label: "Mentoring" },
    ...(viewer.isManager ? [{ href: "/team", label: "Team" }] : []),
    ...(viewer.isHrAdmin ? [{ href: "/hr", label: "HR" }] : []),
  ];
}
