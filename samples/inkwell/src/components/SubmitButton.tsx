"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

type Variant = "primary" | "secondary" | "danger" | "link";

const VARIANT_CLASSES: Record<Variant, string> = {
  primary: "btn bg-ink-600 text-white hover:bg-ink-700",
  secondary: "btn border border-stone-300 bg-white text-stone-800 hover:bg-stone-50",
  danger: "btn bg-red-600 text-white hover:bg-red-700",
  link: "text-sm font-medium text-ink-600 underline-offset-2 hover:underline",
};

type SubmitButtonProps = {
  children: ReactNode;
  /** Shown while the enclosing form's action is running. */
  pendingLabel?: string;
  variant?: Variant;
};

/** A submit button that disables itself while its form is submitting. Must sit inside a <form>. */
export function SubmitButton({ children, pendingLabel, variant = "primary" }: SubmitButtonProps) {
  const { pending } = useFormStatus();

  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`${VARIANT_CLASSES[variant]} disabled:cursor-not-allowed disabled:opacity-60`}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
