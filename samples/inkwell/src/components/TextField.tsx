import type { ReactNode } from "react";

type TextFieldProps = {
  /** Used for the label's htmlFor and as the prefix of the hint and error ids. */
  id: string;
  name: string;
  label: ReactNode;
  defaultValue?: string;
  /** Field errors from ActionState.fieldErrors; the first one is shown. */
  errors?: string[];
  hint?: ReactNode;
  /** Renders a <textarea> with this many rows instead of an <input>. */
  rows?: number;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  className?: string;
};

function describedBy(...ids: (string | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(" ") : undefined;
}

/** A labelled input or textarea wired to its hint and error text for screen readers. */
export function TextField({
  id,
  label,
  errors,
  hint,
  rows,
  type = "text",
  className = "",
  ...inputProps
}: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = errors?.[0];
  const controlProps = {
    id,
    ...inputProps,
    "aria-invalid": error !== undefined,
    "aria-describedby": describedBy(hint ? hintId : undefined, error ? errorId : undefined),
    className: `field-input ${className}`.trim(),
  };

  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {rows ? <textarea rows={rows} {...controlProps} /> : <input type={type} {...controlProps} />}
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-stone-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
