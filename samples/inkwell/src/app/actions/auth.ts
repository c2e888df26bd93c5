"use server";

import { Prisma } from "@prisma/client";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, validationError, type ActionState } from "@/lib/action-state";
import { createSession, destroySession } from "@/lib/auth";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/password";
import { loginSchema, safeNextPath, signupSchema } from "@/lib/validation/auth";

/** Creates a READER account and signs it in. Authors are promoted by an admin. */
export async function signUp(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return validationError(parsed.error, formValues(formData, ["name", "email"]));
  }
  const { name, email, password } = parsed.data;

  let userId: string;
  try {
    const user = await db.user.create({
      data: { name, email, passwordHash: await hashPassword(password) },
      select: { id: true },
    });
    userId = user.id;
  } catch (error) {
    // Unique violation on User.email: someone registered this address first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return {
        status: "error",
        fieldErrors: { email: ["An account with this email already exists."] },
        values: { name, email },
      };
    }
    throw error;
  }

  await createSession(userId);
  revalidatePath("/", "layout");
  redirect("/");
}

export async function logIn(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return validationError(parsed.error, formValues(formData, ["email"]));
  }
  const { email, password, next } = parsed.data;

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true },
  });
  // One message for both cases, so the form can't be used to find out which emails exist.
  if (!user || !(await verifyPassword(password, user.passwordHash))) {
    return { status: "error", message: "Invalid email or password.", values: { email } };
  }

  await createSession(user.id);
  revalidatePath("/", "layout");
  redirect(safeNextPath(next));
}

export async function logOut(): Promise<void> {
  await destroySession();
  revalidatePath("/", "layout");
  redirect("/");
}
