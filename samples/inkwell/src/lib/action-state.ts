import type { ZodError } from "zod";

export type FieldErrors = Partial<Record<string, string[]>>;

/** What every form-backed server action returns to useActionState. */
export type ActionState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  /** Echo of the submitted text fields, so the form can refill itself after React resets it. */
  values?: Record<string, string>;
};

export const initialActionState: ActionState = { status: "idle" };

export function validationError(error: ZodError, values?: Record<string, string>): ActionState {
  return {
    status: "error",
    message: "Please fix the errors below.",
    fieldErrors: error.flatten().fieldErrors,
    values,
  };
}

/** Picks the named string fields out of a submission (never pass password fields here). */
export function formValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field] = value;
  }
  return values;
}
