"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { formValues, validationError, type ActionState } from "@/lib/action-state";
import { requireUser } from "@/lib/auth";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { canDeleteComment } from "@/lib/permissions";
import { commentSchema } from "@/lib/validation/comment";

// Comment counts on the home page come from the publishedPosts cache; they are left to
// its time-based revalidation rather than flushing the whole list on every comment.

/** Bound to a post id in CommentForm: `addComment.bind(null, postId)`. Any signed-in user. */
export async function addComment(
  postId: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();

  const parsed = commentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return validationError(parsed.error, formValues(formData, ["body"]));
  }

  const post = await db.post.findFirst({
    where: { id: postId, status: "PUBLISHED" },
    select: { id: true, slug: true },
  });
  if (!post) {
    return { status: "error", message: "This post is not accepting comments." };
  }

  await db.comment.create({
    data: { body: parsed.data.body, postId: post.id, authorId: user.id },
  });

  revalidateTag(CACHE_TAGS.postComments(post.id));
  revalidatePath(`/posts/${post.slug}`);
  return { status: "success", message: "Comment posted." };
}

/** Bound to a comment id in CommentList's delete form. */
export async function deleteComment(commentId: string): Promise<void> {
  const user = await requireUser();

  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { authorId: true, postId: true, post: { select: { slug: true, authorId: true } } },
  });
  if (!comment || !canDeleteComment(user, comment)) {
    throw new Error("Comment not found.");
  }

  await db.comment.delete({ where: { id: commentId } });
  revalidateTag(CACHE_TAGS.postComments(comment.postId));
  revalidatePath(`/posts/${comment.post.slug}`);
}
