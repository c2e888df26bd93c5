import type { PostStatusInput } from "@/lib/validation/post";

/**
 * Decides the publishedAt to store when a post is saved. The first publish stamps the
 * current time; re-saving a published post keeps its original date; drafts have none.
 */
export function resolvePublishedAt(
  status: PostStatusInput,
  currentPublishedAt: Date | null,
  now: Date = new Date(),
): Date | null {
  if (status === "DRAFT") return null;
  return currentPublishedAt ?? now;
}
