import type { Metadata } from "next";
import { createPost } from "@/app/actions/posts";
import { PostForm } from "@/components/PostForm";
import { requireRole } from "@/lib/auth";

export const metadata: Metadata = { title: "New post" };

export default async function NewPostPage() {
  await requireRole("AUTHOR", "ADMIN");

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">New post</h1>
      <PostForm action={createPost} submitLabel="Create post" />
    </>
  );
}
