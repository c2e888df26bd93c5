import type { PostSummary } from "@/lib/data/posts";
import { formatDate } from "@/lib/format";

type PostBylineProps = {
  post: Pick<PostSummary, "author" | "publishedAt" | "commentCount">;
  showCommentCount?: boolean;
  className?: string;
};

/** "By Ada Writer · Mar 1, 2025 · 2 comments" */
export function PostByline({ post, showCommentCount = false, className = "" }: PostBylineProps) {
  const { author, publishedAt, commentCount } = post;

  return (
    <p className={`text-stone-600 ${className}`.trim()}>
      By {author.name}
      {publishedAt && (
        <>
          {" · "}
          <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>
        </>
      )}
      {showCommentCount && ` · ${commentCount === 1 ? "1 comment" : `${commentCount} comments`}`}
    </p>
  );
}
