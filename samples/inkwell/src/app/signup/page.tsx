import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signUp } from "@/app/actions/auth";
import { AuthForm } from "@/components/AuthForm";
import { getCurrentUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignupPage() {
  if (await getCurrentUser()) redirect("/");

  return (
    <section className="mx-auto max-w-sm">
      <h1 className="mb-6 font-serif text-3xl font-bold">Create your account</h1>
      <AuthForm mode="signup" action={signUp} />
      <p className="mt-6 text-sm text-stone-600">
        Already have an account?{" "}
        <Link href="/login" className="nav-link underline">
          Log in
        </Link>
      </p>
    </section>
  );
}
