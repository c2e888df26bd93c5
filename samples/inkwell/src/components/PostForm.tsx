"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/FormMessage";
import { SubmitButton } from "@/components/SubmitButton";
import { TextField } from "@/components/TextField";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { MAX_TAGS, type PostStatusInput } from "@/lib/validation/post";

export type PostFormValues = {
  title: string;
  excerpt: string;
  content: string;
  tags: string;
  status: PostStatusInput;
};

const EMPTY_VALUES: PostFormValues = {
  title: "",
  excerpt: "",
  content: "",
  tags: "",
  status: "DRAFT",
};

const STATUS_OPTIONS: { value: PostStatusInput; label: string; hint: string }[] = [
  { value: "DRAFT", label: "Draft", hint: "Only you can see it." },
  { value: "PUBLISHED", label: "Published", hint: "Visible to everyone." },
];

type PostFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaultValues?: PostFormValues;
  submitLabel: string;
};

/** The create/edit post form. `action` is createPost or a bound updatePost. */
export function PostForm({ action, defaultValues = EMPTY_VALUES, submitLabel }: PostFormProps) {
  const [state, formAction] = useActionState(action, initialActionState);
  // React resets the form after each submit; refill it with what the author typed.
  const values = { ...defaultValues, ...state.values };
  const errors = state.fieldErrors ?? {};

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />

      <TextField
        id="title"
        name="title"
        label="Title"
        required
        defaultValue={values.title}
        errors={errors.title}
      />
      <TextField
        id="excerpt"
        name="excerpt"
        label={
          <>
            Excerpt <span className="font-normal text-stone-500">(optional)</span>
          </>
        }
        defaultValue={values.excerpt}
        errors={errors.excerpt}
      />
      <TextField
        id="content"
        name="content"
        label="Content"
        rows={14}
        required
        defaultValue={values.content}
        errors={errors.content}
        hint="Separate paragraphs with a blank line."
        className="font-serif"
      />
      <TextField
        id="tags"
        name="tags"
        label="Tags"
        defaultValue={values.tags}
        errors={errors.tags}
        hint={`Comma-separated, up to ${MAX_TAGS}.`}
      />

      <fieldset>
        <legend className="field-label">Status</legend>
        <div className="mt-2 space-y-2">
          {STATUS_OPTIONS.map((option) => (
            <label key={option.value} className="flex items-start gap-2">
              <input
                type="radio"
                name="status"
                value={option.value}
                defaultChecked={values.status === option.value}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{option.label}</span>{" "}
                <span className="text-sm text-stone-500">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
