import { PageSkeleton } from "@/components/skeleton/skeleton";

export default function Loading() {
  return <PageSkeleton label="the round" cards={2} />;
}
