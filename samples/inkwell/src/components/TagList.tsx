import Link from "next/link";

/** A post's tags as links to the home page filtered by that tag. */
export function TagList({ tags }: { tags: { name: string; slug: string }[] }) {
  if (tags.length === 0) return null;

  return (
    <ul aria-label="Tags" className="mt-3 flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link href={`/?tag=${tag.slug}`} className="tag-pill">
            #{tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
