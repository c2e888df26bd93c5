import { z } from "zod";

export const POST_STATUSES = ["DRAFT", "PUBLISHED"] as const;
export type PostStatusInput = (typeof POST_STATUSES)[number];

export const MAX_TAGS = 5;
export const TITLE_MAX_LENGTH = 120;
export const EXCERPT_MAX_LENGTH = 280;

/** Splits "react, Next.js , react" into ["react", "Next.js"]: trimmed, case-insensitively unique. */
export function parseTagList(raw: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of raw.split(",")) {
    const name = part.trim().replace(/\s+/g, " ");
    const key = name.toLowerCase();
    if (name.length === 0 || seen.has(key)) continue;
    seen.add(key);
    tags.push(name);
  }
  return tags;
}

/** Fields of the create and edit post forms (src/components/PostForm.tsx). */
export const postInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3, "Title must be at least 3 characters")
    .max(TITLE_MAX_LENGTH, `Title must be at most ${TITLE_MAX_LENGTH} characters`),
  excerpt: z
    .string()
    .trim()
    .max(EXCERPT_MAX_LENGTH, `Excerpt must be at most ${EXCERPT_MAX_LENGTH} characters`)
    .optional()
    .transform((value) => (value ? value : null)),
  content: z
    .string()
    .trim()
    .min(1, "Content is required")
    .max(50_000, "Content is too long"),
  tags: z
    .string()
    .optional()
    .transform((value) => parseTagList(value ?? ""))
    .pipe(
      z
        .array(z.string().max(32, "Each tag must be at most 32 characters"))
        .max(MAX_TAGS, `Use at most ${MAX_TAGS} tags`),
    ),
  status: z.enum(POST_STATUSES).default("DRAFT"),
});

export type PostInput = z.infer<typeof postInputSchema>;

/** Query string of the home page and GET /api/posts; bad values fall back instead of failing. */
export const postListQuerySchema = z.object({
  tag: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export type PostListQuery = z.infer<typeof postListQuerySchema>;
