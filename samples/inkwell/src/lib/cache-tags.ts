/**
 * Every tag handed to unstable_cache is built here, and writes revalidate with the same
 * helpers, so a read and the write that invalidates it can't drift apart.
 *
 * - publishedPosts: the public list (home page, /api/posts)
 * - post(slug): one public post page
 * - authorPosts(authorId): an author's dashboard, drafts included
 * - postComments(postId): the comment thread under a post
 */
export const CACHE_TAGS = {
  publishedPosts: "posts:published",
  post: (slug: string) => `post:${slug}`,
  authorPosts: (authorId: string) => `posts:author:${authorId}`,
  postComments: (postId: string) => `comments:post:${postId}`,
} as const;
