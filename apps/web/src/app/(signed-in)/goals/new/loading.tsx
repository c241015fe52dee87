import { PageSkeleton } from "@/components/skeleton/skeleton";

export default function Loading() {
  return <PageSkeleton label="the new goal form" cards={2} />;
}
