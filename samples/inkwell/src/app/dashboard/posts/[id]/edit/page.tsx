import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { updatePost } from "@/app/actions/posts";
import { PostForm } from "@/components/PostForm";
import { requireRole } from "@/lib/auth";
import { getPostById } from "@/lib/data/posts";
import { canEditPost } from "@/lib/permissions";

export const metadata: Metadata = { title: "Edit post" };

type EditPostPageProps = {
  params: Promise<{ id: string }>;
};

export default async function EditPostPage({ params }: EditPostPageProps) {
  const { id } = await params;
  const user = await requireRole("AUTHOR", "ADMIN");
  const post = await getPostById(id);
  // Someone else's post gets the same 404 as a missing one, so ids can't be probed.
  if (!post || !canEditPost(user, post)) notFound();

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Edit post</h1>
      <PostForm
        action={updatePost.bind(null, post.id)}
        submitLabel="Save changes"
        defaultValues={{
          title: post.title,
          excerpt: post.excerpt ?? "",
          content: post.content,
          tags: post.tags.map((tag) => tag.name).join(", "),
          status: post.status,
        }}
      />
    </>
  );
}
