import { slugify } from "@/lib/slug";

export type TagRecord = { name: string; slug: string };

/**
 * Pairs each tag name with its slug and drops names that collapse to the same slug
 * ("Next.js" and "nextjs"), since Tag.slug is unique and connectOrCreate would collide.
 */
export function toTagRecords(names: readonly string[]): TagRecord[] {
  const bySlug = new Map<string, TagRecord>();
  for (const name of names) {
    const slug = slugify(name);
    if (!bySlug.has(slug)) bySlug.set(slug, { name, slug });
  }
  return [...bySlug.values()];
}
