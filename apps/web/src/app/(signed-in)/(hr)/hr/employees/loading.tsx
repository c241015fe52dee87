import { PageLoading } from "../_components/page-loading";

export default function Loading() {
  return <PageLoading title="Employees" blocks={[5, 4, 4, 4, 4, 4]} />;
}
