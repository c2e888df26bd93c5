import type { ActionState } from "@/lib/action-state";

/** The form-level message of an ActionState, announced to screen readers when it changes. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;

  const isError = state.status === "error";
  return (
    <p
      role={isError ? "alert" : "status"}
      className={`rounded-md px-3 py-2 text-sm ${
        isError ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-800"
      }`}
    >
      {state.message}
    </p>
  );
}
