"use client";

import Link from "next/link";

type DashboardErrorProps = {
  error: Error & { digest?: string };
  reset: () => void;
};

export default function DashboardError({ reset }: DashboardErrorProps) {
  return (
    <section role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-xl font-semibold text-red-900">That didn&apos;t work</h1>
      <p className="mt-2 text-red-800">
        The post may have been deleted, or you may not have access to it.
      </p>
      <div className="mt-4 flex gap-3">
        <button
          type="button"
          onClick={reset}
          className="btn bg-red-600 text-white hover:bg-red-700"
        >
          Try again
        </button>
        <Link href="/dashboard" className="btn border border-red-300 bg-white text-red-800">
          Back to your posts
        </Link>
      </div>
    </section>
  );
}
