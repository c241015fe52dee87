import { PageSkeleton } from "@/components/skeleton/skeleton";

/**
 * The home page's loading state. It lives in the (home) group, not at the top of (signed-in): a
 * loading boundary there would wrap every page, and a page that answers notFound() after streaming
 * has begun can no longer send a 404 status (Team and HR rely on it).
 */
export default function Loading() {
  return <PageSkeleton label="your growth" />;
}
