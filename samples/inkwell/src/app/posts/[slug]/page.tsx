import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentForm } from "@/components/CommentForm";
import { CommentList } from "@/components/CommentList";
import { PostByline } from "@/components/PostByline";
import { TagList } from "@/components/TagList";
import { getCurrentUser } from "@/lib/auth";
import { getCommentsForPost } from "@/lib/data/comments";
import { getPublishedPostBySlug } from "@/lib/data/posts";

type PostPageProps = {
  params: Promise<{ slug: string }>;
};

export async function generateMetadata({ params }: PostPageProps): Promise<Metadata> {
  const { slug } = await params;
  const post = await getPublishedPostBySlug(slug);
  if (!post) return { title: "Post not found" };
  return { title: post.title, description: post.excerpt ?? undefined };
}

export default async function PostPage({ params }: PostPageProps) {
  const { slug } = await params;
  const post = await getPublishedPostBySlug(slug);
  if (!post) notFound();

  const [comments, currentUser] = await Promise.all([
    getCommentsForPost(post.id),
    getCurrentUser(),
  ]);
  const paragraphs = post.content.split(/\n{2,}/);

  return (
    <article>
      <header className="mb-8">
        <h1 className="font-serif text-4xl font-bold leading-tight">{post.title}</h1>
        <PostByline post={post} className="mt-2" />
        <TagList tags={post.tags} />
      </header>

      <div className="space-y-5 font-serif text-lg leading-relaxed text-stone-800">
        {paragraphs.map((paragraph, index) => (
          <p key={index} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
      </div>

      <section aria-labelledby="comments-heading" className="mt-12 space-y-6">
        <h2 id="comments-heading" className="text-2xl font-semibold">
          Comments ({comments.length})
        </h2>
        <CommentList comments={comments} postAuthorId={post.author.id} currentUser={currentUser} />
        {currentUser ? (
          <CommentForm postId={post.id} />
        ) : (
          <p className="text-stone-600">
            <Link href={`/login?next=/posts/${post.slug}`} className="nav-link underline">
              Log in
            </Link>{" "}
            to join the conversation.
          </p>
        )}
      </section>
    </article>
  );
}
