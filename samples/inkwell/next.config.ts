import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    serverActions: {
      // Post bodies are plain text; anything bigger than this is almost certainly abuse.
      bodySizeLimit: "1mb",
    },
  },
};

export default nextConfig;
