"use server";

import { revalidatePath, revalidateTag } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, validationError, type ActionState } from "@/lib/action-state";
import { requireRole } from "@/lib/auth";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { findAvailableSlug } from "@/lib/data/posts";
import { db } from "@/lib/db";
import { canEditPost } from "@/lib/permissions";
import { resolvePublishedAt } from "@/lib/post-status";
import { toTagRecords } from "@/lib/tags";
import { postInputSchema } from "@/lib/validation/post";

const POST_FIELDS = ["title", "excerpt", "content", "tags", "status"] as const;

function tagConnections(names: string[]) {
  return toTagRecords(names).map(({ name, slug }) => ({
    where: { slug },
    create: { name, slug },
  }));
}

/** Drops every cached read a post write can change: lists, the post page, the author's dashboard. */
function revalidatePostCaches(post: { slug: string; authorId: string }) {
  revalidateTag(CACHE_TAGS.publishedPosts);
  revalidateTag(CACHE_TAGS.post(post.slug));
  revalidateTag(CACHE_TAGS.authorPosts(post.authorId));
  revalidatePath("/");
  revalidatePath(`/posts/${post.slug}`);
  revalidatePath("/dashboard");
}

export async function createPost(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireRole("AUTHOR", "ADMIN");

  const parsed = postInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return validationError(parsed.error, formValues(formData, POST_FIELDS));
  }
  const { title, excerpt, content, status, tags } = parsed.data;

  const post = await db.post.create({
    data: {
      title,
      slug: await findAvailableSlug(title),
      excerpt,
      content,
      status,
      publishedAt: resolvePublishedAt(status, null),
      authorId: user.id,
      tags: { connectOrCreate: tagConnections(tags) },
    },
    select: { slug: true, authorId: true },
  });

  revalidatePostCaches(post);
  redirect("/dashboard");
}

/** Bound to a post id in the edit page: `updatePost.bind(null, post.id)`. */
export async function updatePost(
  postId: string,
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireRole("AUTHOR", "ADMIN");

  const existing = await db.post.findUnique({
    where: { id: postId },
    select: { slug: true, authorId: true, publishedAt: true },
  });
  if (!existing || !canEditPost(user, existing)) {
    return { status: "error", message: "You can't edit this post." };
  }

  const parsed = postInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return validationError(parsed.error, formValues(formData, POST_FIELDS));
  }
  const { title, excerpt, content, status, tags } = parsed.data;

  // The slug is fixed at creation so shared links survive title changes.
  await db.post.update({
    where: { id: postId },
    data: {
      title,
      excerpt,
      content,
      status,
      publishedAt: resolvePublishedAt(status, existing.publishedAt),
      tags: { set: [], connectOrCreate: tagConnections(tags) },
    },
  });

  revalidatePostCaches(existing);
  redirect("/dashboard");
}

/** Bound to a post id in the dashboard's delete form. */
export async function deletePost(postId: string): Promise<void> {
  const user = await requireRole("AUTHOR", "ADMIN");

  const post = await db.post.findUnique({
    where: { id: postId },
    select: { slug: true, authorId: true },
  });
  if (!post || !canEditPost(user, post)) {
    throw new Error("Post not found.");
  }

  await db.post.delete({ where: { id: postId } });
  revalidatePostCaches(post);
}
