import { PageSkeleton } from "@/components/skeleton/skeleton";

/** Home and any page without a loading state of its own. */
export default function Loading() {
  return <PageSkeleton label="the page" />;
}
