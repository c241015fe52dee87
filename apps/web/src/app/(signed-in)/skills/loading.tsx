import { PageSkeleton } from "@/components/growth/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton title="Skills" blocks={[18, 30]} />;
}
