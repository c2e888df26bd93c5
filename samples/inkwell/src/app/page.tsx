import Link from "next/link";
import { EmptyState } from "@/components/EmptyState";
import { PostCard } from "@/components/PostCard";
import { getPublishedPosts } from "@/lib/data/posts";
import { postListQuerySchema } from "@/lib/validation/post";

type HomePageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function pageHref(page: number, tag: string | undefined): string {
  const params = new URLSearchParams();
  if (tag) params.set("tag", tag);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

export default async function HomePage({ searchParams }: HomePageProps) {
  const { tag, page } = postListQuerySchema.parse(await searchParams);
  const { posts, pageCount } = await getPublishedPosts(tag, page);

  return (
    <>
      <div className="mb-6 flex items-baseline justify-between">
        <h1 className="font-serif text-3xl font-bold">
          {tag ? `Posts tagged #${tag}` : "Latest posts"}
        </h1>
        {tag && (
          <Link href="/" className="nav-link text-sm">
            Show all posts
          </Link>
        )}
      </div>

      {posts.length === 0 ? (
        <EmptyState
          title="Nothing here yet"
          description={tag ? "No published posts use this tag." : "No posts have been published yet."}
        />
      ) : (
        <section aria-label="Posts">
          {posts.map((post) => (
            <PostCard key={post.id} post={post} />
          ))}
        </section>
      )}

      {pageCount > 1 && (
        <nav aria-label="Pagination" className="mt-8 flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1, tag)} className="nav-link" rel="prev">
              ← Newer posts
            </Link>
          ) : (
            <span />
          )}
          <span aria-current="page">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={pageHref(page + 1, tag)} className="nav-link" rel="next">
              Older posts →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
