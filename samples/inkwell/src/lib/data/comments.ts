import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { db } from "@/lib/db";

export type CommentView = {
  id: string;
  body: string;
  createdAt: string;
  author: { id: string; name: string };
};

/** The comment thread under a post, oldest first. */
export function getCommentsForPost(postId: string): Promise<CommentView[]> {
  return unstable_cache(
    async () => {
      const rows = await db.comment.findMany({
        where: { postId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          body: true,
          createdAt: true,
          author: { select: { id: true, name: true } },
        },
      });
      return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
    },
    ["post-comments", postId],
    { tags: [CACHE_TAGS.postComments(postId)] },
  )();
}
