import { PageSkeleton } from "@/components/growth/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton title="Mentoring" blocks={[12, 14, 14]} />;
}
