import type { Metadata } from "next";
import Link from "next/link";
import { deletePost } from "@/app/actions/posts";
import { EmptyState } from "@/components/EmptyState";
import { SubmitButton } from "@/components/SubmitButton";
import { requireRole } from "@/lib/auth";
import { getAuthorPosts } from "@/lib/data/posts";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Your posts" };

export default async function DashboardPage() {
  const user = await requireRole("AUTHOR", "ADMIN");
  const posts = await getAuthorPosts(user.id);

  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="font-serif text-3xl font-bold">Your posts</h1>
        <Link href="/dashboard/posts/new" className="btn bg-ink-600 text-white hover:bg-ink-700">
          New post
        </Link>
      </div>

      {posts.length === 0 ? (
        <EmptyState
          title="You haven't written anything yet"
          description="Drafts stay private until you publish them."
          action={
            <Link href="/dashboard/posts/new" className="nav-link underline">
              Write your first post
            </Link>
          }
        />
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Your posts, most recently edited first</caption>
          <thead className="border-b border-stone-300 text-stone-600">
            <tr>
              <th scope="col" className="py-2">Title</th>
              <th scope="col" className="py-2">Status</th>
              <th scope="col" className="py-2">Updated</th>
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {posts.map((post) => (
              <tr key={post.id} className="border-b border-stone-200">
                <th scope="row" className="py-3 font-medium text-stone-900">
                  {post.title}
                </th>
                <td className="py-3">
                  {post.status === "PUBLISHED" ? "Published" : "Draft"}
                </td>
                <td className="py-3">
                  <time dateTime={post.updatedAt}>{formatDate(post.updatedAt)}</time>
                </td>
                <td className="py-3">
                  <div className="flex items-center justify-end gap-3">
                    {post.status === "PUBLISHED" && (
                      <Link href={`/posts/${post.slug}`} className="nav-link">
                        View<span className="sr-only"> {post.title}</span>
                      </Link>
                    )}
                    <Link href={`/dashboard/posts/${post.id}/edit`} className="nav-link">
                      Edit<span className="sr-only"> {post.title}</span>
                    </Link>
                    <form action={deletePost.bind(null, post.id)}>
                      <SubmitButton variant="link" pendingLabel="Deleting…">
                        Delete<span className="sr-only"> {post.title}</span>
                      </SubmitButton>
                    </form>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
