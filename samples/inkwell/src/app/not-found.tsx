import Link from "next/link";
import { EmptyState } from "@/components/EmptyState";

export default function NotFound() {
  return (
    <EmptyState
      headingLevel="h1"
      title="Page not found"
      description="The page you're looking for doesn't exist or is no longer published."
      action={
        <Link href="/" className="btn bg-ink-600 text-white hover:bg-ink-700">
          Back to all posts
        </Link>
      }
    />
  );
}
