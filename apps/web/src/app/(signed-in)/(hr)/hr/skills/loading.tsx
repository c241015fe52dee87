import { PageLoading } from "../_components/page-loading";

export default function Loading() {
  return <PageLoading title="Skills catalog" blocks={[14, 6, 6, 6]} />;
}
