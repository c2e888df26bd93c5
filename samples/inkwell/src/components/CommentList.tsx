import { deleteComment } from "@/app/actions/comments";
import { EmptyState } from "@/components/EmptyState";
import { SubmitButton } from "@/components/SubmitButton";
import type { CommentView } from "@/lib/data/comments";
import { formatDate } from "@/lib/format";
import { canDeleteComment, type Actor } from "@/lib/permissions";

type CommentListProps = {
  comments: CommentView[];
  postAuthorId: string;
  currentUser: Actor | null;
};

export function CommentList({ comments, postAuthorId, currentUser }: CommentListProps) {
  if (comments.length === 0) {
    return (
      <EmptyState
        headingLevel="h3"
        title="No comments yet"
        description="Be the first to share your thoughts."
      />
    );
  }

  return (
    <ol className="space-y-4">
      {comments.map((comment) => {
        const canDelete =
          currentUser !== null &&
          canDeleteComment(currentUser, {
            authorId: comment.author.id,
            post: { authorId: postAuthorId },
          });

        return (
          <li key={comment.id}>
            <article className="rounded-lg border border-stone-200 bg-white p-4">
              <header className="flex items-baseline justify-between gap-4 text-sm">
                <span className="font-medium text-stone-900">{comment.author.name}</span>
                <time dateTime={comment.createdAt} className="text-stone-500">
                  {formatDate(comment.createdAt)}
                </time>
              </header>
              <p className="mt-2 whitespace-pre-line text-stone-800">{comment.body}</p>
              {canDelete && (
                <form action={deleteComment.bind(null, comment.id)} className="mt-2">
                  <SubmitButton variant="link" pendingLabel="Deleting…">
                    Delete<span className="sr-only"> comment by {comment.author.name}</span>
                  </SubmitButton>
                </form>
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
