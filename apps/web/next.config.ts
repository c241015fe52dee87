import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The API is the only backend; the browser never talks to it directly (see src/app/api/graphql).
  poweredByHeader: false,
  // `forbidden()` (403 with a forbidden.tsx page) for areas a signed-in person may not open, such as
  // HR for non-HR admins (docs/decisions/018-forbidden-pages.md).
  experimental: { authInterrupts: true },
};

export default nextConfig;
