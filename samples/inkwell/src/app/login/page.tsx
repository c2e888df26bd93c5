import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { logIn } from "@/app/actions/auth";
import { AuthForm } from "@/components/AuthForm";
import { getCurrentUser } from "@/lib/auth";
import { safeNextPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Log in" };

type LoginPageProps = {
  searchParams: Promise<{ next?: string }>;
};

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);

  return (
    <section className="mx-auto max-w-sm">
      <h1 className="mb-6 font-serif text-3xl font-bold">Log in</h1>
      <AuthForm mode="login" action={logIn} next={next} />
      <p className="mt-6 text-sm text-stone-600">
        New to Inkwell?{" "}
        <Link href="/signup" className="nav-link underline">
          Create an account
        </Link>
      </p>
    </section>
  );
}
