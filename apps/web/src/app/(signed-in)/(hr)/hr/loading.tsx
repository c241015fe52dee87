import { PageLoading } from "./_components/page-loading";

export default function Loading() {
  return <PageLoading title="Organization insights" blocks={[6, 18, 24]} />;
}
