import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // The API is the only backend; the browser never talks to it directly (see src/app/api/graphql).
  poweredByHeader: false,
};

export default nextConfig;
