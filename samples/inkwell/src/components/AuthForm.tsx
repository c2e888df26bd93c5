"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/FormMessage";
import { SubmitButton } from "@/components/SubmitButton";
import { TextField } from "@/components/TextField";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/auth";

type AuthFormProps = {
  mode: "login" | "signup";
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Where to go after logging in; already checked with safeNextPath. */
  next?: string;
};

/** The log-in and sign-up form; `action` is logIn or signUp from src/app/actions/auth.ts. */
export function AuthForm({ mode, action, next }: AuthFormProps) {
  const [state, formAction] = useActionState(action, initialActionState);
  const errors = state.fieldErrors ?? {};
  const isSignup = mode === "signup";

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      {next && <input type="hidden" name="next" value={next} />}

      {isSignup && (
        <TextField
          id="name"
          name="name"
          label="Name"
          autoComplete="name"
          required
          defaultValue={state.values?.name}
          errors={errors.name}
        />
      )}
      <TextField
        id="email"
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={errors.email}
      />
      {/* The password is never echoed back in state.values, so it has no defaultValue. */}
      <TextField
        id="password"
        name="password"
        label="Password"
        type="password"
        autoComplete={isSignup ? "new-password" : "current-password"}
        required
        errors={errors.password}
        hint={isSignup ? `At least ${PASSWORD_MIN_LENGTH} characters.` : undefined}
      />

      <SubmitButton pendingLabel={isSignup ? "Creating account…" : "Logging in…"}>
        {isSignup ? "Create account" : "Log in"}
      </SubmitButton>
    </form>
  );
}
