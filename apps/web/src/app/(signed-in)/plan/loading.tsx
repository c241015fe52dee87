import { PageSkeleton } from "@/components/growth/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton title="Development plan" blocks={[7, 3, 16, 16]} />;
}
