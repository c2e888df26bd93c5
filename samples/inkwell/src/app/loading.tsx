export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">Loading…</span>
      {[0, 1, 2].map((index) => (
        <div key={index} className="animate-pulse space-y-3" aria-hidden="true">
          <div className="h-7 w-2/3 rounded bg-stone-200" />
          <div className="h-4 w-1/3 rounded bg-stone-200" />
          <div className="h-4 w-full rounded bg-stone-200" />
        </div>
      ))}
    </div>
  );
}
