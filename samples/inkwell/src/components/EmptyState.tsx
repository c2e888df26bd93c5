import type { ReactNode } from "react";

type EmptyStateProps = {
  title: string;
  description?: string;
  /** Usually a link or button that gets the user out of the empty state. */
  action?: ReactNode;
  /** Pick the level that fits the page outline; h2 inside a page with its own h1. */
  headingLevel?: "h1" | "h2" | "h3";
};

export function EmptyState({ title, description, action, headingLevel = "h2" }: EmptyStateProps) {
  const Heading = headingLevel;

  return (
    <div className="rounded-lg border border-dashed border-stone-300 px-6 py-10 text-center">
      <Heading className="text-lg font-semibold text-stone-900">{title}</Heading>
      {description && <p className="mt-1 text-stone-600">{description}</p>}
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}
