import { PageSkeleton } from "@/components/skeleton/skeleton";

export default function Loading() {
  return <PageSkeleton label="your feedback" cards={3} />;
}
