import Link from "next/link";
import { PostByline } from "@/components/PostByline";
import { TagList } from "@/components/TagList";
import type { PostSummary } from "@/lib/data/posts";

export function PostCard({ post }: { post: PostSummary }) {
  return (
    <article className="border-b border-stone-200 py-6 last:border-b-0">
      <h2 className="font-serif text-2xl font-semibold text-stone-900">
        <Link href={`/posts/${post.slug}`} className="hover:text-ink-700">
          {post.title}
        </Link>
      </h2>
      <PostByline post={post} showCommentCount className="mt-1 text-sm" />
      {post.excerpt && <p className="mt-3 text-stone-700">{post.excerpt}</p>}
      <TagList tags={post.tags} />
    </article>
  );
}
