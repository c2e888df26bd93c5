import "server-only";
import type { Prisma } from "@prisma/client";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { nextAvailableSlug, slugify } from "@/lib/slug";

export const POSTS_PAGE_SIZE = 10;
const REVALIDATE_SECONDS = 300;

const postSummarySelect = {
  id: true,
  title: true,
  slug: true,
  excerpt: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
  tags: { select: { name: true, slug: true }, orderBy: { name: "asc" } },
  _count: { select: { comments: true } },
} satisfies Prisma.PostSelect;

const postDetailSelect = { ...postSummarySelect, content: true } satisfies Prisma.PostSelect;

type PostSummaryRow = Prisma.PostGetPayload<{ select: typeof postSummarySelect }>;

// unstable_cache stores results as JSON, so dates come back as strings anyway;
// the types say so instead of pretending they are Date objects.
export type PostSummary = Omit<PostSummaryRow, "publishedAt" | "updatedAt" | "_count"> & {
  publishedAt: string | null;
  updatedAt: string;
  commentCount: number;
};

export type PostDetail = PostSummary & { content: string };

export type PublishedPostsPage = {
  posts: PostSummary[];
  page: number;
  pageCount: number;
  total: number;
};

function toPostSummary(row: PostSummaryRow): PostSummary {
  const { _count, publishedAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    publishedAt: publishedAt?.toISOString() ?? null,
    updatedAt: updatedAt.toISOString(),
    commentCount: _count.comments,
  };
}

/**
 * One page of published posts, newest first, optionally filtered by tag slug.
 * The arguments are part of the cache key, so each (tag, page) pair is cached separately.
 */
export const getPublishedPosts = unstable_cache(
  async (tag: string | undefined, page: number): Promise<PublishedPostsPage> => {
    const where: Prisma.PostWhereInput = {
      status: "PUBLISHED",
      ...(tag ? { tags: { some: { slug: tag } } } : {}),
    };
    const [rows, total] = await db.$transaction([
      db.post.findMany({
        where,
        select: postSummarySelect,
        orderBy: { publishedAt: "desc" },
        skip: (page - 1) * POSTS_PAGE_SIZE,
        take: POSTS_PAGE_SIZE,
      }),
      db.post.count({ where }),
    ]);
    return {
      posts: rows.map(toPostSummary),
      page,
      pageCount: Math.max(1, Math.ceil(total / POSTS_PAGE_SIZE)),
      total,
    };
  },
  ["published-posts"],
  { tags: [CACHE_TAGS.publishedPosts], revalidate: REVALIDATE_SECONDS },
);

/** A published post with its content, or null. Tagged per slug so one edit refreshes one page. */
export function getPublishedPostBySlug(slug: string): Promise<PostDetail | null> {
  return unstable_cache(
    async () => {
      const row = await db.post.findFirst({
        where: { slug, status: "PUBLISHED" },
        select: postDetailSelect,
      });
      return row ? { ...toPostSummary(row), content: row.content } : null;
    },
    ["post-by-slug", slug],
    { tags: [CACHE_TAGS.post(slug)], revalidate: REVALIDATE_SECONDS },
  )();
}

/** Every post by one author, drafts included, most recently edited first (the dashboard). */
export function getAuthorPosts(authorId: string): Promise<PostSummary[]> {
  return unstable_cache(
    async () => {
      const rows = await db.post.findMany({
        where: { authorId },
        select: postSummarySelect,
        orderBy: { updatedAt: "desc" },
      });
      return rows.map(toPostSummary);
    },
    ["author-posts", authorId],
    { tags: [CACHE_TAGS.authorPosts(authorId)] },
  )();
}

/**
 * A post with its tag names, for the edit form. Not cached: the form must show the latest
 * row, and callers check ownership with canEditPost before using it.
 */
export function getPostById(id: string) {
  return db.post.findUnique({
    where: { id },
    include: { tags: { select: { name: true }, orderBy: { name: "asc" } } },
  });
}

/** A slug for a new post that no other post uses yet ("my-title", "my-title-2", ...). */
export async function findAvailableSlug(title: string): Promise<string> {
  const base = slugify(title);
  const taken = await db.post.findMany({
    where: { slug: { startsWith: base } },
    select: { slug: true },
  });
  return nextAvailableSlug(base, taken.map((post) => post.slug));
}
